/**
 * "Review Possible Duplicates", the parts without the editor: the quick pick items built from the
 * server's PossibleDuplicate pairs, the actions offered on one pair, the decision's arguments and the
 * locations to show. Strings go through @vscode/l10n, which the client configures with the bundle
 * VS Code loaded (client/src/l10n.ts, configureSharedL10n), so the tests need no editor.
 */
import * as l10n from '@vscode/l10n';
import type { DuplicateContext, DuplicateDecisionArgs, PossibleDuplicate } from '../../common/protocol';
import { count } from '../../server/src/l10n';
import { PHRASES } from '../../server/src/l10n/phrases';

/** A context line in the list is cut to this many characters. */
const CONTEXT_CHARS = 120;

export interface DuplicatePickItem {
  label: string;
  description: string;
  detail: string;
  pair: PossibleDuplicate;
}

export type DuplicateAction = 'same' | 'different' | 'show';

export interface DuplicateActionItem {
  label: string;
  detail: string;
  action: DuplicateAction;
}

/**
 * The two names the pair is about, variant first: the entities' names, or the spellings compared
 * when linking already gave both the same entity (one name).
 */
export function pairNames(pair: PossibleDuplicate): [string, string] {
  const { variant, preferred } = pair;
  return variant.name !== preferred.name ? [variant.name, preferred.name] : [variant.spelling, preferred.spelling];
}

export function levelLabel(level: PossibleDuplicate['level']): string {
  return level === 'sure' ? l10n.t('sure variant') : l10n.t('possible variant');
}

function shortLine(line: string): string {
  const text = line.replace(/\s+/g, ' ').trim();
  return text.length > CONTEXT_CHARS ? `${text.slice(0, CONTEXT_CHARS - 1)}…` : text;
}

/** The first context line of the variant (else of the preferred spelling). */
function firstContext(pair: PossibleDuplicate): DuplicateContext | undefined {
  return pair.variant.contexts[0] ?? pair.preferred.contexts[0];
}

export function duplicateItem(pair: PossibleDuplicate): DuplicatePickItem {
  const [a, b] = pairNames(pair);
  const counts = l10n.t('{0} vs {1}', count(PHRASES.times, pair.variant.count), count(PHRASES.times, pair.preferred.count));
  const linked = pair.sameEntity ? ` · ${l10n.t('already one entity')}` : '';
  const context = firstContext(pair);
  return {
    label: `«${a}» ↔ «${b}»`,
    description: `${counts} · ${levelLabel(pair.level)}${linked}`,
    detail: context ? `${pair.explanation} — ${shortLine(context.line)}` : pair.explanation,
    pair,
  };
}

/** Best first, as the server sends them; pairs without names are left out. */
export function duplicateItems(pairs: readonly PossibleDuplicate[]): DuplicatePickItem[] {
  return pairs.filter((p) => pairNames(p).every((name) => name.trim().length > 0)).map(duplicateItem);
}

export function actionItems(pair: PossibleDuplicate): DuplicateActionItem[] {
  const [a, b] = pairNames(pair);
  const places = occurrences(pair).length;
  const items: DuplicateActionItem[] = [
    { action: 'same', label: l10n.t('These are the same entity'), detail: l10n.t('«{0}» and «{1}» become one alias group in .vscode/corpus-lens.json.', a, b) },
    { action: 'different', label: l10n.t('These are different entities'), detail: l10n.t('«{0}» and «{1}» are recorded as distinct in .vscode/corpus-lens.json and no longer proposed.', a, b) },
  ];
  if (places) items.push({ action: 'show', label: l10n.t('Show the occurrences'), detail: count(PHRASES.occurrences, places) });
  return items;
}

/** The argument of the server's decision commands: the names, and a corpus document (its workspace folder gets the file). */
export function decisionArgs(pair: PossibleDuplicate, fallbackUri?: string): DuplicateDecisionArgs | undefined {
  const uri = firstContext(pair)?.uri ?? fallbackUri;
  if (!uri) return undefined;
  const [a, b] = pairNames(pair);
  return { uri, a, b };
}

/** Every occurrence of both spellings, the variant's first, each place once. */
export function occurrences(pair: PossibleDuplicate): DuplicateContext[] {
  const seen = new Set<string>();
  return [...pair.variant.contexts, ...pair.preferred.contexts].filter((c) => {
    const key = `${c.uri}#${c.range.start.line}:${c.range.start.character}`;
    return !seen.has(key) && (seen.add(key), true);
  });
}

/** The list's title: how many pairs, and whether indexing still runs. */
export function reviewTitle(pairs: number, indexing: boolean): string {
  const title = l10n.t('Corpus Lens: Possible Duplicates ({0})', pairs);
  return indexing ? `${title} — ${l10n.t('indexing is still running, the list may grow')}` : title;
}
