/**
 * The CLI's own messages in English and Russian: the language from `--lang en|ru`, else from the
 * locale variables (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them; `ru*` -> Russian),
 * else English. Machine formats (JSON, SARIF, CoNLL, brat) keep their English keys whatever the language.
 */
import { en, type Messages } from './en';
import { ru } from './ru';

export type { Messages } from './en';
export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

const CATALOGS: Record<Lang, Messages> = { en, ru };

/** The language the locale variables ask for: the first non-empty of LC_ALL, LC_MESSAGES, LANG. */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return /^ru(?:[_.@-]|$)/i.test(locale) ? 'ru' : 'en';
}

let current: Lang = langFromEnv();

/** Sets the language of every message that follows. */
export function setLang(lang: Lang): void {
  current = lang;
}

export function lang(): Lang {
  return current;
}

/** The messages of the current language. */
export function t(): Messages {
  return CATALOGS[current];
}

/** The messages of a given language (tests). */
export function messagesFor(l: Lang): Messages {
  return CATALOGS[l];
}
