/**
 * Spelling-consistency diagnostics, pushed for every indexed file (opened or not) so the Problems
 * panel lists the whole corpus. After a change, as soon as the index has it: the edited file's
 * diagnostics (always, so the editor sees its new version's ranges), then those of the other files the
 * change touched when they differ from what was sent; files that lose their findings are cleared.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import * as l10n from '@vscode/l10n';
import {
  DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation,
} from 'vscode-languageserver/node';
import { DIAGNOSTIC_SOURCE, type CorpusLensSettings } from '../../../common/protocol';
import type { Finding } from '../core/consistency/findInconsistencies';
import type { CorpusIndex } from '../index/corpusIndex';
import { toLocation, toRange } from '../lsp/convert';
import { timedStep } from '../lsp/mainThreadStalls';
import { editAnswered, requestInFlight } from '../lsp/requestActivity';
import { findingMessage, relatedMessage } from '../l10n/messages';
import type { Feature, FeatureContext } from './feature';

/** More related locations than this are summarized by the message's counts. */
const MAX_RELATED = 50;
/** Main-thread time given to other files' diagnostics at a time, between requests. */
const PUBLISH_SLICE_MS = 5;

export const diagnostics: Feature = {
  capabilities: {},
  register(ctx) {
    void ctx.ready.then((index) => new DiagnosticsPublisher(ctx, index).start());
  },
};

class DiagnosticsPublisher {
  /**
   * A digest of the last diagnostics sent per uri (not empty), so unchanged files are not re-sent; a
   * digest, not the JSON: at 10,000 articles the JSON of every file's list would stay in memory.
   */
  private readonly sent = new Map<string, string>();
  /** Files whose unanalysable passages were reported in the log (once each). */
  private readonly failuresLogged = new Set<string>();

  constructor(private readonly ctx: FeatureContext, private readonly index: CorpusIndex) {}

  start(): void {
    this.index.onDidChange((change) => {
      if (change.all) return timedStep('diagnostics.all', () => this.publishAll());
      for (const uri of change.changed) {
        this.later.delete(uri);
        this.publish(uri, true);
        editAnswered(uri);
      }
      for (const uri of change.affected) if (!change.changed.includes(uri)) this.later.add(uri);
      this.drainLater();
    });
    this.ctx.settingsChanged?.(() => this.publishAll());
    this.publishAll();
  }

  /** Files whose diagnostics may have changed, published a slice at a time between requests. */
  private readonly later = new Set<string>();
  private draining = false;

  /**
   * Every document at once (after a full link, before the server says it is ready, or a settings
   * change): findings or passages that could not be analysed (unchanged lists are not re-sent), and
   * the files that had diagnostics (cleared when they have none now). Any other file has none to send.
   */
  private publishAll(): void {
    this.later.clear();
    for (const uri of new Set([...this.index.documentsToReport(), ...this.sent.keys()])) this.publish(uri, false);
  }

  /**
   * Publishes the waiting files PUBLISH_SLICE_MS at a time, each slice on a turn of the event loop with
   * no request in flight: a request never waits behind the diagnostics of thousands of other files.
   */
  private drainLater(): void {
    if (this.draining || !this.later.size) return;
    this.draining = true;
    const slice = () => {
      if (requestInFlight()) return void setTimeout(slice, 2);
      const t0 = performance.now();
      timedStep('diagnostics.slice', () => {
        for (const uri of this.later) {
          this.later.delete(uri);
          this.publish(uri, false);
          if (performance.now() - t0 > PUBLISH_SLICE_MS) break;
        }
      });
      if (this.later.size) setImmediate(slice);
      else this.draining = false;
    };
    setImmediate(slice);
  }

  /** Sends one file's diagnostics if they differ from the last sent (or always, with `force`). */
  private publish(uri: string, force: boolean): void {
    let list: Diagnostic[];
    try {
      list = diagnosticsIn(this.index, uri, this.ctx.settings());
    } catch (e) {
      this.ctx.connection.console.error(`Corpus Lens: spelling check failed: ${(e as Error).stack ?? e}`);
      return;
    }
    const digest = list.length ? createHash('sha1').update(JSON.stringify(list)).digest('base64') : '';
    if (!force && (this.sent.get(uri) ?? '') === digest) return;
    const failures = list.filter((d) => d.code === 'analysis-failure');
    if (!this.failuresLogged.has(uri)) {
      for (const d of failures) {
        this.ctx.connection.console.warn(`Corpus Lens: ${uri}: a passage could not be analysed (lines ${d.range.start.line + 1}-${d.range.end.line + 1}).`);
      }
    }
    if (failures.length) this.failuresLogged.add(uri);
    else this.failuresLogged.delete(uri);
    void this.ctx.connection.sendDiagnostics({ uri, diagnostics: list });
    if (list.length) this.sent.set(uri, digest);
    else this.sent.delete(uri);
  }
}

/** The diagnostics of one document's findings. */
export function diagnosticsIn(index: CorpusIndex, uri: string, settings: CorpusLensSettings): Diagnostic[] {
  const severity = toSeverity(settings.diagnostics.severity);
  const failures = failureDiagnostics(index, uri);
  if (severity === null) return failures;
  // A possible variant is for the user to decide: Information (or the setting's Hint).
  const possible = Math.max(severity, DiagnosticSeverity.Information) as DiagnosticSeverity;
  const findings = index.findingsIn(uri)
    .map((f) => toDiagnostic(index, f, f.code === 'possible-variant' ? possible : severity))
    .filter((d): d is Diagnostic => !!d);
  return [...findings, ...failures];
}

/**
 * Passages the engine could not analyse (an internal error contained to them, see core/analyze.ts):
 * an Information diagnostic each, so the user knows names there are not recognized.
 */
function failureDiagnostics(index: CorpusIndex, uri: string): Diagnostic[] {
  const doc = index.get(uri);
  return (doc?.analysis.failures ?? []).map((f) => ({
    range: toRange(doc!, f.start, f.end),
    severity: DiagnosticSeverity.Information,
    code: 'analysis-failure',
    source: DIAGNOSTIC_SOURCE,
    message: l10n.t('Corpus Lens could not analyse this passage (an internal error); names in it are not recognized.'),
  }));
}

export function toDiagnostic(index: CorpusIndex, f: Finding, severity: DiagnosticSeverity): Diagnostic | null {
  const doc = index.get(f.uri);
  if (!doc) return null;
  return {
    range: toRange(doc, f.start, f.end),
    severity,
    code: f.code,
    source: DIAGNOSTIC_SOURCE,
    message: findingMessage(f),
    relatedInformation: relatedOf(index, f),
  };
}

function relatedOf(index: CorpusIndex, f: Finding): DiagnosticRelatedInformation[] {
  const out: DiagnosticRelatedInformation[] = [];
  for (const r of f.related.slice(0, MAX_RELATED)) {
    const doc = index.get(r.uri);
    if (!doc) continue;
    out.push({ location: toLocation(doc, r.start, r.end), message: relatedMessage(r.text) });
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
