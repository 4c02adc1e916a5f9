/**
 * Spelling-consistency diagnostics and quick fixes through the protocol, on a copy of the seeds:
 * exactly one inconsistency (Тонглун / Тхонглун) is pushed without opening the file, its quick fix
 * clears it, and the corpus-wide fix asks for confirmation.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileUri, LspClient } from './lspClient';
import {
  applyEdits, changeDocument, diagnosticsAfter, documentEdits, latestDiagnostics, PUBLISH, seedWorkspace, textAt, type Workspace,
} from './consistencyHelpers';

describe('spelling-consistency diagnostics and quick fixes', () => {
  let ws: Workspace;
  let client: LspClient;
  let uri: string;
  let text: string;

  before(async () => {
    ws = seedWorkspace();
    client = await LspClient.start({ folder: ws.dir });
    uri = ws.uri('001');
    text = readFileSync(ws.seed('001'), 'utf8');
    await client.waitFor(PUBLISH, (p) => p.uri === uri && p.diagnostics.length > 0, 60_000);
  });

  after(async () => {
    await client?.stop();
    ws?.remove();
  });

  const theDiagnostic = () => latestDiagnostics(client).get(uri)![0];

  it('pushes exactly one diagnostic for the corpus, on «Тхонглун» in 001, without opening it', () => {
    const all = latestDiagnostics(client);
    assert.deepEqual([...all.keys()], [uri], 'only 001 has diagnostics');
    assert.equal(all.get(uri)!.length, 1);
    const d = theDiagnostic();
    assert.equal(textAt(text, d.range), 'Тхонглун');
    assert.equal(d.code, 'spelling-variant');
    assert.equal(d.source, 'corpus-lens');
    assert.equal(d.severity, 2, 'Warning by default');
    assert.match(d.message, /Тхонглун/);
    assert.match(d.message, /Тонглун/);
    assert.match(d.message, /\d×/, 'the message gives how often each spelling is used');
  });

  it('relates the diagnostic to the other spelling’s mentions', () => {
    const related = theDiagnostic().relatedInformation;
    assert.ok(related?.length >= 1, 'relatedInformation');
    for (const r of related) {
      assert.equal(r.location.uri, uri);
      assert.equal(textAt(text, r.location.range), 'Тонглун');
    }
  });

  it('offers the quick fixes, the single replacement preferred, with the diagnostic attached', async () => {
    const d = theDiagnostic();
    const actions: any[] = await client.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const titles = actions.map((a) => a.title);
    const replace = actions.find((a) => a.title === 'Replace with «Тонглун»');
    assert.ok(replace, `titles: ${titles.join(' | ')}`);
    assert.equal(replace.kind, 'quickfix');
    assert.equal(replace.isPreferred, true);
    assert.deepEqual(replace.diagnostics, [d]);
    assert.ok(titles.some((t) => t.startsWith('Fix all spelling variants in the corpus')));
    assert.ok(titles.includes('Fix all spelling variants in this article'));
    const commands = actions.filter((a) => a.command).map((a) => a.command.command).sort();
    assert.deepEqual(commands, ['corpusLens.acceptSpelling', 'corpusLens.preferSpelling']);
    assert.ok(actions.every((a) => a.kind === 'quickfix' && a.diagnostics.length === 1));
  });

  it('the corpus-wide fix is one edit whose changes need confirmation; unopened files get version null', async () => {
    const d = theDiagnostic();
    const actions: any[] = await client.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const fixAll = actions.find((a) => a.title.startsWith('Fix all spelling variants in the corpus'));
    const annotations = Object.values(fixAll.edit.changeAnnotations ?? {}) as any[];
    assert.ok(annotations.length >= 1 && annotations.every((a) => a.needsConfirmation === true));
    const files = documentEdits(fixAll.edit);
    assert.deepEqual([...files.keys()], [uri]);
    const { version, edits } = files.get(uri)!;
    assert.equal(version, null);
    assert.ok(edits.every((e) => e.annotationId in fixAll.edit.changeAnnotations));
    assert.equal(applyEdits(text, edits), text.replace('Тхонглун', 'Тонглун'));
  });

  it('offers source.fixAll.corpusLens for the article when asked for that kind', async () => {
    const actions: any[] = await client.request('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.corpusLens']);
    assert.equal(applyEdits(text, documentEdits(actions[0].edit).get(uri)!.edits), text.replace('Тхонглун', 'Тонглун'));
  });

  it('offers nothing away from a finding', async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const actions: any[] = await client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
    assert.deepEqual(actions, []);
  });

  it('applying the quick fix (as the editor would) makes the diagnostic disappear', async () => {
    client.open(ws.seed('001'));
    const d = theDiagnostic();
    const actions: any[] = await client.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const replace = actions.find((a) => a.isPreferred);
    const { version, edits } = documentEdits(replace.edit).get(uri)!;
    assert.equal(version, 1, 'open documents carry their version');
    const fixed = applyEdits(text, edits);
    assert.equal(fixed, text.replace('Тхонглун', 'Тонглун'));
    const from = client.notifications.length;
    changeDocument(client, uri, 2, fixed);
    await diagnosticsAfter(client, from, uri, (list) => list.length === 0);
    assert.equal(latestDiagnostics(client).size, 0, 'no diagnostics left in the corpus');
  });

  it('an edit bringing the variant back brings the diagnostic back', async () => {
    const from = client.notifications.length;
    changeDocument(client, uri, 3, text);
    const p = await diagnosticsAfter(client, from, uri, (list) => list.length === 1);
    assert.equal(textAt(text, p.diagnostics[0].range), 'Тхонглун');
  });
});

describe('diagnostic severity setting', () => {
  it('uses the configured severity (error)', async () => {
    const ws = seedWorkspace();
    const client = await LspClient.start({ folder: ws.dir, settings: { diagnostics: { severity: 'error' } } });
    try {
      const p = await client.waitFor(PUBLISH, (q) => q.uri === ws.uri('001') && q.diagnostics.length > 0, 60_000);
      assert.deepEqual(p.diagnostics.map((d: any) => d.severity), [1]);
    } finally {
      await client.stop();
      ws.remove();
    }
  });
});

describe('homoglyphs and the corpus-wide fix over several files', () => {
  const EXTRA = 'АСТАНА, 5 мая. /ТАСС/. Президент Казахстана Касым-Жомарт Токаев провел встречу с послом.\n\n'
    + 'Президент Тoкаев отметил важность сотрудничества.\n';
  let ws: Workspace;
  let client: LspClient;
  let extraUri: string;

  before(async () => {
    ws = seedWorkspace();
    const file = path.join(ws.dir, 'seeds', '900_extra.txt');
    writeFileSync(file, EXTRA);
    extraUri = fileUri(file);
    client = await LspClient.start({ folder: ws.dir });
    await client.waitFor(PUBLISH, (p) => p.uri === extraUri && p.diagnostics.length > 0, 60_000);
    await client.waitFor(PUBLISH, (p) => p.uri === ws.uri('001') && p.diagnostics.length > 0, 60_000);
  });

  after(async () => {
    await client?.stop();
    ws?.remove();
  });

  it('reports a Latin look-alike letter as mixed-script, fixed to the Cyrillic spelling', async () => {
    const [d] = latestDiagnostics(client).get(extraUri)!;
    assert.equal(d.code, 'mixed-script');
    assert.equal(textAt(EXTRA, d.range), 'Тoкаев');
    const actions: any[] = await client.request('textDocument/codeAction', { textDocument: { uri: extraUri }, range: d.range, context: { diagnostics: [d] } });
    assert.ok(actions.some((a) => a.title === 'Replace with «Токаев»' && a.isPreferred));
  });

  it('the corpus-wide fix edits exactly the files with findings, each exactly', async () => {
    const [d] = latestDiagnostics(client).get(extraUri)!;
    const actions: any[] = await client.request('textDocument/codeAction', { textDocument: { uri: extraUri }, range: d.range, context: { diagnostics: [d] } });
    const files = documentEdits(actions.find((a) => a.title.startsWith('Fix all spelling variants in the corpus')).edit);
    assert.deepEqual([...files.keys()].sort(), [ws.uri('001'), extraUri].sort());
    assert.equal(applyEdits(EXTRA, files.get(extraUri)!.edits), EXTRA.replace('Тoкаев', 'Токаев'));
    const seed = readFileSync(ws.seed('001'), 'utf8');
    assert.equal(applyEdits(seed, files.get(ws.uri('001'))!.edits), seed.replace('Тхонглун', 'Тонглун'));
  });
});
