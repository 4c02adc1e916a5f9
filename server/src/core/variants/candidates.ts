/**
 * Possible spelling variants across a whole corpus, before or after linking: every pair of
 * person/organization/place names whose words could be one word written two ways. Candidates come
 * from cheap blocking (a transcription skeleton per word and its one-letter deletions), then each pair
 * is decided on evidence (evidence.ts): 'sure', 'plausible' or nothing. Pure: no index, no LSP.
 */
import { align, type Alignment } from './align';
import { memo } from './normalize';
import { decide, wordRules, type Decision, type PairContext } from './evidence';
import type { Reason } from './reasons';
import { hyphenSpacePairs } from './joins';

export type NameType = 'PER' | 'ORG' | 'LOC';
export type NamePart = 'first' | 'middle' | 'last' | 'other';

/** One entity as the matcher sees it. */
export interface MatchEntity {
  id: string;
  type: NameType;
  /** Canonical nominative name. */
  name: string;
  /** Each distinct nominative word spelling of the entity's mentions, with how often it is written. */
  words: Array<{ spelling: string; count: number; part?: NamePart }>;
  /** Two adjacent words written with a space between ('Абу Хайдар'), compared with hyphenated words (joins.ts). */
  spaced?: Array<{ spelling: string; count: number }>;
  /** Each distinct nominative full-name spelling with its count (organizations: compared whole). */
  names?: Array<{ text: string; count: number }>;
  /** Documents (uris) it is mentioned in. */
  documents: readonly string[];
  /** Roles and titles next to its mentions. */
  roles?: readonly string[];
  /** Ids of entities mentioned in the same documents. */
  neighbours?: readonly string[];
  gender?: 'm' | 'f';
  /** Person: the given name, nominative, when known. */
  first?: string;
  /** Mentions in all. */
  mentions: number;
  /** The first mention (document uri, index in it): orders the two sides of a pair (see VariantIndex). */
  firstAt?: { uri: string; index: number };
}

export interface MatchOptions {
  /** True for a word the dictionary knows as a common word ('Надежда', 'Мороз'). */
  commonWord?: (word: string) => boolean;
  /** True for a given name the dictionary knows ('Галина', 'Алина'): two of them are two names. */
  givenName?: (word: string) => boolean;
  /** True when the dictionary reads the word as a form of the lemma ('Валентина' of 'Валентин'). */
  formOf?: (word: string, lemma: string) => boolean;
  /** Two names are known different things (the gazetteer: Иран/Ирак). */
  distinct?: (a: string, b: string) => boolean;
  /** Pairs the user decided are different / the same (normalised 'a|b', either order). */
  decidedDistinct?: ReadonlySet<string>;
  /** Blocking buckets larger than this are not paired exhaustively (a skeleton shared by many words). */
  maxBucket?: number;
}

export type Level = 'sure' | 'plausible';

export interface PairSide {
  entity: string;
  name: string;
  /** The differing word (or the whole name for a 'name' pair). */
  spelling: string;
  count: number;
}

export interface VariantPair {
  level: Level;
  /** Probability from the fitted model. */
  score: number;
  /** The less used spelling. */
  variant: PairSide;
  /** The more used spelling. */
  preferred: PairSide;
  /** Word pair, or whole organization names written differently. */
  scope: 'word' | 'name';
  sameEntity: boolean;
  /** Human-readable: the edits, then the evidence for and against. */
  explanation: string;
  reasons: string[];
  /** The reasons as codes, for the user's language (pairs decided on evidence). */
  codes?: Reason[];
  /** Both spellings are given names as written ('Рустем' / 'Рустам'): their endings are no case endings. */
  givenNames?: true;
}

export interface WordHolder {
  entity: MatchEntity;
  count: number;
  part: NamePart;
}

/** Lower case, ё kept (it is an edit of its own). */
export const low = (s: string) => s.toLowerCase();

/**
 * The blocking skeleton of a word: vowels (and й) one class with runs collapsed, soft and hard signs
 * dropped, aspiration dropped, affricates one class, doubled letters single.
 */
export const blockKey = memo((word: string): string =>
  low(word)
    .replace(/[-‐‑'’\s.]/g, '')
    .replace(/(дж|чж|цз|тч|дз|тс|ц)/g, 'ч')
    .replace(/([тпкбдгч])х/g, '$1')
    .replace(/[ьъ]/g, '')
    .replace(/[аеёиоуыэюяй]+/g, 'a')
    .replace(/(.)\1+/g, '$1'));

/** The key and its one-letter deletions (runs collapsed again), for keys of four letters or more; kept per word (shared: not to be changed). */
export function blockKeys(word: string): readonly string[] {
  let keys = BLOCK_KEYS.get(word);
  if (!keys) {
    if (BLOCK_KEYS.size >= 100_000) BLOCK_KEYS.clear();
    BLOCK_KEYS.set(word, (keys = blockKeysUncached(word)));
  }
  return keys;
}

const BLOCK_KEYS = new Map<string, readonly string[]>();

function blockKeysUncached(word: string): string[] {
  const k = blockKey(word);
  // Vietnamese tr- is written Ч- as well ('Тринь' / 'Чинь').
  const tr = k.startsWith('тр') ? [`ч${k.slice(2)}`] : [];
  if (k.length < 4) return [k, ...tr];
  const out = new Set([k, ...tr]);
  for (let i = 0; i < k.length; i++) out.add((k.slice(0, i) + k.slice(i + 1)).replace(/(.)\1+/g, '$1'));
  return [...out];
}

/** Whole-name key of an organization: case, punctuation and spacing folded, 'имени' as 'им' (kept per name: stray runs ask it of the same words in every article). */
export function nameKey(name: string): string {
  let key = NAME_KEYS.get(name);
  if (key === undefined) {
    if (NAME_KEYS.size >= 100_000) NAME_KEYS.clear();
    NAME_KEYS.set(name, (key = nameKeyUncached(name)));
  }
  return key;
}

const NAME_KEYS = new Map<string, string>();

function nameKeyUncached(name: string): string {
  return low(name)
    .replace(/ё/g, 'е')
    .replace(/(^|[\s«"])имени(?=\s)/g, '$1им')
    .replace(/[\s.\-‐‑«»"„“'’]+/g, '');
}

export const WORD_MIN = 2;

export interface MatchStats {
  words: number;
  keys: number;
  wordPairs: number;
  entityPairs: number;
  ms: number;
}

/** Every variant pair at 'sure' or 'plausible', best first. */
export function findVariantPairs(entities: readonly MatchEntity[], options: MatchOptions = {}, stats?: Partial<MatchStats>): VariantPair[] {
  const t0 = performance.now();
  const { wordPairs, holders, byId, buckets } = block(entities, options);

  const out: VariantPair[] = [];
  const pairSeen = new Set<string>();
  let entityPairs = 0;
  for (const c of contexts(wordPairs, holders, options, byId)) {
    entityPairs++;
    const d = decide(c.ctx, c.al, options);
    if (!d) continue;
    const key = `${c.ctx.a.id}|${c.ctx.b.id}|${c.ctx.x}|${c.ctx.y}`;
    if (pairSeen.has(key)) continue;
    pairSeen.add(key);
    out.push(toPair(d, c.a, c.b, c.ctx.x, c.ctx.y, 'word'));
  }
  out.push(...nameFormPairs(entities, options));
  out.push(...abbreviationPairs(entities));
  out.push(...hyphenSpacePairs(entities, options));
  out.sort((p, q) => q.score - p.score || p.variant.spelling.localeCompare(q.variant.spelling));
  if (stats) {
    stats.words = holders.size;
    stats.keys = buckets.size;
    stats.wordPairs = wordPairs.length;
    stats.entityPairs = entityPairs;
    stats.ms = performance.now() - t0;
  }
  return out;
}

/** The entity pairs behind each word pair the word rules let through. */
function* contexts(wordPairs: Array<[string, string]>, holders: Map<string, WordHolder[]>, options: MatchOptions, byId: Map<string, MatchEntity>): Generator<{ ctx: PairContext; al: Alignment; a: WordHolder; b: WordHolder }> {
  for (const [xk, yk] of wordPairs) {
    const x = xk.split('\u0000')[1];
    const y = yk.split('\u0000')[1];
    if (low(x) === low(y)) continue; // letter case of a word: only organizations, compared whole
    const al = align(x, y);
    if (wordRules(x, y, al, options)) continue;
    for (const [a, b] of holderPairs(holders.get(xk)!, holders.get(yk)!, x, y)) {
      if (!sameTypeOrSlip(a.entity, b.entity)) continue;
      yield { ctx: { a: a.entity, b: b.entity, x, y, countX: a.count, countY: b.count, partX: a.part, partY: b.part, byId }, al, a, b };
    }
  }
}

/** Same type, or one side a one-word name seen once or twice (a recognizer's slip on a rare spelling). */
export function sameTypeOrSlip(a: MatchEntity, b: MatchEntity): boolean {
  if (a.type === b.type) return true;
  const slip = (e: MatchEntity) => !/\s/.test(e.name) && e.mentions <= 2;
  return slip(a) !== slip(b) || (slip(a) && slip(b) && (a.type === 'PER' || b.type === 'PER'));
}

/** Above this many holder pairs, only holders that could agree are paired (see holderPairs). */
const DENSE = 64;

/** The other words of an entity's name, as one blocking key ('' when the name is the word alone). */
function restKey(e: MatchEntity, word: string): string {
  const lw = low(word);
  return e.name.split(/\s+/).filter((w) => low(w) !== lw).map(blockKey).sort().join(' ');
}

/**
 * The entity pairs behind one word pair. A word held by many entities (a common given name) is
 * paired only where the evidence could agree: the same other words, a shared article, or a name
 * that is the word alone; every other pair is a namesake the rules forbid anyway.
 */
export function* holderPairs(hx: WordHolder[], hy: WordHolder[], x: string, y: string): Generator<[WordHolder, WordHolder]> {
  if (hx.length * hy.length <= DENSE) {
    for (const a of hx) for (const b of hy) yield [a, b];
    return;
  }
  const index = denseIndex(hy, y);
  for (const a of hx) for (const b of densePartners(a, x, index)) yield [a, b];
}

/** The holders of a word by the other words of their names and by document (for densePartners). */
export interface DenseIndex {
  all: WordHolder[];
  byRest: Map<string, WordHolder[]>;
  byDoc: Map<string, WordHolder[]>;
  alone: WordHolder[];
}

export function denseIndex(hy: WordHolder[], y: string): DenseIndex {
  const index: DenseIndex = { all: hy, byRest: new Map(), byDoc: new Map(), alone: [] };
  for (const b of hy) {
    const k = restKey(b.entity, y);
    if (!k) index.alone.push(b);
    push(index.byRest, k, b);
    for (const d of b.entity.documents) push(index.byDoc, d, b);
  }
  return index;
}

/** The holders a holder of a common word is paired with: same other words, a shared article, or a name that is the word alone. */
export function densePartners(a: WordHolder, x: string, index: DenseIndex): Set<WordHolder> {
  const seen = new Set<WordHolder>();
  const k = restKey(a.entity, x);
  const pool = k ? [...(index.byRest.get(k) ?? []), ...index.alone] : index.all;
  for (const b of pool) seen.add(b);
  for (const d of a.entity.documents) for (const b of index.byDoc.get(d) ?? []) seen.add(b);
  return seen;
}

/** True when a word pair held this many times on each side is paired only where the evidence could agree. */
export function dense(hx: number, hy: number): boolean {
  return hx * hy > DENSE;
}

function push<K, V>(map: Map<K, V[]>, key: K, v: V): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

/** The candidate word pairs with their contexts, undecided (for fitting the model and for tests). */
export function candidateContexts(entities: readonly MatchEntity[], options: MatchOptions = {}): Array<{ ctx: PairContext; al: Alignment }> {
  const { wordPairs, holders, byId } = block(entities, options);
  return [...contexts(wordPairs, holders, options, byId)].map(({ ctx, al }) => ({ ctx, al }));
}

/** Word spellings per type, their blocking buckets and the word pairs sharing a bucket. */
function block(entities: readonly MatchEntity[], options: MatchOptions) {
  const maxBucket = options.maxBucket ?? 64;
  const byId = new Map(entities.map((e) => [e.id, e]));
  // word spelling (per type) -> holders
  const holders = new Map<string, WordHolder[]>();
  for (const e of entities) {
    for (const w of e.words) {
      if ([...w.spelling].length < WORD_MIN || !/\p{L}/u.test(w.spelling)) continue;
      const key = `${e.type}\u0000${w.spelling}`;
      let list = holders.get(key);
      if (!list) holders.set(key, (list = []));
      list.push({ entity: e, count: w.count, part: w.part ?? 'other' });
    }
  }
  const buckets = new Map<string, string[]>();
  for (const key of holders.keys()) {
    const spelling = key.split('\u0000')[1];
    // One bucket for all types: a one-word name the recognizer typed otherwise ('Баргава' as a place)
    // is still compared with the person's surname (see sameTypeOrSlip).
    for (const b of blockKeys(spelling)) {
      const bk = b;
      let list = buckets.get(bk);
      if (!list) buckets.set(bk, (list = []));
      list.push(key);
    }
  }
  const seen = new Set<string>();
  const wordPairs: Array<[string, string]> = [];
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    const members = list.length > maxBucket ? list.slice(0, maxBucket) : list;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const x = members[i];
        const y = members[j];
        if (x === y) continue;
        const pk = x < y ? `${x}\u0001${y}` : `${y}\u0001${x}`;
        if (seen.has(pk)) continue;
        seen.add(pk);
        wordPairs.push([x, y]);
      }
    }
  }
  return { wordPairs, holders, byId, buckets };
}

export function toPair(d: Decision, a: WordHolder, b: WordHolder, x: string, y: string, scope: 'word' | 'name'): VariantPair {
  const sa: PairSide = { entity: a.entity.id, name: a.entity.name, spelling: x, count: a.count };
  const sb: PairSide = { entity: b.entity.id, name: b.entity.name, spelling: y, count: b.count };
  const inName = (h: WordHolder, w: string) => h.entity.name.split(/\s+/).includes(w);
  // Two words written with a space are never a word of the name: on a tie, the spelling written first is the usual one.
  const spaced = /\s/.test(x) || /\s/.test(y);
  // On a tie, a person named with a given name is the usual spelling and a lone surname the variant
  // ('Шохрух Холмирзоев' / 'После финала Холмирзаев').
  // A given name read from two spaced words compared themselves ('Бар' of 'Бар Йосеф') is none.
  const named = (h: WordHolder, w: string) => h.entity.type === 'PER' && !!h.entity.first
    && !(spaced && w.split(/[\s\-‐‑]+/).some((part) => low(part) === low(h.entity.first!)));
  const aIsVariant = a.count !== b.count ? a.count < b.count
    : a.entity.mentions !== b.entity.mentions ? a.entity.mentions < b.entity.mentions
      : named(a, x) !== named(b, y) ? named(b, y)
        : spaced ? writtenBefore(b.entity, a.entity) : inName(b, y) && !inName(a, x);
  return {
    level: d.level, score: d.score,
    variant: aIsVariant ? sa : sb, preferred: aIsVariant ? sb : sa,
    scope, sameEntity: a.entity.id === b.entity.id,
    explanation: d.explanation, reasons: d.reasons, ...(d.codes ? { codes: d.codes } : {}),
  };
}

/** The first mention of p comes before q's (same document and earlier, or an earlier document). */
function writtenBefore(p: MatchEntity, q: MatchEntity): boolean {
  const [u, v] = [p.firstAt, q.firstAt];
  if (!u || !v) return false;
  return u.uri !== v.uri ? u.uri < v.uri : u.index < v.index;
}

/**
 * Organization names written two ways as a whole: a dot, a space or a hyphen inside the name, 'им.'
 * for 'имени', capitals inside a word (МодаЛюкс / Модалюкс).
 */
export function nameFormPairs(entities: readonly MatchEntity[], options: MatchOptions): VariantPair[] {
  const byKey = new Map<string, Array<{ entity: MatchEntity; text: string; count: number }>>();
  for (const e of entities) {
    // Organizations, and names of several parts the recognizer typed otherwise ('Ти Кей Логистик' as a person).
    if (e.type !== 'ORG' && !/[\s.\-‐‑]/.test(e.name)) continue;
    for (const n of e.names ?? [{ text: e.name, count: e.mentions }]) {
      const k = nameKey(n.text);
      if (k.length < 3) continue;
      let list = byKey.get(k);
      if (!list) byKey.set(k, (list = []));
      const same = list.find((h) => h.entity === e && h.text === n.text);
      if (same) same.count += n.count;
      else list.push({ entity: e, text: n.text, count: n.count });
    }
  }
  const out: VariantPair[] = [];
  for (const list of byKey.values()) {
    if (list.length < 2 || list.length > 16) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (a.text === b.text || (a.entity.type !== 'ORG' && b.entity.type !== 'ORG')) continue;
        const what = nameFormEdit(a.text, b.text);
        if (!what) continue;
        if (options.distinct?.(a.text, b.text)) continue;
        const score = 0.9;
        const reasons = [what, 'same letters otherwise'];
        const ha: WordHolder = { entity: a.entity, count: a.count, part: 'other' };
        const hb: WordHolder = { entity: b.entity, count: b.count, part: 'other' };
        const d: Decision = { level: 'sure', score, reasons, explanation: `«${a.text}» / «${b.text}»: ${reasons.join('; ')}` };
        out.push(toPair(d, ha, hb, a.text, b.text, 'name'));
      }
    }
  }
  return out;
}

/** What differs between two organization names with one whole-name key, or null for plain letter case. */
export function nameFormEdit(a: string, b: string): string | null {
  const fold = (s: string) => s.replace(/[\s.\-‐‑«»"„“]+/g, ' ').trim();
  if (/(^|\s)им\.?(\s|$)/.test(a) !== /(^|\s)им\.?(\s|$)/.test(b) && /имени/.test(a + b)) return "'им.' / 'имени'";
  if (fold(a) === fold(b)) return a.toLowerCase() === b.toLowerCase() || fold(a.toLowerCase()) === fold(b.toLowerCase()) ? 'a dot, a space or a hyphen inside the name' : 'letter case inside the name';
  if (low(a) === low(b)) {
    // Only capitals inside a word (not ALL-CAPS, not the first letter) are a variant.
    const inner = a.split(/\s+/).some((w, i) => { const v = b.split(/\s+/)[i] ?? ''; return w.slice(1) !== v.slice(1) && !/^\p{Lu}+$/u.test(w) && !/^\p{Lu}+$/u.test(v); });
    return inner ? 'capitals inside a word' : null;
  }
  if (fold(low(a)) === fold(low(b))) return 'letter case and separators';
  return 'separators';
}

/**
 * 'им.' and 'имени' before the same eponym in two organization names (Театр им. Ракитина), also two
 * names of one entity ('Завод им. Г. С. Лукашевича' in an article that writes 'завод имени').
 */
export function abbreviationPairs(entities: readonly MatchEntity[]): VariantPair[] {
  const groups = new Map<string, Array<{ e: MatchEntity; word: string; others: string[]; text: string }>>();
  for (const e of entities) {
    if (e.type !== 'ORG') continue;
    for (const n of e.names ?? [{ text: e.name, count: e.mentions }]) {
      const words = n.text.split(/\s+/);
      const i = words.findIndex((w) => /^(им\.?|имени)$/i.test(w));
      const j = i < 0 ? -1 : eponymAfter(words, i);
      if (j < 0) continue;
      const others = words.filter((w, k) => k < i && !/^(им\.?|имени)$/i.test(w)).map(low);
      push(groups, blockKey(words[j]), { e, word: words[i], others, text: n.text });
    }
  }
  const out: VariantPair[] = [];
  for (const list of groups.values()) {
    for (const a of list) {
      for (const b of list) {
        if (!/^им\.?$/i.test(a.word) || !/^имени$/i.test(b.word)) continue;
        const [s, l] = a.others.length <= b.others.length ? [a.others, b.others] : [b.others, a.others];
        if (!s.every((w) => l.includes(w))) continue;
        const same = s.length === l.length;
        const count = (e: MatchEntity, w: string) => e.words.find((x) => low(x.spelling) === low(w))?.count ?? e.mentions;
        const ha: WordHolder = { entity: a.e, count: count(a.e, a.word), part: 'other' };
        const hb: WordHolder = { entity: b.e, count: count(b.e, b.word), part: 'other' };
        const reasons = ["'им.' / 'имени' (abbreviation)", `+ same eponym${same ? ' and words' : ''}`];
        const d: Decision = { level: same || a.e === b.e ? 'sure' : 'plausible', score: same ? 0.9 : 0.6, reasons, explanation: `«${a.text}» / «${b.text}»: ${reasons.join('; ')}` };
        out.push(toPair(d, ha, hb, a.word, b.word, 'word'));
      }
    }
  }
  return out;
}

/** The eponym after 'им.' / 'имени' at i: the first capitalised word that is not an initial ('Г.'), past titles ('академика'); -1 if none. */
function eponymAfter(words: readonly string[], i: number): number {
  for (let j = i + 1; j < words.length; j++) {
    if (/^\p{Lu}\.?$/u.test(words[j]) || /^\p{Ll}/u.test(words[j])) continue;
    return /^\p{Lu}/u.test(words[j]) ? j : -1;
  }
  return -1;
}

export { VariantIndex } from './variantIndex';
