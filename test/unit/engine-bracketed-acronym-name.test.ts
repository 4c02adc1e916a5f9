/**
 * The lower-case words between a capitalised body's name and the acronym in brackets that introduces it are the rest
 * of the name ('Национальным институтом исследований здравоохранения (NHRI)'); a verb, a capitalised word or a
 * one-word body before them ends it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf } from './engine-helpers';

const BODY = 'Заголовок\n\n12 марта 2026\n\n';

test("a body's genitive and prepositional tail before its acronym in brackets", async () => {
  const ms = await mentionsOf(`${BODY}Анализы проверят вместе с Национальным институтом исследований питания (NIFR). Проекты одобрило Управление по делам соотечественников за рубежом и родственных общин (ASCA).`);
  assert.equal(find(ms, 'Национальным институтом исследований питания')?.name, 'Национальный институт исследований питания');
  assert.equal(find(ms, 'Управление по делам соотечественников за рубежом и родственных общин')?.type, 'ORG');
});

test("a parent's acronym closing the tail ('... управления морскими системами РАН (ИПУМС РАН)')", async () => {
  const ms = await mentionsOf(`${BODY}Программу написали в Институте проблем управления морскими системами РАН (ИПУМС РАН). Грант выдали на три года.`);
  assert.equal(find(ms, 'Институте проблем управления морскими системами РАН')?.type, 'ORG');
  assert.equal(find(ms, 'РАН'), undefined);
});

test('no tail across a verb nor after a one-word body', async () => {
  const ms = await mentionsOf(`${BODY}Минздрав сообщил о росте заболеваемости гриппом (ОРВИ) в регионе. Глава Минфина о бюджете (ФНБ) не говорил.`);
  assert.equal(find(ms, 'Минздрав')?.type, 'ORG');
  assert.equal(find(ms, 'Минфина')?.end, find(ms, 'Минфина')!.start + 'Минфина'.length);
});

test("a head and a parent's acronym, then the remit before the acronym in brackets ('Управление ООН по вопросам ... (UNOOSA)')", async () => {
  const ms = await mentionsOf(`${BODY}Запуск оплатило Управление ООН по вопросам морского права (UNOLOS). Связь установят позже.`);
  assert.equal(find(ms, 'Управление ООН по вопросам морского права')?.type, 'ORG');
});
