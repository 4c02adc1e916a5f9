/** The incremental linker against a full re-link over a sequence of document changes (linking tests). */
import assert from 'node:assert/strict';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import { IncrementalLinker } from '../../server/src/core/linking/incremental';
import { linkCorpus, type LinkedCorpus } from '../../server/src/core/linking/linkCorpus';
import type { DocumentAnalysis } from '../../server/src/core/types';

const entities = (linked: LinkedCorpus) =>
  [...linked.entities.values()].map((e) => `${e.name}|${e.mentions.map((m) => `${m.uri}#${m.index}`).sort().join(' ')}`).sort();

/** Applies each change (null: the document removed) and compares the entities after each. */
export function assertIncrementalEqualsFull(steps: ReadonlyArray<[string, DocumentAnalysis | null]>): void {
  const linker = new IncrementalLinker(EMPTY_CONFIG);
  const docs = new Map<string, DocumentAnalysis>();
  for (const [uri, analysis] of steps) {
    linker.update(uri, analysis);
    if (analysis) docs.set(uri, analysis);
    else docs.delete(uri);
    assert.deepEqual(entities(linker.linked), entities(linkCorpus(docs, EMPTY_CONFIG)), `after ${uri}`);
  }
}
