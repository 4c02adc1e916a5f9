/** The status bar item: corpus size once indexed, a spinner while indexing, skipped files in the tooltip. */
import * as vscode from 'vscode';
import type { StatusParams } from '../../common/protocol';

export class CorpusStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('corpusLens.status', vscode.StatusBarAlignment.Left, 10);

  constructor() {
    this.item.name = 'Corpus Lens';
    this.item.text = '$(sync~spin) Corpus Lens';
    this.item.tooltip = 'Corpus Lens: indexing the corpus';
    this.item.command = 'workbench.view.explorer';
    this.item.show();
  }

  update(status: StatusParams): void {
    if (status.state === 'indexing') {
      this.item.text = '$(sync~spin) Corpus Lens';
      return;
    }
    this.item.text = `$(book) ${status.articles} articles, ${status.entities} entities`;
    const skipped = status.skipped.length ? `\n${status.skipped.length} files skipped:\n${status.skipped.map((s) => `${s.uri}: ${s.reason}`).join('\n')}` : '';
    this.item.tooltip = `Corpus Lens: ${status.articles} articles, ${status.entities} entities${skipped}`;
  }

  dispose(): void {
    this.item.dispose();
  }
}
