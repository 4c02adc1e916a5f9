import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hoverNames, references } from '../eval/entities';
import { align, docKey, EvalInputError, parseExport } from '../eval/io';
import {
  bcubed, dateAccuracy, exactPrf, linking, matchExact, nameAccuracy, relaxedPrf, type EvalMention,
} from '../eval/metrics';
import { evaluate, toJson } from '../eval/report';

function m(doc: string, start: number, end: number, type: string, entity: string, name = entity.split(':')[1]!, value?: string): EvalMention {
  return { doc, start, end, text: `t${start}`, type, entity, name, ...(value ? { value } : {}) };
}

const gold = [
  m('a', 0, 6, 'PER', 'PER:Сергей Лавров'),
  m('a', 10, 14, 'LOC', 'LOC:Россия'),
  m('a', 20, 29, 'DATE', 'DATE:2025-11-20', '2025-11-20', '2025-11-20'),
  m('b', 0, 7, 'PER', 'PER:Сергей Лавров'),
  m('b', 10, 12, 'LOC', 'LOC:Россия'),
];

test('exact P/R/F1 counts span and type, one-to-one', () => {
  const pred = [
    m('a', 0, 6, 'PER', 'PER:x'),
    m('a', 0, 6, 'PER', 'PER:x'), // duplicate: one match only
    m('a', 10, 14, 'ORG', 'ORG:Россия'), // wrong type
    m('b', 0, 5, 'PER', 'PER:x'), // wrong span
  ];
  const all = exactPrf(gold, pred);
  assert.equal(all.tp, 1);
  assert.equal(all.precision, 1 / 4);
  assert.equal(all.recall, 1 / 5);
  assert.ok(Math.abs(all.f1 - (2 * 0.25 * 0.2) / 0.45) < 1e-12);
  const per = exactPrf(gold, pred, 'PER');
  assert.deepEqual([per.tp, per.gold, per.pred], [1, 2, 3]);
});

test('relaxed F1 accepts an overlapping span of the same type only', () => {
  const pred = [m('b', 0, 5, 'PER', 'PER:x'), m('a', 10, 14, 'ORG', 'ORG:y')];
  const per = relaxedPrf(gold, pred, 'PER');
  assert.equal(per.recall, 1 / 2);
  assert.equal(per.precision, 1);
  assert.equal(relaxedPrf(gold, pred, 'LOC').recall, 0);
  assert.equal(exactPrf([], []).f1, 0);
});

test('canonical names are compared ignoring case and ё; dates by value', () => {
  const pred = [
    m('a', 0, 6, 'PER', 'PER:1', 'сергей лавров'),
    m('a', 10, 14, 'LOC', 'LOC:2', 'Российская Федерация'),
    m('a', 20, 29, 'DATE', 'DATE:x', '2026-11-20', '2026-11-20'),
  ];
  const pairs = matchExact(gold, pred);
  const names = nameAccuracy(pairs);
  assert.deepEqual([names.correct, names.total], [1, 2]);
  assert.equal(names.wrong[0]!.gold.name, 'Россия');
  const dates = dateAccuracy(pairs);
  assert.deepEqual([dates.correct, dates.total], [0, 1]);
  assert.equal(dates.wrong[0]!.pred.value, '2026-11-20');
});

test('B-cubed: perfect, all-merged and all-split clusterings', () => {
  const items = (preds: string[]) => ['A', 'A', 'B'].map((g, i) => ({ gold: g, pred: preds[i]! }));
  assert.deepEqual(bcubed(items(['x', 'x', 'y'])), { precision: 1, recall: 1, f1: 1, items: 3 });
  const merged = bcubed(items(['x', 'x', 'x']));
  assert.ok(Math.abs(merged.precision - 5 / 9) < 1e-12);
  assert.equal(merged.recall, 1);
  const split = bcubed(items(['x', 'y', 'z']));
  assert.equal(split.precision, 1);
  assert.ok(Math.abs(split.recall - 2 / 3) < 1e-12);
  assert.equal(bcubed([]).f1, 0);
});

test('linking ignores DATE pairs and uses entity ids across documents', () => {
  const pred = gold.map((g, i) => ({ ...g, entity: i === 3 ? 'PER:Лавров' : g.entity }));
  const b = linking(matchExact(gold, pred));
  assert.equal(b.items, 4);
  assert.equal(b.precision, 1);
  assert.ok(b.recall < 1);
});

test('hover names: the predicted entity name is its most frequent mention name', () => {
  const pred = [
    m('a', 0, 6, 'PER', 'PER:1', 'Сергей Лавров'),
    m('b', 0, 7, 'PER', 'PER:1', 'Лавров'),
    m('c', 0, 7, 'PER', 'PER:1', 'Сергей Лавров'),
  ];
  const h = hoverNames(gold, pred);
  assert.deepEqual([h.correct, h.total], [2, 2]);
  const none = hoverNames(gold, []);
  assert.equal(none.correct, 0);
  assert.equal(none.wrong[0]!.predName, null);
});

test('hover names: a miss that is only a patronymic is counted apart, any other miss is not', () => {
  const withPatronymic = [m('a', 0, 6, 'PER', 'PER:1', 'Сергей Викторович Лавров'), m('b', 0, 7, 'PER', 'PER:2', 'Сергей Лаврин')];
  const h = hoverNames(gold, withPatronymic);
  assert.deepEqual([h.correct, h.total, h.patronymicOnly], [0, 2, 1]);
});

test('references: recall and precision of the first mention entity set', () => {
  const pred = [
    m('a', 0, 6, 'PER', 'PER:1'),
    m('b', 1, 5, 'PER', 'PER:1'), // overlaps the gold mention in b
    m('b', 30, 35, 'PER', 'PER:1'), // a wrong reference
    m('a', 10, 14, 'LOC', 'LOC:R'),
  ];
  const r = references(gold, pred);
  const per = r.entities.find((e) => e.entity === 'PER:Сергей Лавров')!;
  assert.deepEqual([per.recall, per.precision, per.found], [1, 2 / 3, 3]);
  const loc = r.entities.find((e) => e.entity === 'LOC:Россия')!;
  assert.deepEqual([loc.recall, loc.precision], [1 / 2, 1]);
  assert.equal(r.unresolved, 0);
  assert.equal(references(gold, []).unresolved, 2);
});

test('export parsing: file names as keys, defaults, clear errors', () => {
  const json = JSON.stringify({ version: 1, documents: [{ path: 'file:///x/seeds/a.txt', mentions: [{ start: 0, end: 2, type: 'LOC', text: 'РФ' }] }] });
  const parsed = parseExport(json, 'test');
  const only = parsed.get('a.txt')![0]!;
  assert.deepEqual([only.entity, only.name], ['LOC:РФ', 'РФ']);
  assert.equal(docKey('C:\\corpus\\b.txt'), 'b.txt');
  assert.throws(() => parseExport('{', 'test'), EvalInputError);
  assert.throws(() => parseExport('{"documents":[{"mentions":[]}]}', 'test'), /missing 'path'/);
  assert.throws(() => parseExport('{"documents":[{"path":"a","mentions":[{"start":"0"}]}]}', 'test'), /numeric start/);
});

test('align keeps gold documents and warns about missing and extra ones', () => {
  const g = new Map([['a', [gold[0]!]], ['b', [gold[3]!]]]);
  const p = new Map([['a', [gold[0]!]], ['z', [gold[1]!]]]);
  const { pred } = align(g, p);
  assert.equal(pred.mentions.length, 1);
  assert.deepEqual(pred.extra, ['missing: b', 'not in gold: z']);
  const r = evaluate('t', align(g, g).gold, pred);
  assert.equal((toJson(r) as { types: { ALL: { exact: { recall: number } } } }).types.ALL.exact.recall, 1 / 2);
});
