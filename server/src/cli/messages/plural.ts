/** Plural forms chosen by Intl.PluralRules: English one/other, Russian one/few/many (and other for fractions). */

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

function rulesFor(locale: string): Intl.PluralRules {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return r;
}

/** The form for n, '#' replaced by n: plural('ru', 2, { one: '# статья', few: '# статьи', many: '# статей', other: '# статьи' }). */
export function plural(locale: string, n: number, forms: PluralForms): string {
  const form = forms[rulesFor(locale).select(n)] ?? forms.other;
  return form.replace(/#/g, String(n));
}
