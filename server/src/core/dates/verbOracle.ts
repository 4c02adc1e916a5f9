/** The dictionary's reading of a word as a verb, for the tense of a date's clause. */
import type { Morphology } from '../morphology/morph';
import type { VerbOracle, VerbReading } from './tense';
import { remember } from '../util/boundedCache';

export function verbOracle(morph: Morphology): VerbOracle {
  const memo = new Map<string, VerbReading>();
  return (word) => {
    let hit = memo.get(word);
    if (hit === undefined && !memo.has(word)) {
      hit = readVerb(morph, word);
      remember(memo, word, hit, 50_000);
    }
    return hit;
  };
}

function readVerb(morph: Morphology, word: string): VerbReading {
  const parses = morph.parse(word).filter((p) => p.known);
  if (parses.length === 0) return undefined;
  const finite = parses.filter((p) => p.pos === 'VERB' || p.pos === 'INFN' || (p.pos === 'PRTF' && p.grammemes.has('past')));
  // 'кредит одобрен в феврале': a short passive participle states a past result ('будет одобрен' is read in its
  // clause); 'достигнут' is also a finite verb's future, which wins.
  const verbs = finite.length > 0 ? finite : parses.filter((p) => p.pos === 'PRTS' && p.grammemes.has('past'));
  if (verbs.length === 0 || verbs[0].score < 0.3) return 'none';
  // An infinitive is a plan ('предложил провести в июне'); 'достигнутые в мае' is past.
  if (verbs.some((p) => p.pos === 'INFN')) return 'future';
  if (verbs.some((p) => p.grammemes.has('past'))) return 'past';
  if (verbs.some((p) => p.grammemes.has('futr'))) return 'future';
  // 'с 1 июля вступает в силу': a finite verb in the present keeps the article's year.
  return verbs.some((p) => p.pos === 'VERB' && p.grammemes.has('pres')) ? 'present' : 'none';
}
