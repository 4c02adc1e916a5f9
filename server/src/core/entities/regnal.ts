/** 'Петра I', 'Екатерины II', 'Людовика XIV': a monarch's given name and the regnal numeral after it are one person. */
import { claim, joined, release, wordsOf, type Context } from './context';
import { ROMAN } from './wordShapes';
import { matchCase } from '../names/casing';

/** A regnal numeral: Roman, of I, V and X only ('Людовика XIV'; 'C' or 'M' alone are letters). */
const regnal = (word: string) => ROMAN.test(word) && /^[IVX]+$/.test(word);

export function regnalNumerals(ctx: Context): void {
  for (const c of [...ctx.candidates]) {
    const k = c.first + 1;
    const t = ctx.tokens[k];
    if (c.type !== 'PER' || c.words.length !== 1 || !t || !regnal(t.text) || !joined(ctx, c.first)) continue;
    const names = ctx.morph.parse(ctx.tokens[c.first].text).filter((p) => p.proper === 'Name' && p.known);
    // 'Теводроса II': a foreign monarch's name the dictionary lacks, read as a person already.
    if (names.length === 0 && ctx.morph.parse(ctx.tokens[c.first].text).some((p) => p.known)) continue;
    const numeral = ctx.owner[k];
    if (numeral && numeral.end !== t.end) continue;
    if (numeral) release(ctx, numeral);
    release(ctx, c);
    // 'Петра I', 'Александра II': a monarch's name read as a man's where it can be ('Екатерины II' cannot).
    const man = names.find((p) => p.gender === 'masc');
    const given = man ? matchCase(man.lemma, ctx.tokens[c.first].text) : c.person?.first ?? c.person?.last ?? c.name;
    claim(ctx, c.first, k + 1, { start: c.start, end: t.end, type: 'PER', name: `${given} ${t.text}`, person: { first: given, last: t.text }, words: wordsOf(ctx, c.first, k + 1, [given, t.text]) });
  }
}
