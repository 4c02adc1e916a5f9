import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { AnnotationError, findWhole, parseAnnotations, resolveDocument, stripBom, type GoldExport } from '../gold/annotations';

const ROOT = resolve(__dirname, '..', '..');

test('findWhole skips matches inside longer words', () => {
  const text = 'Лаосской Республике и Лаос, Лаосом';
  assert.equal(findWhole(text, 'Лаос', 0), text.indexOf('Лаос,'));
  assert.equal(findWhole(text, 'Лаос', text.indexOf('Лаос,') + 1), -1);
});

test('mentions resolve in order, by occurrence, and fail loudly', () => {
  const src = '@file x.txt\n@title T\n@date none\nРФ | LOC | Россия\nРФ | LOC | Россия\nРФ | LOC | Россия | #1\n';
  const [doc] = parseAnnotations(src);
  assert.equal(doc!.date, null);
  assert.throws(() => resolveDocument(doc!, 'РФ и РФ'), /overlapping/);
  const ok = resolveDocument({ ...doc!, lines: doc!.lines.slice(0, 2) }, 'МИД РФ и РФ');
  assert.deepEqual(ok.mentions.map((m) => [m.start, m.entity]), [[4, 'LOC:Россия'], [9, 'LOC:Россия']]);
  assert.throws(() => resolveDocument(doc!, 'нет'), AnnotationError);
  assert.throws(() => parseAnnotations('@file x\nРФ | XYZ | Россия'), /unknown type/);
  assert.throws(() => parseAnnotations('РФ | LOC | Россия'), /before @file/);
});

test('DATE mentions carry their ISO value', () => {
  const [doc] = parseAnnotations('@file x\n20 ноября | DATE | 2025-11-20');
  const [m] = resolveDocument(doc!, 'МОСКВА, 20 ноября.').mentions;
  assert.deepEqual([m!.value, m!.entity], ['2025-11-20', 'DATE:2025-11-20']);
});

for (const [source, output] of [['test/gold/seeds.annotations.txt', 'test/gold/seeds.json'], ['test/heldout/gold.annotations.txt', 'test/heldout/gold.json']] as const) {
  test(`${output} is built from ${source} and its spans match the articles`, () => {
    const built: GoldExport = JSON.parse(readFileSync(resolve(ROOT, output), 'utf8'));
    const docs = parseAnnotations(readFileSync(resolve(ROOT, source), 'utf8'));
    assert.equal(built.documents.length, docs.length);
    docs.forEach((d, i) => {
      const text = stripBom(readFileSync(resolve(ROOT, d.path), 'utf8'));
      const fresh = resolveDocument(d, text);
      assert.deepEqual(built.documents[i], fresh, `${output} is stale: run node --import tsx test/gold/build.ts`);
      for (const m of fresh.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    });
  });
}
