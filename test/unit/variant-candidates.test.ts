/**
 * The variant matcher (server/src/core/variants/candidates.ts, evidence.ts): edits by kind, hard rules,
 * the labelled pairs, and its speed on 30,000 random entities (printed, not asserted).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { align } from '../../server/src/core/variants/align';
import { findVariantPairs, VariantIndex, type MatchEntity, type MatchStats } from '../../server/src/core/variants/candidates';
import { inflectionOf } from '../../server/src/core/variants/evidence';
import { distinctKnown } from '../../server/src/core/variants/known';
import { readPairs } from '../variants-pairs/pairs';

const person = (id: string, name: string, count: number, doc: string, extra: Partial<MatchEntity> = {}): MatchEntity => {
  const words = name.split(' ');
  return {
    id, type: 'PER', name, mentions: count, documents: [doc], first: words.length > 1 ? words[0] : undefined,
    words: words.map((w, i) => ({ spelling: w, count, part: words.length === 1 ? 'last' : i === 0 ? 'first' : 'last' })),
    ...extra,
  };
};

describe('variant matcher', () => {
  it('names the edits by kind', () => {
    assert.deepEqual(align('Чжун', 'Джун').edits.map((e) => e.kind), ['affricate']);
    assert.deepEqual(align('Тхонглун', 'Тонглун').edits.map((e) => e.kind), ['aspiration']);
    assert.deepEqual(align('Аттиас', 'Атиас').edits.map((e) => e.kind), ['doubled']);
    assert.deepEqual(align('Папаконстантину', 'Паконстантину').edits.map((e) => e.kind), ['syllable']);
  });

  it('never pairs inflected or other-gender forms', () => {
    assert.equal(inflectionOf('Кравец', 'Кравца'), 'inflection');
    assert.equal(inflectionOf('Алиев', 'Алиева'), 'gender');
    assert.equal(inflectionOf('Заря-Энерго', 'Зари-Энерго'), 'inflection');
    assert.equal(inflectionOf('Пиментел', 'Пиментель'), null);
    assert.equal(inflectionOf('Скворцов', 'Скворцев'), null);
    // A hard and a soft nominative: two spellings of one name, neither a case form of the other.
    assert.equal(inflectionOf('Лейла', 'Лейля'), null);
    assert.equal(inflectionOf('Гарсия', 'Гарсиа'), null);
    // -и after a hard consonant is no case ending ('Нодари' / 'Нодар'); after a soft sign or г/к/х it is.
    assert.equal(inflectionOf('Нодари', 'Нодар'), null);
    assert.equal(inflectionOf('Сибири', 'Сибирь'), 'inflection');
    assert.equal(inflectionOf('Ольги', 'Ольга'), 'inflection');
    // A plural name and its genitive plural: 'Ергаки' / 'Ергаков', 'Кресты' / 'Крестов'.
    assert.equal(inflectionOf('Ергаков', 'Ергаки'), 'inflection');
    assert.equal(inflectionOf('Кресты', 'Крестов'), 'inflection');
    // A final hard sign of an old spelling drops in the case forms of a brand ('Ефремовъ' / 'Ефремова').
    assert.notEqual(inflectionOf('Ефремовъ', 'Ефремова'), null);
    assert.equal(inflectionOf('Ефремовъ', 'Ефремовым'), 'inflection');
    // A place in -ово and the masculine lemma read from its locative 'в Ферапонтове'; ё written apart stays a variant.
    assert.equal(inflectionOf('Ферапонтово', 'Ферапонтов'), 'inflection');
    assert.equal(inflectionOf('Ферапонтов', 'Ферапонтово'), 'inflection');
    assert.equal(inflectionOf('Щёлково', 'Щелков'), null);
  });

  it('pairs a rare transcription with the usual one, and not relatives', () => {
    const pairs = findVariantPairs([
      person('a', 'Сомпхон Кеомани', 4, 'd1'),
      person('b', 'Сомпон Кеомани', 1, 'd1'),
      person('c', 'Ринат Халиков', 3, 'd2'),
      person('d', 'Алсу Халикова', 2, 'd2', { gender: 'f' }),
      person('e', 'Марат Гиниятов', 3, 'd3'),
      person('f', 'Ильшат Гиниятов', 3, 'd3'),
    ], { distinct: (x, y) => distinctKnown(x, y) });
    assert.equal(pairs.length, 1);
    assert.equal(pairs[0].variant.spelling, 'Сомпон');
    assert.equal(pairs[0].preferred.spelling, 'Сомпхон');
  });

  it('a place the gazetteer knows is not paired with a name another consonant, one more or a syllable less away; a transcription of it is', () => {
    const place = (id: string, name: string, count: number, doc: string): MatchEntity => ({
      id, type: 'LOC', name, mentions: count, documents: [doc], words: [{ spelling: name, count, part: 'other' }],
    });
    const pairs = findVariantPairs([
      place('a', 'Тайвань', 3, 'd1'), place('b', 'Тайнань', 1, 'd1'),
      place('c', 'Самара', 3, 'd2'), place('d', 'Самарка', 1, 'd2'),
      place('e', 'Америка', 3, 'd3'), place('f', 'Арика', 2, 'd3'),
      place('g', 'Улан-Удэ', 4, 'd4'), place('h', 'Улан-Уде', 1, 'd4'),
    ], { distinct: (x, y) => distinctKnown(x, y) });
    assert.deepEqual(pairs.map((p) => [p.variant.spelling, p.preferred.spelling]), [['Улан-Уде', 'Улан-Удэ']]);
  });

  it('decides the labelled pairs mostly as labelled (they were fitted on)', () => {
    let agree = 0;
    let falsePos = 0;
    const all = readPairs();
    for (const p of all) {
      const found = findVariantPairs([p.a, p.b], { commonWord: (w) => p.common.has(w), distinct: (x, y) => distinctKnown(x, y) })
        .some((q) => q.variant.entity !== q.preferred.entity);
      if (found === p.label) agree++;
      if (found && !p.label) falsePos++;
    }
    console.log(`labelled pairs: ${agree}/${all.length} decided as labelled, ${falsePos} negative pairs flagged`);
    assert.ok(agree / all.length > 0.9);
  });

  it('stays fast on 30,000 entities (timing printed)', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
    const C = [...'бвгдзклмнпрстфхцчшщ'];
    const V = [...'аеиоуыэюя'];
    const word = (n: number) => { let s = ''; for (let i = 0; i < n; i++) s += pick(C) + pick(V); return s[0].toUpperCase() + s.slice(1) + pick(['в', 'н', 'р', 'к', '']); };
    const firsts = Array.from({ length: 400 }, () => word(2 + Math.floor(rand() * 2)));
    const entities: MatchEntity[] = [];
    for (let i = 0; i < 30_000; i++) {
      const type = i % 10 < 7 ? 'PER' : i % 10 < 9 ? 'ORG' : 'LOC';
      const name = type === 'PER' ? `${pick(firsts)} ${word(2 + Math.floor(rand() * 3))}` : word(2 + Math.floor(rand() * 3));
      const count = 1 + Math.floor(rand() * 5);
      const doc = `d${Math.floor(rand() * 10_000)}`;
      const e = type === 'PER' ? person(`e${i}`, name, count, doc) : { id: `e${i}`, type, name, mentions: count, documents: [doc], words: [{ spelling: name, count }] } as MatchEntity;
      entities.push(e);
    }
    const stats: Partial<MatchStats> = {};
    const t0 = performance.now();
    const pairs = findVariantPairs(entities, { distinct: (x, y) => distinctKnown(x, y) }, stats);
    const ms = performance.now() - t0;
    console.log(`30,000 random entities: ${ms.toFixed(0)} ms, ${stats.words} distinct words, ${stats.keys} blocking keys, ${stats.wordPairs} word candidates, ${stats.entityPairs} entity pairs decided, ${pairs.length} pairs flagged`);
    assert.ok(pairs.length > 0, 'a corpus of 30,000 random names has some near pairs');

    // Incremental: the same entities in a VariantIndex, then one entity edited (a rare spelling added).
    const t1 = performance.now();
    const vi = new VariantIndex({ distinct: (x, y) => distinctKnown(x, y) });
    for (const e of entities) vi.set(e);
    const built = performance.now() - t1;
    const edited = entities[123];
    const last = edited.words[edited.words.length - 1].spelling;
    const variant = last.length > 4 ? last.slice(0, 2) + last.slice(3) : `${last}ь`;
    const changed: MatchEntity = { ...edited, id: 'edited', words: [...edited.words.slice(0, -1), { spelling: variant, count: 1, part: 'last' }], name: `${edited.first ?? ''} ${variant}`.trim(), mentions: 1 };
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t2 = performance.now();
      vi.set(changed);
      vi.pairsOf([changed.id]);
      times.push(performance.now() - t2);
    }
    times.sort((p, q) => p - q);
    console.log(`VariantIndex over 30,000 entities: built in ${built.toFixed(0)} ms; one entity set and its pairs decided: median ${times[10].toFixed(2)} ms, max ${times[19].toFixed(2)} ms`);
    // The incremental pairs of an entity are the full run's pairs of that entity (one that has some).
    vi.delete('edited');
    const paired = pairs[0].variant.entity;
    const full = pairs.filter((p) => p.variant.entity === paired || p.preferred.entity === paired).length;
    assert.ok(full > 0);
    assert.equal(vi.pairsOf([paired]).length, full);
  });
});
