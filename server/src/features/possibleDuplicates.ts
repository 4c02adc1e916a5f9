/**
 * corpusLens/possibleDuplicates: the variant matcher's pairs (names that may be one name spelled two
 * ways, across the corpus) with counts and a few contexts of each spelling, for the client's
 * "Review Possible Duplicates" list. The pairs are the index's (the ones its findings come from).
 */
import {
  PossibleDuplicatesRequest, type DuplicateContext, type DuplicateSide, type PossibleDuplicate,
  type PossibleDuplicatesParams, type PossibleDuplicatesResult,
} from '../../../common/protocol';
import type { SpellingOccurrence } from '../core/consistency/pairFindings';
import type { VariantPair } from '../core/variants/candidates';
import type { CorpusIndex } from '../index/corpusIndex';
import { reasonsText } from '../l10n/reasons';
import { toRange } from '../lsp/convert';
import type { Feature } from './feature';

const DEFAULT_LIMIT = 200;
const MAX_LIMIT = 5_000;
/** Contexts listed per spelling. */
const CONTEXTS = 3;
/** Characters of context on each side of an occurrence. */
const AROUND = 60;

export const possibleDuplicates: Feature = {
  capabilities: {},
  register({ connection, ready }) {
    connection.onRequest(PossibleDuplicatesRequest, async (params: PossibleDuplicatesParams | undefined) =>
      duplicatesOf(await ready, params ?? {}));
  },
};

export function duplicatesOf(index: CorpusIndex, params: PossibleDuplicatesParams): PossibleDuplicatesResult {
  const asked = typeof params.limit === 'number' && Number.isFinite(params.limit) ? Math.floor(params.limit) : DEFAULT_LIMIT;
  const limit = Math.max(0, Math.min(MAX_LIMIT, asked));
  const pairs = index.variantPairs().slice(0, limit).map((p) => toDuplicate(index, p));
  return { pairs, indexing: index.isLoading };
}

function toDuplicate(index: CorpusIndex, p: VariantPair): PossibleDuplicate {
  return {
    id: [p.variant.entity, p.variant.spelling, p.preferred.entity, p.preferred.spelling].join('\u0000'),
    level: p.level,
    score: p.score,
    explanation: p.codes ? `«${p.variant.spelling}» / «${p.preferred.spelling}»: ${reasonsText(p.codes)}` : p.explanation,
    variant: side(index, p, 'variant'),
    preferred: side(index, p, 'preferred'),
    sameEntity: p.sameEntity,
  };
}

function side(index: CorpusIndex, p: VariantPair, which: 'variant' | 'preferred'): DuplicateSide {
  const s = p[which];
  const contexts = index.pairOccurrences(p, which, CONTEXTS).map((o) => contextOf(index, o)).filter((c): c is DuplicateContext => !!c);
  return { name: s.name, spelling: s.spelling, count: s.count, contexts };
}

function contextOf(index: CorpusIndex, o: SpellingOccurrence): DuplicateContext | null {
  const doc = index.get(o.uri);
  if (!doc) return null;
  const text = doc.text;
  const from = Math.max(0, o.start - AROUND);
  const to = Math.min(text.length, o.end + AROUND);
  const line = `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`.replace(/\s+/g, ' ').trim();
  return { uri: o.uri, range: toRange(doc, o.start, o.end), line };
}
