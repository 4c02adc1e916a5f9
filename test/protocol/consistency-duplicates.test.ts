/**
 * Possible duplicates through the protocol: a plausible variant is an Information diagnostic
 * (possible-variant) with the quick fixes "These are the same entity" / "These are different
 * entities" and no fix-all; corpusLens/possibleDuplicates lists the pair with contexts; the
 * "different" decision is written to .vscode/corpus-lens.json ("distinct") and clears the diagnostic.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DuplicateCommands, PossibleDuplicatesRequest } from '../../common/protocol';
import { fileUri, LspClient } from './lspClient';
import { PUBLISH } from './consistencyHelpers';

// Invented people.
const TEXTS: Record<string, string> = {
  'a.txt': 'Директор завода Тимур Бахтияров заявил журналистам, что план выполнен. Тимур Бахтияров также отметил рост выпуска.',
  'b.txt': 'Встреча с Тимуром Бахтияровым прошла в Казани. По словам директора Тимура Бахтиярова, соглашение подписано.',
  'c.txt': 'Директор завода Тимур Бахтеяров посетил цех. Визит Тимура Бахтеярова продлился два дня.',
};

describe('possible duplicates: diagnostics, quick fixes, review list, decision', () => {
  let dir: string;
  let client: LspClient;
  let uri: string;
  let diagnostics: any[];

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'corpus-lens-duplicates-'));
    for (const [name, text] of Object.entries(TEXTS)) writeFileSync(path.join(dir, name), text);
    uri = fileUri(path.join(dir, 'c.txt'));
    client = await LspClient.start({ folder: dir });
    client.connection.onRequest('workspace/workspaceFolders', () => [{ uri: fileUri(dir), name: 'ws' }]);
    const p = await client.waitFor(PUBLISH, (q) => q.uri === uri && q.diagnostics.length > 0, 60_000);
    diagnostics = p.diagnostics;
  });

  after(async () => {
    await client?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('each occurrence of the rare spelling is an Information possible-variant', () => {
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['possible-variant', 3], ['possible-variant', 3]]);
    assert.match(diagnostics[0].message, /«Бахтеяров».*«Бахтияров»/);
  });

  it('offers the two decisions and no fix-all', async () => {
    const actions: any[] = await client.request('textDocument/codeAction', {
      textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics },
    });
    const commands = actions.filter((a) => a.command).map((a) => a.command.command);
    assert.deepEqual(commands.sort(), [DuplicateCommands.differentEntities, DuplicateCommands.sameEntity].sort());
    assert.ok(!actions.some((a) => /Fix all/.test(a.title)), actions.map((a) => a.title).join(' | '));
    const declared = client.initializeResult.capabilities.executeCommandProvider?.commands ?? [];
    for (const c of commands) assert.ok(declared.includes(c), c);
  });

  it('the review list has the pair', async () => {
    const result: any = await client.request(PossibleDuplicatesRequest, {});
    const pair = result.pairs.find((p: any) => p.variant.spelling === 'Бахтеяров');
    assert.ok(pair, JSON.stringify(result));
    assert.equal(pair.level, 'plausible');
    assert.equal(pair.preferred.spelling, 'Бахтияров');
    assert.ok(pair.variant.contexts.length > 0);
    assert.equal(result.indexing, false);
  });

  it('"different entities" writes distinct and clears the diagnostics', async () => {
    const actions: any[] = await client.request('textDocument/codeAction', {
      textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics },
    });
    const different = actions.find((a) => a.command?.command === DuplicateCommands.differentEntities).command;
    const from = client.notifications.length;
    const result: any = await client.request('workspace/executeCommand', { command: different.command, arguments: different.arguments });
    assert.equal(result.ok, true, result.message);
    const written = JSON.parse(readFileSync(path.join(dir, '.vscode', 'corpus-lens.json'), 'utf8'));
    assert.deepEqual(written.distinct, [['Бахтеяров', 'Бахтияров']]);
    await client.waitFor(PUBLISH, (q) => q.uri === uri && q.diagnostics.length === 0 && client.notifications.slice(from).some((n) => n.params === q));
  });
});
