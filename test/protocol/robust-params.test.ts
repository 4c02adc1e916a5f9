/**
 * Protocol robustness (issue 15): bad request parameters get a short 'invalid parameters' error
 * (details in the output channel, never the internal exception text), URIs the server cannot read
 * get an empty answer, and a header without a usable Content-Length costs only its own message.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { positionOf } from './lspClient';
import { seedServer, type Message } from './robust-raw';

const INVALID_PARAMS = -32602;
const INVALID_REQUEST = -32600;

describe('bad request parameters', () => {
  const s = seedServer();

  const ask = async (method: string, params: unknown): Promise<Message> => s.server.response(s.server.request(method, params));
  const at = () => positionOf(s.ws.seed('000'), 'Лавров');

  function assertInvalidParams(answer: Message): void {
    assert.equal(answer.result, undefined);
    assert.equal(answer.error?.code, INVALID_PARAMS);
    assert.equal(answer.error?.message, 'invalid parameters');
  }

  it('hover with textDocument null: invalid parameters, the details in the output channel', async () => {
    const answer = await ask('textDocument/hover', { textDocument: null, position: at() });
    assertInvalidParams(answer);
    assert.doesNotMatch(JSON.stringify(answer), /Cannot read properties/);
    const logged = await s.server.waitFor((m) => m.method === 'window/logMessage' && /textDocument\/hover: invalid parameters/.test(m.params.message));
    assert.equal(logged.params.type, 1, 'logged as an error');
  });

  it('a missing position, a numeric uri, a range without an end: invalid parameters', async () => {
    assertInvalidParams(await ask('textDocument/hover', { textDocument: { uri: s.ws.uri('000') } }));
    assertInvalidParams(await ask('textDocument/references', { textDocument: { uri: 42 }, position: at(), context: { includeDeclaration: true } }));
    assertInvalidParams(await ask('textDocument/codeAction', { textDocument: { uri: s.ws.uri('000') }, range: { start: at() }, context: { diagnostics: [] } }));
    assertInvalidParams(await ask('textDocument/definition', { textDocument: { uri: s.ws.uri('000') }, position: { line: -1, character: 'x' } }));
    const good = await ask('textDocument/hover', { textDocument: { uri: s.ws.uri('000') }, position: at() });
    assert.match(JSON.stringify(good.result), /Лавров/, 'a good request after them');
  });

  it('an exception inside a feature (code action with context null): a short error, the stack only in the output channel', async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } };
    const answer = await ask('textDocument/codeAction', { textDocument: { uri: s.ws.uri('001') }, range, context: null });
    assert.equal(answer.error?.code, -32603);
    assert.doesNotMatch(answer.error!.message, /Cannot read|TypeError/);
    assert.ok(s.server.logLines().some((l) => l.includes('textDocument/codeAction failed: TypeError')), 'the details are not in the output channel');
  });

  it('URIs of other schemes or another host answer empty, without an error', async () => {
    for (const uri of ['untitled:Untitled-1', 'file://other-host/share/article.txt', 'https://example.org/a.txt']) {
      const answer = await ask('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
      assert.equal(answer.error, undefined, `${uri}: ${answer.error?.message}`);
      assert.equal(answer.result, null);
    }
  });

});

describe('a header without a usable Content-Length', () => {
  const s = seedServer();

  const hover = () => ({ textDocument: { uri: s.ws.uri('000') }, position: positionOf(s.ws.seed('000'), 'Лавров') });

  for (const header of ['Content-Type: application/vscode-jsonrpc; charset=utf-8', 'Content-Length: many']) {
    it(`'${header}': that request gets InvalidRequest, the next ones are answered`, async () => {
      const bad = s.server.requestMessage('textDocument/hover', hover());
      s.server.write(`${header}\r\n\r\n${JSON.stringify(bad)}`);
      const next = s.server.request('textDocument/hover', hover());
      const third = s.server.request('workspace/symbol', { query: 'Лавров' });
      const refused = await s.server.response(bad.id, 20_000);
      assert.equal(refused.error?.code, INVALID_REQUEST);
      assert.match((await s.server.response(next, 20_000)).result.contents.value, /Лавров/);
      assert.ok((await s.server.response(third, 20_000)).result.length > 0);
      assert.ok(s.server.logLines().some((l) => l.includes('refused a message (textDocument/hover)')), 'not in the output channel');
    });
  }

  it('a body that is not JSON is dropped up to the next header', async () => {
    s.server.write('X-Junk: 1\r\n\r\nnot json at all ');
    const next = s.server.request('textDocument/hover', hover());
    assert.match((await s.server.response(next, 20_000)).result.contents.value, /Лавров/);
  });

  it('the same, split across writes in its header and inside a multi-byte letter of its body', async () => {
    const bad = s.server.requestMessage('workspace/symbol', { query: 'Лавров' });
    const bytes = Buffer.from(`Content-Type: application/vscode-jsonrpc\r\n\r\n${JSON.stringify(bad)}`, 'utf8');
    const inLetter = bytes.indexOf(Buffer.from('Л', 'utf8')) + 1;
    for (const [from, to] of [[0, 7], [7, inLetter], [inLetter, bytes.length]]) {
      s.server.write(bytes.subarray(from, to));
      await new Promise((resolve) => setImmediate(resolve));
    }
    const next = s.server.request('workspace/symbol', { query: 'Лавров' });
    assert.equal((await s.server.response(bad.id, 20_000)).error?.code, INVALID_REQUEST);
    assert.ok((await s.server.response(next, 20_000)).result.length > 0);
  });
});
