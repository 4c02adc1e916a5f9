/**
 * Nothing outside the workspace (issue 15): Accept / Prefer This Spelling for a document outside
 * every workspace folder, or reached through a symbolic link that leads outside, writes nothing
 * and says why; insideWorkspace() resolves links before deciding.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { insideWorkspace } from '../../server/src/lsp/insideWorkspace';
import { seedWorkspace, type Workspace } from './consistencyHelpers';
import { fileUri } from './lspClient';
import { RawServer } from './robust-raw';

const OUTSIDE_CONFIG = '{ "acceptedSpellings": ["Снаружи"] }\n';

/** A folder outside the workspace with an article and its own .vscode/corpus-lens.json. */
function outsideFolder(): { dir: string; article: string; config: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-lens-outside-'));
  const article = path.join(dir, 'article.txt');
  const config = path.join(dir, '.vscode', 'corpus-lens.json');
  writeFileSync(article, 'Посол Тхонглун Сисулит прибыл в Москву.\n');
  mkdirSync(path.dirname(config));
  writeFileSync(config, OUTSIDE_CONFIG);
  return { dir, article, config };
}

describe('accept / prefer spelling outside the workspace', () => {
  let ws: Workspace;
  let outside: ReturnType<typeof outsideFolder>;
  let server: RawServer;
  const wsConfig = () => path.join(ws.dir, '.vscode', 'corpus-lens.json');

  before(async () => {
    ws = seedWorkspace();
    outside = outsideFolder();
    symlinkSync(outside.article, path.join(ws.dir, 'seeds', 'link.txt'));
    server = await RawServer.start(ws.dir);
    await server.ready();
  });

  after(() => {
    server?.kill();
    ws?.remove();
    rmSync(outside.dir, { recursive: true, force: true });
  });

  async function run(command: string, uri: string): Promise<any> {
    const answer = await server.response(server.request('workspace/executeCommand', { command, arguments: [{ uri, spelling: 'Тхонглун' }] }));
    assert.equal(answer.error, undefined, answer.error?.message);
    return answer.result;
  }

  it('a file outside every workspace folder: nothing written, a clear message', async () => {
    for (const command of ['corpusLens.acceptSpelling', 'corpusLens.preferSpelling']) {
      const result = await run(command, fileUri(outside.article));
      assert.equal(result.ok, false, `${command} wrote ${result.file}`);
      assert.match(result.message, /not inside a workspace folder; nothing was written/);
    }
    assert.equal(readFileSync(outside.config, 'utf8'), OUTSIDE_CONFIG);
    assert.equal(existsSync(wsConfig()), false);
  });

  it('a link inside the workspace to a file outside it: nothing written', async () => {
    const result = await run('corpusLens.acceptSpelling', fileUri(path.join(ws.dir, 'seeds', 'link.txt')));
    assert.equal(result.ok, false, `wrote ${result.file}`);
    assert.equal(existsSync(wsConfig()), false);
  });

  it('a workspace .vscode folder that is a link to outside: nothing written through it', async () => {
    symlinkSync(path.dirname(outside.config), path.join(ws.dir, '.vscode'));
    const result = await run('corpusLens.acceptSpelling', ws.uri('001'));
    assert.equal(result.ok, false, `wrote ${result.file}`);
    assert.match(result.message, /outside the workspace folder/);
    assert.equal(readFileSync(outside.config, 'utf8'), OUTSIDE_CONFIG);
  });
});

describe('insideWorkspace', () => {
  let root: string;

  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'corpus-lens-inside-'));
    mkdirSync(path.join(root, 'ws', 'seeds'), { recursive: true });
    mkdirSync(path.join(root, 'elsewhere'));
    writeFileSync(path.join(root, 'elsewhere', 'a.txt'), 'x');
    symlinkSync(path.join(root, 'elsewhere', 'a.txt'), path.join(root, 'ws', 'seeds', 'out.txt'));
    symlinkSync(path.join(root, 'ws'), path.join(root, 'ws-link'));
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  it('resolves links in the file and in the folder; a file not created yet counts by its parent', async () => {
    const ws = path.join(root, 'ws');
    assert.equal(await insideWorkspace([ws], path.join(ws, 'seeds', 'out.txt')), false);
    assert.equal(await insideWorkspace([ws], path.join(ws, 'seeds', 'new.txt')), true);
    assert.equal(await insideWorkspace([path.join(root, 'ws-link')], path.join(ws, 'seeds', 'new.txt')), true);
    assert.equal(await insideWorkspace([ws], path.join(ws, '..', 'elsewhere', 'a.txt')), false);
    assert.equal(await insideWorkspace([ws], path.join(root, 'ws-other', 'a.txt')), false);
  });
});
