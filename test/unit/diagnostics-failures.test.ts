/** A passage the engine could not analyse is shown as an Information diagnostic on that passage. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS } from '../../common/protocol';
import type { DocumentAnalysis } from '../../server/src/core/types';
import { diagnosticsIn } from '../../server/src/features/diagnostics';
import { CorpusIndex } from '../../server/src/index/corpusIndex';

test('analysis failures become Information diagnostics with their range', () => {
  const text = 'Первое предложение.\nВторое предложение, которое не разобрано.\n';
  const start = text.indexOf('Второе');
  const analysis: DocumentAnalysis = {
    article: {
      title: null, titleSpan: null, lead: null, date: null, author: null, source: null, dateline: null,
      subheadings: [], paragraphs: [], quotations: [], furniture: [], length: text.length,
    },
    mentions: [],
    failures: [{ start, end: text.length - 1, message: 'entity recognition failed' }],
  };
  const index = new CorpusIndex(null);
  index.setAnalysis('file:///a.txt', analysis, { text });
  const [d, ...rest] = diagnosticsIn(index, 'file:///a.txt', DEFAULT_SETTINGS);
  assert.equal(rest.length, 0);
  assert.equal(d.code, 'analysis-failure');
  assert.equal(d.severity, 3);
  assert.deepEqual(d.range.start, { line: 1, character: 0 });
});
