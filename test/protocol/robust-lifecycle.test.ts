/**
 * Protocol robustness (issue 15): `$/cancelRequest` is honoured, requests after `shutdown` are
 * refused and `exit` then ends with 0, a stale didChange version is ignored. Bytes are written by
 * hand (robust-raw.ts) so a request and its cancellation can arrive in one write.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { positionOf } from './lspClient';
import { frame, seedServer } from './robust-raw';

const REQUEST_CANCELLED = -32800;
const INVALID_REQUEST = -32600;

describe('cancellation', () => {
  const s = seedServer();

  /** Sends the request and its cancellation in one write; returns the answer. */
  function sendAndCancel(method: string, params: unknown) {
    const request = s.server.requestMessage(method, params);
    s.server.write(Buffer.concat([frame(request), frame({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: request.id } })]));
    return s.server.response(request.id);
  }

  const lavrov = () => ({
    textDocument: { uri: s.ws.uri('000') }, position: positionOf(s.ws.seed('000'), 'Лавров'), context: { includeDeclaration: true },
  });

  it('answers references normally when not cancelled (the position names an entity)', async () => {
    const answer = await s.server.response(s.server.request('textDocument/references', lavrov()));
    assert.equal(answer.error, undefined);
    assert.ok(answer.result.length > 3, `only ${answer.result.length} references`);
  });

  it('answers a cancelled references request with RequestCancelled, not with the locations', async () => {
    const answer = await sendAndCancel('textDocument/references', lavrov());
    assert.equal(answer.result, undefined, 'the locations were still computed and sent');
    assert.equal(answer.error?.code, REQUEST_CANCELLED);
  });

  it('answers a cancelled workspace symbols request with RequestCancelled', async () => {
    const plain = await s.server.response(s.server.request('workspace/symbol', { query: 'Лавров' }));
    assert.ok(plain.result.length > 0);
    const answer = await sendAndCancel('workspace/symbol', { query: 'Лавров' });
    assert.equal(answer.error?.code, REQUEST_CANCELLED);
  });
});

describe('stale didChange versions', () => {
  const s = seedServer();

  it('ignores a change whose version is older than the document (version 3, then 2)', async () => {
    const uri = s.ws.uri('000');
    const text = readFileSync(s.ws.seed('000'), 'utf8');
    s.server.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'corpus', version: 1, text } } });
    const change = (version: number, newText: string) => s.server.send({
      jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [{ text: newText }] },
    });
    change(3, text);
    change(2, `${text}\nУстаревшая правка.\n`);
    // A rename's edit carries the server's version of the open document.
    const id = s.server.request('textDocument/rename', { textDocument: { uri }, position: positionOf(s.ws.seed('000'), 'Лавров'), newName: 'Лавровский' });
    const answer = await s.server.response(id);
    assert.equal(answer.error, undefined, answer.error?.message);
    const edit = answer.result.documentChanges.find((c: any) => c.textDocument.uri === uri);
    assert.ok(edit, 'no edit for the open document');
    assert.equal(edit.textDocument.version, 3, 'the stale version 2 was applied');
    assert.ok(s.server.logLines().some((l) => /ignored a change .* version 2/.test(l)), 'the stale change is not in the output channel');
  });
});

describe('shutdown and exit', () => {
  const s = seedServer();

  it('refuses requests after shutdown with InvalidRequest, and exit then ends the process with 0', async () => {
    const hover = { textDocument: { uri: s.ws.uri('000') }, position: positionOf(s.ws.seed('000'), 'Лавров') };
    const before = await s.server.response(s.server.request('textDocument/hover', hover));
    assert.ok(before.result, 'hover answers before shutdown');
    const down = await s.server.response(s.server.request('shutdown', undefined));
    assert.equal(down.error, undefined);
    const afterShutdown = await s.server.response(s.server.request('textDocument/hover', hover));
    assert.equal(afterShutdown.result, undefined, 'the hover was processed after shutdown');
    assert.equal(afterShutdown.error?.code, INVALID_REQUEST);
    s.server.send({ jsonrpc: '2.0', method: 'exit' });
    assert.equal(await s.server.exited, 0);
  });
});
