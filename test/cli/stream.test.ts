/**
 * The streamed outputs of check and export (written document by document, JSON item by item) are
 * byte for byte what the whole output built in memory and printed at once gives; the cache and the
 * number of workers change no byte of an export.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FORMATS as CHECK_FORMATS, writeDiagnostics } from '../../server/src/cli/commands/check';
import { writeExport } from '../../server/src/cli/commands/export';
import { palette } from '../../server/src/cli/format/color';
import type { CommandCorpus } from '../../server/src/cli/format/corpusView';
import { diagnosticsByDocument, jsonDiagnostic, textDiagnostic, toDiagnostics } from '../../server/src/cli/format/diagnostics';
import { exportDocuments, exportEntities } from '../../server/src/cli/format/exportModel';
import { hole, writeJson } from '../../server/src/cli/format/jsonStream';
import { chunked, type Output } from '../../server/src/cli/format/output';
import { loadCorpus } from '../../server/src/cli/loadCorpus';
import { cli, seedCopy, SEEDS } from './helpers';

/** An output collecting what is written, through the same chunking as stdout. */
function collector(): { out: Output; text: () => string } {
  const parts: string[] = [];
  return { out: chunked(async (text) => void parts.push(text)), text: () => parts.join('') };
}

async function written(write: (out: Output) => Promise<void>): Promise<string> {
  const c = collector();
  await write(c.out);
  await c.out.end();
  return c.text();
}

let seeds: Promise<CommandCorpus> | undefined;
function seedCorpus(): Promise<CommandCorpus> {
  seeds ??= loadCorpus([SEEDS], { cache: false, workers: 0 }).then((c) => ({ ...c, unreadable: false, nothingRead: false }));
  return seeds;
}

test('check: each streamed format equals the whole output printed at once (seeds)', async () => {
  const corpus = await seedCorpus();
  const all = toDiagnostics(corpus, 'warning');
  assert.ok(all.length > 0, 'the seeds have findings');
  const colour = palette(false);
  const whole: Record<(typeof CHECK_FORMATS)[number], string> = {
    text: `${all.map((d) => textDiagnostic(d, colour)).join('\n')}\n`,
    json: `${JSON.stringify({ version: 1, diagnostics: all.map(jsonDiagnostic) }, null, 2)}\n`,
    sarif: '',
  };
  for (const format of CHECK_FORMATS) {
    const streamed = await written((out) => writeDiagnostics(corpus, diagnosticsByDocument(corpus, 'warning'), format, out, colour));
    if (format === 'sarif') {
      const log = JSON.parse(streamed);
      assert.equal(log.runs[0].results.length, all.length);
      assert.equal(streamed, `${JSON.stringify(log, null, 2)}\n`);
    } else assert.equal(streamed, whole[format], format);
  }
});

test('export: json, jsonl and conll streamed equal the whole output printed at once (seeds)', async () => {
  const corpus = await seedCorpus();
  const docs = [...exportDocuments(corpus)];
  assert.equal(docs.length, 5);
  const json = `${JSON.stringify({ version: 1, documents: docs, entities: [...exportEntities(corpus)] }, null, 2)}\n`;
  assert.equal(await written((out) => writeExport(corpus, 'json', out)), json);
  assert.equal(await written((out) => writeExport(corpus, 'jsonl', out)), `${docs.map((d) => JSON.stringify(d)).join('\n')}\n`);
  const conll = await written((out) => writeExport(corpus, 'conll', out));
  assert.equal(conll.match(/^-DOCSTART- /gm)?.length, 5);
  assert.ok(conll.endsWith('\n\n'), 'each article ends with a blank line');
});

test('writeJson prints what JSON.stringify(…, null, 2) prints, whatever the values and arrays', async () => {
  const item = fc.jsonValue({ maxDepth: 3 });
  await fc.assert(
    fc.asyncProperty(fc.dictionary(fc.string(), item, { maxKeys: 4 }), fc.array(item, { maxLength: 6 }), fc.array(item, { maxLength: 3 }), async (rest, a, b) => {
      const template = { ...rest, a: hole('a'), nested: { deeper: [{ b: hole('b') }] } };
      const expected = JSON.stringify({ ...rest, a, nested: { deeper: [{ b }] } }, null, 2);
      assert.equal(await written((out) => writeJson(out, template, { a, b })), expected);
    }),
    { numRuns: 300 },
  );
});

test('chunked output keeps the order and every byte across chunk boundaries', async () => {
  const pieces = Array.from({ length: 3000 }, (_, i) => `${i}:${'ж'.repeat(i % 97)}\n`);
  const text = await written(async (out) => {
    for (const p of pieces) await out.write(p);
  });
  assert.equal(text, pieces.join(''));
});

test('the cache and the number of workers give byte-identical exports and checks', () => {
  const copy = seedCopy();
  try {
    const run = (args: string[]) => {
      const r = cli(args, { cwd: copy.dir });
      assert.ok(r.code === 0 || r.code === 1, `${args.join(' ')}: exit ${r.code}: ${r.stderr}`);
      return r.stdout;
    };
    for (const format of ['json', 'conll']) {
      const reference = run(['export', 'seeds', '--format', format, '--no-cache', '--workers', '0']);
      assert.ok(reference.length > 1000);
      const variants = [
        ['--no-cache', '--workers', '1'],
        ['--no-cache', '--workers', '2'],
        ['--workers', '2'], // fills the cache
        ['--workers', '0'], // reads it
      ];
      for (const extra of variants) assert.equal(run(['export', 'seeds', '--format', format, ...extra]), reference, `${format} ${extra.join(' ')}`);
    }
    const sarif = run(['check', 'seeds', '--format', 'sarif', '--no-cache']);
    assert.equal(run(['check', 'seeds', '--format', 'sarif']), sarif, 'sarif from the cache');
  } finally {
    copy.cleanup();
  }
});

test('--workers takes a whole number from 0 to 64', () => {
  for (const bad of ['-1', 'two', '65', '1.5']) {
    const r = cli(['check', 'seeds', '--workers', bad]);
    assert.equal(r.code, 2, bad);
    assert.match(r.stderr, /--workers/);
  }
});
