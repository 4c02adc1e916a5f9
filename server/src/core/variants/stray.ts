/**
 * Variant spellings the recognizer did not take for a name at all: a capitalised word no dictionary
 * knows, outside every mention ('Атиас заявил…' in an article about Аттиас), paired with the words of
 * the corpus's entities by the same blocking, rules and model as candidates.ts. An inflected stray word
 * is compared by its stem with the ending put back on the entity's word ('Паконстантину' against
 * 'Папаконстантин' + 'у').
 */
import { align, type Alignment, type EditKind } from './align';
import { orgEponyms } from './eponyms';
import { blockKey, blockKeys, nameFormEdit, nameKey, type MatchEntity, type MatchOptions, type NamePart, type VariantPair } from './candidates';
import { adjectiveAndNoun, caseFormOf, decide, wordRules } from './evidence';

export interface StrayWord {
  uri: string;
  start: number;
  end: number;
  text: string;
  /** The whole name the word was written in, when the rest of it is known ('Пек Сон Ха'). */
  name?: string;
}

export interface StrayPair extends VariantPair {
  at: StrayWord;
}

/** Case endings tried on a stray word, longest first. */
const ENDINGS = ['ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ом', 'ем', 'ым', 'им', 'ой', 'ей', 'ов', 'ев', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и'];

const low = (s: string) => s.toLowerCase();

/** The word itself and its stem for each case ending it may carry (stems of four letters or more). */
function guesses(text: string): Array<{ stem: string; ending: string }> {
  const out = [{ stem: text, ending: '' }];
  for (const e of ENDINGS) if (low(text).endsWith(e) && text.length - e.length >= 4) out.push({ stem: text.slice(0, -e.length), ending: e });
  return out;
}

/** Capitalised words of a text outside the given spans (the candidates for strays). */
export function capitalisedWords(uri: string, text: string, taken: ReadonlyArray<{ start: number; end: number }>): StrayWord[] {
  const out: StrayWord[] = [];
  const spans = [...taken].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const m of capitalisedRuns(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < spans.length && spans[k].end <= start) k++;
    if (k < spans.length && spans[k].start < end) continue;
    out.push({ uri, start, end, text: m[0] });
  }
  return out;
}

/**
 * The matches of CAPITALISED in a text, as text.matchAll would give them with the look-behind
 * (?<![\p{L}\p{M}-]) in front: the sticky expression is tried only where a match can start (a
 * capital or the first letter of a particle, after no letter, mark or hyphen), found by char codes.
 */
function* capitalisedRuns(text: string): Generator<RegExpExecArray> {
  const re = new RegExp(CAPITALISED.source, 'uy');
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (!mayStartCapitalised(c) || letterMarkOrHyphenBefore(text, i)) {
      i++;
      continue;
    }
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) {
      i++;
      continue;
    }
    yield m;
    i = m.index + m[0].length;
  }
}

/** A capitalised word, maybe after a particle and a hyphen, maybe hyphenated ('аль-Асад', 'Тер-Петросян'), that no letter or mark follows. */
const CAPITALISED = /(?:(?:аль|эль|ад|ас|ар|ан|ат|аз|бен|бин|ибн|абу|ван|фон|де|ди|дю|ла|ле|да|дос|дель)-)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?![\p{L}\p{M}])/u;

/** А-Я, Ё, or the first letter of a particle (а, э, б, и, в, ф, д, л). */
function mayStartCapitalised(c: number): boolean {
  return (c >= 0x410 && c <= 0x42f) || c === 0x401 || c === 0x430 || c === 0x44d || c === 0x431 || c === 0x438 || c === 0x432 || c === 0x444 || c === 0x434 || c === 0x43b;
}

/** The code point before `i` is a letter, a mark or '-' (the look-behind [\p{L}\p{M}-]). */
function letterMarkOrHyphenBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c === 0x2d || (c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451 || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  if (c < 0x80) return false;
  const pair = c >= 0xdc00 && c <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
  return LETTER_OR_MARK.test(text.slice(pair ? i - 2 : i - 1, i));
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/**
 * The best pair for each stray word (the caller keeps only words no dictionary knows).
 * `around(uri)`: ids of the entities mentioned in that document.
 */
export function strayPairs(strays: readonly StrayWord[], entities: readonly MatchEntity[], around: (uri: string) => readonly string[], options: MatchOptions = {}): StrayPair[] {
  const buckets = new Map<string, StrayTarget[]>();
  for (const e of entities) {
    for (const w of e.words) {
      if (!strayTarget(w.spelling)) continue;
      for (const k of blockKeys(w.spelling)) {
        let list = buckets.get(k);
        if (!list) buckets.set(k, (list = []));
        list.push({ entity: e, spelling: w.spelling, count: w.count, part: w.part ?? 'other' });
      }
    }
  }
  return strayPairsIn(strays, (k) => buckets.get(k) ?? [], around, options);
}

/** An entity's word a stray may be a variant of, found by blocking key. */
export interface StrayTarget {
  entity: MatchEntity;
  spelling: string;
  count: number;
  part: NamePart;
}

/** Names only: a lower-case word of a name ('остров') is no stray's preferred spelling. */
export function strayTarget(spelling: string): boolean {
  return spelling.length >= 4 && /^(?:[а-яё]+-)?\p{Lu}/u.test(spelling);
}

/** Stray words shorter than this are not compared with the corpus's names (by default). */
export const STRAY_MIN_LENGTH = 5;

/**
 * An entity word a stray word may be a variant of, with the alignment of the two (the entity's word
 * inflected as the stray is): what the article the stray is written in does not change.
 */
export interface StrayCandidate {
  target: StrayTarget;
  /** The entity's word as compared (with the stray's ending). */
  word: string;
  al: Alignment;
  /** Within the edits allowed; else two transcription alternations, allowed for a name of the stray's own article. */
  near: boolean;
}

/** strayPairs over any word index: `lookup(key)` gives the entity words under a blocking key. */
export function strayPairsIn(
  strays: readonly StrayWord[], lookup: (key: string) => Iterable<StrayTarget>, around: (uri: string) => readonly string[], options: MatchOptions = {},
  { minLength = STRAY_MIN_LENGTH, maxEdits = 1 } = {},
  candidates: (text: string) => readonly StrayCandidate[] = (text) => strayCandidates(text, lookup, options, maxEdits),
): StrayPair[] {
  const out: StrayPair[] = [];
  for (const s of strays) {
    if (s.text.length < minLength) continue;
    const best = bestStrayPair(s, candidates(s.text), around, options);
    if (best) out.push(best);
  }
  return out;
}

/**
 * The entity words a stray word written `text` may be a variant of, in the order they are tried: a
 * function of the word and the index alone (a caller may keep it per word while the index is unchanged).
 */
export function strayCandidates(text: string, lookup: (key: string) => Iterable<StrayTarget>, options: MatchOptions = {}, maxEdits = 1): StrayCandidate[] {
  // Whether the word is (a case form of) an entity's word: asked once per spelling, not per entity holding it.
  const forms = new Map<string, boolean>();
  const formOf = (spelling: string) => {
    let yes = forms.get(spelling);
    if (yes === undefined) forms.set(spelling, (yes = isFormOf(text, spelling)));
    return yes;
  };
  // A word of the corpus's names (or a case form of one) is that name, missed: a variant only of a more written one.
  const known = knownCount(text, lookup, formOf);
  const out: StrayCandidate[] = [];
  const tried = new Set<string>();
  const gs = guesses(text);
  // What the words alone say, per spelling and guess (many entities hold one spelling).
  const compared = new Map<string, Array<Compared | null>>();
  // Every guess is tried on every entity word any guess's key finds: a stray blocked by its whole
  // form may be inflected ('Ямашитой' blocks with 'Ямасита' and is compared as 'Ямаситой').
  for (const h of strayHits(gs, lookup)) {
    if (known >= h.count) continue;
    let row = compared.get(h.spelling);
    if (!row) compared.set(h.spelling, (row = gs.map((g) => compare(text, h.spelling, g.ending, formOf, options, maxEdits))));
    for (const c of row) {
      if (!c) continue;
      const key = `${h.entity.id}|${c.word}`;
      if (tried.has(key)) continue;
      tried.add(key);
      if (c.al) out.push({ target: h, word: c.word, al: c.al, near: c.near });
    }
  }
  return out;
}

/** A stray word against an entity's spelling under one guess: the word compared and its alignment (none: the rules forbid it). */
interface Compared { word: string; al?: Alignment; near: boolean }

/** A stray word against an entity's spelling under one guess; null when the spelling is not compared at all. */
function compare(text: string, spelling: string, ending: string, formOf: (spelling: string) => boolean, options: MatchOptions, maxEdits: number): Compared | null {
  // The entity's word with the stray's ending: both sides inflected alike.
  const word = ending ? inflectLike(spelling, ending) : spelling;
  // A case form of the entity's own word is inflection, not a variant ('Протской' for 'Протская').
  if (!word || low(word) === low(text) || formOf(spelling) || adjectiveAndNoun(text, spelling)) return null;
  const al = align(text, word);
  // Against a form made up with the stray's ending, an edit where stem and ending meet is the ending
  // guessed wrong ('Россини' is no 'России' with an inserted letter).
  if (ending && al.edits.some((e) => e.at >= text.length - ending.length - 1)) return { word, near: false };
  // A word the recognizer passed over needs a closer match: one edit (two in a name whose other
  // words agree, or two transcription alternations of a name of its own article: 'Киарамонти').
  const near = al.edits.length <= maxEdits;
  if ((!near && !transcribedTwice(al)) || wordRules(text, word, al, options)) return { word, near };
  return { word, al, near };
}

/** The best pair of one stray word among its candidates, decided in its article. */
function bestStrayPair(s: StrayWord, candidates: readonly StrayCandidate[], around: (uri: string) => readonly string[], options: MatchOptions): StrayPair | null {
  let best: StrayPair | null = null;
  for (const { target: h, word: target, al, near } of candidates) {
    if (!near && !around(s.uri).includes(h.entity.id)) continue;
    const stray: MatchEntity = {
      id: `stray:${s.uri}:${s.start}`, type: h.entity.type, name: s.name ?? s.text, mentions: 1,
      words: [{ spelling: s.text, count: 1, part: h.part }], documents: [s.uri], neighbours: around(s.uri),
    };
    const d = decide({ a: stray, b: h.entity, x: s.text, y: target, countX: 1, countY: h.count, partX: h.part, partY: h.part }, al, options);
    if (!d || (best && best.score >= d.score)) continue;
    best = {
      level: d.level, score: d.score, scope: 'word', sameEntity: false,
      variant: { entity: stray.id, name: s.text, spelling: s.text, count: 1 },
      preferred: { entity: h.entity.id, name: h.entity.name, spelling: h.spelling, count: h.count },
      explanation: `${d.explanation}; not recognised as a name`, reasons: [...d.reasons, '− not recognised as a name'], at: s,
    };
  }
  return best;
}

/** The entity words found under the blocking keys of any of a stray's guesses, each once. */
function strayHits(gs: ReadonlyArray<{ stem: string }>, lookup: (key: string) => Iterable<StrayTarget>): StrayTarget[] {
  const hits = new Set<StrayTarget>();
  for (const g of gs) for (const k of blockKeys(g.stem)) for (const h of lookup(k)) hits.add(h);
  return [...hits];
}

/** Alternations foreign names are rendered with in Russian (ы/и, й/и, ь/и, я/а, э/е, ё/е, тх/т, affricates). */
const TRANSCRIBED = new Set<EditKind>(['yo', 'e-ye', 'y-i', 'i-short', 'iotation', 'aspiration', 'affricate']);

/** Two such alternations inside the word, neither at its first letter ('Йилдизташ' / 'Йылдызташ'). */
function transcribedTwice(al: Alignment): boolean {
  return al.edits.length === 2 && !al.first && al.edits.every((e) => TRANSCRIBED.has(e.kind));
}

/** How often the corpus's names write the word a stray is (or is a case form of); 0 when none does. */
function knownCount(text: string, lookup: (key: string) => Iterable<StrayTarget>, formOf: (spelling: string) => boolean): number {
  let n = 0;
  for (const k of blockKeys(text)) for (const h of lookup(k)) if (formOf(h.spelling)) n = Math.max(n, h.count);
  return n;
}

function isFormOf(text: string, spelling: string): boolean {
  return low(text) === low(spelling) || caseFormOf(text, spelling);
}

/** The nominative word with a case ending in place of its own final vowel, if any ('Бхаргава' + 'ой'). */
function inflectLike(word: string, ending: string): string | null {
  // An adjective name loses its whole ending ('Бельская' + 'ой' is 'Бельской').
  if (/(ая|яя|ий|ый|ой)$/.test(word)) return word.slice(0, -2) + ending;
  if (/[аяь]$/.test(word)) return word.slice(0, -1) + ending;
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(word)) return word + ending;
  return null;
}

/**
 * Organization and place names written with other separators or capitals and not recognised as a
 * whole ('Вектор Лаб' where the corpus writes 'Вектор.Лаб', 'Усть Кут' for 'Усть-Кут'): runs of two to
 * four capitalised words outside the mentions whose whole-name key is the key of a known name with
 * more than one part.
 */
export function strayNamePairs(uri: string, text: string, taken: ReadonlyArray<{ start: number; end: number }>, entities: readonly MatchEntity[]): StrayPair[] {
  const keys = new Map<string, StrayName>();
  for (const e of entities) for (const n of strayNames(e)) {
    const had = keys.get(n.key);
    if (!had || had.count < n.count) keys.set(n.key, n);
  }
  if (keys.size === 0) return [];
  return strayNamePairsIn(uri, text, taken, (k) => keys.get(k));
}

/** An organization's or a place's name of several parts, by whole-name key, a stray run of words may be written for. */
export interface StrayName {
  key: string;
  entity: MatchEntity;
  text: string;
  count: number;
}

/**
 * The names of an entity that stray runs are compared with: organizations' and places' of several
 * parts ('Усть-Кут' written 'Усть Кут'), and organizations' joined with a capital inside.
 */
export function strayNames(e: MatchEntity): StrayName[] {
  if (e.type === 'PER') return [];
  const out: StrayName[] = [];
  for (const n of e.names ?? [{ text: e.name, count: e.mentions }]) {
    // A name of parts: separated, or joined with a capital inside ('ЛесоКрафт' written 'Лесо Крафт').
    if (!/[\s.\-‐‑]/.test(n.text.trim()) && !(e.type === 'ORG' && /\p{Ll}\p{Lu}/u.test(n.text))) continue;
    const key = nameKey(n.text);
    if (key.length >= 5) out.push({ key, entity: e, text: n.text, count: n.count });
  }
  return out;
}

/**
 * strayNamePairs over any name index: `lookup(key)` gives the most written name under a whole-name key;
 * `mayOpen(word)` false: no key of a run opening with that word has one (its runs are not keyed at all).
 */
export function strayNamePairsIn(
  uri: string, text: string, taken: ReadonlyArray<{ start: number; end: number }>, lookup: (key: string) => StrayName | undefined,
  mayOpen: (word: string) => boolean = () => true,
): StrayPair[] {
  const out: StrayPair[] = [];
  // Mentions inside the run ('Сибирь' and 'Экспо' read apart) may be replaced; one reaching out may not.
  // A mention that is the run itself is a name, not a stray: its entity's pairs judge it.
  const free = (start: number, end: number) => !taken.some((t) => t.start < end && start < t.end && (t.start <= start && t.end >= end || t.start < start || t.end > end));
  for (const run of text.matchAll(/[А-ЯЁA-Z][\p{L}]*(?:[ .\-‐‑]{1,2}[А-ЯЁA-Z][\p{L}]*)+/gu)) {
    const words = [...run[0].matchAll(/[\p{L}]+/gu)];
    for (let i = 0; i < words.length; i++) {
      if (!mayOpen(words[i][0])) continue;
      for (let j = i + 1; j < Math.min(words.length, i + 4); j++) {
        const start = run.index + words[i].index;
        const end = run.index + words[j].index + words[j][0].length;
        const written = text.slice(start, end);
        // A dateline's place in capitals ('РОСТОВ-НА-ДОНУ') is the dateline's style, not a spelling.
        if (written === written.toUpperCase()) continue;
        const known = lookup(nameKey(written));
        if (!known || known.text === written || !free(start, end)) continue;
        // The usual spelling is the one written more often ('Колор-Пром' thrice, unrecognised, against 'КолорПром' once).
        if (timesWritten(text, written) >= known.entity.mentions) continue;
        const what = nameFormEdit(written, known.text);
        if (!what) continue;
        const same = known.entity.documents.includes(uri);
        const reasons = [what, ...(same ? ['+ in the same article'] : []), '− not recognised as a name'];
        out.push({
          level: same ? 'sure' : 'plausible', score: same ? 0.9 : 0.6, scope: 'name', sameEntity: false,
          variant: { entity: `stray:${uri}:${start}`, name: written, spelling: written, count: 1 },
          preferred: { entity: known.entity.id, name: known.entity.name, spelling: known.text, count: known.count },
          explanation: `«${written}» / «${known.text}»: ${reasons.join('; ')}`, reasons, at: { uri, start, end, text: written },
        });
      }
    }
  }
  return out;
}

/** How often a text writes these words, as whole words. */
function timesWritten(text: string, words: string): number {
  let n = 0;
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
    if (!/[\p{L}\p{M}]/u.test(text[i - 1] ?? '') && !/[\p{L}\p{M}]/u.test(text[i + words.length] ?? '')) n++;
  }
  return n;
}

/**
 * 'им.' written outside any mention before the eponym of an organization of the same article that is
 * named with 'имени' ('на установках института им. Н. С. Вахрушева' where the article names 'Сибирский
 * институт плазмы имени Н. С. Вахрушева'): the abbreviation is a variant of 'имени'.
 */
export function strayAbbreviations(uri: string, text: string, taken: ReadonlyArray<{ start: number; end: number }>, orgs: readonly MatchEntity[]): StrayPair[] {
  const { full: eponyms, abbreviated } = orgEponyms(orgs);
  // An eponym some name already writes with 'им' is the name pairs' business (abbreviationPairs): which form is usual is decided there.
  for (const k of abbreviated) eponyms.delete(k);
  if (!eponyms.size) return [];
  const out: StrayPair[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])им\.\s*(?:(?:\p{Ll}+\s+)|(?:\p{Lu}\.\s*))*(\p{Lu}[\p{L}-]+)/gu)) {
    const at = { uri, start: m.index, end: m.index + 3, text: m[0].slice(0, 3) };
    const e = eponyms.get(blockKey(m[1]));
    if (!e || taken.some((t) => t.start < at.end && at.start < t.end)) continue;
    const count = e.words.find((w) => w.spelling === 'имени')?.count ?? 1;
    const reasons = ["'им.' / 'имени' (abbreviation)", '+ same eponym', '+ in the same article', '− not recognised as a name'];
    out.push({
      level: 'sure', score: 0.9, scope: 'word', sameEntity: false,
      variant: { entity: `stray:${uri}:${at.start}`, name: at.text, spelling: at.text, count: 1 },
      preferred: { entity: e.id, name: e.name, spelling: 'имени', count },
      explanation: `«${at.text}» / «имени»: ${reasons.join('; ')}`, reasons, at,
    });
  }
  return out;
}

/**
 * A hyphenated word the recognizer left out whose parts are case forms of two words an entity of the
 * same article writes with a space ('Сергиева-Посада' where the article writes 'Сергиев Посад').
 */
export function strayHyphenated(words: readonly StrayWord[], entities: readonly MatchEntity[]): StrayPair[] {
  const out: StrayPair[] = [];
  const written = new Map<string, number>();
  for (const w of words) written.set(low(w.text), (written.get(low(w.text)) ?? 0) + 1);
  for (const w of words) {
    const parts = w.text.split(/[-‐‑]/);
    if (parts.length !== 2) continue;
    for (const e of entities) {
      // The usual spelling is the one written more often ('Ла-Силья' twice against 'Ла Силья' once is no variant).
      const spaced = (e.spaced ?? []).find((s) => s.count > written.get(low(w.text))! && s.spelling.split(' ').every((x, i) => isFormOf(parts[i], x)));
      if (!spaced) continue;
      const reasons = ['a hyphen or a space between the parts', 'same letters otherwise', '+ in the same article', '− not recognised as a name'];
      out.push({
        level: 'sure', score: 0.9, scope: 'word', sameEntity: false,
        variant: { entity: `stray:${w.uri}:${w.start}`, name: w.text, spelling: w.text, count: 1 },
        preferred: { entity: e.id, name: e.name, spelling: spaced.spelling, count: spaced.count },
        explanation: `«${w.text}» / «${spaced.spelling}»: ${reasons.join('; ')}`, reasons, at: w,
      });
      break;
    }
  }
  return out;
}
