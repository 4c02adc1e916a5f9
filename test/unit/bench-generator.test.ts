import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { FORMATS } from '../../bench/corpus/articles';
import { ensureCorpus, generateCorpus, GENERATOR_VERSION } from '../../bench/corpus/generate';
import { declineGivenName, declineSurname, makePeople, nearKeys } from '../../bench/corpus/names';
import { Random } from '../../bench/corpus/random';

describe('bench corpus generator', () => {
  it('is deterministic: the same seed gives the same bytes, another seed other texts', () => {
    const a = generateCorpus(30, 7);
    const b = generateCorpus(30, 7);
    const c = generateCorpus(30, 8);
    assert.deepEqual(a.files.map((f) => [f.name, f.text]), b.files.map((f) => [f.name, f.text]));
    assert.notEqual(a.files[0].text, c.files[0].text);
  });

  it('writes the five layouts of seeds/, about 4 KB an article', () => {
    const { files } = generateCorpus(50, 11);
    assert.deepEqual([...new Set(files.map((f) => f.format))].sort(), [...FORMATS].sort());
    const of = (format: string) => files.filter((f) => f.format === format).map((f) => f.text);
    for (const text of of('tass')) assert.match(text, /^ date \d{4}-\d{2}-\d{2} \S/);
    for (const text of of('tass-credit')) {
      assert.match(text, /^ date \d{4}-\d{2}-\d{2} /);
      assert.match(text, /\nРедакция сайта ТАСС\n\n© \S+ \S+\/ ТАСС\n/);
    }
    for (const format of ['tass', 'tass-credit', 'tass-plain']) {
      for (const text of of(format)) assert.match(text, /\n[А-ЯЁ-]+(?: [А-ЯЁ-]+)*, \d{1,2} [а-я]+\. \/ТАСС\/\. [А-ЯЁ]/);
    }
    for (const text of of('author')) {
      assert.match(text, /^Главная Авторское /);
      assert.match(text, /\nАвтор: [А-ЯЁ][а-яё]+\nАвтор: [А-ЯЁ][а-яё]+ \| \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}\n/);
      assert.match(text, /\nВам может понравиться\n$/);
    }
    for (const text of of('lines')) assert.doesNotMatch(text, /\/ТАСС\//);
    const mean = files.reduce((s, f) => s + Buffer.byteLength(f.text), 0) / files.length;
    assert.ok(mean > 3000 && mean < 5500, `mean article size ${mean} bytes`);
  });

  it('names people in oblique cases after the full name, and plants variant spellings', () => {
    const { files, people } = generateCorpus(200, 3);
    const text = files.map((f) => f.text).join('\n');
    const oblique = people.slice(0, 20).filter((p) => p.gender === 'm' && new RegExp(`(?:с|со) ${declineSurname(p.surname, 'm').ins}(?![а-яё])`).test(text));
    assert.ok(oblique.length > 0, 'some frequent man is named in the instrumental after "с"');
    assert.ok(people.slice(0, 20).some((p) => text.includes(p.name)), 'full names in the nominative');
    const planted = files.reduce((s, f) => s + f.variants, 0);
    assert.ok(planted > 0);
    assert.ok(people.some((p) => text.includes(declineSurname(p.variant, p.gender).nom) || text.includes(declineSurname(p.variant, p.gender).gen)));
  });

  it('declines names and keeps generated surnames apart by more than one letter', () => {
    assert.deepEqual(Object.values(declineGivenName('Сергей', 'm')), ['Сергей', 'Сергея', 'Сергею', 'Сергея', 'Сергеем', 'Сергее']);
    assert.deepEqual(Object.values(declineGivenName('Ольга', 'f')), ['Ольга', 'Ольги', 'Ольге', 'Ольгу', 'Ольгой', 'Ольге']);
    assert.deepEqual(Object.values(declineSurname({ base: 'Петров', paradigm: 'ov' }, 'f')), ['Петрова', 'Петровой', 'Петровой', 'Петрову', 'Петровой', 'Петровой']);
    assert.deepEqual(Object.values(declineSurname({ base: 'Барск', paradigm: 'sky' }, 'm')), ['Барский', 'Барского', 'Барскому', 'Барского', 'Барским', 'Барском']);
    const people = makePeople(2000, new Random(5));
    assert.equal(people.length, 2000, 'the pool grows with the corpus');
    const seen = new Set<string>();
    for (const p of people) {
      for (const k of nearKeys(p.surname.base)) {
        assert.ok(!seen.has(k), `${p.surname.base} is one letter from another surname`);
      }
      for (const k of nearKeys(p.surname.base)) seen.add(k);
      assert.notEqual(p.variant.base, p.surname.base);
    }
  });

  it('writes the corpus once per generator version', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'corpus-lens-gen-'));
    try {
      const first = ensureCorpus(12, { root, seed: 1 });
      assert.equal(first.generated, true);
      assert.equal(first.manifest.version, GENERATOR_VERSION);
      assert.equal(readdirSync(path.join(first.dir, 'articles')).filter((f) => f.endsWith('.txt')).length, 12);
      const mtime = statSync(path.join(first.dir, 'generator.json')).mtimeMs;
      const again = ensureCorpus(12, { root, seed: 1 });
      assert.equal(again.generated, false);
      assert.equal(statSync(path.join(again.dir, 'generator.json')).mtimeMs, mtime);
      const name = readdirSync(path.join(first.dir, 'articles'))[0];
      assert.equal(readFileSync(path.join(first.dir, 'articles', name), 'utf8'), generateCorpus(12, 1).files[0].text);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
