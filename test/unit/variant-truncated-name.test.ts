/**
 * A person's name written with its first word respelled as a dictionary word, which the recognizer
 * leaves out ('Так Ён Су' read as 'Ён Су' of 'Тхак Ён Су'): the word before the mention is compared
 * with the word of the full name it stands for.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { flaggedIn } from './index-helpers';

describe('a name whose first word was respelled as a common word', () => {
  it('flags the word before the rest of the name', async () => {
    const text = ' date 2025-05-12 Бюджет\n\nСЕУЛ, 12 мая. /ТАСС/. Об этом сообщил министр финансов Тхак Ён Су. '
      + 'По словам Тхак Ён Су, дефицит сократится.\n\nТак Ён Су в ответ заявил, что налоги не вырастут. Министр Тхак Ён Су пообещал отчитаться.\n';
    assert.deepEqual(await flaggedIn(text, 'Тхак'), ['Так']);
  });
});
