// The strings a suite expects, in the display language it runs in: the English messages (the keys, as
// written in the code) or their translations from l10n/bundle.l10n.ru.json, looked up by the English
// key; counted phrases take their plural form the way the product chooses it (server/src/l10n/plural.ts).
import * as assert from 'node:assert/strict';
import ruBundle from '../../l10n/bundle.l10n.ru.json';
import { type PluralForms, pluralMessage } from '../../server/src/l10n/plural';

type Bundle = Record<string, string | { message: string }>;

/** What fills a placeholder: a value, or (in a pattern) a RegExp standing for any matching text. */
export type Arg = string | number | RegExp;

export interface Language {
  tag: 'en' | 'ru';
  /** The message of an English key, its {0}, {1}… filled. */
  t(key: string, ...args: Array<string | number>): string;
  /** A RegExp matching the whole message, RegExp arguments standing for their placeholders. */
  pattern(key: string, ...args: Arg[]): RegExp;
  /** A counted phrase for `n` (PHRASES in server/src/l10n/phrases.ts), in the right plural form. */
  count(forms: PluralForms, n: number): string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function fill(template: string, args: Arg[], literal: (text: string) => string): string {
  const parts = template.split(/\{(\d+)\}/);
  return parts.map((part, i) => {
    if (i % 2 === 0) return literal(part);
    const arg = args[Number(part)];
    assert.ok(arg !== undefined, `no argument for {${part}} in "${template}"`);
    return arg instanceof RegExp ? `(?:${arg.source})` : literal(String(arg));
  }).join('');
}

function language(tag: Language['tag'], bundle: Bundle | undefined): Language {
  const message = (key: string): string => {
    if (!bundle) return key;
    const entry = bundle[key];
    assert.ok(entry !== undefined, `l10n/bundle.l10n.${tag}.json has no translation of "${key}"`);
    return typeof entry === 'string' ? entry : entry.message;
  };
  const t = (key: string, ...args: Array<string | number>) => fill(message(key), args, (text) => text);
  return {
    tag,
    t,
    pattern: (key, ...args) => new RegExp(`^${fill(message(key), args, escapeRegExp)}$`),
    count: (forms, n) => {
      const plural = pluralMessage(forms, tag, n);
      return t(`${plural.message}${bundle ? `/${plural.comment.join('')}` : ''}`, ...plural.args.map(String));
    },
  };
}

export const ENGLISH = language('en', undefined);
export const RUSSIAN = language('ru', ruBundle as Bundle);
