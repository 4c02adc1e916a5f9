/**
 * Gives the articles of the corpus the language `corpus` (grammar colouring, the [corpus] editor
 * defaults) without claiming every .txt file: the language contribution has no file name patterns;
 * instead a plain-text document inside the corpus globs whose text reads as Russian prose is switched
 * to `corpus` when it opens (or once typing makes it prose), and a `corpus` document that a settings
 * change leaves outside the globs goes back to plain text.
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../../common/protocol';
import { corpusGlobs, inCorpusGlobs, isCorpusDocument } from './corpusScope';

const PLAIN_TEXT = 'plaintext';
const RECHECK_DELAY_MS = 500;

export class CorpusLanguage implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((doc) => void this.update(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.languageId === PLAIN_TEXT && e.contentChanges.length) this.schedule(e.document);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('corpusLens.files')) this.updateAll();
      }),
    );
  }

  /** Checks every open document (at start and after the globs change). */
  updateAll(): void {
    for (const doc of vscode.workspace.textDocuments) void this.update(doc);
  }

  /** Switches one document's language if it entered or left the corpus. */
  async update(doc: vscode.TextDocument): Promise<void> {
    if (doc.uri.scheme !== 'file' || doc.isClosed) return;
    try {
      const globs = corpusGlobs();
      if (doc.languageId === PLAIN_TEXT && isCorpusDocument(doc, globs)) {
        await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
      } else if (doc.languageId === LANGUAGE_ID && !inCorpusGlobs(doc.uri, globs)) {
        await vscode.languages.setTextDocumentLanguage(doc, PLAIN_TEXT);
      }
    } catch {
      // the document closed meanwhile
    }
  }

  private schedule(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      void this.update(doc);
    }, RECHECK_DELAY_MS));
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
  }
}
