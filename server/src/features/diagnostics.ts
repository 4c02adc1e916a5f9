/**
 * Spelling-consistency diagnostics, pushed for every indexed file (opened or not) so the Problems
 * panel lists the whole corpus. Recomputed ~200 ms after any index change, since an edit in one file
 * can create or remove an inconsistency in another; files that lose their findings are cleared.
 */
import {
  DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation,
} from 'vscode-languageserver/node';
import { DIAGNOSTIC_SOURCE, type CorpusLensSettings } from '../../../common/protocol';
import type { Finding } from '../core/consistency/findInconsistencies';
import type { CorpusIndex } from '../index/corpusIndex';
import { toLocation, toRange } from '../lsp/convert';
import type { Feature, FeatureContext } from './feature';
import { pushTo } from '../core/util/multiMap';

const DEBOUNCE_MS = 200;
/** More related locations than this are summarized by the message's counts. */
const MAX_RELATED = 50;

export const diagnostics: Feature = {
  capabilities: {},
  register(ctx) {
    void ctx.ready.then((index) => new DiagnosticsPublisher(ctx, index).start());
  },
};

class DiagnosticsPublisher {
  /** Last diagnostics sent per uri, as JSON, so unchanged files are not re-sent. */
  private readonly sent = new Map<string, string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly ctx: FeatureContext, private readonly index: CorpusIndex) {}

  start(): void {
    this.index.onDidChange(() => this.schedule());
    this.publish();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.publish(), DEBOUNCE_MS);
  }

  private publish(): void {
    let perUri: Map<string, Diagnostic[]>;
    try {
      perUri = diagnosticsByUri(this.index, this.ctx.settings());
    } catch (e) {
      this.ctx.connection.console.error(`Corpus Lens: spelling check failed: ${(e as Error).stack ?? e}`);
      return;
    }
    for (const uri of new Set([...perUri.keys(), ...this.sent.keys()])) {
      const list = perUri.get(uri) ?? [];
      const json = JSON.stringify(list);
      if ((this.sent.get(uri) ?? '[]') === json) continue;
      void this.ctx.connection.sendDiagnostics({ uri, diagnostics: list });
      if (list.length) this.sent.set(uri, json);
      else this.sent.delete(uri);
    }
  }
}

/** Diagnostics of every finding in the corpus, grouped by document. */
export function diagnosticsByUri(index: CorpusIndex, settings: CorpusLensSettings): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  const severity = toSeverity(settings.diagnostics.severity);
  if (severity === null) return out;
  for (const finding of index.findings()) {
    const diagnostic = toDiagnostic(index, finding, severity);
    if (!diagnostic) continue;
    pushTo(out, finding.uri, diagnostic);
  }
  return out;
}

export function toDiagnostic(index: CorpusIndex, f: Finding, severity: DiagnosticSeverity): Diagnostic | null {
  const doc = index.get(f.uri);
  if (!doc) return null;
  return {
    range: toRange(doc, f.start, f.end),
    severity,
    code: f.code,
    source: DIAGNOSTIC_SOURCE,
    message: f.message,
    relatedInformation: relatedOf(index, f),
  };
}

function relatedOf(index: CorpusIndex, f: Finding): DiagnosticRelatedInformation[] {
  const out: DiagnosticRelatedInformation[] = [];
  for (const r of f.related.slice(0, MAX_RELATED)) {
    const doc = index.get(r.uri);
    if (!doc) continue;
    const written = doc.text.slice(r.start, r.end);
    out.push({ location: toLocation(doc, r.start, r.end), message: `preferred spelling «${f.preferred}»: «${written}»` });
  }
  return out;
}

function toSeverity(setting: CorpusLensSettings['diagnostics']['severity'] | undefined): DiagnosticSeverity | null {
  switch (setting) {
    case 'off': return null;
    case 'error': return DiagnosticSeverity.Error;
    case 'information': return DiagnosticSeverity.Information;
    case 'hint': return DiagnosticSeverity.Hint;
    default: return DiagnosticSeverity.Warning;
  }
}
