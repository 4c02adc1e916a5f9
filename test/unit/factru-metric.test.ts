import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseObjects, parseSpans } from '../eval/factru/data';
import {
  adaptGold, adaptPred, filterOverlapping, insideTags, prf, scoreDocument, selectSpans, type FactruObject, type FactruSpan,
} from '../eval/factru/metric';
import { tokenize } from '../eval/factru/tokenize';

const words = (text: string) => tokenize(text).map((t) => t.text);

/** A span over the first occurrence of `part` in `text` (after `from`). */
function at(text: string, part: string, type: string, id = part, from = 0): FactruSpan {
  const start = text.indexOf(part, from);
  assert.ok(start >= 0, `'${part}' not in text`);
  return { id, type, start, stop: start + part.length };
}

test('tokenizer: razdel-style cuts', () => {
  assert.deepEqual(words('Жители Нью-Гэмпшира, по-моему, за.'), ['Жители', 'Нью-Гэмпшира', ',', 'по-моему', ',', 'за', '.']);
  assert.deepEqual(words('«Ростех» (РФ)'), ['«', 'Ростех', '»', '(', 'РФ', ')']);
  assert.deepEqual(words('рост 2,5% за 1/4 года'), ['рост', '2,5', '%', 'за', '1/4', 'года']);
  assert.deepEqual(words('Что?! Ну... т.е. так'), ['Что', '?!', 'Ну', '...', 'т', '.', 'е', '.', 'так']);
  assert.deepEqual(words('сеть Yahoo! и :) смайл'), ['сеть', 'Yahoo!', 'и', ':)', 'смайл']);
  assert.deepEqual(words('код_2 βeta 2024г'), ['код_2', 'βeta', '2024', 'г']);
  // a dash with a space on one side still joins: the rule looks at the neighbouring atoms only
  assert.deepEqual(words('Москва -Сочи'), ['Москва', '-Сочи']);
  assert.deepEqual(words('год — 2020'), ['год', '—', '2020']);
  // U+FEFF is not whitespace for Python but an "other" atom, which sticks to the letters after it;
  // U+00A0 is whitespace
  assert.deepEqual(words('\uFEFFТекст\u00A0два'), ['\uFEFFТекст', 'два']);
  const t = tokenize('  Анна  Ли');
  assert.deepEqual(t.map((x) => [x.start, x.stop]), [[2, 6], [8, 10]]);
});

test('gold: PER is the Person extent, ORG org_name, LOC loc_name of Location and LocOrg', () => {
  const text = 'Глава мэрии Тулы Павел Сергеевич Орлов посетил улицу Ленина и завод «Тульский оружейник».';
  const spans = {
    descr: at(text, 'мэрии', 'org_descr'),
    tula: at(text, 'Тулы', 'loc_name'),
    name: at(text, 'Павел', 'name'),
    surname: at(text, 'Орлов', 'surname'),
    street: at(text, 'улицу', 'loc_descr'),
    lenin: at(text, 'Ленина', 'loc_name'),
    plant: at(text, 'завод', 'org_descr'),
    plantName: at(text, '«Тульский оружейник»', 'org_name'),
  };
  const objects: FactruObject[] = [
    { id: '1', type: 'Org', spans: [spans.descr, spans.tula] }, // no org_name: no ORG
    { id: '2', type: 'LocOrg', spans: [spans.tula] },
    // the patronymic is not annotated, yet the extent covers it
    { id: '3', type: 'Person', spans: [spans.surname, spans.name] },
    { id: '4', type: 'Location', spans: [spans.street, spans.lenin] },
    { id: '5', type: 'Org', spans: [spans.plant, spans.plantName] },
    { id: '6', type: 'Project', spans: [spans.lenin] },
  ];
  const got = adaptGold(objects, tokenize(text)).spans.map((s) => [s.type, text.slice(s.start, s.stop)]);
  assert.deepEqual(got, [
    ['LOC', 'Тулы'],
    ['PER', 'Павел Сергеевич Орлов'],
    ['LOC', 'Ленина'],
    ['ORG', '«Тульский оружейник»'],
  ]);
});

test('gold: overlapping spans are dropped (the longer or earlier wins), then misaligned ones', () => {
  const text = 'Посольство Канады в Москве-Сити и Минобороны РФ.';
  const org = at(text, 'Посольство Канады', 'org_name');
  const canada = at(text, 'Канады', 'loc_name');
  const moscow = at(text, 'Москве', 'loc_name'); // ends inside the token Москве-Сити
  const mod = at(text, 'Минобороны РФ', 'org_name');
  const rf = at(text, 'РФ', 'loc_name');
  const objects: FactruObject[] = [
    { id: '1', type: 'Org', spans: [org] },
    { id: '2', type: 'LocOrg', spans: [canada] },
    { id: '3', type: 'Location', spans: [moscow] },
    { id: '4', type: 'LocOrg', spans: [rf] },
    { id: '5', type: 'Org', spans: [mod] },
  ];
  const a = adaptGold(objects, tokenize(text));
  assert.deepEqual(a.spans.map((s) => text.slice(s.start, s.stop)), ['Посольство Канады', 'Минобороны РФ']);
  assert.deepEqual(a.overlapping.map((s) => text.slice(s.start, s.stop)).sort(), ['Канады', 'РФ']);
  assert.deepEqual(a.misaligned.map((s) => text.slice(s.start, s.stop)), ['Москве']);

  // order matters: a misaligned outer span still removes the inner one before being dropped itself
  const text2 = 'в Санкт-Петербурге';
  const outer = at(text2, 'в Санкт-Петер', 'org_name');
  const inner = at(text2, 'Санкт-Петербурге', 'loc_name');
  const b = adaptGold([{ id: '1', type: 'Org', spans: [outer] }, { id: '2', type: 'Location', spans: [inner] }], tokenize(text2));
  assert.deepEqual(b.spans, []);

  // within one object, overlapping names are filtered first; identical spans keep the first in file order
  assert.equal(filterOverlapping([{ start: 0, stop: 3, type: 'A' }, { start: 0, stop: 3, type: 'B' }])[0]!.type, 'A');
  const twoNames = selectSpans([{ id: '1', type: 'Location', spans: [{ id: 'a', type: 'loc_name', start: 0, stop: 10 }, { id: 'b', type: 'loc_name', start: 4, stop: 8 }] }]);
  assert.deepEqual(twoNames, [{ start: 0, stop: 10, type: 'LOC' }]);
});

test('files: .spans and .objects lines as corus reads them', () => {
  const spans = parseSpans(['10 org_name 5 4 900 1  # 900 миде', '11 loc_name 10 6 901 1  # 901 Грузии']);
  assert.deepEqual(spans.map((s) => [s.id, s.type, s.start, s.stop]), [['10', 'org_name', 5, 9], ['11', 'loc_name', 10, 16]]);
  const unknown: string[] = [];
  const objects = parseObjects(['7 Org 10 11 # миде Грузии', '8 LocOrg 11 99 # Грузии'], spans, unknown);
  assert.deepEqual(objects.map((o) => [o.id, o.type, o.spans.map((s) => s.id)]), [['7', 'Org', ['10', '11']], ['8', 'LocOrg', ['11']]]);
  assert.deepEqual(unknown, ['99']);
});

test('predictions: PER/ORG/LOC on token borders only', () => {
  const text = 'Вчера в Казани-Арене выступил Иван Петров.';
  const mentions = [
    { start: 0, end: 5, type: 'DATE' },
    { start: text.indexOf('Казани'), end: text.indexOf('Казани') + 6, type: 'LOC' },
    { start: text.indexOf('Иван'), end: text.indexOf('Петров') + 6, type: 'PER' },
  ];
  const a = adaptPred(mentions, tokenize(text));
  assert.deepEqual(a.spans.map((s) => [s.type, text.slice(s.start, s.stop)]), [['PER', 'Иван Петров']]);
  assert.deepEqual(a.misaligned.map((s) => text.slice(s.start, s.stop)), ['Казани']);
});

test('scoring: tokens inside or outside, per type, punctuation included', () => {
  const text = 'Банк «Заря» и Анна Ли из Омска.';
  const tokens = tokenize(text); // Банк « Заря » и Анна Ли из Омска .
  const span = (part: string, type: string) => ({ start: text.indexOf(part), stop: text.indexOf(part) + part.length, type });
  const gold = [span('Банк «Заря»', 'ORG'), span('Анна Ли', 'PER'), span('Омска', 'LOC')];
  const pred = [span('Заря', 'ORG'), span('Анна Ли', 'PER'), span('из Омска', 'LOC')];
  const { counts } = scoreDocument(tokens, pred, gold);
  assert.deepEqual(counts.ORG, { tp: 1, fp: 0, fn: 3 });
  assert.deepEqual(counts.PER, { tp: 2, fp: 0, fn: 0 });
  assert.deepEqual(counts.LOC, { tp: 1, fp: 1, fn: 0 });
  const org = prf(counts.ORG);
  assert.equal(org.precision, 1);
  assert.equal(org.recall, 0.25);
  assert.equal(org.f1, 0.4);
  assert.deepEqual(prf({ tp: 0, fp: 0, fn: 0 }), { precision: 0, recall: 0, f1: 0 });
  // a wrong type costs twice: a false negative for the gold type, a false positive for the other
  const swapped = scoreDocument(tokens, [span('Омска', 'ORG')], [span('Омска', 'LOC')]).counts;
  assert.deepEqual([swapped.LOC, swapped.ORG], [{ tp: 0, fp: 0, fn: 1 }, { tp: 0, fp: 1, fn: 0 }]);
});

test('scoring: the inside/outside walk over sorted spans', () => {
  const tokens = tokenize('а б в г д');
  // spans on tokens б and г-д
  assert.deepEqual(insideTags(tokens, [{ start: 2, stop: 3 }, { start: 6, stop: 9 }]), [false, true, false, true, true]);
  assert.deepEqual(insideTags(tokens, []), [false, false, false, false, false]);
});
