/**
 * Built-in alias groups: each names one entity, the canonical (common short) name first.
 * Places and organizations come from the gazetteers; state bodies are written with their country
 * in any of its forms ('МИД РФ' = 'МИД России').
 */
import { ORGANIZATION_GROUPS } from './organizations';
import { PLACE_GROUPS } from './places';

/** Country names in the genitive as written after a state body, canonical first. */
const COUNTRY_GENITIVES: string[][] = [
  ['России', 'РФ', 'Российской Федерации'],
  ['Казахстана', 'Республики Казахстан', 'РК'],
  ['Лаоса', 'ЛНДР'],
  ['Вьетнама', 'СРВ'],
  ['Китая', 'КНР'],
  ['США'],
];

const BODIES = ['МИД', 'правительство', 'Минобороны', 'Минфин', 'посольство'];

function bodyGroups(): string[][] {
  const out: string[][] = [];
  for (const body of BODIES) {
    for (const forms of COUNTRY_GENITIVES) if (forms.length > 1) out.push(forms.map((c) => `${body} ${c}`));
  }
  return out;
}

export const BUILTIN_ALIASES: string[][] = [
  ...PLACE_GROUPS.filter((g) => g.length > 1),
  ...ORGANIZATION_GROUPS.filter((g) => g.length > 1),
  ...bodyGroups(),
];
