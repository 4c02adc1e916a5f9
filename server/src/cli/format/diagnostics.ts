/** The spelling findings of a corpus as CLI diagnostics, and their text and JSON forms. */
import type { Finding } from '../../core/consistency/findInconsistencies';
import type { LoadedCorpus } from '../loadCorpus';
import type { Palette } from './color';
import { displayPath } from './corpusView';
import { t } from '../messages';
import { findingMessage } from '../messages/findings';
import { pushTo } from '../../core/util/multiMap';

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

/** A possible variant is for the user to decide: information (or hint when that is asked for), as in the editor. */
export function severityOf(f: Finding, severity: Severity): Severity {
  return f.code === 'possible-variant' && (severity === 'error' || severity === 'warning') ? 'information' : severity;
}

function toDiagnostic(corpus: LoadedCorpus, f: Finding, asked: Severity): CliDiagnostic | undefined {
  const severity = severityOf(f, asked);
  const doc = corpus.index.get(f.uri);
  if (!doc) return undefined;
  const from = doc.lines.positionAt(f.start);
  const to = doc.lines.positionAt(f.end);
  return {
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
  };
}

/**
 * The diagnostics of the corpus one document at a time, documents by path, each document's by offset
 * (the corpus order of findings); documents without any are left out.
 */
export function* diagnosticsByDocument(corpus: LoadedCorpus, severity: Severity): Generator<CliDiagnostic[]> {
  const byUri = new Map<string, Finding[]>();
  for (const f of corpus.index.findings()) pushTo(byUri, f.uri, f);
  const docs = [...byUri.keys()].map((uri) => ({ uri, path: displayPath(corpus, uri) }));
  docs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { uri } of docs) {
    const list = byUri.get(uri)!.map((f) => toDiagnostic(corpus, f, severity)).filter((d): d is CliDiagnostic => !!d);
    if (list.length) yield list;
  }
}

/** Every diagnostic of the corpus, in diagnosticsByDocument's order. */
export function toDiagnostics(corpus: LoadedCorpus, severity: Severity): CliDiagnostic[] {
  return [...diagnosticsByDocument(corpus, severity)].flat();
}

const SEVERITY_COLOUR: Record<Severity, keyof Palette> = { error: 'red', warning: 'yellow', information: 'cyan', hint: 'dim' };

/** `path:line:col: severity code message`, 1-based line and column; severity and message in the messages' language, the code as is. */
export function textDiagnostic(d: CliDiagnostic, colour: Palette): string {
  const where = colour.bold(`${d.path}:${d.line + 1}:${d.character + 1}:`);
  return `${where} ${colour[SEVERITY_COLOUR[d.severity]](t().severities[d.severity] ?? d.severity)} ${colour.dim(d.code)} ${findingMessage(d.finding)}`;
}

/** The JSON form of a diagnostic (an item of `{ "version": 1, "diagnostics": [...] }`). */
export function jsonDiagnostic(d: CliDiagnostic) {
  return {
    path: d.path,
    start: d.start,
    end: d.end,
    line: d.line,
    character: d.character,
    severity: d.severity,
    code: d.code,
    message: d.message,
    related: d.related,
  };
}
