// A project that only looks like a corpus: its seeds/ folder holds .txt files that are not Russian
// prose (run.mjs writes them). The extension activates (workspaceContains on seeds/) but its cheap
// look finds no article, so the language server stays off until an article appears.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { type CorpusLensApi, corpusDocument, extension, waitFor, within } from '../helpers';

const ARTICLE = [
  'Мэр Казани открыл новый мост через Казанку',
  '',
  'В среду в Казани открылся новый мост через реку Казанку, строительство которого заняло два года.',
  '',
  'По словам мэра города, мост разгрузит центральные улицы и сократит время в пути на двадцать минут.',
  '',
].join('\n');

describe('Corpus Lens in a project that is not a corpus', () => {
  let api: CorpusLensApi & { client?: unknown };

  before(async function () {
    this.timeout(60_000);
    const ext = extension();
    await waitFor('the extension to activate (workspaceContains seeds/)', () => ext.isActive, 30_000);
    api = ext.exports;
  });

  it('stays dormant: no language server, no corpus language for the text files', async () => {
    assert.equal(api.state(), 'dormant');
    assert.equal(api.client, undefined);
    const [notes] = await vscode.workspace.findFiles('seeds/notes.txt');
    const doc = await vscode.workspace.openTextDocument(notes);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(doc.languageId, 'plaintext');
    assert.equal(api.state(), 'dormant');
  });

  it('starts the language server when a Russian article appears and is opened', async function () {
    this.timeout(90_000);
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const uri = vscode.Uri.joinPath(folder, 'seeds', 'kazan.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ARTICLE));
    await corpusDocument(uri);
    await within('the server ready signal after the article opened', api.whenReady());
    assert.equal(api.state(), 'ready');
  });
});
