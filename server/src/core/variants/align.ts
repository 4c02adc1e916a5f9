/**
 * Aligns two spellings of one word of a name (nominative lemmas) and names each edit by its kind:
 * the alternations Russian renderings of foreign names make (э/е, ы/и, й/и, ё/е, aspiration тх/т,
 * affricates чж/дж/цз/тс/ц, т/ч, г/х, Japanese ши/си, the soft sign, doubled consonants) and plain edits (another vowel,
 * another consonant, an inserted letter or syllable). Pure and cheap: words are short.
 */

export type EditKind =
  | 'yo' // ё/е
  | 'e-ye' // э/е
  | 'y-i' // ы/и
  | 'i-short' // й/и, or й inserted next to a vowel
  | 'iotation' // я/а, ю/у, ё/о after ь or a vowel, ь/и
  | 'soft-sign' // ь or ъ inserted
  | 'doubled' // a letter doubled
  | 'aspiration' // тх/т, пх/п, кх/к, бх/б
  | 'affricate' // чж/дж/цз/ч/ц/тч
  | 'ti-chi' // т/ч
  | 'g-h' // г/х
  | 'transcription' // a known alternation of foreign renderings: у/ы, й/э, final о/у and с/ш, тр-/ч-, final -х, х between vowels, -нс/-с
  | 'vowel' // another vowel
  | 'consonant' // another consonant
  | 'insert-vowel'
  | 'insert-consonant'
  | 'syllable' // two or more letters inserted together
  | 'other'; // vowel for consonant

export interface Edit {
  kind: EditKind;
  /** The unit in the first word ('' for an insertion in the second). */
  a: string;
  b: string;
  /** Position of the edit in the first word's letters. */
  at: number;
}

export interface Alignment {
  edits: Edit[];
  cost: number;
  /** An edit touches the first letter. */
  first: boolean;
  /** An edit touches the last two letters of either word (where endings live). */
  ending: boolean;
}

const VOWELS = new Set([...'аеёиоуыэюя']);
const MULTI = ['дж', 'чж', 'цз', 'тч', 'дз', 'тс', 'тх', 'пх', 'кх', 'бх', 'дх', 'гх', 'чх'];
const AFFRICATES = new Set(['дж', 'чж', 'цз', 'тч', 'дз', 'тс', 'ч', 'ц', 'ж']);
const ASPIRATED = new Set(['тх', 'пх', 'кх', 'бх', 'дх', 'гх', 'чх']);

/** Letters grouped into units, multigraphs first ('чжэн' -> чж, э, н); an initial 'тр' is one unit (Vietnamese tr-). */
export function units(word: string): string[] {
  const w = word.toLowerCase();
  const out: string[] = [];
  for (let i = 0; i < w.length;) {
    const two = w.slice(i, i + 2);
    if (MULTI.includes(two) || (i === 0 && two === 'тр')) {
      out.push(two);
      i += 2;
    } else {
      out.push(w[i]);
      i += 1;
    }
  }
  return out;
}

const isVowel = (u: string) => VOWELS.has(u);

const PAIRS: Array<[string, string, EditKind, number]> = [
  ['ё', 'е', 'yo', 0.1],
  ['э', 'е', 'e-ye', 0.2],
  ['ы', 'и', 'y-i', 0.3],
  ['й', 'и', 'i-short', 0.3],
  ['я', 'а', 'iotation', 0.4],
  ['ю', 'у', 'iotation', 0.4],
  ['ё', 'о', 'iotation', 0.4],
  ['ь', 'и', 'iotation', 0.4],
  ['ь', 'й', 'iotation', 0.4],
  ['т', 'ч', 'ti-chi', 0.6],
  ['г', 'х', 'g-h', 0.6],
  // Renderings of one foreign sound: ư/ŭ (Vietnamese, Korean), a glide before a vowel (Portuguese
  // ãe, Turkic), Vietnamese tr-, Japanese дз.
  ['у', 'ы', 'transcription', 0.45],
  ['й', 'э', 'transcription', 0.5],
  ['й', 'е', 'transcription', 0.5],
  ['тр', 'ч', 'transcription', 0.5],
  // Japanese дз/з (Мидзусава / Мизусава).
  ['дз', 'з', 'transcription', 0.45],
];

/** Alternations at the end of a word only: Portuguese final -о/-у and -с/-ш. */
const FINAL_PAIRS = new Set(['о|у', 'у|о', 'с|ш', 'ш|с']);
const PAIR_INDEX = new Map<string, [EditKind, number]>();
for (const [x, y, k, c] of PAIRS) {
  PAIR_INDEX.set(`${x}|${y}`, [k, c]);
  PAIR_INDEX.set(`${y}|${x}`, [k, c]);
}

/** The kind and cost of writing unit `a` as unit `b` (`final`: both are the last units of their words). */
export function substitution(a: string, b: string, final = false): [EditKind, number] {
  const pair = PAIR_INDEX.get(`${a}|${b}`);
  if (pair) return pair;
  if (final && FINAL_PAIRS.has(`${a}|${b}`)) return ['transcription', 0.45];
  if ((ASPIRATED.has(a) && a[0] === b) || (ASPIRATED.has(b) && b[0] === a)) return ['aspiration', 0.3];
  if (AFFRICATES.has(a) && AFFRICATES.has(b)) return ['affricate', 0.35];
  if (isVowel(a) && isVowel(b)) return ['vowel', 0.7];
  if (!isVowel(a) && !isVowel(b) && a !== 'ь' && b !== 'ь' && a !== 'й' && b !== 'й') return ['consonant', 1];
  return ['other', 1.5];
}

/**
 * The kind and cost of writing unit i of `a` as unit j of `b`, in context: Japanese し is ши or си
 * (Ямашита / Ямасита), so ш/с before и on both sides is a transcription.
 */
function substitutionAt(a: string[], b: string[], i: number, j: number): [EditKind, number] {
  const [u, v] = [a[i], b[j]];
  if ((u === 'ш' && v === 'с' || u === 'с' && v === 'ш') && a[i + 1] === 'и' && b[j + 1] === 'и') return ['transcription', 0.5];
  return substitution(u, v, i === a.length - 1 && j === b.length - 1);
}

/** The kind and cost of unit k of a word present in that word only, given its neighbours. */
function insertion(us: string[], k: number): [EditKind, number] {
  const u = us[k];
  const prev = us[k - 1];
  const next = us[k + 1];
  if (u === 'ь' || u === 'ъ') return ['soft-sign', 0.3];
  // A final -х after a vowel (Arabic, Hebrew, West African -ah), a nasal н before a final с/ш (Portuguese -ns).
  if (u === 'х' && k === us.length - 1 && prev && /[аео]/.test(prev)) return ['transcription', 0.45];
  // An h between vowels, often not rendered (Turkish and Arabic names: Шахин / Шаин).
  if (u === 'х' && prev && next && isVowel(prev) && isVowel(next)) return ['transcription', 0.45];
  if (u === 'н' && k === us.length - 2 && (next === 'с' || next === 'ш') && prev && (isVowel(prev) || prev === 'й')) return ['transcription', 0.45];
  if (u === prev || u === next) return ['doubled', 0.3];
  if (u === 'й' && ((prev && isVowel(prev)) || (next && isVowel(next)))) return ['i-short', 0.4];
  if (ASPIRATED.has(u)) return ['insert-consonant', 1];
  return isVowel(u) ? ['insert-vowel', 0.8] : ['insert-consonant', 1];
}

/**
 * Minimum-cost alignment of two words with the edits named; lower case compared. Memoized (the same
 * word pairs come back across entity pairs and documents): the result is shared, never to be changed.
 */
export function align(x: string, y: string): Alignment {
  const key = `${x}\u0000${y}`;
  let al = ALIGNED.get(key);
  if (!al) {
    if (ALIGNED.size >= 200_000) ALIGNED.clear();
    ALIGNED.set(key, (al = alignUncached(x, y)));
  }
  return al;
}

const ALIGNED = new Map<string, Alignment>();

/**
 * Whether the alignment of two words costs more than `limit`, without building it: the same costs as
 * align's, row by row, stopping once a whole row is over the limit (edit costs are never negative, so
 * no path through that row can come back under it). Most candidate pairs are this different.
 */
export function costExceeds(x: string, y: string, limit: number): boolean {
  const a = unitsOf(x);
  const b = unitsOf(y);
  const n = a.length;
  const m = b.length;
  const insA = insertionCosts(x, a);
  const insB = insertionCosts(y, b);
  const ua = unitIdsOf(x, a);
  const ub = unitIdsOf(y, b);
  if (ROWS[0].length <= m) ROWS = [new Float64Array(2 * m + 2), new Float64Array(2 * m + 2)];
  let prev = ROWS[0];
  let row = ROWS[1];
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + insB[j - 1];
  for (let i = 1; i <= n; i++) {
    const ia = insA[i - 1];
    row[0] = prev[0] + ia;
    let least = row[0];
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1] + (ua[i - 1] === ub[j - 1] ? 0 : substitutionCostOfIds(a, b, ua, ub, i - 1, j - 1));
      row[j] = Math.min(sub, prev[j] + ia, row[j - 1] + insB[j - 1]);
      if (row[j] < least) least = row[j];
    }
    if (least > limit) return true;
    const done = prev;
    prev = row;
    row = done;
  }
  return prev[m] > limit;
}

/** Two rows of costExceeds, reused (grown for longer words). */
let ROWS = [new Float64Array(64), new Float64Array(64)];

/** Units as numbers (one per distinct unit) and the cost of one for another by number: costExceeds' inner loop. */
const UNIT_ID = new Map<string, number>();
const IDS = new Map<string, Int32Array>();
const ID_TABLE = 256;
const COST_OF_IDS = new Float64Array(ID_TABLE * ID_TABLE).fill(NaN);
const [SH, S] = [unitId('ш'), unitId('с')];

function unitId(u: string): number {
  let id = UNIT_ID.get(u);
  if (id === undefined) UNIT_ID.set(u, (id = UNIT_ID.size));
  return id;
}

/** The numbers of a word's units, kept with them. */
function unitIdsOf(word: string, us: string[]): Int32Array {
  let ids = IDS.get(word);
  if (!ids) IDS.set(word, (ids = Int32Array.from(us, unitId)));
  return ids;
}

/** substitutionCost by unit numbers: the same costs, the context-free ones of units not last in both words read from a table. */
function substitutionCostOfIds(a: string[], b: string[], ua: Int32Array, ub: Int32Array, i: number, j: number): number {
  const u = ua[i];
  const v = ub[j];
  if (u >= ID_TABLE || v >= ID_TABLE || (i === a.length - 1 && j === b.length - 1)) return substitutionCost(a, b, i, j);
  if ((u === SH && v === S || u === S && v === SH) && a[i + 1] === 'и' && b[j + 1] === 'и') return 0.5;
  const k = u * ID_TABLE + v;
  let c = COST_OF_IDS[k];
  if (c !== c) COST_OF_IDS[k] = c = substitution(a[i], b[j])[1];
  return c;
}

/** units() of a word, kept (costExceeds meets the same words across many pairs). */
function unitsOf(word: string): string[] {
  let us = UNITS.get(word);
  if (!us) {
    if (UNITS.size >= 100_000) { UNITS.clear(); INSERTIONS.clear(); IDS.clear(); }
    UNITS.set(word, (us = units(word)));
  }
  return us;
}

/** The cost of each unit of a word as an insertion, kept with its units. */
function insertionCosts(word: string, us: string[]): Float64Array {
  let costs = INSERTIONS.get(word);
  if (!costs) INSERTIONS.set(word, (costs = Float64Array.from(us, (_, k) => insertion(us, k)[1])));
  return costs;
}

const UNITS = new Map<string, string[]>();
const INSERTIONS = new Map<string, Float64Array>();

/** substitutionAt's cost, the context-free part kept per pair of units. */
function substitutionCost(a: string[], b: string[], i: number, j: number): number {
  const u = a[i];
  const v = b[j];
  if ((u === 'ш' && v === 'с' || u === 'с' && v === 'ш') && a[i + 1] === 'и' && b[j + 1] === 'и') return 0.5;
  const final = i === a.length - 1 && j === b.length - 1;
  const byV = (final ? FINAL_SUBSTITUTIONS : SUBSTITUTIONS).get(u) ?? new Map<string, number>();
  let c = byV.get(v);
  if (c === undefined) {
    byV.set(v, (c = substitution(u, v, final)[1]));
    (final ? FINAL_SUBSTITUTIONS : SUBSTITUTIONS).set(u, byV);
  }
  return c;
}

const SUBSTITUTIONS = new Map<string, Map<string, number>>();
const FINAL_SUBSTITUTIONS = new Map<string, Map<string, number>>();

function alignUncached(x: string, y: string): Alignment {
  // The costs as costExceeds reads them (kept per word and per pair of units): the same numbers.
  const a = unitsOf(x);
  const b = unitsOf(y);
  const insA = insertionCosts(x, a);
  const insB = insertionCosts(y, b);
  const ua = unitIdsOf(x, a);
  const ub = unitIdsOf(y, b);
  const n = a.length;
  const m = b.length;
  // One flat table of costs and one of moves (cell i * w + j), reused from call to call: no arrays per pair.
  const w = m + 1;
  if (TABLE.cost.length < (n + 1) * w) TABLE = { cost: new Float64Array(2 * (n + 1) * w), move: new Uint8Array(2 * (n + 1) * w) };
  const { cost, move } = TABLE;
  cost[0] = 0;
  move[0] = 0;
  for (let i = 1; i <= n; i++) {
    cost[i * w] = cost[(i - 1) * w] + insA[i - 1];
    move[i * w] = 1;
  }
  for (let j = 1; j <= m; j++) {
    cost[j] = cost[j - 1] + insB[j - 1];
    move[j] = 2;
  }
  for (let i = 1; i <= n; i++) {
    const row = i * w;
    const up = row - w;
    const ia = insA[i - 1];
    for (let j = 1; j <= m; j++) {
      const sub = cost[up + j - 1] + (ua[i - 1] === ub[j - 1] ? 0 : substitutionCostOfIds(a, b, ua, ub, i - 1, j - 1));
      const del = cost[up + j] + ia;
      const ins = cost[row + j - 1] + insB[j - 1];
      if (sub <= del && sub <= ins) { cost[row + j] = sub; move[row + j] = 0; }
      else if (del <= ins) { cost[row + j] = del; move[row + j] = 1; }
      else { cost[row + j] = ins; move[row + j] = 2; }
    }
  }
  const total = cost[n * w + m];
  const rev: Array<Edit & { ins: boolean; pos: number }> = [];
  let i = n;
  let j = m;
  // Where each unit of the first word starts in its letters.
  const letterPos = unitStarts(a);
  while (i > 0 || j > 0) {
    const mv = i === 0 ? 2 : j === 0 ? 1 : move[i * w + j];
    if (mv === 0) {
      if (a[i - 1] !== b[j - 1]) {
        const [kind] = substitutionAt(a, b, i - 1, j - 1);
        rev.push({ kind, a: a[i - 1], b: b[j - 1], at: letterPos[i - 1], ins: false, pos: j - 1 });
      }
      i--; j--;
    } else if (mv === 1) {
      const [kind] = insertion(a, i - 1);
      rev.push({ kind, a: a[i - 1], b: '', at: letterPos[i - 1], ins: true, pos: j });
      i--;
    } else {
      const [kind] = insertion(b, j - 1);
      rev.push({ kind, a: '', b: b[j - 1], at: letterPos[i], ins: true, pos: j - 1 });
      j--;
    }
  }
  const edits = mergeSyllables(rev.reverse());
  const la = x.length;
  const lx = x.toLowerCase();
  for (const e of edits) {
    // A dropped repeated syllable ('Папа-' / 'Па-') is placed on the later copy.
    const t = e.a || e.b;
    const word = e.a ? lx : y.toLowerCase();
    if (e.kind === 'syllable' && e.a) while (word.slice(e.at + t.length, e.at + 2 * t.length) === t) e.at += t.length;
  }
  // Aspiration of the first consonant (Тх-/Т-) and a transcription of it (Тр-/Ч-) keep the first sound.
  const first = edits.some((e) => e.at === 0 && e.kind !== 'aspiration' && e.kind !== 'affricate' && e.kind !== 'transcription');
  const ending = la >= 5 && edits.some((e) => e.at >= la - 2);
  return { edits, cost: total, first, ending };
}

/** alignUncached's tables, reused (grown for longer words). */
let TABLE = { cost: new Float64Array(256), move: new Uint8Array(256) };

/** The letter offset at which each unit starts, and the word's length after the last. */
function unitStarts(us: readonly string[]): number[] {
  const out = [0];
  for (const u of us) out.push(out[out.length - 1] + u.length);
  return out;
}

/** Adjacent plain insertions on one side are one inserted syllable ('Папа-' / 'Па-'). */
function mergeSyllables(edits: Array<Edit & { ins: boolean }>): Edit[] {
  const out: Edit[] = [];
  for (const e of edits) {
    const prev = out[out.length - 1] as (Edit & { ins?: boolean }) | undefined;
    const plain = e.ins && (e.kind === 'insert-vowel' || e.kind === 'insert-consonant' || e.kind === 'syllable');
    const prevPlain = prev && (prev.kind === 'insert-vowel' || prev.kind === 'insert-consonant' || prev.kind === 'syllable');
    const sameSide = prev && ((prev.a === '') === (e.a === ''));
    const adjacent = prev && (e.a === '' ? prev.at === e.at : prev.at + prev.a.length === e.at);
    if (plain && prevPlain && sameSide && adjacent) {
      prev!.kind = 'syllable';
      prev!.a += e.a;
      prev!.b += e.b;
    } else out.push({ kind: e.kind, a: e.a, b: e.b, at: e.at });
  }
  return out;
}

/** How an edit reads in an explanation: 'э/е', '+ь', '−т'. */
export function describeEdit(e: Edit): string {
  if (e.a && e.b) return `${e.a}/${e.b}`;
  return e.a ? `${e.a}/–` : `–/${e.b}`;
}
