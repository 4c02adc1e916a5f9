/** 'им.' where the article writes 'имени' before the same eponym more often (eponyms.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MatchEntity } from '../../server/src/core/variants/candidates';
import { blockKey } from '../../server/src/core/variants/candidates';
import { orgEponyms, textAbbreviations } from '../../server/src/core/variants/eponyms';

const TEXT = 'Концерт в капелле имени Глинки. Затем в капелле им. Глинки. Хор базируется в капелле имени Глинки.';

describe('textAbbreviations', () => {
  it("flags 'им.' when 'имени' is written before the same eponym more often", () => {
    const pairs = textAbbreviations('d', TEXT, []);
    assert.equal(pairs.length, 1);
    assert.equal(TEXT.slice(pairs[0].at.start, pairs[0].at.end), 'им.');
    assert.equal(pairs[0].preferred.spelling, 'имени');
  });

  it("leaves 'им.' alone when it is the usual form, or when an organization's name pairs compare it", () => {
    assert.deepEqual(textAbbreviations('d', 'завод им. Кирова и завод им. Кирова, фонд имени Кирова', []), []);
    const org: MatchEntity = { id: 'ORG:x', type: 'ORG', name: 'Капелла имени Глинки', mentions: 2, documents: ['d'], words: [] };
    assert.deepEqual(textAbbreviations('d', TEXT, [org]), []);
    assert.ok(orgEponyms([org]).full.has(blockKey('Глинки')));
  });
});
