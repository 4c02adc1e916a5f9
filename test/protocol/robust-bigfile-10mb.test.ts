/**
 * A 10 MB one-line article with the size limit raised (issue 15: every request waited 13 s during
 * indexing, each keystroke in it held up hover elsewhere for 9.9 s). Its analysis takes minutes here, so
 * the tests never wait for it: they check that a hover on another file is answered while it is still
 * being analysed (before the scan's end, or before the large file's new diagnostics), then stop the
 * server. Order, not time, is asserted.
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

/** The scan is over: its progress ends or reaches 100 %, or the status turns 'ready' after 'indexing'. */
function scanOver(server: RawServer, m: Message): boolean {
  const value = m.method === '$/progress' ? m.params.value : undefined;
  if (value?.kind === 'end' || value?.percentage === 100) return true;
  const indexing = server.received.findIndex((n) => n.method === 'corpusLens/status' && n.params.state === 'indexing');
  return m.method === 'corpusLens/status' && m.params.state === 'ready' && indexing >= 0 && server.received.indexOf(m) > indexing;
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

  it('during the initial scan, a hover on another file is answered before the large file is analysed', async () => {
    writeFileSync(big, text);
    server = await RawServer.start(ws.dir, SETTINGS, [ws.seed('000')]);
    await server.waitFor((m) => m.method === 'corpusLens/status' && m.params.state === 'indexing', ANSWER_MS);
    // Not a measurement: the pause puts the request well inside the large file's analysis (it starts
    // within milliseconds of the scan), where a server analysing on its main thread could not read it.
    await sleep(2000);
    const answer = await hoverOnSeed(server, ws);
    const over = server.received.findIndex((m) => scanOver(server!, m));
    assert.ok(over < 0 || over > server.received.indexOf(answer), 'the hover waited for the end of the scan');
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
  });
});
