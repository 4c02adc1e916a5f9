/**
 * The index turns the variant matcher's pairs into findings: a sure pair flags every occurrence of the
 * less used spelling (case ending kept in the replacement), a plausible one is a possible-variant
 * finding; an edit that removes the variant removes its findings, and one that brings it back brings
 * them back; the review list (corpusLens/possibleDuplicates) lists the same pairs; a decision that two
 * names are different entities silences the pair.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createEngine, type Engine } from '../../server/src/core/analyze';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import { CorpusIndex } from '../../server/src/index/corpusIndex';
import { duplicatesOf } from '../../server/src/features/possibleDuplicates';
import { applyDecision } from '../../server/src/features/spellingFile';

// Invented people and places.
const A = 'Директор завода Тимур Бахтияров заявил журналистам, что план выполнен. Тимур Бахтияров также отметил рост выпуска.';
const B = 'Встреча с Тимуром Бахтияровым прошла в Казани. По словам директора Тимура Бахтиярова, соглашение подписано.';
const C = 'Директор завода Тимур Бахтеяров посетил цех. Визит Тимура Бахтеярова продлился два дня.';

describe('variant findings in the index', () => {
  let engine: Engine;
  let index: CorpusIndex;
  before(async () => {
    engine = await createEngine();
    index = new CorpusIndex(engine);
    await index.loading(async () => {
      index.set('file:///a.txt', A);
      index.set('file:///b.txt', B);
      index.set('file:///c.txt', C);
    });
  });

  const inC = () => index.findings().filter((f) => f.uri === 'file:///c.txt');

  it('flags every occurrence of the rare spelling, with its ending', () => {
    const found = inC();
    assert.deepEqual(found.map((f) => [f.text, f.replacement]), [['Бахтеяров', 'Бахтияров'], ['Бахтеярова', 'Бахтиярова']]);
    assert.ok(found.every((f) => f.code === 'spelling-variant' || f.code === 'possible-variant'));
    assert.ok(found.every((f) => f.variant === 'Бахтеяров' && f.preferred === 'Бахтияров'));
    assert.ok(found.every((f) => f.related.length > 0));
  });

  it('the review list has the pair with contexts', () => {
    const { pairs } = duplicatesOf(index, {});
    const pair = pairs.find((p) => p.variant.spelling === 'Бахтеяров');
    assert.ok(pair, JSON.stringify(pairs.map((p) => p.variant.spelling)));
    assert.equal(pair.preferred.spelling, 'Бахтияров');
    assert.ok(pair.variant.contexts[0].line.includes('Бахтеяров'));
    assert.equal(duplicatesOf(index, { limit: 0 }).pairs.length, 0);
  });

  it('follows edits: the variant respelled away, then back', () => {
    index.set('file:///c.txt', C.replace(/Бахтеяров/g, 'Бахтияров'));
    assert.deepEqual(inC(), []);
    index.set('file:///c.txt', C);
    assert.equal(inC().length, 2);
  });

  it('a decision that the names are different entities silences the pair', () => {
    const config = applyDecision({ ...EMPTY_CONFIG }, { action: 'different', a: 'Бахтеяров', b: 'Бахтияров' });
    assert.deepEqual(config.distinct, [['Бахтеяров', 'Бахтияров']]);
    index.setConfig(config);
    assert.deepEqual(inC(), []);
    index.setConfig(EMPTY_CONFIG);
    assert.equal(inC().length, 2);
  });
});

describe('entities a sure pair joins are one for queries', () => {
  it('the variant mention names the entity of the usual spelling, whose mentions include it', async () => {
    const engine = await createEngine();
    const index = new CorpusIndex(engine);
    const texts = [
      'Министр экономики Перу Хосе Гальярдо заявил, что соглашение будет подписано. Хосе Гальярдо также отметил рост торговли.',
      'Встреча с Хосе Гальярдо прошла в Лиме. По словам министра экономики Хосе Гальярдо, переговоры завершены.',
      'Министр экономики Перу Хосе Гальардо посетил Кито. Визит продлился два дня.',
    ];
    await index.loading(async () => texts.forEach((t, i) => index.set(`file:///${i}.txt`, t)));
    const f = index.findings().find((x) => x.uri === 'file:///2.txt');
    assert.ok(f && f.code === 'spelling-variant' && f.pair?.level === 'sure', JSON.stringify(index.findings().map((x) => [x.text, x.code])));
    assert.notEqual(f.pair.variantEntity, f.pair.preferredEntity, 'linking kept them apart');
    const hit = index.mentionAt('file:///2.txt', f.start)!;
    assert.equal(hit.entity.name, 'Хосе Гальярдо');
    const uris = new Set(index.mentionsOf(hit.entity.id).map((h) => h.doc.uri));
    assert.deepEqual([...uris].sort(), ['file:///0.txt', 'file:///1.txt', 'file:///2.txt']);
    assert.equal(index.entities().filter((e) => /Гал/.test(e.name)).length, 1);
  });
});

describe('applyDecision', () => {
  it('same entity: one alias group, and the pair is no longer distinct', () => {
    const before = { ...EMPTY_CONFIG, distinct: [['Б', 'А'] as [string, string]] };
    const after = applyDecision(before, { action: 'same', a: 'А', b: 'Б' });
    assert.deepEqual(after.aliases, [['А', 'Б']]);
    assert.deepEqual(after.distinct, []);
    assert.deepEqual(applyDecision(after, { action: 'same', a: 'Б', b: 'А' }).aliases, [['А', 'Б']]);
  });
});
