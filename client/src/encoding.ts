/**
 * Corpus files open with the encoding the server detected. When the server reports that an open
 * editor decoded a file differently (corpusLens/encodingMismatch), the document is reopened with that
 * encoding through `workspace.openTextDocument(uri, { encoding })` (VS Code 1.100+, checked at run
 * time through `TextDocument.encoding`); when that cannot be done (older VS Code, unsaved changes,
 * an error), a message offers "Reopen with …", which runs the editor's own Change Encoding command.
 */
import * as vscode from 'vscode';
import type { CorpusEncoding, EncodingMismatchParams } from '../../common/protocol';

/** VS Code's ids and labels of the encodings the server detects. */
const VSCODE_ENCODINGS: Record<CorpusEncoding, { id: string; label: string }> = {
  'windows-1251': { id: 'windows1251', label: 'Windows 1251' },
  'koi8-r': { id: 'koi8r', label: 'KOI8-R' },
  ibm866: { id: 'cp866', label: 'DOS 866' },
  'utf-16le': { id: 'utf16le', label: 'UTF-16 LE' },
  'utf-16be': { id: 'utf16be', label: 'UTF-16 BE' },
};

type OpenWithEncoding = (uri: vscode.Uri, options: { encoding: string }) => Thenable<vscode.TextDocument>;

function documentEncoding(doc: vscode.TextDocument): string | undefined {
  const value = (doc as { encoding?: unknown }).encoding;
  return typeof value === 'string' ? value : undefined;
}

export type EncodingOutcome = 'reopened' | 'offered' | 'already' | 'closed';

export class EncodingFixer {
  /** uri → encoding already handled, so a repeated notification does not loop. */
  private readonly handled = new Map<string, string>();

  constructor(private readonly log: vscode.LogOutputChannel) {}

  async onMismatch(params: EncodingMismatchParams): Promise<EncodingOutcome> {
    const target = VSCODE_ENCODINGS[params.encoding];
    if (!target) return 'offered';
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === params.uri);
    if (!doc) return 'closed';
    const current = documentEncoding(doc);
    if (current === target.id || this.handled.get(params.uri) === target.id) return 'already';
    this.handled.set(params.uri, target.id);
    if (current !== undefined && !doc.isDirty) {
      try {
        await (vscode.workspace.openTextDocument as unknown as OpenWithEncoding)(doc.uri, { encoding: target.id });
        this.log.info(vscode.l10n.t('Reopened {0} with encoding {1}: {2}', doc.uri.fsPath, target.id, params.message));
        return 'reopened';
      } catch (e) {
        this.log.warn(vscode.l10n.t('Could not reopen {0} with encoding {1}: {2}', doc.uri.fsPath, target.id, (e as Error).message));
      }
    }
    void this.offer(doc, params.message, target.label);
    return 'offered';
  }

  private async offer(doc: vscode.TextDocument, message: string, label: string): Promise<void> {
    const action = vscode.l10n.t('Reopen with {0}', label);
    const choice = await vscode.window.showWarningMessage(vscode.l10n.t('Corpus Lens: {0}', message), action);
    if (choice !== action) return;
    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand('workbench.action.editor.changeEncoding');
  }

  dispose(): void {
    this.handled.clear();
  }
}
