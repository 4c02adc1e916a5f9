/**
 * 'им.' written for 'имени' before the same eponym (core/variants/candidates.ts abbreviationPairs): also
 * inside one entity, past initials and titles, and the finding covers the dot so the fix replaces it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { abbreviationPairs, type MatchEntity } from '../../server/src/core/variants/candidates';
import { strayAbbreviations } from '../../server/src/core/variants/stray';
import { findingsFor } from './index-helpers';

const org = (id: string, names: Array<[string, number]>): MatchEntity => ({
  id, type: 'ORG', name: names[0][0], mentions: names.reduce((s, [, c]) => s + c, 0), documents: ['d1'],
  words: [], names: names.map(([text, count]) => ({ text, count })),
});

describe("'им.' and 'имени'", () => {
  it('pairs two names of one entity past the initials', () => {
    const e = org('ORG:a', [['Судоремонтный завод имени Г С Лукашевича', 2], ['Завод им Г С Лукашевича', 1]]);
    const pairs = abbreviationPairs([e]);
    assert.equal(pairs.length, 1);
    assert.equal(pairs[0].variant.spelling, 'им');
    assert.equal(pairs[0].preferred.spelling, 'имени');
    assert.equal(pairs[0].level, 'sure');
  });

  it('does not pair names whose eponyms differ', () => {
    const pairs = abbreviationPairs([org('ORG:a', [['Театр имени Ракитина', 2]]), org('ORG:b', [['Театр им Сорокина', 1]])]);
    assert.deepEqual(pairs, []);
  });

  it('flags the written «им.» with its dot', async () => {
    const text = ' date 2025-02-11 Завод\n\nНАХОДКА, 11 февраля. /ТАСС/. Судоремонтный завод имени Г. С. Лукашевича построит док. '
      + 'Завод имени Г. С. Лукашевича основан в 1958 году.\n\nЗавод им. Г. С. Лукашевича ремонтирует суда.\n';
    const found = await findingsFor({ 'a.txt': text }, 'имени');
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].start, found[0].end), 'им.');
    assert.equal(found[0].replacement, 'имени');
  });

  it('flags «им.» outside any mention before the eponym of an organization named with «имени» in the article', () => {
    const text = 'Уральский институт металлов имени П. Д. Сабурова открыл лабораторию. Опыты идут в лабораториях института им. П. Д. Сабурова.';
    const e = org('ORG:u', [['Уральский институт металлов имени П Д Сабурова', 1]]);
    const named = { start: 0, end: 46 };
    const found = strayAbbreviations('file:///a.txt', text, [named], [e]);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].at.start, found[0].at.end), 'им.');
    assert.equal(found[0].preferred.spelling, 'имени');
    const other = org('ORG:v', [['Уральский институт металлов имени П Д Котова', 1]]);
    assert.deepEqual(strayAbbreviations('file:///a.txt', text, [named], [other]), [], 'another eponym');
    const titled = org('ORG:t', [['Уральский центр кардиологии имени академика П Д Сабурова', 1]]);
    assert.equal(strayAbbreviations('file:///a.txt', text, [named], [titled]).length, 1, 'a title before the initials');
    const both = org('ORG:w', [['Уральский институт металлов имени П Д Сабурова', 1], ['Институт им П Д Сабурова', 2]]);
    assert.deepEqual(strayAbbreviations('file:///a.txt', text, [named], [both]), [], 'the names already write both forms');
  });
});
