/** The language server through the protocol, as an editor starts it: initialize, progress, outline, folding. */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileUri, LspClient, SEEDS } from './lspClient';

const TITLES: Record<string, string> = {
  '000': 'Лавров: РФ и Лаос хотят сотрудничать в сферах энергетики и горной промышленности',
  '001': 'Генеральные секретари глав правительств Вьетнама и Лаоса совместно председательствовали на встрече высокого уровня между двумя сторонами.',
  '002': 'Россия и США проводят переговоры о возможном сотрудничестве в сфере добычи редкоземельных элементов',
  '003': 'Оверчук провел заседание комиссии в Казахстане в преддверии визита Токаева в РФ',
  '004': 'Лавров и глава МИД Казахстана обсудят сотрудничество',
};

describe('language server over stdio on a workspace with seeds/', () => {
  let workspace: string;
  let client: LspClient;
  let initializeResult: any;

  before(async () => {
    workspace = mkdtempSync(path.join(tmpdir(), 'corpus-lens-'));
    cpSync(SEEDS, path.join(workspace, 'seeds'), { recursive: true });
    client = await LspClient.start({ folder: workspace });
    initializeResult = client.initializeResult;
    await client.ready();
  });

  after(async () => {
    await client?.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('declares the capabilities an editor needs', () => {
    const caps = initializeResult.capabilities;
    assert.ok(caps.documentSymbolProvider, 'documentSymbolProvider');
    assert.ok(caps.foldingRangeProvider, 'foldingRangeProvider');
    assert.equal(caps.textDocumentSync, 2, 'incremental sync');
  });

  it('reports indexing as work-done progress: begin, report with counts, end', () => {
    const kinds = client.progress.map((p) => p.value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
    assert.ok(client.progress.some((p) => p.value.kind === 'report' && /5\/5 articles/.test(p.value.message)));
  });

  it('announces the corpus size when ready', async () => {
    const status = await client.ready();
    assert.equal(status.articles, 5);
    assert.ok(status.entities > 20, `entities: ${status.entities}`);
  });

  for (const [prefix, title] of Object.entries(TITLES)) {
    it(`outline root of ${prefix} is the article's title (file never opened)`, async () => {
      const file = readdirSync(path.join(workspace, 'seeds')).find((f) => f.startsWith(prefix))!;
      const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: fileUri(path.join(workspace, 'seeds', file)) } });
      assert.equal(symbols.length, 1);
      assert.equal(symbols[0].name, title);
      assert.ok(symbols[0].children.length > 0);
    });
  }

  it('outline of 004 holds its subheadings with their paragraphs', async () => {
    const file = path.join(workspace, 'seeds', readdirSync(path.join(workspace, 'seeds')).find((f) => f.startsWith('004'))!);
    const [root] = await client.request('textDocument/documentSymbol', { textDocument: { uri: fileUri(file) } });
    const section = root.children.find((c: any) => c.name === 'Экономические связи');
    assert.ok(section, 'section symbol');
    assert.ok(section.children.length >= 2);
    assert.ok(root.children.some((c: any) => c.name === 'Date: 2025-10-21'));
  });

  it('folds sections and runs of paragraph lines', async () => {
    const file = path.join(workspace, 'seeds', readdirSync(path.join(workspace, 'seeds')).find((f) => f.startsWith('001'))!);
    const folds = await client.request('textDocument/foldingRange', { textDocument: { uri: fileUri(file) } });
    assert.ok(folds.length >= 2);
    for (const f of folds) assert.ok(f.endLine > f.startLine);
  });

  it('indexes a file created on disk after start, and forgets a deleted one', async () => {
    const file = path.join(workspace, 'seeds', 'new_article.txt');
    writeFileSync(file, ' date 2024-01-15 Новый заголовок статьи\n\nТекст новой статьи про Казахстан.\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file), type: 1 }] });
    await client.waitFor('corpusLens/status', (p) => p.articles === 6);
    const [root] = await client.request('textDocument/documentSymbol', { textDocument: { uri: fileUri(file) } });
    assert.equal(root.name, 'Новый заголовок статьи');
    rmSync(file);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file), type: 3 }] });
    await client.waitFor('corpusLens/status', (p) => p.articles === 5);
  });

  it('follows incremental edits of an open document', async () => {
    const file = path.join(workspace, 'seeds', readdirSync(path.join(workspace, 'seeds')).find((f) => f.startsWith('004'))!);
    const uri = fileUri(file);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'corpus', version: 1, text: readFileSync(file, 'utf8') } });
    // Replace 'Лавров и глава' (line 0, after ' date 2025-10-21 ') with 'Министры'.
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 17 }, end: { line: 0, character: 31 } }, text: 'Министры и глава' }],
    });
    const [root] = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(root.name, 'Министры и глава МИД Казахстана обсудят сотрудничество');
  });
});

describe('bad input', () => {
  it('skips a binary file and a too-large file with a reason, and indexes the rest', async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'corpus-lens-bad-'));
    const seeds = path.join(workspace, 'seeds');
    cpSync(SEEDS, seeds, { recursive: true });
    writeFileSync(path.join(seeds, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    writeFileSync(path.join(seeds, 'huge.txt'), 'Слово '.repeat(2000));
    const client = await LspClient.start({ folder: workspace, settings: { maxFileSize: 20000 } });
    try {
      const status = await client.ready();
      assert.equal(status.articles, 5);
      const reasons = Object.fromEntries(status.skipped.map((s: any) => [path.basename(decodeURIComponent(s.uri)), s.reason]));
      assert.match(reasons['binary.txt'], /not a text file/);
      assert.match(reasons['huge.txt'], /larger than the 20000-byte limit/);
    } finally {
      await client.stop();
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});

