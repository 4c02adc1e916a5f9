/**
 * Plural forms through bundles: a counted phrase has an English 'one' and 'other' form; the form to
 * show is chosen by the CLDR plural category of the number in the bundle's language
 * (Intl.PluralRules), and the bundle key is the English form plus the category as the comment, as
 * @vscode/l10n and vscode.l10n build keys from `{ message, comment }`:
 *   "{0} mention/plural:one"    -> "{0} упоминание"   (1, 21, 101)
 *   "{0} mentions/plural:few"   -> "{0} упоминания"   (2-4, 22-24)
 *   "{0} mentions/plural:many"  -> "{0} упоминаний"   (0, 5-20, 25)
 *   "{0} mentions/plural:other" -> "{0} упоминания"   (fractions)
 * With no bundle (English) the translator returns the English form itself. Pure: the client and
 * the server both use it, each with its own translator (vscode.l10n.t, @vscode/l10n's t).
 */

/** English forms of a counted phrase; `{0}` is the number. */
export interface PluralForms {
  one: string;
  other: string;
}

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** What l10n.t / vscode.l10n.t take. */
export interface PluralMessage {
  message: string;
  args: Array<string | number | boolean>;
  comment: string[];
}

export type Translator = (message: PluralMessage) => string;

const RULES = new Map<string, Intl.PluralRules>();

/** The CLDR plural category of `n` in `language` (English rules for a language Intl does not know). */
export function pluralCategory(language: string, n: number): PluralCategory {
  let rules = RULES.get(language);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(language);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    RULES.set(language, rules);
  }
  return rules.select(n) as PluralCategory;
}

export const PLURAL_COMMENT = 'plural:';

/** The bundle message for `n` (the English 'one' form only for the category 'one'). */
export function pluralMessage(forms: PluralForms, language: string, n: number, ...more: Array<string | number>): PluralMessage {
  const category = pluralCategory(language, n);
  return { message: category === 'one' ? forms.one : forms.other, args: [n, ...more], comment: [`${PLURAL_COMMENT}${category}`] };
}

/** The phrase for `n`, translated by `t`. */
export function plural(t: Translator, language: string, forms: PluralForms, n: number, ...more: Array<string | number>): string {
  return t(pluralMessage(forms, language, n, ...more));
}

/** The categories a language's bundle needs for every counted phrase (for tests and translators). */
export function categoriesOf(language: string): PluralCategory[] {
  let rules: Intl.PluralRules;
  try {
    rules = new Intl.PluralRules(language);
  } catch {
    rules = new Intl.PluralRules('en');
  }
  return rules.resolvedOptions().pluralCategories as PluralCategory[];
}
