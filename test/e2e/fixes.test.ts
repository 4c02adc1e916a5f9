// Checks that change documents: the spelling warning, its quick fix and the corpus-wide fix.
// The workspace holds the seeds plus fixtures/900_e2e_extra.txt, so «Тхонглун» (the minority
// spelling of «Тонглун») occurs in exactly two files.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { articleWith, articles, corpusDiagnostics, fileName, readyApi, rangeOf, waitFor } from './helpers';

const VARIANT = 'Тхонглун';
const PREFERRED = 'Тонглун';

function variantWarning(uri: vscode.Uri): vscode.Diagnostic | undefined {
  return corpusDiagnostics(uri).find((d) => d.message.includes(VARIANT) && d.severity === vscode.DiagnosticSeverity.Warning);
}

async function warningOn(doc: vscode.TextDocument): Promise<vscode.Diagnostic> {
  return waitFor(`the «${VARIANT}» warning on ${fileName(doc.uri)}`, () => variantWarning(doc.uri));
}

async function actionsAt(doc: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range);
  return (actions ?? []).filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `applyEdit refused «${action.title}»`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

async function snapshot(): Promise<Map<string, vscode.TextDocument>> {
  const docs = new Map<string, vscode.TextDocument>();
  for (const uri of await articles()) docs.set(fileName(uri), await vscode.workspace.openTextDocument(uri));
  return docs;
}

describe('Corpus Lens in VS Code: spelling consistency', () => {
  before(async function () {
    this.timeout(90_000);
    await readyApi();
  });

  it('lists the «Тхонглун» warning in the diagnostics', async () => {
    const doc = await articleWith(VARIANT);
    const warning = await warningOn(doc);
    assert.match(doc.getText(warning.range), new RegExp(VARIANT), 'the warning does not point at the variant');
    assert.match(warning.message, new RegExp(PREFERRED), 'the warning does not name the preferred spelling');
  });

  it('the quick fix replaces exactly the variant and clears the warning, and can be undone', async () => {
    const doc = await articleWith(VARIANT);
    const warning = await warningOn(doc);
    const before = doc.getText();
    const at = rangeOf(doc, VARIANT);
    const fix = (await actionsAt(doc, warning)).find((a) => a.title === `Replace with «${PREFERRED}»`);
    assert.ok(fix, 'no quick fix titled «Replace with «Тонглун»»');
    await apply(fix);
    await waitFor('the quick fix to change the document', () => doc.getText() !== before);
    const start = doc.offsetAt(at.start);
    assert.equal(doc.getText(), before.slice(0, start) + PREFERRED + before.slice(start + VARIANT.length));
    await waitFor('the warning to clear', () => !variantWarning(doc.uri));
    const restore = new vscode.WorkspaceEdit();
    restore.replace(doc.uri, new vscode.Range(at.start, at.start.translate(0, PREFERRED.length)), VARIANT);
    assert.ok(await vscode.workspace.applyEdit(restore));
    assert.equal(doc.getText(), before);
    await warningOn(doc);
  });

  it('the corpus-wide fix edits exactly the files with the variant', async () => {
    const doc = await articleWith(VARIANT);
    const warning = await warningOn(doc);
    const docs = await snapshot();
    const before = new Map([...docs].map(([name, d]) => [name, d.getText()]));
    const expected = [...before].filter(([, text]) => text.includes(VARIANT)).map(([name]) => name);
    assert.equal(expected.length, 2, `the workspace should hold the variant in two files: ${expected.join(', ')}`);
    const fixAll = (await actionsAt(doc, warning)).find((a) => a.title.startsWith('Fix all') && a.title.includes('corpus'));
    assert.ok(fixAll, 'no code action titled «Fix all … corpus …»');
    await apply(fixAll);
    await waitFor('the corpus-wide fix to change a document', () => [...docs].some(([name, d]) => d.getText() !== before.get(name)));
    const changed = [...docs].filter(([name, d]) => d.getText() !== before.get(name)).map(([name]) => name);
    assert.deepEqual(changed.sort(), expected.sort());
    for (const name of expected) {
      assert.equal(docs.get(name)!.getText(), before.get(name)!.split(VARIANT).join(PREFERRED), `${name} was not fixed exactly`);
    }
    for (const name of expected) await waitFor(`the warning on ${name} to clear`, () => !variantWarning(docs.get(name)!.uri));
  });
});
