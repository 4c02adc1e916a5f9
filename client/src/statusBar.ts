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
  }

  show(): void {
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

/**
 * The findings item: how many spelling findings (diagnostics of source corpus-lens) the corpus has,
 * counted from VS Code's own diagnostics; a click opens the Problems panel.
 */
export class FindingsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('corpusLens.findings', vscode.StatusBarAlignment.Left, 9);
  private readonly listener: vscode.Disposable;
  private timer: NodeJS.Timeout | undefined;
  private count = 0;

  constructor(private readonly source: string) {
    this.item.name = 'Corpus Lens Findings';
    this.item.command = { command: 'workbench.actions.view.problems', title: 'Open the Problems panel' };
    this.listener = vscode.languages.onDidChangeDiagnostics(() => this.schedule());
  }

  /** The number shown (for tests and the walkthrough). */
  findings(): number {
    return this.count;
  }

  show(): void {
    this.update();
    this.item.show();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), 150);
  }

  update(): void {
    let findings = 0;
    let files = 0;
    for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
      const ours = diagnostics.filter((d) => d.source === this.source).length;
      findings += ours;
      if (ours) files++;
    }
    this.count = findings;
    this.item.text = findings ? `$(warning) ${findings}` : '$(check) 0';
    const what = findings === 1 ? '1 spelling finding' : `${findings} spelling findings`;
    this.item.tooltip = findings
      ? `Corpus Lens: ${what} in ${files} ${files === 1 ? 'article' : 'articles'}. Click to open the Problems panel.`
      : 'Corpus Lens: no spelling findings. Click to open the Problems panel.';
    this.item.accessibilityInformation = { label: `Corpus Lens: ${what}` };
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.listener.dispose();
    this.item.dispose();
  }
}
