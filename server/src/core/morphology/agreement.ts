/** Grammatical agreement of two parses (an adjective and its noun, two adjectives of one phrase). */
import type { Parse } from './morph';

/** One gender, where both are singular and both have one. */
function sameGenderIfSingular(x: Parse, y: Parse): boolean {
  return x.number !== 'sing' || y.number !== 'sing' || !x.gender || !y.gender || x.gender === y.gender;
}

/** One case and one number, and one gender in the singular (where both have one). */
export function agree(x: Parse, y: Parse): boolean {
  return x.case === y.case && x.number === y.number && sameGenderIfSingular(x, y);
}

/** One case, and one gender where both are singular; numbers may differ ('Егорьевском и Луховицком городских округах'). */
export function shareCase(x: Parse, y: Parse): boolean {
  return x.case === y.case && sameGenderIfSingular(x, y);
}
