/**
 * Semantic tokens and the outline are computed once per analysis and cached: asked twice they are the
 * same, and after an edit they are recomputed (the new sentence's names are in them) and equal what a
 * fresh server computes for the edited text.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { changeDocument } from './consistencyHelpers';
import { openWorkspace, type Workspace } from './editorFixture';

const SENTENCE = 'Глава региона Аркадий Жмурков посетил Новосибирск.';

describe('editor caches after an edit', () => {
  let edited: Workspace;
  let fresh: Workspace;
  let uri: string;
  let text: string;
  const tokens = (ws: Workspace, u: string) => ws.client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: u } });
  const outline = async (ws: Workspace, u: string) => (await ws.client.request<any[]>('textDocument/documentSymbol', { textDocument: { uri: u } }))[0];
  /** The outline without its entity groups (their counts may move while background matching goes on). */
  const body = (root: any) => ({ ...root, children: root.children.filter((c: any) => !/^(People|Organizations|Places|Dates)$/.test(c.name)) });

  before(async () => {
    edited = await openWorkspace();
    uri = edited.client.open(edited.file('000'));
    const original = readFileSync(edited.file('000'), 'utf8');
    const cut = original.lastIndexOf('\n', original.trimEnd().length);
    text = `${original.slice(0, cut + 1)}${SENTENCE}\n${original.slice(cut + 1)}`;
  });
  after(async () => {
    await edited?.close();
    await fresh?.close();
  });

  it('asked twice before an edit, both answer the same', async () => {
    assert.deepEqual(await tokens(edited, uri), await tokens(edited, uri));
    assert.deepEqual(await outline(edited, uri), await outline(edited, uri));
  });

  it('after an edit both are recomputed and equal a fresh server on the edited text', async () => {
    const tokensBefore = await tokens(edited, uri);
    const outlineBefore = await outline(edited, uri);
    edited.client.notifications.length = 0;
    changeDocument(edited.client, uri, 2, text);
    // The edited file's diagnostics go out once its new analysis is in the index (a request waits for it
    // only so long, and a worker's first analysis may take longer).
    await edited.client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    const tokensAfter = await tokens(edited, uri);
    const outlineAfter = await outline(edited, uri);
    assert.notDeepEqual(tokensAfter.data, tokensBefore.data);
    assert.notDeepEqual(outlineAfter.range, outlineBefore.range, 'the outline spans the longer text');
    const people = outlineAfter.children.find((c: any) => c.name === 'People');
    assert.ok(people?.children.some((c: any) => /Жмурков/.test(c.name)), JSON.stringify(people?.children.map((c: any) => c.name)));

    fresh = await openWorkspace();
    writeFileSync(fresh.file('000'), text);
    fresh.client.notifications.length = 0;
    const freshUri = fresh.client.open(fresh.file('000'));
    await fresh.client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === freshUri);
    assert.deepEqual((await tokens(fresh, freshUri)).data, tokensAfter.data);
    assert.deepEqual(body(await outline(fresh, freshUri)), body(outlineAfter));
  });
});
