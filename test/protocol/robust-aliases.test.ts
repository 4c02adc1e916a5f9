/**
 * Workspace config files beyond the alias limits (issue 15): one group of 200,000 names, and 100,000
 * groups (5.3 MB). The server still indexes the seeds and answers (after an edit too), saying once
 * which limit it applied; the CLI reports the limit and runs, no stack.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli } from '../cli/helpers';
import { PUBLISH, seedWorkspace, type Workspace } from './consistencyHelpers';
import { positionOf } from './lspClient';
import { RawServer, type Message } from './robust-raw';

/** A copy of the seeds with `.vscode/corpus-lens.json` holding these aliases, served by a fresh server. */
function aliasFixture(aliases: string[][]): { ws: Workspace; server: RawServer; config: string } {
  const fixture = {} as { ws: Workspace; server: RawServer; config: string };
  before(async () => {
    fixture.ws = seedWorkspace();
    mkdirSync(path.join(fixture.ws.dir, '.vscode'));
    fixture.config = path.join(fixture.ws.dir, '.vscode', 'corpus-lens.json');
    writeFileSync(fixture.config, JSON.stringify({ aliases }));
    fixture.server = await RawServer.start(fixture.ws.dir);
  });
  after(() => {
    fixture.server?.kill();
    fixture.ws?.remove();
  });
  return fixture;
}

/** The warnings (message boxes) that name a limit. */
function limitMessages(server: RawServer, limit: RegExp): Message[] {
  return server.received.filter((m) => m.method?.startsWith('window/showMessage') && limit.test(JSON.stringify(m.params)));
}

/** The limit is named in a message box and in the Problems panel, on the configuration file. */
function assertLimitReported(server: RawServer, limit: RegExp): void {
  assert.equal(limitMessages(server, limit).length, 1, 'no message (or more than one) names the limit');
  const onFile = server.received.find((m) => m.method === PUBLISH && m.params.uri.endsWith('/.vscode/corpus-lens.json'));
  assert.match(JSON.stringify(onFile?.params.diagnostics ?? []), limit, 'the limit is not in the Problems panel');
}

async function hoverLavrov(server: RawServer, uri: string, position: { line: number; character: number }): Promise<void> {
  const hover = await server.response(server.request('textDocument/hover', { textDocument: { uri }, position }));
  assert.match(JSON.stringify(hover.result), /Лавров/);
}

/** The CLI applies the limit with a warning naming it, not a stack trace. */
function assertCliWarns(config: string, cwd: string, limit: RegExp): void {
  const run = cli(['check', '--config', config, 'seeds'], { cwd });
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /warning/);
  assert.match(run.stderr, limit);
  assert.doesNotMatch(run.stderr, /RangeError|\n\s+at /);
}

describe('a config with one alias group of 200,000 names', () => {
  const limit = /only the first 1000 were read/;
  const f = aliasFixture([['Россия', ...Array.from({ length: 200_000 }, (_, i) => `Имя${i}`)]]);

  it('the server indexes the seeds, answers a hover and says which limit it applied', async () => {
    const status = await f.server.ready();
    assert.equal(status.params.articles, 5);
    await hoverLavrov(f.server, f.ws.uri('000'), positionOf(f.ws.seed('000'), 'Лавров'));
    assertLimitReported(f.server, limit);
  });

  it('the CLI applies the same limit with a warning, not a stack trace', () => assertCliWarns(f.config, f.ws.dir, limit));
});

describe('a config with 100,000 alias groups (5.3 MB)', () => {
  const limit = /aliases\W* has 100000 groups; only the first 10000 were read/;
  const f = aliasFixture(Array.from({ length: 100_000 }, (_, i) => [`Корпорация Зета ${i}`, `КЗ ${i}`]));

  it('the server answers a hover after an edit, and has named the limit once', async () => {
    const status = await f.server.ready();
    assert.equal(status.params.articles, 5);
    const uri = f.ws.uri('000');
    const text = `Срочно. ${readFileSync(f.ws.seed('000'), 'utf8')}`;
    const from = f.server.received.length;
    f.server.open(uri, readFileSync(f.ws.seed('000'), 'utf8'));
    f.server.insert(uri, 2, { line: 0, character: 0 }, 'Срочно. ');
    // The edited file's diagnostics are published once the edit is analysed and linked.
    await f.server.waitFor((m) => m.method === PUBLISH && m.params.uri === uri && f.server.received.indexOf(m) >= from);
    await hoverLavrov(f.server, uri, positionIn(text, 'Лавров'));
    assertLimitReported(f.server, limit);
  });

  it('the CLI applies the same limit with a warning, not a stack trace', () => assertCliWarns(f.config, f.ws.dir, limit));
});

/** The LSP position of the first occurrence of a needle in a text (lines split at \n). */
function positionIn(text: string, needle: string): { line: number; character: number } {
  const at = text.indexOf(needle);
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}
