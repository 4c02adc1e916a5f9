/**
 * Quick fixes for spelling-variant diagnostics: replace one occurrence (keeping its case ending),
 * fix every variant in the corpus (one edit, previewed first) or in the article, and accept / prefer
 * the spelling (commands writing the workspace file). The article-wide fix is also offered as
 * `source.fixAll.corpusLens` (e.g. for editor.codeActionsOnSave).
 */
import * as l10n from '@vscode/l10n';
import {
  CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic,
} from 'vscode-languageserver/node';
import { Commands, DIAGNOSTIC_SOURCE, DuplicateCommands, type DuplicateDecisionArgs } from '../../../common/protocol';
import type { Finding } from '../core/consistency/findInconsistencies';
import type { CorpusIndex } from '../index/corpusIndex';
import { count } from '../l10n';
import { PHRASES } from '../l10n/phrases';
import { normalizeUri, toOffset } from '../lsp/convert';
import type { Feature, FeatureContext } from './feature';
import type { SpellingCommandArgs } from './spellingCommands';
import { buildWorkspaceEdit, type OffsetEdit } from './workspaceEdits';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.corpusLens`;
export const FIX_ALL_ANNOTATION = 'corpusLens.fixSpellings';

export const codeActions: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } },
  register(ctx) {
    ctx.connection.onCodeAction(async (params) => actionsFor(ctx, await ctx.ready, params));
  },
};

function actionsFor(ctx: FeatureContext, index: CorpusIndex, params: CodeActionParams): CodeAction[] {
  const uri = normalizeUri(params.textDocument.uri);
  const doc = index.get(uri);
  if (!doc || ctx.settings().diagnostics.severity === 'off') return [];
  const found = index.findingsIn(uri);
  const inArticle = found.filter(fixable);
  const only = params.context.only;
  const out: CodeAction[] = [];
  if (!only || only.some((k) => within(CodeActionKind.QuickFix, k))) {
    const start = toOffset(doc, params.range.start);
    const end = toOffset(doc, params.range.end);
    const here = found.filter((f) => f.start <= end && start <= f.end);
    out.push(...quickFixes(ctx, index, params, here, inArticle));
  }
  if (only?.some((k) => within(FIX_ALL_KIND, k)) && inArticle.length) {
    out.push({ ...articleFix(ctx, index, inArticle, []), kind: FIX_ALL_KIND });
  }
  return out;
}

/** True when `kind` is `filter` or a sub-kind of it. */
function within(kind: string, filter: string): boolean {
  return kind === filter || kind.startsWith(`${filter}.`);
}

function quickFixes(
  ctx: FeatureContext, index: CorpusIndex, params: CodeActionParams, here: Finding[], inArticle: Finding[],
): CodeAction[] {
  if (!here.length) return [];
  const ours = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
  const out = here.map((f) => replaceOne(ctx, index, f, diagnosticsOf(f, ours, index)));
  const seen = new Set<string>();
  for (const f of here) {
    if (seen.has(f.variant)) continue;
    seen.add(f.variant);
    if (f.code === 'possible-variant') out.push(...decisions(params.textDocument.uri, f, diagnosticsOf(f, ours, index)));
  }
  for (const f of here.filter(fixable)) {
    const key = preferredEntityOf(f);
    if (seen.has(`entity:${key}`)) continue;
    seen.add(`entity:${key}`);
    out.push(entityFix(ctx, index, f, ours));
  }
  if (here.some(fixable)) {
    out.push(corpusFix(ctx, index, ours));
    out.push(articleFix(ctx, index, inArticle, ours));
  }
  seen.clear();
  for (const f of here) {
    if (seen.has(f.variant) || !fixable(f)) continue;
    seen.add(f.variant);
    out.push(...spellingChoices(params.textDocument.uri, f, diagnosticsOf(f, ours, index)));
  }
  return out;
}

/** Fixed by the fix-all actions: every finding but a possible variant (the user decides those). */
function fixable(f: Finding): boolean {
  return f.code !== 'possible-variant';
}

/** The entity whose spelling a finding asks for. */
function preferredEntityOf(f: Finding): string {
  return f.pair?.preferredEntity ?? f.entityId;
}

/** Every variant of one entity fixed across the corpus (its name in the title says the scope). */
function entityFix(ctx: FeatureContext, index: CorpusIndex, f: Finding, diagnostics: Diagnostic[]): CodeAction {
  const key = preferredEntityOf(f);
  const all = index.findings().filter((g) => fixable(g) && preferredEntityOf(g) === key);
  const files = new Set(all.map((g) => g.uri)).size;
  const description = `${count(PHRASES.replacements, all.length)} ${count(PHRASES.inArticles, files)}`;
  return {
    title: l10n.t('Fix all variants of «{0}» ({1})', f.preferred, description),
    kind: CodeActionKind.QuickFix,
    diagnostics,
    edit: buildWorkspaceEdit(index, ctx.documents, all.map(editOf), {
      id: FIX_ALL_ANNOTATION,
      annotation: { label: l10n.t('Fix spelling variants'), description, needsConfirmation: true },
    }),
  };
}

/** A possible variant: the user says whether both names are one entity (remembered in the workspace file). */
function decisions(uri: string, f: Finding, diagnostics: Diagnostic[]): CodeAction[] {
  const names = decisionNames(f);
  const args: DuplicateDecisionArgs = { uri, a: names[0], b: names[1] };
  return [
    commandAction(l10n.t('These are the same entity («{0}» = «{1}»)', args.a, args.b), l10n.t('These are the same entity'), DuplicateCommands.sameEntity, args, diagnostics),
    commandAction(l10n.t('These are different entities («{0}» ≠ «{1}»)', args.a, args.b), l10n.t('These are different entities'), DuplicateCommands.differentEntities, args, diagnostics),
  ];
}

/** A quick fix running a server command with one argument. */
function commandAction(title: string, commandTitle: string, command: string, arg: unknown, diagnostics: Diagnostic[]): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics, command: { title: commandTitle, command, arguments: [arg] } };
}

/** The two names a decision records: the spellings compared, variant first. */
function decisionNames(f: Finding): [string, string] {
  return [f.variant, f.preferred];
}

/** The client's diagnostics on this finding's range. */
function diagnosticsOf(f: Finding, ours: Diagnostic[], index: CorpusIndex): Diagnostic[] {
  const doc = index.get(f.uri);
  if (!doc) return [];
  return ours.filter((d) => toOffset(doc, d.range.start) === f.start && toOffset(doc, d.range.end) === f.end);
}

const editOf = (f: Finding): OffsetEdit => ({ uri: f.uri, start: f.start, end: f.end, newText: f.replacement });

function replaceOne(ctx: FeatureContext, index: CorpusIndex, f: Finding, diagnostics: Diagnostic[]): CodeAction {
  return {
    title: l10n.t('Replace with «{0}»', f.replacement),
    kind: CodeActionKind.QuickFix,
    isPreferred: true,
    diagnostics,
    edit: buildWorkspaceEdit(index, ctx.documents, [editOf(f)]),
  };
}

/** Every finding of the corpus fixed in one edit that VS Code previews before applying. */
function corpusFix(ctx: FeatureContext, index: CorpusIndex, diagnostics: Diagnostic[]): CodeAction {
  const all = index.findings().filter(fixable);
  const files = new Set(all.map((f) => f.uri)).size;
  const description = `${count(PHRASES.replacements, all.length)} ${count(PHRASES.inArticles, files)}`;
  return {
    title: l10n.t('Fix all spelling variants in the corpus ({0})', description),
    kind: CodeActionKind.QuickFix,
    diagnostics,
    edit: buildWorkspaceEdit(index, ctx.documents, all.map(editOf), {
      id: FIX_ALL_ANNOTATION,
      annotation: { label: l10n.t('Fix spelling variants'), description, needsConfirmation: true },
    }),
  };
}

function articleFix(ctx: FeatureContext, index: CorpusIndex, inArticle: Finding[], diagnostics: Diagnostic[]): CodeAction {
  return {
    title: l10n.t('Fix all spelling variants in this article'),
    kind: CodeActionKind.QuickFix,
    diagnostics,
    edit: buildWorkspaceEdit(index, ctx.documents, inArticle.map(editOf)),
  };
}

function spellingChoices(uri: string, f: Finding, diagnostics: Diagnostic[]): CodeAction[] {
  const args: SpellingCommandArgs = { uri, spelling: f.variant, instead: f.preferred };
  return [
    commandAction(l10n.t('Accept the spelling «{0}» (never report it)', f.variant), l10n.t('Accept this spelling'), Commands.acceptSpelling, args, diagnostics),
    commandAction(l10n.t('Prefer the spelling «{0}» over «{1}»', f.variant, f.preferred), l10n.t('Prefer this spelling'), Commands.preferSpelling, args, diagnostics),
  ];
}
