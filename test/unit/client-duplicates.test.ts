/**
 * "Review Possible Duplicates" without the editor (client/src/duplicateItems.ts): the quick pick items
 * built from the server's pairs, the actions on a pair, the decision's arguments and the occurrences,
 * in English and in Russian.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import type { DuplicateContext, PossibleDuplicate } from '../../common/protocol';
import { configureL10n } from '../../server/src/l10n';
import {
  actionItems, decisionArgs, duplicateItem, duplicateItems, occurrences, pairNames, reviewTitle,
} from '../../client/src/duplicateItems';

const L10N_DIR = path.join(__dirname, '..', '..', 'l10n');
const russian = () => configureL10n({ locale: 'ru' }, L10N_DIR);
const english = () => configureL10n({});

const context = (uri: string, line: number, text: string): DuplicateContext => ({
  uri, range: { start: { line, character: 4 }, end: { line, character: 12 } }, line: text,
});

function pair(over: Partial<PossibleDuplicate> = {}): PossibleDuplicate {
  return {
    id: 'p1', level: 'plausible', score: 0.7, explanation: 'one vowel of a transcription (е/э)', sameEntity: false,
    variant: { name: 'Мун Дже Ин', spelling: 'Дже', count: 2, contexts: [context('file:///c/a.txt', 3, '  Президент   Мун Дже Ин заявил…  ')] },
    preferred: { name: 'Мун Чжэ Ин', spelling: 'Чжэ', count: 7, contexts: [context('file:///c/b.txt', 1, 'Мун Чжэ Ин прибыл'), context('file:///c/a.txt', 3, 'дубль')] },
    ...over,
  };
}

describe('possible duplicates: quick pick items', () => {
  after(english);

  it('English: «variant» ↔ «preferred», counts and level, explanation and one context line', () => {
    english();
    const item = duplicateItem(pair());
    assert.equal(item.label, '«Мун Дже Ин» ↔ «Мун Чжэ Ин»');
    assert.equal(item.description, '2 times vs 7 times · possible variant');
    assert.equal(item.detail, 'one vowel of a transcription (е/э) — Президент Мун Дже Ин заявил…');
    assert.equal(item.pair.id, 'p1');
    const sure = duplicateItem(pair({ level: 'sure', variant: { ...pair().variant, count: 1 } }));
    assert.equal(sure.description, '1 time vs 7 times · sure variant');
  });

  it('Russian: the same item with Russian plural forms', () => {
    russian();
    assert.equal(duplicateItem(pair()).description, '2 раза против 7 раз · возможный вариант');
    assert.equal(duplicateItem(pair({ level: 'sure', variant: { ...pair().variant, count: 21 } })).description, '21 раз против 7 раз · надёжный вариант');
    assert.equal(reviewTitle(3, true), 'Corpus Lens: возможные дубликаты (3) — индексирование ещё идёт, список может пополниться');
  });

  it('a pair linking already joined compares the spellings, and says so', () => {
    english();
    const linked = pair({ sameEntity: true, variant: { ...pair().variant, name: 'Мун Чжэ Ин' } });
    assert.deepEqual(pairNames(linked), ['Дже', 'Чжэ']);
    const item = duplicateItem(linked);
    assert.equal(item.label, '«Дже» ↔ «Чжэ»');
    assert.match(item.description, / · already one entity$/);
  });

  it('a long context line is cut; no context: the explanation alone; a pair without names is left out', () => {
    english();
    const long = pair({ variant: { ...pair().variant, contexts: [context('file:///c/a.txt', 0, 'слово '.repeat(60))] } });
    const detail = duplicateItem(long).detail;
    assert.ok(detail.endsWith('…'), detail);
    assert.ok(detail.length <= 'one vowel of a transcription (е/э) — '.length + 120, String(detail.length));
    const bare = pair({ variant: { ...pair().variant, contexts: [] }, preferred: { ...pair().preferred, contexts: [] } });
    assert.equal(duplicateItem(bare).detail, 'one vowel of a transcription (е/э)');
    const nameless = pair({ id: 'p2', variant: { ...pair().variant, name: ' ' } });
    assert.deepEqual(duplicateItems([pair(), nameless]).map((i) => i.pair.id), ['p1']);
    assert.deepEqual(duplicateItems([]), []);
  });
});

describe('possible duplicates: actions on a pair', () => {
  after(english);

  it('the same entity, different entities, and the occurrences when there are some', () => {
    english();
    const items = actionItems(pair());
    assert.deepEqual(items.map((i) => i.action), ['same', 'different', 'show']);
    assert.deepEqual(items.map((i) => i.label), ['These are the same entity', 'These are different entities', 'Show the occurrences']);
    assert.equal(items[2].detail, '2 occurrences');
    const bare = pair({ variant: { ...pair().variant, contexts: [] }, preferred: { ...pair().preferred, contexts: [] } });
    assert.deepEqual(actionItems(bare).map((i) => i.action), ['same', 'different']);
    russian();
    const ru = actionItems(pair());
    assert.deepEqual(ru.map((i) => i.label), ['Это одна и та же сущность', 'Это разные сущности', 'Показать вхождения']);
    assert.equal(ru[2].detail, '2 вхождения');
    assert.match(ru[0].detail, /^«Мун Дже Ин» и «Мун Чжэ Ин» станут одной группой синонимов/);
  });

  it('the decision names both, variant first, and a corpus document of the pair (else the one given)', () => {
    assert.deepEqual(decisionArgs(pair()), { uri: 'file:///c/a.txt', a: 'Мун Дже Ин', b: 'Мун Чжэ Ин' });
    const onlyPreferred = pair({ variant: { ...pair().variant, contexts: [] } });
    assert.equal(decisionArgs(onlyPreferred)?.uri, 'file:///c/b.txt');
    const bare = pair({ variant: { ...pair().variant, contexts: [] }, preferred: { ...pair().preferred, contexts: [] } });
    assert.equal(decisionArgs(bare), undefined);
    assert.equal(decisionArgs(bare, 'file:///c/open.txt')?.uri, 'file:///c/open.txt');
  });

  it('the occurrences: the variant first, each place once', () => {
    assert.deepEqual(occurrences(pair()).map((c) => `${c.uri}:${c.range.start.line}`), ['file:///c/a.txt:3', 'file:///c/b.txt:1']);
  });
});
