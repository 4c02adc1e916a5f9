/** The per-entity mention cache of the editor features follows edits (the linked corpus is updated in place). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createEngine } from '../../server/src/core/analyze';
import { mentionsOfEntity } from '../../server/src/features/entityLookup';
import { CorpusIndex } from '../../server/src/index/corpusIndex';

test('mentions of an entity after an edit that only moves them have the new offsets', async () => {
  const seeds = join(__dirname, '..', '..', 'seeds');
  const text = readFileSync(join(seeds, '000_f6be1b102a5e9dba.txt'), 'utf8');
  const index = new CorpusIndex(await createEngine());
  index.set('file:///a.txt', text);
  const id = index.mentionsIn('file:///a.txt').find((h) => h.mention.text.startsWith('Лавров'))!.entity.id;
  assert.ok(mentionsOfEntity(index, id).length > 0);
  const edited = `Вставка. ${text}`;
  index.set('file:///a.txt', edited);
  for (const hit of mentionsOfEntity(index, id)) assert.equal(edited.slice(hit.mention.start, hit.mention.end), hit.mention.text);
  assert.equal(mentionsOfEntity(index, id)[0].doc.text, edited);
});
