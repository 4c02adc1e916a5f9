/**
 * Findings from the corpus-wide matcher's pairs (core/variants/candidates.ts): a 'sure' pair is a
 * spelling-variant finding on every occurrence of the less used spelling (each inflected form, with a
 * replacement keeping its case ending); a 'plausible' pair is a possible-variant finding on the same
 * occurrences, for the user to decide. Pure: the caller gives the occurrences.
 */
import type { VariantPair } from '../variants/candidates';
import { caseFormOf } from '../variants/evidence';
import { respell } from '../variants/respell';
import { variantKind } from '../variants/variantKind';
import { KIND_LABEL, type Finding } from './findInconsistencies';

/** One written occurrence of a spelling: the word (or the whole mention, for a name pair) and its nominative. */
export interface SpellingOccurrence {
  uri: string;
  start: number;
  end: number;
  text: string;
  lemma: string;
}

/** Related locations listed per finding. */
const MAX_RELATED = 20;

export function pairFindings(pair: VariantPair, at: readonly SpellingOccurrence[], preferredAt: readonly SpellingOccurrence[]): Finding[] {
  const { variant, preferred } = pair;
  const sure = pair.level === 'sure';
  const kind = variantKind(variant.spelling, preferred.spelling) ?? 'other-edit';
  const edit = pair.reasons[0] ?? '';
  const related = preferredAt.slice(0, MAX_RELATED).map(({ uri, start, end, text }) => ({ uri, start, end, text }));
  const message = sure
    ? `«${variant.spelling}» (${variant.count}×) is spelled «${preferred.spelling}» elsewhere (${preferred.count}×): ${kind === 'other-edit' ? edit : KIND_LABEL[kind]}`
    : `«${variant.spelling}» (${variant.count}×) may be «${preferred.spelling}» (${preferred.count}×) spelled another way: ${pair.reasons.join('; ')}`;
  // A word written as a case form of the usual spelling is inflection, whatever lemma the engine gave it
  // (one written as the variant spelling itself was judged with it: 'Рустем' / 'Рустам' are two given names).
  const asVariant = (o: SpellingOccurrence) => !!pair.givenNames && o.text.toLowerCase() === variant.spelling.toLowerCase();
  const written = pair.scope === 'word' ? at.filter((o) => asVariant(o) || !caseFormOf(o.text, preferred.spelling)) : at;
  return written.map((o) => ({
    code: sure ? 'spelling-variant' : 'possible-variant',
    problem: sure ? 'variant' : 'possible-variant',
    kind,
    pair: { level: pair.level, score: pair.score, explanation: pair.explanation, edit, ...(pair.codes ? { codes: pair.codes } : {}), variantEntity: variant.entity, preferredEntity: preferred.entity },
    entityId: variant.entity,
    preferred: preferred.spelling,
    variant: variant.spelling,
    preferredCount: preferred.count,
    variantCount: variant.count,
    uri: o.uri,
    start: o.start,
    end: o.end,
    text: o.text,
    replacement: respell(o.text, o.lemma, preferred.spelling),
    related,
    message,
  }));
}
