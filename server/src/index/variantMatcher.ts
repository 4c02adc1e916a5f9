/**
 * The corpus-wide variant matcher kept up to date with linking: a VariantIndex of the linked entities
 * (all of them on a full link, only the entities a LinkDelta rebuilt or moved on an edit), the pairs
 * it flags per entity, and the occurrences of each pair's spellings in the index. The edit cost
 * follows the entities the edit touched, not the corpus.
 */
import type { CorpusConfig } from '../core/config';
import { pairFindings, type SpellingOccurrence } from '../core/consistency/pairFindings';
import type { Finding } from '../core/consistency/findInconsistencies';
import type { LinkDelta } from '../core/linking/incremental';
import type { MatchEntity, MatchOptions, PairSide, VariantPair } from '../core/variants/candidates';
import { pairKey } from '../core/variants/evidence';
import { distinctKnown } from '../core/variants/known';
import { freshFacts, MatchInputBuilder, memoSpelling, neighbours, sameFacts, unitSpelling, type MentionFacts } from '../core/variants/matchInput';
import { cleanSpelling } from '../core/variants/normalize';
import { mentionUnits, type WordOccurrence } from '../core/variants/units';
import { VariantIndex } from '../core/variants/variantIndex';
import type { Entity, Mention, MentionRef } from '../core/types';
import { spacedHyphenated } from '../core/variants/spacedParts';
import { textAbbreviations } from '../core/variants/eponyms';
import { capitalisedWords, strayAbbreviations, strayHyphenated, strayNamePairsIn, strayPairsIn, STRAY_MIN_LENGTH, type StrayPair, type StrayTarget, type StrayWord } from '../core/variants/stray';
import type { MentionHit } from './corpusIndex';

/** What the matcher reads of the index. */
export interface MatcherSource {
  entity(id: string): Entity | undefined;
  mentionsOf(id: string): MentionHit[];
  /** Entity ids of a document's mentions, in mention order. */
  entityIdsIn(uri: string): readonly string[];
  /** A document's mention, if it is linked to an entity (as mentionsOf gives it). */
  mentionAt(uri: string, index: number): Mention | undefined;
}

/** What a change did to the pairs: keys gone, pairs (re)decided, documents whose stray words' pairs name a changed entity. */
export interface PairDelta {
  removed: Array<{ key: string; pair: VariantPair }>;
  added: Array<{ key: string; pair: VariantPair }>;
  strays?: string[];
}

const low = (s: string) => s.toLowerCase();

/** Entities of this many mentions or more keep what their input was built from (Built), with what each mention gave it. */
const KEEP_FACTS_FROM = 50;

/**
 * What a large entity's matcher input was built from: its mentions (as linking lists them, and the
 * mentions themselves) when the documents had changed `seq` times. An edit that leaves every mention
 * where it was, or gives the same facts where its document changed, only refreshes its neighbours.
 */
interface Built {
  key: string;
  refs: readonly MentionRef[];
  /** The documents of `refs` in order, each with the end of its run of mentions (a document's mentions are listed together). */
  runs: Array<{ uri: string; end: number }>;
  mentions: Mention[];
  /** What each of `mentions` gives the input (mentionFacts), in their order: an edit compares the changed ones only. */
  facts: MentionFacts[];
  seq: number;
  match: MatchEntity;
}

/** An entity being put in the index by the full pass: what indexSome has read of its mentions so far. */
interface Building {
  entity: Entity;
  /** The change count when it started (a change since starts it over). */
  seq: number;
  next: number;
  mentions: Mention[];
  facts: MentionFacts[];
  /** The facts of the i-th linked mention (factsFrom). */
  factsOf: (m: Mention, i: number) => MentionFacts;
  input: MatchInputBuilder;
}

const isDate = (id: string) => id.startsWith('DATE:');

/** What a Built is keyed by: the entity's type and name (another name is another entity's input). */
function builtKey(entity: Entity): string {
  return `${entity.type}\u0000${entity.name}`;
}

/** Mentions read between two looks at the clock. */
const MENTIONS_PER_CHECK = 2048;

/** The runs of mentions of one document in a mention list (see Built). */
function runsOf(refs: readonly MentionRef[]): Built['runs'] {
  const runs: Built['runs'] = [];
  refs.forEach((r, i) => {
    const last = runs[runs.length - 1];
    if (last?.uri === r.uri) last.end = i + 1;
    else runs.push({ uri: r.uri, end: i + 1 });
  });
  return runs;
}

export class VariantMatcher {
  private vi: VariantIndex;
  private readonly pairs = new Map<string, VariantPair>();
  private readonly byEntity = new Map<string, Set<string>>();
  /** Per document: the pairs of its words the recognizer left out. */
  private readonly strays = new Map<string, VariantPair[]>();

  /** Per entity: the documents with a stray word paired with it (their pairs change with it). */
  private readonly strayDocs = new Map<string, Set<string>>();

  /** Entities the full pass has decided: a pair with one of them is taken already (decisions do not depend on which side asks). */
  private readonly passDone = new Set<string>();

  /** Per large entity: what its matcher input was built from (see matchEntityOf). */
  private readonly built = new Map<string, Built>();

  /** Per document, the number of the last change to it (documentChanged); a Built keeps the number it saw. */
  private readonly changedAt = new Map<string, number>();
  private changeCount = 0;

  /**
   * The entities being put in the index over several steps (indexSome), by id: the full pass's and an
   * edit's (prepare) go on side by side, neither starting the other's over.
   */
  private readonly building = new Map<string, Building>();

  /** Pairs of spellings the user put in one alias group ('These are the same entity'): flagged as sure. */
  private decidedSame: ReadonlySet<string> = new Set();

  constructor(private readonly src: MatcherSource, private options: MatchOptions = {}) {
    this.vi = new VariantIndex(options);
  }

  /** Starts over with these options (a new configuration, the dictionary loaded). */
  reset(options: MatchOptions, aliases: readonly (readonly string[])[] = []): void {
    this.options = options;
    this.decidedSame = new Set(aliases.filter((g) => g.length === 2).map(([a, b]) => pairKey(a, b)));
    this.vi = new VariantIndex(options);
    this.pairs.clear();
    this.byEntity.clear();
    this.strays.clear();
    this.passDone.clear();
    this.strayDocs.clear();
    this.built.clear();
    this.changedAt.clear();
    this.building.clear();
  }

  /** Every pair flagged now (with the stray words' pairs), best first. */
  all(): VariantPair[] {
    return [...this.pairs.values(), ...[...this.strays.values()].flat()].sort((p, q) => q.score - p.score);
  }

  /** Where a side of a pair is written (a stray word: its one place). */
  occurrences(pair: VariantPair, side: 'variant' | 'preferred', limit = Infinity): SpellingOccurrence[] {
    const at = (pair as Partial<StrayPair>).at;
    if (side === 'variant' && at) return [{ ...at, lemma: pair.variant.spelling }];
    if (side === 'variant') return this.variantAt(pair, limit);
    return sideOccurrences(this.src, pair[side], pair.scope, limit);
  }

  /**
   * Where the less used spelling is written. A mention whose type the recognizer guessed counts only
   * when the usual spelling is written by a mention it was sure of: the sure name vouches for the guess
   * (a one-off variant is often a guess, having no cue of its own), and a guess never flags alone.
   */
  private variantAt(pair: VariantPair, limit = Infinity, vouched = sideOccurrences(this.src, pair.preferred, pair.scope, 1).length > 0): SpellingOccurrence[] {
    return sideOccurrences(this.src, pair.variant, pair.scope, limit, vouched);
  }

  /** The pairs that involve an entity. */
  pairsOf(id: string): VariantPair[] {
    return [...(this.byEntity.get(id) ?? [])].map((k) => this.pairs.get(k)!).filter(Boolean);
  }

  /**
   * Follows a linking change: entities removed leave, entities (re)built or moved are decided again,
   * and so are `around` (the entities of the edited document: their neighbours changed).
   */
  update(delta: LinkDelta, around: Iterable<string> = []): PairDelta {
    // An entity rebuilt under its old id is both removed and added.
    const rebuilt = new Set([...delta.added, ...delta.moved]);
    const changed = [...new Set([...rebuilt, ...around])].filter((id) => this.src.entity(id));
    // The others around only see other neighbours: their words are kept (no pass over their mentions).
    const kept = new Map(changed.filter((id) => !rebuilt.has(id)).map((id) => [id, this.vi.get(id)] as const));
    const removed = new Map<string, VariantPair>();
    for (const id of delta.removed) if (!this.src.entity(id)) this.built.delete(id);
    for (const id of [...delta.removed, ...changed]) {
      this.vi.delete(id);
      for (const key of this.byEntity.get(id) ?? []) removed.set(key, this.pairs.get(key)!);
    }
    for (const key of removed.keys()) this.forget(key);
    for (const id of changed) {
      const old = kept.get(id);
      const e = old ? { ...old, neighbours: this.neighboursOf(id, old.documents) } : this.matchEntityOf(id);
      if (e) this.vi.set(e);
    }
    const strays = new Set([...delta.removed, ...changed].flatMap((id) => [...(this.strayDocs.get(id) ?? [])]));
    return { removed: [...removed].map(([key, pair]) => ({ key, pair })), added: this.record(changed), strays: [...strays] };
  }

  /**
   * A full link in steps (the server's background pass): `index` puts entities' words in the index
   * without deciding anything; once every entity is in, `decide` takes the pairs of a few at a time.
   * The pairs are those of one `update` with every entity added.
   */
  index(ids: readonly string[]): void {
    for (const id of ids) this.indexSome(id);
  }

  /**
   * One entity's words put in the index, for the full pass: its mentions read until `end`
   * (performance.now()), then again from there at the next call; true once it is in. An entity of
   * 60,000 mentions takes several steps (in one it held the thread for 100-150 ms at 10,000 articles).
   */
  indexSome(id: string, end = Infinity): boolean {
    const entity = this.src.entity(id);
    if (!entity || entity.type === 'DATE') return true;
    // A change since the last call (the entity rebuilt, a document changed) starts it over.
    let b = this.building.get(id);
    if (b?.entity !== entity || b.seq !== this.changeCount) {
      for (const [other, old] of this.building) if (old.seq !== this.changeCount) this.building.delete(other);
      this.building.set(id, (b = this.startBuilding(entity)));
    }
    if (!this.readMentions(b, end)) return false;
    this.building.delete(id);
    this.vi.set(this.finishBuilding(id, b));
    return true;
  }

  /**
   * Builds, until `end` (performance.now()), the inputs an update of these entities would build from all
   * their mentions at once: those of large entities not built since they last changed (the full pass has
   * not reached them yet; one such update held the thread ~350 ms at 10,000 articles). Goes on from one
   * call to the next as indexSome does; true once all are built, and the update then only refreshes them.
   */
  prepare(ids: Iterable<string>, end: number): boolean {
    let worked = false;
    for (const id of new Set(ids)) {
      const entity = this.src.entity(id);
      if (!entity || entity.type === 'DATE' || entity.mentions.length < KEEP_FACTS_FROM) continue;
      if (this.stillBuilt(id, entity)) continue;
      // The clock is read between entities too: many entities of a few hundred mentions held one step 100 ms.
      if (worked && performance.now() >= end) return false;
      worked = true;
      if (!this.indexSome(id, end)) return false;
    }
    return true;
  }

  /** An entity's input to build from its mentions; a `prev` build of the same entity lends the facts of the mentions it had. */
  private startBuilding(entity: Entity, prev?: Built): Building {
    return { entity, seq: this.changeCount, next: 0, mentions: [], facts: [], factsOf: factsFrom(prev, freshFacts(entity)), input: new MatchInputBuilder(entity) };
  }

  /** Reads the entity's linked mentions into the build until `end` (performance.now()); true once all are read. */
  private readMentions(b: Building, end: number): boolean {
    const refs = b.entity.mentions;
    while (b.next < refs.length) {
      const stop = Math.min(refs.length, b.next + MENTIONS_PER_CHECK);
      for (; b.next < stop; b.next++) {
        const { uri, index } = refs[b.next];
        const mention = this.src.mentionAt(uri, index);
        if (!mention) continue;
        const facts = b.factsOf(mention, b.mentions.length);
        b.mentions.push(mention);
        b.facts.push(facts);
        b.input.add(uri, index, facts);
      }
      if (b.next < refs.length && performance.now() >= end) return false;
    }
    return true;
  }

  /** The input of a build whose mentions are all read, with its neighbours; a large entity keeps what it was built from. */
  private finishBuilding(id: string, b: Building): MatchEntity {
    const match = b.input.result((docs) => this.neighboursOf(id, docs));
    this.keepBuilt(id, b.entity, b.mentions, b.facts, match);
    return match;
  }

  decide(ids: readonly string[]): PairDelta {
    const added = this.record(ids.filter((id) => this.vi.get(id)), this.passDone);
    for (const id of ids) this.passDone.add(id);
    return { removed: [], added };
  }

  /** Decides the pairs that involve these entities (but not those with `done`) and keeps the new ones. */
  private record(ids: readonly string[], done?: ReadonlySet<string>): PairDelta['added'] {
    const added: PairDelta['added'] = [];
    for (const pair of this.vi.pairsOf(ids, done).map((p) => this.withDecision(p))) {
      const key = keyOf(pair);
      if (this.pairs.has(key)) continue;
      this.pairs.set(key, pair);
      for (const id of [pair.variant.entity, pair.preferred.entity]) addTo(this.byEntity, id, key);
      added.push({ key, pair });
    }
    return added;
  }

  /** The findings of one pair: each occurrence of its less used spelling. */
  findings(pair: VariantPair): Finding[] {
    const preferredAt = sideOccurrences(this.src, pair.preferred, pair.scope, 20);
    return pairFindings(pair, this.variantAt(pair, Infinity, preferredAt.length > 0), preferredAt);
  }

  /**
   * The findings on words of one document the recognizer left out that look like a variant of a name
   * of the corpus (stray.ts): words `unknownWord` accepts (no dictionary knows them, or only as a
   * person's name), dictionary words capitalised inside a sentence, 'им.', hyphenated words, and the
   * leading words of names the recognizer cut short. One pair per word: the first way that finds it.
   */
  strayFindings(uri: string, text: string, taken: readonly Mention[], unknownWord: (word: string) => boolean): Finding[] {
    const around = [...new Set(this.src.entityIdsIn(uri))].filter((x) => !isDate(x));
    const here = new Set(around);
    const entities = around.map((id) => this.vi.get(id)).filter((e): e is MatchEntity => !!e);
    const orgs = entities.filter((e) => e.type === 'ORG');
    const all = capitalisedWords(uri, text, taken);
    // Only words long enough are compared (strayPairsIn): the dictionary is asked about them alone, once each.
    const long = all.filter((w) => w.text.length >= STRAY_MIN_LENGTH);
    const unknown = long.map((w) => unknownWord(w.text));
    const words = long.filter((_, i) => unknown[i]);
    // A dictionary word capitalised inside a sentence ('Как рассказал Фарах') or speaking: a variant only of a name of its own article.
    const common = long.filter((w, i) => !unknown[i] && (insideSentence(text, w.start) || beforeSpeechVerb(text, w.end)));
    const pairs = [
      ...strayNamePairsIn(uri, text, taken, (k) => this.vi.strayName(k), (w) => this.vi.strayNameMayOpen(w)),
      ...strayAbbreviations(uri, text, taken, orgs),
      ...strayHyphenated(all, entities),
      ...spacedHyphenated(uri, text, entities),
      ...textAbbreviations(uri, text, orgs),
      ...strayPairsIn(words, (k) => this.vi.strayTargets(k), () => around, this.options, {}, (w) => this.vi.strayCandidates(w)),
      ...strayPairsIn(common, (k) => this.vi.strayTargets(k, here), () => around, this.options),
      ...[...this.truncated(uri, text, taken), ...this.respelledRuns(all, around)]
        .flatMap(({ word, target }) => strayPairsIn([word], () => [target], () => around, this.options, { minLength: 2, maxEdits: 2 })),
    ];
    const once = new Set<number>();
    const decided = pairs.filter((p) => !once.has(p.at.start) && once.add(p.at.start)).map((p) => this.withDecision(p));
    this.unlinkStrays(uri);
    if (decided.length) this.strays.set(uri, decided);
    else this.strays.delete(uri);
    for (const p of decided) addTo(this.strayDocs, p.preferred.entity, uri);
    return decided.flatMap((p) => pairFindings(p, [{ ...p.at, lemma: p.variant.spelling }], sideOccurrences(this.src, p.preferred, p.scope, 20)));
  }

  /**
   * A person's name written with a leading word respelled, which the recognizer left out ('Так Сон Гю'
   * read as 'Сон Гю' of 'Тхак Сон Гю', 'Пек Сон Ха' as 'Ха'): the capitalised words just before a
   * mention whose entity's name has those words more, all but one as the name writes them, with the
   * entity's word the other stands for.
   */
  private truncated(uri: string, text: string, taken: readonly Mention[]): Array<{ word: StrayWord; target: StrayTarget }> {
    const ids = this.src.entityIdsIn(uri);
    const out: Array<{ word: StrayWord; target: StrayTarget }> = [];
    taken.forEach((m, i) => {
      const e = m.type === 'PER' ? this.vi.get(ids[i]) : undefined;
      if (!e) return;
      const full = wordsOf(e.name);
      const missing = full.length - wordsOf(m.text).length;
      if (missing < 1) return;
      const before = wordsBefore(missing).exec(text.slice(Math.max(0, m.start - 60), m.start));
      if (!before) return;
      const start = m.start - before[1].length;
      const written = before[1].trim().split(' ');
      const differ = written.flatMap((w, k) => (low(w) === low(full[k]) ? [] : [k]));
      const w = differ.length === 1 ? e.words.find((x) => x.spelling === full[differ[0]]) : undefined;
      // The words before must not reach into another mention (asked last: it reads every mention of the document).
      if (!w || taken.some((t) => t.start < m.start - 1 && start < t.end)) return;
      const at = start + written.slice(0, differ[0]).reduce((n, x) => n + x.length + 1, 0);
      const word = { uri, start: at, end: at + written[differ[0]].length, text: written[differ[0]], name: `${before[1]}${m.text}` };
      out.push({ word, target: { entity: e, spelling: w.spelling, count: w.count, part: w.part ?? 'other' } });
    });
    return out;
  }

  /**
   * A person's name of several words the recognizer left out whole, one word respelled ('Пек Сон Ха'
   * for 'Пэк Сон Ха'): a run of capitalised words outside the mentions that is the name of a person of
   * the same article but for one word, with the entity's word it stands for.
   */
  private respelledRuns(words: readonly StrayWord[], around: readonly string[]): Array<{ word: StrayWord; target: StrayTarget }> {
    const people = around.map((id) => this.vi.get(id)).filter((e): e is MatchEntity => e?.type === 'PER' && /\s/.test(e.name))
      .map((e) => ({ e, full: e.name.split(/\s+/) }));
    const out: Array<{ word: StrayWord; target: StrayTarget }> = [];
    for (let i = 0; i < words.length; i++) {
      let j = i + 1;
      while (j < words.length && words[j].start === words[j - 1].end + 1) j++;
      const run = words.slice(i, j);
      i = j - 1;
      if (run.length < 2) continue;
      for (const { e, full } of people) {
        const differ = full.length === run.length ? full.flatMap((w, k) => (low(w) === low(run[k].text) ? [] : [k])) : [];
        const w = differ.length === 1 ? e.words.find((x) => x.spelling === full[differ[0]]) : undefined;
        const word = { ...run[differ[0]], name: run.map((x) => x.text).join(' ') };
        if (w) out.push({ word, target: { entity: e, spelling: w.spelling, count: w.count, part: w.part ?? 'other' } });
      }
    }
    return out;
  }

  forgetStrays(uri: string): void {
    this.unlinkStrays(uri);
    this.strays.delete(uri);
  }

  private unlinkStrays(uri: string): void {
    for (const p of this.strays.get(uri) ?? []) {
      const docs = this.strayDocs.get(p.preferred.entity);
      docs?.delete(uri);
      if (docs?.size === 0) this.strayDocs.delete(p.preferred.entity);
    }
  }

  /** A pair the user decided is one entity is sure. */
  private withDecision<P extends VariantPair>(p: P): P {
    return p.level === 'plausible' && this.decidedSame.has(pairKey(p.variant.spelling, p.preferred.spelling)) ? { ...p, level: 'sure' } : p;
  }

  /** A document's analysis changed (before linking follows it): large entities mentioned there check their mentions again. */
  documentChanged(uri: string): void {
    this.changedAt.set(uri, ++this.changeCount);
  }

  private matchEntityOf(id: string): MatchEntity | undefined {
    const entity = this.src.entity(id);
    if (!entity || entity.type === 'DATE') return undefined;
    const prev = this.stillBuilt(id, entity);
    if (prev) {
      const first = entity.mentions[0];
      Object.assign(prev, { refs: entity.mentions, seq: this.changeCount });
      return (prev.match = { ...prev.match, roles: entity.roles, firstAt: { uri: first.uri, index: first.index }, neighbours: this.neighboursOf(id, prev.match.documents) });
    }
    // Rebuilt, a large entity takes the facts of the mentions its last build had.
    const last = this.built.get(id);
    const b = this.startBuilding(entity, last?.key === builtKey(entity) ? last : undefined);
    this.readMentions(b, Infinity);
    return this.finishBuilding(id, b);
  }

  /** What the entity's input was last built from, if its mentions are still those (else undefined). */
  private stillBuilt(id: string, entity: Entity): Built | undefined {
    const prev = this.built.get(id);
    return prev?.key === builtKey(entity) && this.unchanged(prev, entity) ? prev : undefined;
  }

  /** A large entity keeps what its input was built from (Built), when every mention linking lists was read. */
  private keepBuilt(id: string, entity: Entity, mentions: Mention[], facts: MentionFacts[], match: MatchEntity): void {
    if (mentions.length >= KEEP_FACTS_FROM && mentions.length === entity.mentions.length) {
      this.built.set(id, { key: builtKey(entity), refs: entity.mentions, runs: runsOf(entity.mentions), mentions, facts, seq: this.changeCount, match });
    } else this.built.delete(id);
  }

  /**
   * The entity's mentions are those its input was built from: the same places in documents not changed
   * since, and in changed ones mentions giving the same facts as those they replace (taken as the new basis).
   */
  private unchanged(prev: Built, entity: Entity): boolean {
    const refs = entity.mentions;
    if (refs.length !== prev.refs.length) return false;
    const fresh = freshFacts(entity);
    // Per run of one document's mentions: a mention that is the very one listed before, in a document not
    // changed since, is the same place (nothing read: an entity of thousands of mentions is checked in
    // their number of comparisons, and a list linking kept whole is not read at all in such documents).
    let i = 0;
    for (const run of prev.runs) {
      const changed = (this.changedAt.get(run.uri) ?? 0) > prev.seq;
      if (!changed && refs === prev.refs) {
        i = run.end;
        continue;
      }
      for (; i < run.end; i++) {
        const r = refs[i];
        const p = prev.refs[i];
        if (r === p && !changed) continue;
        if (r.uri !== p.uri) return false;
        if (!changed) {
          if (r.index !== p.index) return false;
          continue;
        }
        const m = this.src.mentionAt(r.uri, r.index);
        // The same facts: the kept ones stand for the new mention's too.
        if (!m || !sameFacts(fresh(m), prev.facts[i])) return false;
        prev.mentions[i] = m;
      }
    }
    return true;
  }

  /** The entities mentioned in these documents but this one and dates (matchInput.ts neighbours). */
  private neighboursOf(id: string, documents: Iterable<string>): string[] {
    return neighbours(id, documents, (d) => this.src.entityIdsIn(d), isDate);
  }

  private forget(key: string): void {
    const pair = this.pairs.get(key);
    if (!pair) return;
    this.pairs.delete(key);
    for (const id of [pair.variant.entity, pair.preferred.entity]) {
      const set = this.byEntity.get(id);
      set?.delete(key);
      if (set && set.size === 0) this.byEntity.delete(id);
    }
  }
}

/** A word after a lower-case word or a comma on its line: capitalised for a name, not for a sentence start. */
/** A verb of speaking in the past follows ('Мякинен уточнил'): the word opening the sentence is its speaker. */
function beforeSpeechVerb(text: string, end: number): boolean {
  return SPEECH_VERB_AFTER.test(text.slice(end, end + 24));
}

const SPEECH_VERB_AFTER = /^[ \t]+(?:сказал|добавил|пояснил|подчеркнул|заметил|уточнил|рассказал|отметил|признал|заявил|сообщил|напомнил)а?(?![\p{L}])/u;

function insideSentence(text: string, start: number): boolean {
  // Read back from the word (at most 40 characters): spaces or tabs, then the last character of the word before them.
  const from = Math.max(0, start - 40);
  let k = start;
  while (k > from && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
  if (k === start || k === from) return false;
  const code = text.charCodeAt(k - 1);
  const pair = code >= 0xdc00 && code <= 0xdfff && k - 2 >= from && text.charCodeAt(k - 2) >= 0xd800 && text.charCodeAt(k - 2) <= 0xdbff;
  const last = text.slice(pair ? k - 2 : k - 1, k);
  return !/\s/u.test(last) && /[\p{Ll},]/u.test(last);
}

/** Capitalised words, `n` of them each followed by a space, ending the text (kept per n). */
function wordsBefore(n: number): RegExp {
  let re = WORDS_BEFORE.get(n);
  if (!re) WORDS_BEFORE.set(n, (re = new RegExp(`((?:\\p{Lu}\\p{Ll}+ ){${n}})$`, 'u')));
  return re;
}

const WORDS_BEFORE = new Map<number, RegExp>();

/** A name's or a mention's words split at spaces (split(/\s+/)), kept per text: the same names recur in every article. Not to be changed. */
function wordsOf(text: string): readonly string[] {
  let words = WORDS_OF.get(text);
  if (!words) {
    if (WORDS_OF.size >= 100_000) WORDS_OF.clear();
    WORDS_OF.set(text, (words = text.split(/\s+/)));
  }
  return words;
}

const WORDS_OF = new Map<string, readonly string[]>();

/**
 * What each mention gives an entity's input, the i-th of its linked mentions: a mention its last build had
 * (`prev`, of the same type and name) gives what it gave then, found at its place or, the list having moved, by
 * a look-up table; others are computed afresh (an edit rebuilds an entity of thousands of mentions, and only the
 * edited document's mentions are new).
 */
function factsFrom(prev: Built | undefined, fresh: (m: Mention) => MentionFacts): (m: Mention, i: number) => MentionFacts {
  if (!prev) return fresh;
  let byMention: Map<Mention, MentionFacts> | undefined;
  return (m, i) => {
    if (prev.mentions[i] === m) return prev.facts[i];
    byMention ??= new Map(prev.mentions.map((p, k) => [p, prev.facts[k]]));
    return byMention.get(m) ?? fresh(m);
  };
}

function keyOf(p: VariantPair): string {
  const ids = [p.variant.entity, p.preferred.entity].sort().join('\u0000');
  return `${ids}\u0000${pairKey(p.variant.spelling, p.preferred.spelling)}\u0000${p.scope}`;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/**
 * Where an entity's mentions write one spelling: the words (or whole mentions, for a name pair), each
 * with its nominative; mentions whose type the recognizer guessed are left out unless `guesses`. At most `limit` of them.
 */
export function sideOccurrences(
  src: Pick<MatcherSource, 'entity' | 'mentionsOf'>, side: PairSide, scope: 'word' | 'name', limit = Infinity, guesses = false,
): SpellingOccurrence[] {
  const out: SpellingOccurrence[] = [];
  // Each distinct word and lemma spelled once: an entity's mentions write the same words over and over.
  const spellingOf = memoSpelling(unitSpelling(src.entity(side.entity)?.name ?? side.name));
  let yoDocs: Set<string> | undefined;
  // An inflected word written without its ё counts where its article writes the ё (matchInput: yoless).
  const yoless = (u: WordOccurrence) => u.unsure && spellingOf(u) === side.spelling && (yoDocs ??= docsWritingYo(src, side, spellingOf)).has(u.uri);
  for (const h of src.mentionsOf(side.entity)) {
    if (out.length >= limit) break;
    const m = h.mention;
    if (m.confidence === 'low' && !guesses) continue;
    if (scope === 'name') {
      const written = m.type === 'ORG' && m.text.toLowerCase() === m.name.toLowerCase() ? m.text : m.name;
      if (cleanSpelling(written) === side.spelling) out.push({ uri: h.doc.uri, start: m.start, end: m.end, text: m.text, lemma: written });
      continue;
    }
    const units = mentionUnits(m, h.doc.uri, h.index, 0);
    units.forEach((u, i) => {
      if ((!u.unsure && spellingOf(u) === side.spelling) || yoless(u)) out.push(withAbbreviationDot({ uri: h.doc.uri, start: u.start, end: u.end, text: u.text, lemma: side.spelling }, m));
      const next = units[i + 1];
      // Two words written with a space (a hyphen/space pair, joins.ts).
      if (next && !u.unsure && !next.unsure && next.start === u.end + 1 && `${spellingOf(u)} ${spellingOf(next)}` === side.spelling) {
        out.push({ uri: h.doc.uri, start: u.start, end: next.end, text: m.text.slice(u.start - m.start, next.end - m.start), lemma: side.spelling });
      }
    });
  }
  return out;
}

/** The documents where the entity writes the side's spelling with ё ('Гребёнкина' for the side 'Гребенкина'). */
function docsWritingYo(src: Pick<MatcherSource, 'entity' | 'mentionsOf'>, side: PairSide, spellingOf: (u: WordOccurrence) => string): Set<string> {
  const out = new Set<string>();
  if (/[ёЁ]/.test(side.spelling)) return out;
  for (const h of src.mentionsOf(side.entity)) {
    for (const u of mentionUnits(h.mention, h.doc.uri, h.index, 0)) {
      const s = spellingOf(u);
      if (!u.unsure && s !== side.spelling && s.replace(/ё/g, 'е').replace(/Ё/g, 'Е') === side.spelling) out.add(h.doc.uri);
    }
  }
  return out;
}

/** 'им' written 'им.': the occurrence covers the dot (a fix to 'имени' replaces it too). */
function withAbbreviationDot(o: SpellingOccurrence, m: Mention): SpellingOccurrence {
  if (!/^им$/i.test(o.text) || m.text[o.end - m.start] !== '.') return o;
  return { ...o, end: o.end + 1, text: `${o.text}.`, lemma: `${o.lemma}.` };
}

/** The matcher's options for a configuration: known distinct names, the user's decisions, what the dictionary knows of a word. */
export function matchOptions(config: CorpusConfig, words: Pick<MatchOptions, 'commonWord' | 'givenName' | 'formOf'> = {}): MatchOptions {
  const decided = new Set((config.distinct ?? []).map(([a, b]) => pairKey(a, b)));
  return {
    ...words,
    // The user's decisions name either the two words compared or the two entities' names.
    distinct: (a, b) => distinctKnown(a, b) || decided.has(pairKey(a, b)),
    decidedDistinct: decided,
  };
}
