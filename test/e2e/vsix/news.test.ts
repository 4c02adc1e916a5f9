// Corpus Lens as a user gets it: the .vsix `npm run package` makes, installed with
// `code-server --install-extension` (run.mjs), on a workspace that is a corpus only because it has
// .vscode/corpus-lens.json: two seed articles in news/ (not seeds/) and a requirements.txt.
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  type CorpusLensApi, articleWith, corpusDiagnostics, corpusDocument, extension, fileName, hoverText, inside, rangeOf, readyApi, waitFor,
} from '../helpers';

const VARIANT = 'Тхонглун';
const PREFERRED = 'Тонглун';

function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

describe('Corpus Lens installed from the .vsix, on news/', () => {
  let api: CorpusLensApi;

  before(async function () {
    this.timeout(90_000);
    api = await readyApi();
  });

  it('runs the installed package (no source maps, notices shipped), not a development copy', () => {
    const ext = extension();
    assert.match(path.basename(ext.extensionPath), /^corpus-lens\.corpus-lens-\d/, `extension loaded from ${ext.extensionPath}`);
    assert.ok(existsSync(path.join(ext.extensionPath, 'dist', 'server.js')), 'dist/server.js is missing');
    assert.ok(existsSync(path.join(ext.extensionPath, 'dist', 'dicts')), 'dist/dicts is missing');
    assert.ok(existsSync(path.join(ext.extensionPath, 'THIRD_PARTY_NOTICES.md')), 'THIRD_PARTY_NOTICES.md is missing');
    assert.ok(!existsSync(path.join(ext.extensionPath, 'dist', 'server.js.map')), 'the package ships source maps');
  });

  it('gives the news articles the corpus language, and not requirements.txt', async () => {
    const requirements = await vscode.workspace.openTextDocument(workspaceUri('requirements.txt'));
    for (const uri of await vscode.workspace.findFiles('news/*.txt')) await corpusDocument(uri);
    assert.equal(requirements.languageId, 'plaintext');
  });

  it('hover on «Лавров» names the person', async () => {
    const doc = await articleWith('Лавров');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, inside(rangeOf(doc, 'Лавров')));
    const text = hoverText(hovers ?? []);
    assert.match(text, /Лавров/, `hover: ${JSON.stringify(text)}`);
    assert.match(text, /Person|Персона/, `hover does not say he is a person: ${JSON.stringify(text)}`);
  });

  it('references from «Лаос» reach both articles', async () => {
    const doc = await articleWith('Лаос');
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, inside(rangeOf(doc, 'Лаос')));
    const files = new Set((locations ?? []).map((l) => fileName(l.uri)));
    assert.equal(files.size, 2, `references are in ${[...files].join(', ') || 'no file'}`);
  });

  it('warns about «Тхонглун», counts it in the status bar, and the quick fix replaces it', async () => {
    const doc = await articleWith(VARIANT);
    const warning = await waitFor('the «Тхонглун» warning', () => corpusDiagnostics(doc.uri).find((d) => d.message.includes(VARIANT)));
    assert.equal(doc.getText(warning.range), VARIANT);
    await waitFor('the status bar to count the finding', () => api.findings() >= 1);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, warning.range);
    const fix = (actions ?? []).find((a) => a.title === `Replace with «${PREFERRED}»`);
    assert.ok(fix?.edit, `no «Replace with «${PREFERRED}»» quick fix: ${(actions ?? []).map((a) => a.title).join(' | ')}`);
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(doc.getText(), before.replace(VARIANT, PREFERRED));
    await waitFor('the warning to clear', () => !corpusDiagnostics(doc.uri).some((d) => d.message.includes(VARIANT)));
  });

  it('"Use This Folder as a Corpus" and "Exclude This Folder" edit the workspace settings', async () => {
    const news = workspaceUri('news');
    const include = await vscode.commands.executeCommand<string[]>('corpusLens.useFolderAsCorpus', news);
    assert.deepEqual(include, ['news/**/*.txt']);
    await waitFor('files.include in the workspace settings', () =>
      JSON.stringify(vscode.workspace.getConfiguration('corpusLens').inspect('files.include')?.workspaceValue) === '["news/**/*.txt"]');
    const doc = await articleWith(PREFERRED);
    await vscode.commands.executeCommand('corpusLens.excludeFolder', news);
    await waitFor('files.exclude to hold news/**', () =>
      (vscode.workspace.getConfiguration('corpusLens').get<string[]>('files.exclude') ?? []).includes('news/**'));
    assert.equal(vscode.workspace.getConfiguration('corpusLens').inspect('files.include')?.workspaceValue, undefined);
    await waitFor('the excluded article to go back to plain text', () => doc.languageId === 'plaintext');
  });
});
