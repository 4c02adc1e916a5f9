/** A passage the engine could not analyse is shown as an Information diagnostic on that passage. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS } from '../../common/protocol';
import type { DocumentAnalysis } from '../../server/src/core/types';
import { diagnosticsIn } from '../../server/src/features/diagnostics';
import { CorpusIndex } from '../../server/src/index/corpusIndex';
import { getEngine } from './engine-helpers';

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

test('the documents to report are those with findings or failures; every other has no diagnostics', async () => {
  const index = new CorpusIndex(await getEngine());
  const flagged = ' date 2025-06-02 Клиника\n\nКАЗАНЬ, 2 июня. /ТАСС/. Главный врач Рустам Абдуррахимов открыл отделение. '
    + 'По словам Абдуррахимова, очередь сократится. Абдуррахимов пригласил хирургов.\n\nАбдурахимов будет руководить отделением.\n';
  const clean = ' date 2025-06-03 Погода\n\nКАЗАНЬ, 3 июня. /ТАСС/. В Казани потеплело, сообщил синоптик Олег Тимуров.\n';
  await index.loading(async () => {
    index.set('file:///b.txt', flagged);
    index.set('file:///c.txt', clean);
    index.set('file:///d.txt', clean);
  });
  const broken = 'Текст.\nНе разобрано.\n';
  index.setAnalysis('file:///a.txt', {
    article: {
      title: null, titleSpan: null, lead: null, date: null, author: null, source: null, dateline: null,
      subheadings: [], paragraphs: [], quotations: [], furniture: [], length: broken.length,
    },
    mentions: [],
    failures: [{ start: 7, end: broken.length - 1, message: 'entity recognition failed' }],
  }, { text: broken });
  assert.deepEqual(index.documentsToReport(), ['file:///a.txt', 'file:///b.txt']);
  for (const uri of ['file:///c.txt', 'file:///d.txt']) assert.deepEqual(diagnosticsIn(index, uri, DEFAULT_SETTINGS), []);
  assert.ok(diagnosticsIn(index, 'file:///b.txt', DEFAULT_SETTINGS).length > 0);
});
