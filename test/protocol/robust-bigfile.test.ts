/**
 * A keystroke in a large open article (issue 15: 1 MB of prose with capitals, quotes and brackets) is
 * analysed off the main thread: a hover on another file sent right after it is answered before the
 * large file's new diagnostics, i.e. without waiting for its analysis (diagnostics are published as soon
 * as the analysis is in, so an analysis on the main thread would come first). Order, not time, is asserted.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { seedWorkspace, PUBLISH, type Workspace } from './consistencyHelpers';
import { fileUri, positionOf } from './lspClient';
import { RawServer } from './robust-raw';

/** Opens a large article, changes it, and checks a hover on a seed is answered before its new diagnostics. */
function keystrokeCase(title: string, make: (seeds: string) => string): void {
  describe(title, () => {
    let ws: Workspace;
    let server: RawServer;
    let big: string;
    let text: string;

    before(async () => {
      ws = seedWorkspace();
      const seeds = ['000', '001', '002', '003', '004'].map((p) => readFileSync(ws.seed(p), 'utf8')).join('\n«Цитата» (в скобках) ВЕРХНИЙ РЕГИСТР.\n');
      text = make(seeds);
      big = path.join(ws.dir, 'seeds', 'big.txt');
      writeFileSync(big, text);
      server = await RawServer.start(ws.dir, { maxFileSize: 2_000_000 });
      await server.ready(300_000);
    });

    after(() => {
      server?.kill();
      ws?.remove();
    });

    it('does not hold up a hover on another file', async () => {
      const uri = fileUri(big);
      const from = server.received.length;
      server.open(uri, text);
      server.send({
        jsonrpc: '2.0', method: 'textDocument/didChange',
        params: { textDocument: { uri, version: 2 }, contentChanges: [{ text: `Слово ${text}` }] },
      });
      const hover = server.request('textDocument/hover', { textDocument: { uri: ws.uri('000') }, position: positionOf(ws.seed('000'), 'Лавров') });
      const answer = await server.response(hover, 300_000);
      const published = await server.waitFor((m) => m.method === PUBLISH && m.params?.uri === uri && server.received.indexOf(m) >= from, 300_000);
      assert.match(JSON.stringify(answer.result), /Лавров/);
      assert.ok(server.received.indexOf(answer) < server.received.indexOf(published), 'the hover waited for the large file');
    });
  });
}

keystrokeCase('a keystroke in a 1 MB article', (seeds) => seeds.repeat(Math.ceil(950_000 / seeds.length)).slice(0, 950_000));
