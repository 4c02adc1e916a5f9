// One DOM-level check, only where the workbench runs in a browser driven by scripts/e2e/launcher.mjs:
// the suite shows an article with the Outline view open and asks the launcher (through a console
// marker) to hover a name with Playwright; the launcher answers with the hover card's text and a
// screenshot under test-output/.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { articleWith, extension, readyApi, waitFor } from './helpers';

const MARKER = 'corpus-lens-e2e:dom-check ';

interface DomOutcome {
  ok: boolean;
  hoverText: string;
  outlineText: string;
  screenshot: string;
  error: string;
}

describe('Corpus Lens in the workbench (DOM)', () => {
  before(async function () {
    if (vscode.env.uiKind !== vscode.UIKind.Web) this.skip();
    this.timeout(90_000);
    await readyApi();
  });

  it('hovering a name shows the entity card (screenshot in test-output/)', async function () {
    this.timeout(60_000);
    const doc = await articleWith('Лаос хотят сотрудничать');
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand('outline.focus');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    const out = process.env.CORPUS_LENS_E2E_OUTPUT ?? path.join(extension().extensionPath, 'test-output');
    mkdirSync(out, { recursive: true });
    const request = {
      word: 'Лавров',
      expect: 'Лавров',
      outlineExpect: 'Лаос хотят сотрудничать',
      screenshot: path.join(out, 'e2e-hover-outline.png'),
      result: path.join(out, 'e2e-dom-check.json'),
    };
    rmSync(request.result, { force: true });
    console.log(MARKER + JSON.stringify(request));
    await waitFor('the launcher to answer the DOM check', () => existsSync(request.result), 45_000);
    const outcome = JSON.parse(readFileSync(request.result, 'utf8')) as DomOutcome;
    assert.ok(outcome.ok, `DOM check failed: ${outcome.error}`);
    assert.match(outcome.hoverText, /Лавров/, `hover card: ${JSON.stringify(outcome.hoverText)}`);
    assert.match(outcome.outlineText, /Лаос хотят сотрудничать/, 'the Outline view does not show the title');
    assert.ok(existsSync(outcome.screenshot), 'no screenshot was written');
  });
});
