/**
 * Short East Asian syllables (evidence.ts editRules): two transcription edits in a word of three or four
 * letters ('Дже' / 'Чжэ': an affricate and е/э) pass; two plain edits do not.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { align } from '../../server/src/core/variants/align';
import { wordRules } from '../../server/src/core/variants/evidence';

const rule = (x: string, y: string) => wordRules(x, y, align(x, y), {});

describe('short syllables', () => {
  it('let two transcription edits through', () => {
    assert.equal(rule('Дже', 'Чжэ'), null);
  });
  it('stop two plain edits', () => {
    assert.equal(rule('Дом', 'Сум'), 'short word');
  });
});
