/**
 * The client's localization helpers over vscode.l10n (bundle: l10n/bundle.l10n.<language>.json,
 * chosen by VS Code's display language): counted phrases with the language's plural forms, entity
 * type names, and what the language server is told so it speaks the same language.
 */
import * as vscode from 'vscode';
import type { EntityKind } from '../../common/protocol';
import { configureL10n } from '../../server/src/l10n';
import { plural, type PluralForms, type Translator } from '../../server/src/l10n/plural';

/** The language of the strings shown: VS Code's display language when a bundle exists for it, else English. */
export function uiLanguage(): string {
  return vscode.l10n.bundle ? vscode.env.language : 'en';
}

/** count(PHRASES.articles, 5) -> '5 articles' / '5 статей'. */
export function count(forms: PluralForms, n: number, ...more: Array<string | number>): string {
  return plural(vscode.l10n.t as Translator, uiLanguage(), forms, n, ...more);
}

export function typeName(type: EntityKind): string {
  switch (type) {
    case 'PER': return vscode.l10n.t('Person');
    case 'ORG': return vscode.l10n.t('Organization');
    case 'LOC': return vscode.l10n.t('Place');
    case 'DATE': return vscode.l10n.t('Date');
  }
}

export function typeGroupName(type: EntityKind): string {
  switch (type) {
    case 'PER': return vscode.l10n.t('People');
    case 'ORG': return vscode.l10n.t('Organizations');
    case 'LOC': return vscode.l10n.t('Places');
    case 'DATE': return vscode.l10n.t('Dates');
  }
}

/**
 * initializationOptions for the language server: the display language and the bundle VS Code loaded
 * for it (one bundle holds the client's and the server's strings). No bundle: the server speaks English.
 */
export function serverL10nOptions(): { locale: string; l10nBundle?: { [key: string]: string } } {
  const bundle = vscode.l10n.bundle;
  return bundle ? { locale: vscode.env.language, l10nBundle: bundle } : { locale: 'en' };
}

/**
 * The same, as environment variables of the server process (read as the server starts, before
 * initialize): the display language and the bundle file VS Code chose for it.
 */
export function serverL10nEnvironment(): NodeJS.ProcessEnv {
  const file = vscode.l10n.uri?.scheme === 'file' ? vscode.l10n.uri.fsPath : '';
  return { ...process.env, CORPUS_LENS_LOCALE: vscode.l10n.bundle ? vscode.env.language : 'en', CORPUS_LENS_L10N_BUNDLE: file };
}

/**
 * Gives @vscode/l10n (the modules the client shares with the server, and its own pure modules such as
 * duplicateItems.ts) the bundle vscode.l10n loaded, so they speak the display language too.
 */
export function configureSharedL10n(): void {
  configureL10n(serverL10nOptions());
}
