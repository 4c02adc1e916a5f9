/**
 * Spelling-consistency findings: one per occurrence of a less used spelling of an entity's word
 * (preferred = pinned, else most used corpus-wide, ties: the earliest), and one per word hiding
 * Latin look-alike letters (mixed-script) or a decomposed letter, even in a name used once.
 */
import type { CorpusConfig } from '../config';
import type { DocumentAnalysis, VariantKind } from '../types';
import type { LinkedCorpus } from '../linking/linkCorpus';
import { caseFormOf, pairKey } from '../variants/evidence';
import { cleanSpelling } from '../variants/normalize';
import { respell } from '../variants/respell';
import type { SpellingGroup } from '../variants/spellingTable';
import type { WordOccurrence } from '../variants/units';
import { dirtyKind } from '../variants/variantKind';
import type { Reason } from '../variants/reasons';

export { renameEdits, type RenameEdit } from './renameEdits';

/**
 * What a finding says, for the editor and the CLI to word in their language from the finding's fields
 * (`variant`, `preferred`, the counts, `kind`): a less used spelling (variant), Latin look-alike
 * letters in a Cyrillic word (mixed-script), a letter written decomposed (decomposed).
 */
export type FindingProblem = 'variant' | 'mixed-script' | 'decomposed' | 'possible-variant';

/** The matcher's pair behind a finding (core/variants/candidates.ts), when it comes from one. */
export interface FindingPair {
  level: 'sure' | 'plausible';
  score: number;
  /** The edit, then the evidence for and against (English). */
  explanation: string;
  /** The edit alone, in words ('т → ч (т/ч)'). */
  edit: string;
  /** The edits and the evidence as codes, for the user's language (core/variants/reasons.ts). */
  codes?: Reason[];
  /** The entity written with the variant spelling, then the one with the preferred spelling. */
  variantEntity: string;
  preferredEntity: string;
}

export interface Finding {
  /** possible-variant: a 'plausible' pair of the matcher (Information), not sure enough to warn. */
  code: 'spelling-variant' | 'mixed-script' | 'possible-variant';
  problem: FindingProblem;
  /** A matcher pair whose edit is of none of the listed kinds: 'other-edit' (the pair's `edit` says it). */
  kind: VariantKind | 'other-edit';
  /** From the corpus-wide matcher: the pair and its evidence. */
  pair?: FindingPair;
  entityId: string;
  preferred: string;
  variant: string;
  preferredCount: number;
  variantCount: number;
  uri: string;
  start: number;
  end: number;
  text: string;
  replacement: string;
  /** The preferred spelling's first occurrences, with the text written there. */
  related: Array<{ uri: string; start: number; end: number; text: string }>;
  /** The message in English (the CLI's); the language server words it from `problem` and the fields. */
  message: string;
}

/** Related locations listed per finding (the preferred spelling's first occurrences). */
const MAX_RELATED = 20;

export function findInconsistencies(
  docs: ReadonlyMap<string, DocumentAnalysis>,
  linked: LinkedCorpus,
  config: CorpusConfig,
): Finding[] {
  const accepted = new Set(config.acceptedSpellings);
  const distinct = distinctPairs(config);
  const out: Finding[] = [];
  for (const [entityId, table] of linked.spellings) out.push(...entityFindings(entityId, table, accepted, distinct));
  return out.filter((f) => docs.has(f.uri)).sort(byPlace);
}

/** Corpus order of findings: by document uri, then offset. */
export function byPlace(a: Finding, b: Finding): number {
  return a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start;
}

/** The user's 'These are different entities' decisions as pair keys (evidence.ts pairKey). */
export function distinctPairs(config: CorpusConfig): Set<string> {
  return new Set((config.distinct ?? []).map(([a, b]) => pairKey(a, b)));
}

/**
 * The findings of one entity's spelling table (accepted: the user's accepted spellings; distinct: pairs
 * of spellings the user said are different names, as pair keys).
 */
export function entityFindings(entityId: string, table: readonly SpellingGroup[], accepted: ReadonlySet<string>, distinct: ReadonlySet<string> = new Set()): Finding[] {
  const out: Finding[] = [];
  for (const group of table) {
    if (group.variants.length === 0 && !hasDirty(group)) continue;
    for (const f of groupFindings(entityId, group, accepted, distinct)) out.push(f);
  }
  return out;
}

/**
 * Whether a group can give findings, from its variants and a test of its texts (what `entityFindings`
 * skips otherwise): a table built only for its findings leaves the other groups out (lazyTables.ts).
 */
export function mayGiveFindings(variants: readonly unknown[], anyText: (test: (text: string) => boolean) => boolean): boolean {
  return variants.length > 0 || anyText((text) => !!dirtyKind(text));
}

/** Any occurrence with look-alike or decomposed letters (cheap test before the full pass). */
function hasDirty(group: SpellingGroup): boolean {
  for (const occurrences of group.spellings.values()) for (const o of occurrences) if (dirtyKind(o.text)) return true;
  return false;
}

type Base = Pick<Finding, 'entityId' | 'uri' | 'start' | 'end' | 'text' | 'related'>;

function groupFindings(entityId: string, group: SpellingGroup, accepted: ReadonlySet<string>, distinct: ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  const preferredOcc = (group.spellings.get(group.preferred) ?? []).filter((o) => !dirtyKind(o.text));
  const related = preferredOcc.slice(0, MAX_RELATED).map(({ uri, start, end, text }) => ({ uri, start, end, text }));
  const kinds = new Map(group.variants.map((v) => [v.spelling, v.kind]));
  for (const [spelling, occurrences] of group.spellings) {
    const kind = kinds.get(spelling);
    for (const occ of occurrences) {
      const dirty = dirtyKind(occ.text);
      const base: Base = { entityId, uri: occ.uri, start: occ.start, end: occ.end, text: occ.text, related };
      if (dirty) {
        if (!accepted.has(occ.text)) out.push(dirtyFinding(base, dirty, preferredOcc.length));
      } else if (kind && !caseFormOf(occ.text, group.preferred) && !distinct.has(pairKey(spelling, group.preferred))) {
        // A word written as a case form of the usual spelling is inflection, whatever lemma it was given.
        out.push(variantFinding(base, occ, kind, spelling, occurrences.length, group.preferred, preferredOcc.length));
      }
    }
  }
  return out;
}

/** A word with Latin look-alikes (mixed-script) or a decomposed letter: always reported. */
function dirtyFinding(base: Base, kind: VariantKind, cleanCount: number): Finding {
  const fixed = cleanSpelling(base.text);
  return {
    ...base, code: kind === 'homoglyph' ? 'mixed-script' : 'spelling-variant', problem: kind === 'homoglyph' ? 'mixed-script' : 'decomposed', kind,
    preferred: fixed, variant: base.text, preferredCount: cleanCount, variantCount: 1, replacement: fixed,
    message: kind === 'homoglyph'
      ? `«${base.text}» mixes Latin look-alike letters into a Cyrillic word; «${fixed}» is the Cyrillic spelling`
      : `«${base.text}» is written with a decomposed letter; «${fixed}» is the composed spelling`,
  };
}

function variantFinding(
  base: Base, occ: WordOccurrence, kind: VariantKind, variant: string, variantCount: number, preferred: string, preferredCount: number,
): Finding {
  return {
    ...base, code: 'spelling-variant', problem: 'variant', kind, preferred, variant, preferredCount, variantCount,
    replacement: respell(occ.text, occ.lemma, preferred),
    message: `«${variant}» (${variantCount}×) is spelled «${preferred}» elsewhere (${preferredCount}×): ${KIND_LABEL[kind]}`,
  };
}

/** The English words for each kind of variant (the language server has them in its l10n bundle). */
export const KIND_LABEL: Record<VariantKind | 'other-edit', string> = {
  aspiration: 'aspiration mark (х after т/п/к) dropped or added',
  yo: 'ё or е',
  'e-ye': 'э or е',
  'i-short': 'й or и',
  homoglyph: 'Latin look-alike letters',
  'hyphen-space': 'hyphen or space',
  'doubled-letter': 'doubled letter',
  'dropped-letter': 'a letter dropped',
  organization: 'organization name written two ways',
  'other-edit': 'another spelling',
};
