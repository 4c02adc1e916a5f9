/**
 * Two given names sharing one family name written in the plural ('Виктора и Павла Бахолдиных', 'супруги
 * Анна и Игорь Вишневские'): two people, each named with the family name in the singular of their gender.
 */
import type { Morphology } from '../morphology/morph';
import type { Candidate, Context } from './context';

export function sharedFamilyNames(ctx: Context): void {
  const people = ctx.candidates.filter((c) => c.type === 'PER' && c.person?.first);
  for (const second of people) {
    if (second.words.length !== 2 || second.person!.last === undefined) continue;
    const family = pluralFamily(ctx.text.slice(second.words[1].start, second.words[1].end));
    const first = family && people.find((c) => c.words.length === 1 && !c.person!.last && ctx.text.slice(c.end, second.start) === ' и ');
    if (!family || !first) continue;
    for (const c of [first, second]) nameWithFamily(c, family, feminine(ctx.morph, c.person!.first!));
    second.words[1] = { ...second.words[1], lemma: second.person!.last! };
  }
}

interface Family {
  stem: string;
  adjective: boolean;
}

/** A family name in the plural, of the kinds whose plural is certain: -овы/-ины ('Бахолдиных'), -ские ('Вишневских'). */
function pluralFamily(word: string): Family | null {
  const noun = /^(\p{Lu}\p{Ll}+(?:ов|ев|ёв|ин|ын))(?:ы|ых|ым|ыми)$/u.exec(word);
  if (noun) return { stem: noun[1], adjective: false };
  const adjective = /^(\p{Lu}\p{Ll}+[сц]к)(?:ие|их|им|ими)$/u.exec(word);
  return adjective ? { stem: adjective[1], adjective: true } : null;
}

function nameWithFamily(c: Candidate, family: Family, woman: boolean): void {
  const last = family.stem + (family.adjective ? (woman ? 'ая' : 'ий') : woman ? 'а' : '');
  c.person = { ...c.person, last };
  c.name = `${c.person.first} ${last}`;
}

/** A woman's given name: the dictionary's name of that gender only, or, unknown to it, one on -а / -я. */
function feminine(morph: Morphology, given: string): boolean {
  const names = morph.parse(given).filter((p) => p.known && p.proper === 'Name' && p.case === 'nomn');
  if (names.length) return names.every((p) => p.gender === 'femn');
  return /[ая]$/u.test(given);
}
