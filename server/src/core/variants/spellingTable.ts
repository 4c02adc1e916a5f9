/**
 * The spellings of each word of one entity: word occurrences grouped by their variant skeleton,
 * counted, the preferred spelling chosen (pinned by the user, else the most used, ties: the earliest)
 * and the variant spellings with their kind. One table per entity, built once per linking.
 */
import type { CorpusConfig } from '../config';
import type { EntityType, VariantKind } from '../types';
import type { KnownNames } from './known';
import { cleanSpelling, isAllCaps, spellingKey } from './normalize';
import { joinUnit, type WordOccurrence } from './units';
import { interiorDeletions, variantKind } from './variantKind';

export interface SpellingGroup {
  key: string;
  preferred: string;
  /** Clean spelling (NFC, no look-alikes) -> its occurrences, in corpus order. */
  spellings: Map<string, WordOccurrence[]>;
  /** Spellings reported against the preferred one (accepted spellings left out). */
  variants: Array<{ spelling: string; kind: VariantKind }>;
}

export interface TableContext {
  type: EntityType;
  config: CorpusConfig;
  known: KnownNames;
}

/** Builds the table from the units of each mention of the entity (one array per mention). */
export function buildSpellingTable(mentions: WordOccurrence[][], ctx: TableContext): SpellingGroup[] {
  const groups = new Map<string, Map<string, WordOccurrence[]>>();
  const key = (text: string) => spellingKey(ctx.type, text);
  const hyphenated = new Set(mentions.flat().filter((u) => /[-‐‑]/.test(u.lemma)).map((u) => key(u.lemma)));
  for (const units of mentions) {
    for (const unit of joinSpaced(units, hyphenated, key)) {
      const k = key(unit.lemma);
      if (!groups.has(k)) groups.set(k, new Map());
      pushAll(groups.get(k)!, unit.unsure ? UNSURE : cleanSpelling(unit.lemma), [unit]);
    }
  }
  mergeDropped(groups);
  return [...groups].map(([k, spellings]) => finishGroup(k, foldCapsSpellings(spellings), ctx));
}

/** Where occurrences whose ё/е cannot be read from the text wait for the preferred spelling. */
const UNSURE = '';

/** Appends items under a key (a loop, not a spread: an entity may have tens of thousands of occurrences). */
function pushAll<K, V>(map: Map<K, V[]>, key: K, items: readonly V[]): void {
  const list = map.get(key);
  if (!list) map.set(key, [...items]);
  else for (const item of items) list.push(item);
}

/** 'Касым Жомарта' is one unit when the entity also writes 'Касым-Жомарт'. */
function joinSpaced(units: WordOccurrence[], hyphenated: Set<string>, key: (t: string) => string): WordOccurrence[] {
  if (hyphenated.size === 0) return units;
  const out: WordOccurrence[] = [];
  for (const u of units) {
    const prev = out[out.length - 1];
    if (prev && u.start - prev.end === 1 && hyphenated.has(key(prev.lemma + u.lemma))) joinUnit(prev, u, ' ');
    else out.push({ ...u });
  }
  return out;
}

/** Groups whose keys differ by one dropped letter inside the word are one group. */
function mergeDropped(groups: Map<string, Map<string, WordOccurrence[]>>): void {
  for (const k of [...groups.keys()]) {
    for (const d of interiorDeletions(k)) {
      const shorter = groups.get(d);
      const longer = groups.get(k);
      if (!shorter || !longer || d === k) continue;
      for (const [spelling, occ] of shorter) pushAll(longer, spelling, occ);
      groups.delete(d);
    }
  }
}

/** 'МОСКВА' counts as 'Москва' when the group also has the normal-case spelling. */
function foldCapsSpellings(spellings: Map<string, WordOccurrence[]>): Map<string, WordOccurrence[]> {
  for (const [spelling, occ] of [...spellings]) {
    if (!isAllCaps(spelling)) continue;
    const target = [...spellings.keys()].find((s) => !isAllCaps(s) && s.toLowerCase() === spelling.toLowerCase());
    if (!target) continue;
    pushAll(spellings, target, occ);
    spellings.get(target)!.sort((a, b) => a.order - b.order);
    spellings.delete(spelling);
  }
  return spellings;
}

function finishGroup(key: string, spellings: Map<string, WordOccurrence[]>, ctx: TableContext): SpellingGroup {
  const unsure = takeUnsure(spellings);
  const preferred = choosePreferred(spellings, ctx.config);
  if (unsure.length) {
    pushAll(spellings, preferred, unsure);
    spellings.get(preferred)!.sort((a, b) => a.order - b.order);
  }
  const accepted = configWords(ctx.config.acceptedSpellings);
  const variants: SpellingGroup['variants'] = [];
  for (const spelling of spellings.keys()) {
    if (spelling === preferred || accepted.has(spelling)) continue;
    const kind = variantKind(spelling, preferred, { type: ctx.type, known: ctx.known });
    if (kind) variants.push({ spelling, kind });
  }
  return { key, preferred, spellings, variants };
}

/** Removes the occurrences whose ё/е is unseen; when nothing else is left they count as written. */
function takeUnsure(spellings: Map<string, WordOccurrence[]>): WordOccurrence[] {
  const unsure = spellings.get(UNSURE) ?? [];
  spellings.delete(UNSURE);
  if (spellings.size > 0) return unsure;
  for (const occ of unsure) pushAll(spellings, cleanSpelling(occ.lemma), [occ]);
  return [];
}

function choosePreferred(spellings: Map<string, WordOccurrence[]>, config: CorpusConfig): string {
  const pinned = configWords(config.preferredSpellings);
  const ranked = [...spellings].sort(
    (a, b) => Number(pinned.has(b[0])) - Number(pinned.has(a[0])) || b[1].length - a[1].length || a[1][0].order - b[1][0].order,
  );
  return ranked[0][0];
}

/** The configured spellings and each of their words ('Тонглун Сисулит' pins 'Тонглун' too). */
function configWords(entries: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const entry of entries) {
    out.add(cleanSpelling(entry));
    for (const w of entry.split(/\s+/)) out.add(cleanSpelling(w));
  }
  return out;
}

