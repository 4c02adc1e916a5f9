/**
 * Accept / prefer spelling commands through the protocol: they write .vscode/corpus-lens.json
 * (created if missing, other content kept, a broken file never overwritten) and change the
 * diagnostics at once. Also: the workspace file's JSON schema is contributed and matches the config.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import { fileUri, LspClient, ROOT } from './lspClient';
import { diagnosticsAfter, PUBLISH, seedWorkspace, textAt, type Workspace } from './consistencyHelpers';

const configFile = (ws: Workspace) => path.join(ws.dir, '.vscode', 'corpus-lens.json');
const readConfig = (ws: Workspace) => JSON.parse(readFileSync(configFile(ws), 'utf8'));

/** Starts a server on the workspace and returns the quick-fix commands of 001's diagnostic. */
async function startWithCommands(ws: Workspace, answerFolders: boolean): Promise<{ client: LspClient; commands: Map<string, any> }> {
  const client = await LspClient.start({ folder: ws.dir });
  if (answerFolders) client.connection.onRequest('workspace/workspaceFolders', () => [{ uri: fileUri(ws.dir), name: 'ws' }]);
  const p = await client.waitFor(PUBLISH, (q) => q.uri === ws.uri('001') && q.diagnostics.length > 0, 60_000);
  const actions: any[] = await client.request('textDocument/codeAction', {
    textDocument: { uri: ws.uri('001') }, range: p.diagnostics[0].range, context: { diagnostics: p.diagnostics },
  });
  const commands = new Map(actions.filter((a) => a.command).map((a) => [a.command.command, a.command] as const));
  return { client, commands };
}

function execute(client: LspClient, command: any): Promise<any> {
  return client.request('workspace/executeCommand', { command: command.command, arguments: command.arguments });
}

describe('accept / prefer spelling with a workspace folder and no workspace file yet', () => {
  let ws: Workspace;
  let client: LspClient;
  let commands: Map<string, any>;

  before(async () => {
    ws = seedWorkspace();
    ({ client, commands } = await startWithCommands(ws, true));
  });

  after(async () => {
    await client?.stop();
    ws?.remove();
  });

  it('the server declares both commands', () => {
    assert.deepEqual([...commands.keys()].sort(), ['corpusLens.acceptSpelling', 'corpusLens.preferSpelling']);
    const declared = client.initializeResult.capabilities.executeCommandProvider?.commands ?? [];
    for (const command of commands.keys()) assert.ok(declared.includes(command), `${command} is not in executeCommandProvider`);
  });

  it('accept creates the workspace file and clears the diagnostic', async () => {
    assert.equal(existsSync(configFile(ws)), false);
    const from = client.notifications.length;
    const result = await execute(client, commands.get('corpusLens.acceptSpelling'));
    assert.equal(result.ok, true, result.message);
    assert.equal(result.file, configFile(ws));
    assert.deepEqual(readConfig(ws), { preferredSpellings: [], acceptedSpellings: ['Тхонглун'] });
    await diagnosticsAfter(client, from, ws.uri('001'), (list) => list.length === 0);
  });

  it('prefer pins the spelling, un-accepts it, and the other spelling becomes the reported one', async () => {
    const from = client.notifications.length;
    const result = await execute(client, commands.get('corpusLens.preferSpelling'));
    assert.equal(result.ok, true, result.message);
    assert.deepEqual(readConfig(ws), { preferredSpellings: ['Тхонглун'], acceptedSpellings: [] });
    const p = await diagnosticsAfter(client, from, ws.uri('001'), (list) => list.length === 1);
    assert.equal(textAt(readFileSync(ws.seed('001'), 'utf8'), p.diagnostics[0].range), 'Тонглун');
    assert.match(p.diagnostics[0].message, /Тхонглун/);
  });

  it('refuses a call without a document and a spelling, with a message', async () => {
    const result = await client.request('workspace/executeCommand', { command: 'corpusLens.acceptSpelling', arguments: [] });
    assert.equal(result.ok, false);
    assert.match(result.message, /quick fix/);
  });
});

describe('prefer spelling with an existing workspace file (client without workspace folders)', () => {
  let ws: Workspace;
  let client: LspClient;
  let commands: Map<string, any>;
  const existing = { $schema: './schema.json', aliases: [['РФ', 'Россия', 'Российская Федерация']], note: 'keep me', preferredSpellings: ['Тонглун'] };

  before(async () => {
    ws = seedWorkspace();
    mkdirSync(path.dirname(configFile(ws)), { recursive: true });
    writeFileSync(configFile(ws), JSON.stringify(existing, null, 4));
    ({ client, commands } = await startWithCommands(ws, false));
  });

  after(async () => {
    await client?.stop();
    ws?.remove();
  });

  it('keeps the other content and replaces the previously preferred spelling', async () => {
    const result = await execute(client, commands.get('corpusLens.preferSpelling'));
    assert.equal(result.ok, true, result.message);
    assert.deepEqual(readConfig(ws), { ...existing, preferredSpellings: ['Тхонглун'], acceptedSpellings: [] });
  });

  it('never overwrites a workspace file that is not valid JSON', async () => {
    const broken = '{ "acceptedSpellings": [ "Тонглун", ';
    writeFileSync(configFile(ws), broken);
    const result = await execute(client, commands.get('corpusLens.acceptSpelling'));
    assert.equal(result.ok, false);
    assert.match(result.message, /not valid JSON/);
    assert.equal(readFileSync(configFile(ws), 'utf8'), broken);
  });
});

describe('workspace file JSON schema', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

  it('is contributed for .vscode/corpus-lens.json and describes exactly the config fields', () => {
    const entry = pkg.contributes.jsonValidation.find((v: any) => String(v.fileMatch).endsWith('.vscode/corpus-lens.json'));
    assert.ok(entry, 'jsonValidation entry');
    const schema = JSON.parse(readFileSync(path.join(ROOT, entry.url), 'utf8'));
    assert.deepEqual(Object.keys(schema.properties).sort(), Object.keys(EMPTY_CONFIG).sort());
    assert.equal(schema.properties.aliases.items.type, 'array');
  });
});
