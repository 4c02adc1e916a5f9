// Corpus Lens as a user gets it: the .vsix `npm run package` makes, installed with
// `code-server --install-extension` (run.mjs), on a workspace that is a corpus only because it has
// .vscode/corpus-lens.json: articles in news/ (not seeds/), one in Windows-1251, and a requirements.txt.
// The checks of hover, references, diagnostics, quick fixes and encodings are shared with the ru suite
// (../newsCorpus.ts), here in English.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { type CorpusLensApi, articleWith, corpusDocument, extension, readyApi, waitFor } from '../helpers';
import { ENGLISH } from '../language';
import { PREFERRED, newsCorpusChecks } from '../newsCorpus';

function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

describe('Corpus Lens installed from the .vsix, on news/ (English)', () => {
  let api: CorpusLensApi;

  before(async function () {
    this.timeout(90_000);
    api = await readyApi();
  });

  it('runs the installed package (no source maps, notices shipped), not a development copy', () => {
    const ext = extension();
    assert.match(path.basename(ext.extensionPath), /^corpus-lens\.corpus-lens-\d/, `extension loaded from ${ext.extensionPath}`);
    for (const file of ['dist/server.js', 'dist/dicts', 'THIRD_PARTY_NOTICES.md', 'l10n/bundle.l10n.ru.json']) {
      assert.ok(existsSync(path.join(ext.extensionPath, file)), `${file} is missing`);
    }
    const maps = readdirSync(ext.extensionPath, { recursive: true }).map(String).filter((f) => f.endsWith('.map'));
    assert.deepEqual(maps, [], 'the package ships source maps');
  });

  it('VS Code runs in English', () => {
    assert.equal(vscode.env.language, 'en');
  });

  it('gives the news articles the corpus language, and not requirements.txt', async () => {
    const requirements = await vscode.workspace.openTextDocument(workspaceUri('requirements.txt'));
    for (const uri of await vscode.workspace.findFiles('news/*.txt')) {
      if (!uri.path.endsWith('-1251.txt')) await corpusDocument(uri);
    }
    assert.equal(requirements.languageId, 'plaintext');
  });

  newsCorpusChecks(ENGLISH, () => api);

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
