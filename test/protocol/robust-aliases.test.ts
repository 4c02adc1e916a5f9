/**
 * A workspace file with one alias group of 200,000 names (issue 15): the server still indexes the
 * seeds and answers, saying which limit it applied; the CLI reports the limit and runs, no stack.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli } from '../cli/helpers';
import { seedWorkspace, type Workspace } from './consistencyHelpers';
import { positionOf } from './lspClient';
import { RawServer } from './robust-raw';

describe('a config with one alias group of 200,000 names', () => {
  let ws: Workspace;
  let server: RawServer;
  let config: string;

  before(async () => {
    ws = seedWorkspace();
    mkdirSync(path.join(ws.dir, '.vscode'));
    config = path.join(ws.dir, '.vscode', 'corpus-lens.json');
    const group = ['Россия', ...Array.from({ length: 200_000 }, (_, i) => `Имя${i}`)];
    writeFileSync(config, JSON.stringify({ aliases: [group] }));
    server = await RawServer.start(ws.dir);
  });

  after(() => {
    server?.kill();
    ws?.remove();
  });

  it('the server indexes the seeds, answers a hover and says which limit it applied', async () => {
    const status = await server.ready();
    assert.equal(status.params.articles, 5);
    const hover = await server.response(server.request('textDocument/hover', {
      textDocument: { uri: ws.uri('000') }, position: positionOf(ws.seed('000'), 'Лавров'),
    }));
    assert.match(JSON.stringify(hover.result), /Лавров/);
    const warning = server.received.find((m) => m.method?.startsWith('window/showMessage') && /only the first 1000 were read/.test(JSON.stringify(m.params)));
    assert.ok(warning, 'no message names the limit on names per group');
    const onFile = server.received.find((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri.endsWith('/.vscode/corpus-lens.json'));
    assert.match(JSON.stringify(onFile?.params.diagnostics ?? []), /only the first 1000 were read/, 'the limit is not in the Problems panel');
  });

  it('the CLI applies the same limit with a warning, not a stack trace', () => {
    const run = cli(['check', '--config', config, 'seeds'], { cwd: ws.dir });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /warning/);
    assert.doesNotMatch(run.stderr, /RangeError|\n\s+at /);
  });
});
