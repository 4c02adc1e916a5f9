/**
 * The stored link: the snapshot of the last full link (core/linking/snapshot.ts) next to the analysis
 * cache, so that a start on unchanged files restores it instead of linking again. One msgpack file
 * with a JSON header: a format version, the key and a checksum of the payload. The long lists (uris,
 * keys, entities, strings) go in chunks packed apart (msgpack of their own), so that a save packs and
 * checksums them in slices of PACK_SLICE_MS, yielding to the event loop between them (it runs in an
 * editor in use). The key is a hash of the engine version, the configuration and the ordered list of
 * (uri, content hash) of the documents linked: any file added, removed or changed, another configuration
 * or another engine makes the stored link stale, and the corpus is linked as usual. A missing, truncated or corrupt file is ignored.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Packr } from 'msgpackr';
import type { CorpusConfig } from '../core/config';
import type { IncrementalLinker } from '../core/linking/incremental';
import type { LinkSnapshot, OccurrenceColumns, SnapshotTaker } from '../core/linking/snapshot';
import type { DocumentAnalysis } from '../core/types';
import { engineVersion } from './analysis/cache';
import { NIL, readStampedFile, sha1, sha1InSlices, writeStampedFile } from './analysis/stampedFile';
import { packChunks, Slices, unchunk } from './analysis/packSlices';

const MAGIC = Buffer.from('CLLINK01');
/** Changes with the layout of the payload. */
const FORMAT = 3;
export const LINK_FILE = 'link.bin';

export interface StoredLink {
  key: string;
  snapshot: LinkSnapshot;
}

export interface StoredLinkLoad {
  stored?: StoredLink;
  /** Why a file there was not used (absent when there was none). */
  problem?: string;
}

/** The key of a link of these documents (uri and content hash, in any order) with this configuration. */
export function linkKey(config: CorpusConfig, docs: ReadonlyArray<readonly [string, string]>, version = engineVersion): string {
  const hash = createHash('sha1');
  const distinct = config.distinct ?? [];
  hash.update(JSON.stringify([FORMAT, version, config.aliases, config.preferredSpellings, config.acceptedSpellings, distinct]));
  for (const [uri, content] of [...docs].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) hash.update(`\n${uri}\u0000${content}`);
  return hash.digest('hex');
}

/**
 * A corpus index's stored links: the one offered for its next full link, and its last full link to
 * store, whose snapshot is taken when the host is idle or before the first edit changes the link.
 */
export class LinkKeeper {
  offered: StoredLink | undefined;
  /** The last full link restored the stored link offered; its milliseconds (restored or linked). */
  restored = false;
  ms = 0;
  /** The last full link to store, or its key while its snapshot is not taken yet. */
  private toStore: StoredLink | string | undefined;
  /** Its snapshot being taken in steps (captureStep). */
  private taker: SnapshotTaker | undefined;

  /** Links the corpus fully: restores the link offered if its key is this one, else links (`key` undefined: never restores). */
  link(linker: IncrementalLinker, docs: ReadonlyMap<string, DocumentAnalysis>, config: CorpusConfig, key: string | undefined): void {
    const offered = this.offered;
    const t0 = performance.now();
    this.offered = undefined;
    this.restored = !!offered && offered.key === key && linker.restore(docs, config, offered.snapshot);
    if (!this.restored) linker.load(docs, config);
    this.ms = performance.now() - t0;
    this.toStore = this.restored ? undefined : key;
    this.taker = undefined;
  }

  /** Takes the snapshot of the last full link if it is still to be taken, or its steps left (call before the linker changes it). */
  capture(linker: IncrementalLinker): void {
    this.captureStep(linker, Infinity);
  }

  /**
   * Takes the snapshot of the last full link for about `budgetMs` (snapshot.ts: SnapshotTaker), to be
   * run between requests; true when nothing is left to take. The steps go on from one call to the next.
   */
  captureStep(linker: IncrementalLinker, budgetMs: number): boolean {
    const key = this.toStore;
    if (typeof key !== 'string') return true;
    if (!linker.unchanged) this.taker = undefined; // changed since the link (not expected: updates capture first)
    this.taker ??= linker.snapshotInSteps();
    if (this.taker && !this.taker.step(budgetMs)) return false;
    const taker = this.taker;
    this.taker = undefined;
    const snapshot = taker?.result();
    if (taker && snapshot) linker.compactTables(taker);
    this.toStore = snapshot && { key, snapshot };
    return true;
  }

  /** The last full link to store, once (then undefined). */
  take(linker: IncrementalLinker): StoredLink | undefined {
    this.capture(linker);
    const stored = this.toStore;
    this.toStore = undefined;
    return typeof stored === 'string' ? undefined : stored;
  }
}

export async function loadStoredLink(dir: string): Promise<StoredLinkLoad> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path.join(dir, LINK_FILE));
  } catch {
    return {};
  }
  try {
    return { stored: decode(bytes) };
  } catch (e) {
    return { problem: `the stored link was not used (${(e as Error).message})` };
  }
}

export async function saveStoredLink(dir: string, stored: StoredLink): Promise<void> {
  const slices = new Slices();
  const payload = await packInSlices(stored.snapshot, slices);
  const digest = await sha1InSlices(payload, () => slices.next());
  await writeStampedFile(path.join(dir, LINK_FILE), MAGIC, { format: FORMAT, key: stored.key, sha1: digest, length: payload.length }, payload);
}

async function packInSlices(s: LinkSnapshot, slices: Slices): Promise<Buffer> {
  const packr = new Packr({ useRecords: true });
  try {
    const chunks = (list: readonly unknown[]) => packChunks(packr, list, slices);
    const lists = { uris: await chunks(s.uris), keys: await chunks(s.keys), entities: await chunks(s.entities), strings: await chunks(s.strings) };
    return packr.pack(toPayload(s, lists));
  } finally {
    packr.useBuffer(Buffer.alloc(8192)); // let go of the pack buffer (as large as the payload)
  }
}

const INT32_COLUMNS = ['mention', 'start', 'end', 'shift', 'text', 'lemma'] as const;
const CHUNKED = ['uris', 'keys', 'entities', 'strings'] as const;

/** Typed arrays go as raw bytes (msgpack has no typed arrays of its own); the long lists as packed chunks. */
function toPayload(s: LinkSnapshot, lists: Record<(typeof CHUNKED)[number], Buffer[]>): unknown {
  const occurrences: Record<string, Buffer> = {};
  for (const name of [...INT32_COLUMNS, 'unsure'] as const) occurrences[name] = bytesOf(s.occurrences[name]);
  return { ...s, ...lists, keyOf: bytesOf(s.keyOf), entityOf: bytesOf(s.entityOf), starts: bytesOf(s.starts), occurrences };
}

function bytesOf(a: Int32Array | Int8Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

function decode(bytes: Buffer): StoredLink {
  const { header, payload } = readStampedFile<{ format: number; key: string; sha1: string; length: number }>(bytes, MAGIC, 'a stored link');
  if (header.format !== FORMAT) throw new Error('another format');
  if (payload.length !== header.length) throw new Error('truncated');
  if (sha1(payload) !== header.sha1) throw new Error('checksum mismatch: corrupt');
  const packr = new Packr({ useRecords: true });
  const raw = packr.unpack(payload) as Record<string, unknown>;
  const lists = Object.fromEntries(CHUNKED.map((name) => [name, unchunk(packr, raw[name])]));
  packr.unpack(NIL); // msgpackr keeps the last source buffer (the whole file) until the next unpack
  return { key: header.key, snapshot: fromPayload({ ...raw, ...lists }) };
}

function fromPayload(raw: Record<string, unknown>): LinkSnapshot {
  const { uris, counts, keys, entities, strings } = raw;
  if (![uris, counts, keys, entities, strings].every(Array.isArray)) throw new Error('malformed');
  const occ = raw.occurrences as Record<string, unknown>;
  const occurrences = Object.fromEntries(INT32_COLUMNS.map((name) => [name, int32s(occ?.[name])])) as Omit<OccurrenceColumns, 'unsure'>;
  const unsure = occ?.unsure;
  if (!(unsure instanceof Uint8Array)) throw new Error('malformed');
  return {
    uris, counts, keys, entities, strings, keyOf: int32s(raw.keyOf), entityOf: int32s(raw.entityOf), starts: int32s(raw.starts),
    occurrences: { ...occurrences, unsure: new Int8Array(Uint8Array.from(unsure).buffer) },
  } as LinkSnapshot;
}

/** A copy as 32-bit integers (the bytes need not be aligned in the file). */
function int32s(bytes: unknown): Int32Array {
  if (!(bytes instanceof Uint8Array) || bytes.length % 4) throw new Error('malformed');
  const out = new Int32Array(bytes.length / 4);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}
