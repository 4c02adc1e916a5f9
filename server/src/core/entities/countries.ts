/** States, told from the other places the gazetteer knows: the groups of data/places.ts before its first city. */
import { foldLower } from '../morphology/morph';
import { PLACE_GROUPS } from './data/places';

/** data/places.ts lists states (and parts of states named in the news) first, then cities from 'Москва' on. */
const FIRST_CITY = PLACE_GROUPS.findIndex((g) => g[0] === 'Москва');

const STATES = new Set(PLACE_GROUPS.slice(0, FIRST_CITY < 0 ? 0 : FIRST_CITY).map((g) => foldLower(g[0])));

/** The canonical name (as the gazetteer gives it) names a state: 'Россия', 'Иран', 'Киргизия'. */
export function isState(canonical: string): boolean {
  return STATES.has(foldLower(canonical));
}
