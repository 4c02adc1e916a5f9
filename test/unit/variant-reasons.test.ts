/**
 * The matcher's reasons as codes (server/src/core/variants/reasons.ts): the decision carries them,
 * the core words them in English as before, the server in its language (server/src/l10n/reasons.ts)
 * in the possible-variant message and the possible-duplicates list.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { findVariantPairs, type MatchEntity } from '../../server/src/core/variants/candidates';
import { englishReason, renderReasons } from '../../server/src/core/variants/reasons';
import { configureL10n } from '../../server/src/l10n';
import { findingMessage } from '../../server/src/l10n/messages';
import { reasonsText } from '../../server/src/l10n/reasons';

const L10N_DIR = path.join(__dirname, '..', '..', 'l10n');

const person = (id: string, name: string, count: number, doc: string): MatchEntity => {
  const words = name.split(' ');
  return {
    id, type: 'PER', name, mentions: count, documents: [doc], first: words[0], gender: 'm',
    words: words.map((w, i) => ({ spelling: w, count, part: i === 0 ? 'first' : 'last' })),
  };
};

const pair = () => findVariantPairs([person('a', 'Сомпхон Кеомани', 4, 'd1'), person('b', 'Сомпон Кеомани', 1, 'd1')])[0];

describe('reasons of a variant pair', () => {
  after(() => configureL10n({}));

  it('carries codes with arguments, worded in English as the reasons', () => {
    const p = pair();
    assert.ok(p.codes);
    assert.deepEqual(p.codes.find((r) => r.code === 'rare')?.args, [1, 4]);
    assert.deepEqual(p.codes.find((r) => r.code === 'sameRest')?.args, ['Кеомани']);
    assert.deepEqual(renderReasons(p.codes, englishReason), p.reasons);
    assert.match(p.reasons.join('; '), /\+ one spelling rare \(1× against 4×\)/);
  });

  it('are worded in Russian in the possible-variant message and the list', () => {
    configureL10n({ locale: 'ru' }, L10N_DIR);
    const p = pair();
    const text = reasonsText(p.codes!);
    assert.match(text, /придыхание/);
    assert.match(text, /\+ одно написание редкое \(1× против 4×\)/);
    assert.match(text, /\+ остальная часть имени та же \(Кеомани\)/);
    assert.match(text, /\+ в одной статье/);
    assert.doesNotMatch(text, /[A-Za-z]{3,}/);
    const message = findingMessage({
      problem: 'possible-variant', kind: 'aspiration', variant: 'Сомпон', preferred: 'Сомпхон', variantCount: 1, preferredCount: 4, text: 'Сомпон',
      pair: { level: 'plausible', score: 0.6, explanation: p.explanation, edit: p.reasons[0], codes: p.codes, variantEntity: 'b', preferredEntity: 'a' },
    });
    assert.match(message, /в другом написании: пх\/п \(придыхание\); \+ одно написание редкое/);
  });

  it('fall back to the English text for a pair without codes', () => {
    configureL10n({ locale: 'ru' }, L10N_DIR);
    const message = findingMessage({
      problem: 'possible-variant', kind: 'other-edit', variant: 'а', preferred: 'б', variantCount: 1, preferredCount: 2, text: 'а',
      pair: { level: 'plausible', score: 0.6, explanation: '', edit: 'x/y', variantEntity: 'b', preferredEntity: 'a' },
    });
    assert.match(message, /x\/y$/);
  });
});
