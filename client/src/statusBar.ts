/** The status bar item: corpus size once indexed, a spinner while indexing, skipped files in the tooltip. */
import * as vscode from 'vscode';
import type { StatusParams } from '../../common/protocol';
import { PHRASES } from '../../server/src/l10n/phrases';
import { count } from './l10n';

export class CorpusStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('corpusLens.status', vscode.StatusBarAlignment.Left, 10);

  constructor() {
    this.item.name = 'Corpus Lens';
    this.item.text = '$(sync~spin) Corpus Lens';
    this.item.tooltip = vscode.l10n.t('Corpus Lens: indexing the corpus');
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
    const size = vscode.l10n.t('{0}, {1}', count(PHRASES.articles, status.articles), count(PHRASES.entities, status.entities));
    this.item.text = `$(book) ${size}`;
    const skipped = status.skipped.length
      ? `\n${count(PHRASES.filesSkipped, status.skipped.length)}\n${status.skipped.map((s) => `${s.uri}: ${s.reason}`).join('\n')}`
      : '';
    this.item.tooltip = `${vscode.l10n.t('Corpus Lens: {0}', size)}${skipped}`;
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
    this.item.name = vscode.l10n.t('Corpus Lens Findings');
    this.item.command = { command: 'workbench.actions.view.problems', title: vscode.l10n.t('Open the Problems panel') };
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
    const what = count(PHRASES.spellingFindings, findings);
    this.item.tooltip = findings
      ? vscode.l10n.t('Corpus Lens: {0} {1}. Click to open the Problems panel.', what, count(PHRASES.inArticles, files))
      : vscode.l10n.t('Corpus Lens: no spelling findings. Click to open the Problems panel.');
    this.item.accessibilityInformation = { label: vscode.l10n.t('Corpus Lens: {0}', what) };
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.listener.dispose();
    this.item.dispose();
  }
}
