/**
 * A 10 MB one-line article with the size limit raised (issue 15: every request waited 13 s during
 * indexing, each keystroke in it held up hover elsewhere for 9.9 s). Its analysis takes minutes here, so
 * the tests never wait for it: they check that a hover on another file is answered while it is still
 * being analysed (before the scan's end, or before the large file's new diagnostics), then stop the
 * server. Order, not time, is asserted. Only requests about the document itself wait for its
 * analysis (a hover on a document just opened still finds its entities), and a cancelled one stops waiting.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { seedWorkspace, PUBLISH, type Workspace } from './consistencyHelpers';
import { fileUri, positionOf } from './lspClient';
import { RawServer, type Message } from './robust-raw';

const SIZE = 10_000_000;
const SETTINGS = { maxFileSize: 2 * SIZE };
/** Generous: the hover is answered in a second or two; a server analysing on its main thread takes minutes. */
const ANSWER_MS = 180_000;

/** About `bytes` of UTF-8 on one line: the seeds' prose (names, dates, quotes) repeated, newlines made spaces. */
function oneLineProse(ws: Workspace, bytes: number): string {
  const seeds = ['000', '001', '002', '003', '004'].map((p) => readFileSync(ws.seed(p), 'utf8').replace(/\s+/g, ' ').trim()).join(' ');
  const chars = Math.ceil((bytes * seeds.length) / Buffer.byteLength(seeds));
  return seeds.repeat(Math.ceil(chars / seeds.length)).slice(0, chars);
}

/** The hover on 'Лавров' in seed 000, answered (a request that needs nothing of the large file). */
async function hoverOnSeed(server: RawServer, ws: Workspace): Promise<Message> {
  const id = server.request('textDocument/hover', { textDocument: { uri: ws.uri('000') }, position: positionOf(ws.seed('000'), 'Лавров') });
  const answer = await server.response(id, ANSWER_MS);
  assert.match(JSON.stringify(answer.result), /Лавров/);
  return answer;
}

/** Did the scan end before this message: its progress ended or reached 100 %, or the status turned 'ready' after 'indexing'? */
function scanOverBefore(server: RawServer, message: Message): boolean {
  const before = server.received.slice(0, server.received.indexOf(message));
  const indexing = before.findIndex((m) => m.method === 'corpusLens/status' && m.params.state === 'indexing');
  return before.some((m, i) => {
    const value = m.method === '$/progress' ? m.params.value : undefined;
    if (value?.kind === 'end' || value?.percentage === 100) return true;
    return m.method === 'corpusLens/status' && m.params.state === 'ready' && indexing >= 0 && i > indexing;
  });
}

describe('a 10 MB one-line article with the limit raised', () => {
  let ws: Workspace;
  let server: RawServer | undefined;
  let text: string;
  let big: string;

  before(() => {
    ws = seedWorkspace();
    text = oneLineProse(ws, SIZE);
    big = path.join(ws.dir, 'seeds', 'big.txt');
  });

  after(() => {
    server?.kill();
    ws?.remove();
  });

  it('during the initial scan, a hover on another file is answered before the large file is analysed, also once it is opened', async () => {
    writeFileSync(big, text);
    server = await RawServer.start(ws.dir, SETTINGS, [ws.seed('000')]);
    await server.waitFor((m) => m.method === 'corpusLens/status' && m.params.state === 'indexing', ANSWER_MS);
    // Not a measurement: the pause puts the request well inside the large file's analysis (it starts
    // within milliseconds of the scan), where a server analysing on its main thread could not read it.
    await sleep(2000);
    const answer = await hoverOnSeed(server, ws);
    assert.ok(!scanOverBefore(server, answer), 'the hover waited for the end of the scan');
    // Opened in the editor before it is indexed: only requests about it wait for its first analysis.
    server.open(fileUri(big), text);
    const afterOpen = await hoverOnSeed(server, ws);
    assert.ok(!scanOverBefore(server, afterOpen), 'the hover waited for the first analysis of the file opened');
    // A request about the large file itself waits for its first analysis, until the client cancels it.
    const own = server.request('textDocument/documentSymbol', { textDocument: { uri: fileUri(big) } });
    await sleep(1000); // cancelled once its handler runs (a request still queued is cancelled by the library)
    server.send({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: own } });
    const cancelled = await server.response(own, ANSWER_MS);
    assert.equal(cancelled.error?.code, -32800, 'answered as cancelled');
    assert.ok(!scanOverBefore(server, cancelled), 'the cancelled request waited for the analysis of the file');
    server.kill();
    server = undefined;
  });

  it('after a keystroke in it, a hover on another file is answered before its new diagnostics', async () => {
    // On disk a short article (indexed in seconds); the editor holds the 10 MB text, then one letter is typed.
    writeFileSync(big, text.slice(0, 3000));
    server = await RawServer.start(ws.dir, SETTINGS);
    await server.ready(ANSWER_MS);
    const uri = fileUri(big);
    const from = server.received.length;
    server.open(uri, text);
    server.insert(uri, 2, { line: 0, character: 6 }, 'а');
    const answer = await hoverOnSeed(server, ws);
    const published = server.received.findIndex((m, i) => i >= from && m.method === PUBLISH && m.params.uri === uri);
    assert.ok(published < 0 || published > server.received.indexOf(answer), 'the hover waited for the large file');
    // A request about a document just opened (not indexed yet) still waits for its first analysis.
    const fresh = fileUri(path.join(ws.dir, 'seeds', 'new.txt'));
    server.open(fresh, readFileSync(ws.seed('000'), 'utf8'));
    const id = server.request('textDocument/hover', { textDocument: { uri: fresh }, position: positionOf(ws.seed('000'), 'Лавров') });
    assert.match(JSON.stringify((await server.response(id, ANSWER_MS)).result), /Лавров/);
  });
});
