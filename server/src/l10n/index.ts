/**
 * The language server's localization: the @vscode/l10n bundle for the display language the client
 * gives in initializationOptions (`{ locale, l10nBundle }`: the bundle's contents, a JSON string, or
 * a file path or file: URI), else the extension's own l10n/bundle.l10n.<locale>.json, else English
 * (the messages in the code). Counted phrases take their plural form from the bundle's language.
 *
 * The client also puts the language in the server's environment (CORPUS_LENS_LOCALE, and
 * CORPUS_LENS_L10N_BUNDLE: the bundle file), read when this module loads, so the server speaks the
 * display language from its first message; initializationOptions, when server.ts passes them to
 * configureL10n, take precedence.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as l10n from '@vscode/l10n';
import { plural, type PluralForms } from './plural';

export interface L10nInitOptions {
  /** VS Code's display language (vscode.env.language), e.g. 'ru', 'en', 'pt-br'. */
  locale?: string;
  /** The bundle's contents (vscode.l10n.bundle), or where to read it. */
  l10nBundle?: unknown;
}

type Bundle = Record<string, string | { message: string; comment: string[] }>;

let language = 'en';

/** The language of the strings the server shows ('en' unless a bundle is in use). */
export function l10nLanguage(): string {
  return language;
}

/**
 * Loads the bundle for the client's display language. `bundleDir` is the extension's l10n folder
 * (for clients that send only a locale). Returns the language in use and a problem to log, if any.
 */
export function configureL10n(options: unknown, bundleDir?: string): { language: string; problem?: string } {
  const o = (options ?? {}) as L10nInitOptions;
  const locale = typeof o.locale === 'string' && o.locale.trim() ? o.locale.trim().toLowerCase() : 'en';
  let bundle: Bundle | undefined;
  let problem: string | undefined;
  try {
    bundle = bundleFrom(o.l10nBundle) ?? (bundleDir ? bundleFile(bundleDir, locale) : undefined);
  } catch (e) {
    problem = `the ${locale} translation could not be read (${(e as Error).message}); messages are in English`;
  }
  l10n.config({ contents: bundle ?? {} });
  language = bundle && Object.keys(bundle).length ? locale : 'en';
  return { language, problem };
}

function bundleFrom(given: unknown): Bundle | undefined {
  if (given && typeof given === 'object') return given as Bundle;
  if (typeof given !== 'string' || !given.trim()) return undefined;
  const text = given.trim();
  if (text.startsWith('{')) return JSON.parse(text) as Bundle;
  const file = text.startsWith('file:') ? fileURLToPath(text) : text;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Bundle;
}

/** bundle.l10n.<locale>.json, then the base language's (pt-br -> pt); none for English. */
function bundleFile(dir: string, locale: string): Bundle | undefined {
  const base = locale.split('-')[0];
  for (const tag of [...new Set([locale, base])]) {
    if (tag === 'en') return undefined;
    const file = path.join(dir, `bundle.l10n.${tag}.json`);
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as Bundle;
  }
  return undefined;
}

/** A counted phrase in the server's language: count(PHRASES.mentions, 5) -> '5 mentions' / '5 упоминаний'. */
export function count(forms: PluralForms, n: number, ...more: Array<string | number>): string {
  return plural(l10n.t, language, forms, n, ...more);
}

/** A date part in the server's language (Intl), for values built in UTC. */
export function formatDate(time: number, options: Intl.DateTimeFormatOptions): string {
  try {
    return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(time);
  } catch {
    return new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' }).format(time);
  }
}

/** The extension's l10n folder: next to dist/ for the bundled server, at the repository root for the sources. */
export function defaultBundleDir(): string | undefined {
  const candidates = [path.join(__dirname, '..', 'l10n'), path.join(__dirname, '..', '..', '..', 'l10n')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'bundle.l10n.json')));
}

/** The language the client put in the environment, if any (see the header). */
export function configureFromEnvironment(env: NodeJS.ProcessEnv = process.env): { language: string; problem?: string } | undefined {
  const locale = env.CORPUS_LENS_LOCALE;
  if (!locale) return undefined;
  return configureL10n({ locale, l10nBundle: env.CORPUS_LENS_L10N_BUNDLE || undefined }, defaultBundleDir());
}

configureFromEnvironment();
