/**
 * The stored link (issue 11, warm start): a corpus linked as usual, its link stored (written to a file
 * and read back), and restored into a fresh index gives the same entities, mentions per entity,
 * spelling tables, findings, references and workspace symbols, before and after the same edits. A
 * stored link of other files or another configuration is not restored; a corrupt, truncated or
 * malformed one is ignored.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateCorpus } from '../../bench/corpus/generate';
import { createEngine, type Engine } from '../../server/src/core/analyze';
import { EMPTY_CONFIG, type CorpusConfig } from '../../server/src/core/config';
import type { LinkItem } from '../../server/src/core/linking/buildEntity';
import { LazyTables } from '../../server/src/core/linking/lazyTables';
import type { DocumentAnalysis, Entity } from '../../server/src/core/types';
import { entityLocations } from '../../server/src/features/references';
import { symbolsMatching } from '../../server/src/features/workspaceSymbols';
import { loadCache, saveCache } from '../../server/src/index/analysis/cache';
import { CorpusIndex, type IndexOptions } from '../../server/src/index/corpusIndex';
import { LINK_FILE, LinkKeeper, loadStoredLink, saveStoredLink, type StoredLink } from '../../server/src/index/linkStore';
import { IncrementalLinker } from '../../server/src/core/linking/incremental';

const ROOT = path.resolve(__dirname, '..', '..');
const folder = (dir: string) => readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => [`file:///${dir}/${f}`, readFileSync(path.join(ROOT, dir, f), 'utf8')] as const);
const CORPORA: Record<string, () => Array<readonly [string, string]>> = {
  'seeds and heldout5': () => [...folder('seeds'), ...folder('test/heldout5/articles')],
  'a generated corpus': () => generateCorpus(60, 11).files.map((f) => [`file:///gen/${f.name}`, f.text] as const),
};

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function scratch(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-lens-link-'));
  dirs.push(dir);
  return dir;
}

let engine: Engine;
before(async () => {
  engine = await createEngine();
});

/** Analyses made once per text; each index gets its own copy (linking must not share state between them). */
const analyses = new Map<string, DocumentAnalysis>();
function analysis(text: string): DocumentAnalysis {
  let a = analyses.get(text);
  if (!a) analyses.set(text, (a = engine.analyze(text)));
  return structuredClone(a);
}

async function indexOf(texts: Iterable<readonly [string, string]>, stored?: StoredLink, config: CorpusConfig = EMPTY_CONFIG): Promise<CorpusIndex> {
  const index = new CorpusIndex(null, { config });
  index.offerStoredLink(stored);
  await index.loading(async () => {
    for (const [uri, text] of texts) index.setAnalysis(uri, analysis(text), { text });
  });
  return index;
}

function set(index: CorpusIndex, uri: string, text: string): void {
  index.setAnalysis(uri, analysis(text), { text });
}

/** Written to a file and read back. */
async function roundTrip(stored: StoredLink | undefined): Promise<StoredLink> {
  assert.ok(stored, 'a full link gives a link to store');
  const dir = scratch();
  await saveStoredLink(dir, stored);
  const read = await loadStoredLink(dir);
  assert.equal(read.problem, undefined);
  return read.stored!;
}

/** Everything a query reads of the link, in the index's order. */
async function view(index: CorpusIndex) {
  const linked = index.link();
  // Items as plain data: a restored item reads its mention on use (a class of its own).
  const item = (it: LinkItem) => ({ uri: it.uri, index: it.index, order: it.order, mk: it.mk, m: it.m });
  const plain = (e: Entity) => ({ ...e, mentions: (e.mentions as LinkItem[]).map(item) });
  const entities = [...linked.entities.values()].map(plain);
  const ids = index.entities().map((e) => e.id);
  const queries = ['', 'а', 'мос', ...index.entities().slice(0, 20).map((e) => e.name.slice(0, 4))];
  return {
    entities, spellings: [...linked.spellings], mentionEntity: [...linked.mentionEntity], merged: index.entities().map(plain),
    findings: index.findings(),
    references: ids.map((id) => entityLocations(index, id)),
    symbols: await Promise.all(queries.map((q) => symbolsMatching(index, q))),
    hits: index.documents().map((d) => index.mentionsIn(d.uri).map((h) => `${h.index}:${h.entity.id}`)),
  };
}

/** A few edits: a sentence added at the start, a name respelled, a document removed, one added. */
function edits(texts: ReadonlyArray<readonly [string, string]>): Array<[string, string | null]> {
  const [a, b, c, d] = [texts[1], texts[3], texts[5], texts[texts.length - 1]];
  const respelled = b[1].replace(/(\p{Lu}\p{Ll}{3})(\p{Ll}{2,})/u, '$1$1$2');
  return [[a[0], `Вставка в начале. ${a[1]}`], [b[0], respelled], [c[0], null], [`${d[0]}.new.txt`, d[1]]];
}

function apply(index: CorpusIndex, [uri, text]: [string, string | null]): void {
  if (text === null) index.delete(uri);
  else set(index, uri, text);
}

describe('stored link', () => {
  for (const [name, corpus] of Object.entries(CORPORA)) {
    it(`restored equals linked (${name}), and after the same edits`, async () => {
      const texts = corpus();
      const linked = await indexOf(texts);
      assert.equal(linked.linkRestored, false);
      const stored = await roundTrip(linked.takeStoredLink());
      assert.equal(linked.takeStoredLink(), undefined, 'taken once');
      const restored = await indexOf(texts, stored);
      assert.equal(restored.linkRestored, true);
      assert.equal(restored.takeStoredLink(), undefined, 'a restored link is not stored again');
      const expected = await view(linked);
      assert.ok(expected.entities.length > 50 && expected.findings.length > 0, 'a corpus with entities and findings');
      assert.deepStrictEqual(await view(restored), expected);
      for (const edit of edits(texts)) {
        apply(linked, edit);
        apply(restored, edit);
        assert.deepStrictEqual(await view(restored), await view(linked), `after editing ${edit[0]}`);
      }
    });
  }

  it('restored over analyses of the analysis cache, decodes no mention, and equals linked, also after edits', async () => {
    const texts = CORPORA['a generated corpus']();
    const linked = await indexOf(texts);
    const stored = await roundTrip(linked.takeStoredLink());
    const dir = scratch();
    const hashOf = (i: number) => `h${i}`;
    await saveCache(dir, texts.map(([, text], i) => ({ ok: true, hash: hashOf(i), analysis: analysis(text), lineStarts: [0], length: text.length, encoding: 'utf-8' })), 'v1');
    const fromCache = async (options: IndexOptions) => {
      const load = await loadCache(dir, 'v1');
      const index = new CorpusIndex(null, options);
      index.offerStoredLink(stored);
      await index.loading(async () => texts.forEach(([uri, text], i) => index.setAnalysis(uri, load.entries.get(hashOf(i))!.analysis, { text })));
      assert.equal(index.linkRestored, true);
      const decoded = [...load.entries.values()].filter((e) => !Object.getOwnPropertyDescriptor(e.analysis, 'mentions')?.get);
      return { index, decoded: decoded.length };
    };
    // As the server loads: the matcher's pass and the relation index come after (here never: nothing waited for).
    const server = await fromCache({ background: true });
    assert.equal(server.decoded, 0, 'restoring and the findings read no mention');
    const { index, decoded } = await fromCache({});
    assert.ok(decoded > 0, 'the matcher read them (not in the background)');
    assert.deepStrictEqual(await view(index), await view(linked));
    for (const edit of edits(texts)) {
      apply(linked, edit);
      apply(index, edit);
      assert.deepStrictEqual(await view(index), await view(linked), `after editing ${edit[0]}`);
    }
  });

  it('is taken before the first edit changes the link', async () => {
    const texts = CORPORA['seeds and heldout5']();
    const linked = await indexOf(texts);
    const expected = structuredClone(await view(linked)); // the edit moves occurrences in place
    apply(linked, edits(texts)[0]);
    const restored = await indexOf(texts, await roundTrip(linked.takeStoredLink()));
    assert.equal(restored.linkRestored, true);
    assert.deepStrictEqual(await view(restored), expected);
  });

  it('taken in steps gives the same snapshot; an edit after some steps takes the rest first', () => {
    const texts = CORPORA['a generated corpus']();
    const docs = () => new Map(texts.map(([uri, text]) => [uri, analysis(text)] as const));
    const whole = new IncrementalLinker(EMPTY_CONFIG);
    whole.load(docs());
    const expected = whole.snapshot();
    assert.ok(expected);
    const linker = new IncrementalLinker(EMPTY_CONFIG);
    const keeper = new LinkKeeper();
    keeper.link(linker, docs(), EMPTY_CONFIG, 'key');
    let steps = 0;
    while (steps < 5 && !keeper.captureStep(linker, 0)) steps++;
    assert.equal(steps, 5, 'a step of no time takes one entity');
    keeper.capture(linker); // as an edit does before it changes the link
    const [uri, text] = edits(texts)[0];
    linker.update(uri, analysis(text!));
    assert.deepStrictEqual(keeper.take(linker), { key: 'key', snapshot: expected });
    const stepped = new LinkKeeper();
    stepped.link(new IncrementalLinker(EMPTY_CONFIG), new Map(), EMPTY_CONFIG, undefined);
    const again = new IncrementalLinker(EMPTY_CONFIG);
    stepped.link(again, docs(), EMPTY_CONFIG, 'key');
    while (!stepped.captureStep(again, 0)) steps++;
    assert.ok(steps > 50, 'one step per entity');
    assert.deepStrictEqual(stepped.take(again), { key: 'key', snapshot: expected });
  });

  it('a linked corpus keeps its spelling tables as its snapshot once taken (built on use): the same link, also after edits', () => {
    const texts = CORPORA['a generated corpus']();
    const docs = () => new Map(texts.map(([uri, text]) => [uri, analysis(text)] as const));
    const item = (it: LinkItem) => ({ uri: it.uri, index: it.index, order: it.order, mk: it.mk, m: it.m });
    const state = (l: IncrementalLinker) => ({
      entities: [...l.linked.entities.values()].map((e) => ({ ...e, mentions: (e.mentions as LinkItem[]).map(item) })),
      spellings: [...l.linked.spellings], mentionEntity: [...l.linked.mentionEntity],
    });
    for (const readFirst of [true, false]) {
      const plain = new IncrementalLinker(EMPTY_CONFIG);
      plain.load(docs());
      const linker = new IncrementalLinker(EMPTY_CONFIG);
      const keeper = new LinkKeeper();
      keeper.link(linker, docs(), EMPTY_CONFIG, 'key');
      assert.ok(keeper.take(linker));
      assert.ok(linker.linked.spellings instanceof LazyTables, 'tables kept as the snapshot once it is taken');
      assert.ok(!(plain.linked.spellings instanceof LazyTables));
      if (readFirst) assert.deepStrictEqual(state(linker), state(plain));
      for (const [uri, text] of edits(texts)) {
        plain.update(uri, text === null ? null : analysis(text));
        linker.update(uri, text === null ? null : analysis(text));
      }
      assert.deepStrictEqual(state(linker), state(plain), readFirst ? 'tables read, then edits' : 'edits before any table is read');
    }
  });

  it('a link of more keys and entities than a chunk is written and read back the same', async () => {
    const texts = generateCorpus(150, 5).files.map((f) => [`file:///gen/${f.name}`, f.text] as const);
    const stored = (await indexOf(texts)).takeStoredLink()!;
    assert.ok(stored.snapshot.keys.length > 512 && stored.snapshot.entities.length > 512, `more than a chunk of 512 (${stored.snapshot.keys.length} keys, ${stored.snapshot.entities.length} entities)`);
    assert.deepStrictEqual(await roundTrip(stored), stored);
  });

  it('a restored link builds a spelling table when it is first read, and edits before that give the same link', async () => {
    const texts = CORPORA['seeds and heldout5']();
    const linked = await indexOf(texts);
    const stored = await roundTrip(linked.takeStoredLink());
    const restored = await indexOf(texts, stored);
    const tables = restored.link().spellings;
    assert.ok(tables instanceof LazyTables, 'restored tables are built on use');
    const id = [...tables.keys()].find((k) => (linked.link().spellings.get(k) ?? []).length > 0)!;
    const peeked = tables.peek(id);
    assert.deepStrictEqual(peeked, linked.link().spellings.get(id));
    assert.notEqual(tables.peek(id), peeked, 'a peek before the first read keeps nothing');
    assert.deepStrictEqual(tables.peek(id, () => false), [], 'a peek with a filter builds only the groups it wants');
    const withVariants = (variants: readonly unknown[]) => variants.length > 0;
    assert.deepStrictEqual(tables.peek(id, withVariants), (peeked ?? []).filter((g) => withVariants(g.variants)));
    assert.deepStrictEqual(tables.get(id), peeked);
    assert.equal(tables.peek(id), tables.get(id), 'read once, kept');
    for (const edit of edits(texts)) { // the other tables are first read by these edits
      apply(linked, edit);
      apply(restored, edit);
    }
    assert.deepStrictEqual(await view(restored), await view(linked));
  });

  describe('a stale stored link is not restored: the corpus is linked as usual', () => {
    const texts = CORPORA['seeds and heldout5']();
    const aliases: CorpusConfig = { ...EMPTY_CONFIG, aliases: [['Москва', 'столица России']] };
    const cases: Record<string, { texts: () => Array<readonly [string, string]>; config?: CorpusConfig }> = {
      'a file added': { texts: () => [...texts, [`${texts[0][0]}.copy.txt`, texts[0][1]]] },
      'a file removed': { texts: () => texts.slice(1) },
      'a file changed': { texts: () => texts.map(([u, t], i) => [u, i === 2 ? `${t} Ещё одна фраза.` : t] as const) },
      'another configuration': { texts: () => texts, config: aliases },
    };
    let stored: StoredLink;
    before(async () => {
      stored = await roundTrip((await indexOf(texts)).takeStoredLink());
    });
    for (const [name, c] of Object.entries(cases)) {
      it(name, async () => {
        const index = await indexOf(c.texts(), stored, c.config);
        assert.equal(index.linkRestored, false);
        assert.deepStrictEqual(await view(index), await view(await indexOf(c.texts(), undefined, c.config)));
        assert.ok(index.takeStoredLink(), 'the new link is stored instead');
      });
    }
    it('a snapshot that does not fit the analyses (same key)', async () => {
      const bad = { key: stored.key, snapshot: { ...stored.snapshot, counts: stored.snapshot.counts.map((n, i) => (i === 0 ? n + 1 : n)) } };
      const index = await indexOf(texts, bad);
      assert.equal(index.linkRestored, false);
      assert.deepStrictEqual(await view(index), await view(await indexOf(texts)));
    });
    it('a snapshot whose tables do not fit its occurrences (same key)', async () => {
      const entities = stored.snapshot.entities.map((e) => structuredClone(e));
      const record = entities.find((e) => e.table.length)!.table[0];
      record.spellings[0][1] += 0.5;
      record.spellings.push(['лишнее', 0.5]);
      const bad = { key: stored.key, snapshot: { ...stored.snapshot, entities } };
      assert.equal((await indexOf(texts, bad)).linkRestored, false, 'counts not whole numbers');
      const dropped = { key: stored.key, snapshot: { ...stored.snapshot, entities: entities.map((e) => ({ ...e, table: [] })) } };
      assert.equal((await indexOf(texts, dropped)).linkRestored, false, 'occurrences left over');
    });
    it('a snapshot of the wrong shape (same key)', async () => {
      const bad = { key: stored.key, snapshot: { ...stored.snapshot, entities: [{ id: 'x' }] } } as unknown as StoredLink;
      assert.equal((await indexOf(texts, bad)).linkRestored, false);
    });
  });

  describe('a damaged file is ignored, with the reason', () => {
    let bytes: Buffer;
    before(async () => {
      const dir = scratch();
      await saveStoredLink(dir, (await indexOf(CORPORA['seeds and heldout5']())).takeStoredLink()!);
      bytes = readFileSync(path.join(dir, LINK_FILE));
    });
    const damaged: Record<string, [(b: Buffer) => Buffer, RegExp]> = {
      truncated: [(b) => b.subarray(0, b.length - 100), /truncated/],
      'cut inside its header': [(b) => b.subarray(0, 20), /truncated/],
      corrupt: [(b) => {
        const c = Buffer.from(b);
        c[c.length - 50] ^= 0xff;
        return c;
      }, /checksum/],
      'not a stored link': [() => Buffer.from('something else entirely'), /not a stored link/],
    };
    for (const [name, [damage, reason]] of Object.entries(damaged)) {
      it(name, async () => {
        const dir = scratch();
        writeFileSync(path.join(dir, LINK_FILE), damage(bytes));
        const read = await loadStoredLink(dir);
        assert.equal(read.stored, undefined);
        assert.match(read.problem ?? '', reason);
      });
    }
    it('no file: nothing, no problem', async () => {
      assert.deepEqual(await loadStoredLink(scratch()), {});
    });
  });
});
