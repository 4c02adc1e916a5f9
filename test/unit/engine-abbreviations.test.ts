import assert from 'node:assert/strict';
import { it } from 'node:test';
import { linkCorpus } from '../../server/src/core/linking/linkCorpus';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import { find, getEngine, mentionsOf } from './engine-helpers';

it('an acronym in brackets after a full name is marked as its alias', async () => {
  const mentions = await mentionsOf('Заголовок\n\nВ Ташкенте прошло заседание Шанхайской организации сотрудничества (ШОС). Позже ШОС приняла декларацию.');
  const full = mentions.findIndex((m) => m.text === 'Шанхайской организации сотрудничества');
  assert.ok(full >= 0, 'the full name is a mention');
  assert.equal(mentions[full + 1].text, 'ШОС');
  assert.equal(mentions[full + 1].aliasOf, full);
  assert.equal(find(mentions.slice(full + 2), 'ШОС')?.aliasOf, undefined, 'only the bracketed one');
});

it('so linking names every later mention of the acronym by the full name, in other articles too', async () => {
  const engine = await getEngine();
  const docs = new Map([
    ['a', engine.analyze('Заголовок\n\nДелегации обсудили работу Международного энергетического агентства (МЭА) на форуме.')],
    ['b', engine.analyze('Другой заголовок\n\nГлава МЭА выступил в Минске.')],
  ]);
  const linked = linkCorpus(docs, EMPTY_CONFIG);
  const idOf = (uri: string, text: string) => linked.mentionEntity.get(uri)![docs.get(uri)!.mentions.findIndex((m) => m.text === text)];
  assert.equal(idOf('b', 'МЭА'), idOf('a', 'МЭА'));
  assert.match(idOf('b', 'МЭА'), /Международное энергетическое агентство/);
});

it('brackets around anything else mark nothing', async () => {
  const mentions = await mentionsOf('Заголовок\n\nФорум пройдет в Уральске (Республика Казахстан) в ноябре.');
  assert.ok(mentions.every((m) => m.aliasOf === undefined));
});
