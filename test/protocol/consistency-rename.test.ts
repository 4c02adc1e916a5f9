/** Rename of an entity through the protocol: every mention across the corpus, keeping case endings. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { LspClient, positionOf } from './lspClient';
import { applyEdits, documentEdits, seedWorkspace, textAt, type Workspace } from './consistencyHelpers';

describe('rename an entity across the corpus', () => {
  let ws: Workspace;
  let client: LspClient;

  before(async () => {
    ws = seedWorkspace();
    client = await LspClient.start({ folder: ws.dir });
    await client.ready();
  });

  after(async () => {
    await client?.stop();
    ws?.remove();
  });

  const at = (prefix: string, needle: string, occurrence = 1) => ({
    textDocument: { uri: ws.uri(prefix) },
    position: positionOf(ws.seed(prefix), needle, occurrence),
  });

  it('prepareRename answers the mention’s range and the canonical name', async () => {
    const params = at('004', 'Токаевым');
    const answer = await client.request('textDocument/prepareRename', params);
    assert.equal(textAt(readFileSync(ws.seed('004'), 'utf8'), answer.range), 'Токаевым');
    assert.match(answer.placeholder, /(^| )Токаев$/);
  });

  it('renames every inflected mention in 003 and 004, each keeping its ending', async () => {
    const { placeholder } = await client.request('textDocument/prepareRename', at('003', 'Токаева'));
    const newName = placeholder.replace('Токаев', 'Тукаев');
    const edit = await client.request('textDocument/rename', { ...at('003', 'Токаева'), newName });
    const files = documentEdits(edit);
    assert.deepEqual([...files.keys()].sort(), [ws.uri('003'), ws.uri('004')]);
    for (const prefix of ['003', '004']) {
      const text = readFileSync(ws.seed(prefix), 'utf8');
      const renamed = applyEdits(text, files.get(ws.uri(prefix))!.edits);
      assert.equal(renamed, text.replaceAll('Токаев', 'Тукаев'), `${prefix} renamed exactly`);
      assert.equal(files.get(ws.uri(prefix))!.version, null, 'files never opened carry version null');
    }
    const renamed004 = applyEdits(readFileSync(ws.seed('004'), 'utf8'), files.get(ws.uri('004'))!.edits);
    assert.match(renamed004, /с Тукаевым/);
    assert.match(renamed004, /Жомарта Тукаева/);
  });

  it('refuses outside a mention, with a clear message', async () => {
    await assert.rejects(client.request('textDocument/prepareRename', at('003', 'провел')), /Place the cursor on the name/);
  });

  it('refuses on dates', async () => {
    await assert.rejects(client.request('textDocument/prepareRename', at('003', '8 ноября')), /Dates cannot be renamed/);
    await assert.rejects(client.request('textDocument/rename', { ...at('003', '8 ноября'), newName: '9 ноября' }), /Dates cannot be renamed/);
  });

  it('refuses an empty new name', async () => {
    await assert.rejects(client.request('textDocument/rename', { ...at('004', 'Токаевым'), newName: '   ' }), /empty/);
  });
});
