/** The spelling findings of a corpus as CLI diagnostics, and their text and JSON forms. */
import type { Finding } from '../../core/consistency/findInconsistencies';
import type { LoadedCorpus } from '../loadCorpus';
import type { Palette } from './color';
import { displayPath } from './corpusView';
import { t } from '../messages';
import { findingMessage } from '../messages/findings';

export const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface CliDiagnostic {
  path: string;
  start: number;
  end: number;
  /** 0-based, as in LSP. */
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  severity: Severity;
  code: Finding['code'];
  /** The core's message, in English (JSON, SARIF). */
  message: string;
  related: Array<{ path: string; start: number; end: number }>;
  finding: Finding;
}

export function toDiagnostics(corpus: LoadedCorpus, severity: Severity): CliDiagnostic[] {
  const out: CliDiagnostic[] = [];
  for (const f of corpus.index.findings()) {
    const doc = corpus.index.get(f.uri);
    if (!doc) continue;
    const from = doc.lines.positionAt(f.start);
    const to = doc.lines.positionAt(f.end);
    out.push({
      path: displayPath(corpus, f.uri),
      start: f.start,
      end: f.end,
      line: from.line,
      character: from.character,
      endLine: to.line,
      endCharacter: to.character,
      severity,
      code: f.code,
      message: f.message,
      related: f.related.map((r) => ({ path: displayPath(corpus, r.uri), start: r.start, end: r.end })),
      finding: f,
    });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start));
}

const SEVERITY_COLOUR: Record<Severity, keyof Palette> = { error: 'red', warning: 'yellow', information: 'cyan', hint: 'dim' };

/** `path:line:col: severity code message`, 1-based line and column; severity and message in the messages' language, the code as is. */
export function formatTextDiagnostics(diagnostics: CliDiagnostic[], colour: Palette): string {
  return diagnostics
    .map((d) => {
      const where = colour.bold(`${d.path}:${d.line + 1}:${d.character + 1}:`);
      return `${where} ${colour[SEVERITY_COLOUR[d.severity]](t().severities[d.severity] ?? d.severity)} ${colour.dim(d.code)} ${findingMessage(d.finding)}`;
    })
    .join('\n');
}

export function formatJsonDiagnostics(diagnostics: CliDiagnostic[]): string {
  const list = diagnostics.map((d) => ({
    path: d.path,
    start: d.start,
    end: d.end,
    line: d.line,
    character: d.character,
    severity: d.severity,
    code: d.code,
    message: d.message,
    related: d.related,
  }));
  return JSON.stringify({ version: 1, diagnostics: list }, null, 2);
}
