// The editor around the language server: the findings count in the status bar, and reopening a file
// that VS Code decoded with the wrong encoding. The workspace holds encodings/cp1251.txt, an article
// written in Windows-1251 (run.mjs), which VS Code opens as UTF-8 unless told otherwise.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../../common/protocol';
import { type CorpusLensApi, readyApi, waitFor } from './helpers';

function countedFindings(): number {
  return vscode.languages.getDiagnostics().reduce((n, [, list]) => n + list.filter((d) => d.source === DIAGNOSTIC_SOURCE).length, 0);
}

describe('Corpus Lens in VS Code: status bar and encodings', () => {
  let api: CorpusLensApi;

  before(async function () {
    this.timeout(90_000);
    api = await readyApi();
  });

  it('the status bar counts the corpus findings (at least the «Тхонглун» warning)', async () => {
    await waitFor('a corpus-lens diagnostic', () => countedFindings() > 0);
    await waitFor(`the status bar to show ${countedFindings()} findings (shows ${api.findings()})`, () => api.findings() === countedFindings() && api.findings() > 0);
  });

  it('reopens a Windows-1251 file with that encoding on corpusLens/encodingMismatch', async function () {
    const [uri] = await vscode.workspace.findFiles('encodings/cp1251.txt');
    assert.ok(uri, 'the workspace has no encodings/cp1251.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    if (typeof (doc as { encoding?: unknown }).encoding !== 'string') this.skip();
    // The server may already have sent the notification for this editor (then the client has
    // reopened it, or is doing so: 'already'); otherwise this call stands in for it.
    const outcome = await api.encodingMismatch({
      uri: doc.uri.toString(), encoding: 'windows-1251', message: 'cp1251.txt is Windows-1251 but the editor decoded it as UTF-8.',
    });
    assert.ok(outcome === 'reopened' || outcome === 'already', `the client answered ${outcome}`);
    const reopened = await waitFor('the document to be reopened as Windows-1251', () =>
      vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.getText().includes('Москва')));
    assert.equal((reopened as { encoding?: string }).encoding, 'windows1251');
    assert.match(reopened.getText(), /строительство займёт два года/);
    assert.equal(await api.encodingMismatch({ uri: uri.toString(), encoding: 'windows-1251', message: 'again' }), 'already');
  });
});
