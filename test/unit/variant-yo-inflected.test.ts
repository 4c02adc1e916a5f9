/**
 * An inflected word written without the ё its article writes elsewhere (matchInput: yoless): a variant,
 * though the lemma the recognizer gave it (taken from the article's full name) has the ё.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findingsFor, flaggedIn } from './index-helpers';

const article = (body: string) => ` date 2032-04-02 Суд\n\nВОРОНЕЖ, 2 апреля. /ТАСС/. ${body}\n`;

describe('ё dropped in an inflected form', () => {
  it('flags the form without ё where the article writes the name with ё, and the fix keeps the ending', async () => {
    const text = article('Дело рассматривает судья Ольга Селивёрстова. Ольга Селивёрстова отклонила ходатайство. '
      + 'Согласно решению, оглашенному судьей Селиверстовой, срок продлен.');
    assert.deepEqual(await flaggedIn(text, 'Селивёрстова'), ['Селиверстовой']);
    const [f] = await findingsFor({ 'a.txt': text }, 'Селивёрстова');
    assert.equal(f.replacement, 'Селивёрстовой');
  });
});
