/**
 * The persistent analysis cache: per article, its analysis keyed by the content hash of its bytes, in
 * one msgpack file stamped with the engine version and a checksum. A file that is missing, truncated,
 * corrupt, of another format or of another engine version is reported and ignored (then rewritten),
 * never trusted. Writes go to a temporary file renamed over the old one.
 *
 * The mentions' strings are stored once, in a table (stringTable.ts); each document's mentions and its
 * article's structure are packed apart and decoded when first read (lazyMentions.ts, lazyArticle.ts).
 * Beside the analyses, the cache
 * keeps per file (by uri) the size and modification time it had when read, and which analysis its bytes
 * had: a start that finds both unchanged takes the analysis without reading and hashing the file.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Packr } from 'msgpackr';
import type { FileStamp } from '../corpusFiles';
import type { FileAnalysis } from './fileAnalysis';
import { NIL, readStampedFile, sha1, sha1InSlices, writeStampedFile } from './stampedFile';
import { packChunks, Slices, unchunk } from './packSlices';
import { packArticles, withLazyArticle, type PackedArticles } from './lazyArticle';
import { mentionPacker, MentionReader, type PackedMentions } from './lazyMentions';
import { StringTableWriter } from './stringTable';

declare const ENGINE_VERSION: string | undefined;

/** The engine's version: a hash of the analysis code and data, set by the build ('dev' from sources). */
export const engineVersion = typeof ENGINE_VERSION === 'string' ? ENGINE_VERSION : 'dev';

/** Changes with the layout of the payload (4: entries and strings packed in chunks). */
const MAGIC = Buffer.from('CLCACHE4');
export const CACHE_FILE = 'analyses.bin';

/** A file's stamp when it was read, and the content hash of the bytes read then. */
export interface StampedHash extends FileStamp {
  hash: string;
}

export interface CacheLoad {
  entries: Map<string, FileAnalysis>;
  /** By uri: the files' stamps when their analyses were made. */
  stamps: Map<string, StampedHash>;
  /** The table of the mentions' strings (to share them with analyses made after the load). */
  strings: string[];
  /** Why the cache was not used (absent when it was, or when there was none). */
  problem?: string;
}

/**
 * The payload: the string table, the entries (their analyses without mentions and article), the
 * mentions (their strings as numbers), the articles, the stamps as columns.
 */
interface Payload {
  /** The string table and the entries go as chunks packed apart (packSlices.ts). */
  strings: Buffer[];
  entries: Buffer[];
  mentions: PackedMentions;
  articles: PackedArticles;
  stamps: { uri: string[]; size: number[]; mtimeMs: number[]; entry: number[] };
}

const empty = (problem?: string): CacheLoad => ({ entries: new Map(), stamps: new Map(), strings: [], problem });

export async function loadCache(dir: string, version = engineVersion): Promise<CacheLoad> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path.join(dir, CACHE_FILE));
  } catch {
    return empty();
  }
  try {
    return decode(bytes, version);
  } catch (e) {
    return empty(`the analysis cache was not used (${(e as Error).message}); it will be rebuilt`);
  }
}

function decode(bytes: Buffer, version: string): CacheLoad {
  const { header, payload } = readStampedFile<{ engine: string; sha1: string; count: number }>(bytes, MAGIC, 'a cache file');
  if (header.engine !== version) throw new Error('made by another engine version');
  if (sha1(payload) !== header.sha1) throw new Error('checksum mismatch: truncated or corrupt');
  const packr = new Packr({ useRecords: true });
  const raw = packr.unpack(payload) as Payload;
  // msgpackr keeps the last source buffer (here the whole cache file) until the next unpack.
  packr.unpack(NIL);
  const strings = unchunk(packr, raw?.strings) as string[];
  const list = unchunk(packr, raw?.entries) as FileAnalysis[];
  const { stamps, articles, mentions } = raw ?? {};
  if (list.length !== header.count) throw new Error('entry count mismatch');
  if (!(articles?.bytes instanceof Uint8Array) || articles.ends?.length !== list.length) throw new Error('malformed articles');
  const block = new Uint8Array(articles.bytes); // a copy (one memcpy, unlike Buffer.from): the file's buffer is let go
  const reader = new MentionReader(mentions, list.length, strings);
  list.forEach((entry, i) => {
    const failures = (entry.analysis as Partial<FileAnalysis['analysis']> | undefined)?.failures;
    if (failures !== undefined && !Array.isArray(failures)) throw new Error('malformed analysis');
    // The fields in the order an analysis has them: article, mentions, failures.
    entry.analysis = reader.attach(withLazyArticle({}, block, i ? articles.ends[i - 1] : 0, articles.ends[i]), i);
    if (failures !== undefined) entry.analysis.failures = failures;
  });
  return { entries: new Map(list.map((entry) => [entry.hash, entry])), stamps: readStamps(stamps, list), strings };
}

function readStamps(s: Payload['stamps'], list: FileAnalysis[]): Map<string, StampedHash> {
  const out = new Map<string, StampedHash>();
  if (![s?.uri, s?.size, s?.mtimeMs, s?.entry].every((c) => Array.isArray(c) && c.length === s.uri.length)) throw new Error('malformed stamps');
  s.uri.forEach((uri, i) => {
    const hash = list[s.entry[i]]?.hash;
    if (typeof hash !== 'string') throw new Error('malformed stamps');
    out.set(uri, { size: s.size[i], mtimeMs: s.mtimeMs[i], hash });
  });
  return out;
}

/** Writes the entries and, by uri, the stamps of the files read (those whose hash is not an entry's are left out). */
export async function saveCache(dir: string, entries: Iterable<FileAnalysis>, version = engineVersion, stamps: ReadonlyMap<string, StampedHash> = new Map()): Promise<void> {
  const list = [...entries];
  const packr = new Packr({ useRecords: true });
  const table = new StringTableWriter();
  const slices = new Slices();
  const packed = list.map((e) => ({ ...e, analysis: withoutMentions(e.analysis) }));
  const mentions = await packInSlices(list, table, slices);
  const articles = packArticles(list.map((e) => e.analysis));
  const chunked = { strings: await packChunks(packr, table.strings, slices), entries: await packChunks(packr, packed, slices) };
  const payload = packr.pack({ ...chunked, mentions, articles, stamps: stampColumns(list, stamps) } satisfies Payload);
  try {
    const digest = await sha1InSlices(payload, () => slices.next());
    await writeStampedFile(path.join(dir, CACHE_FILE), MAGIC, { engine: version, sha1: digest, count: list.length }, payload);
  } finally {
    // msgpackr packs into a shared buffer that grows to the largest payload and stays: hand it a small one.
    packr.useBuffer(Buffer.alloc(8192));
  }
}

/** The mentions of every entry packed, a slice's time at most between turns of the event loop (a save runs in an editor in use). */
async function packInSlices(list: readonly FileAnalysis[], table: StringTableWriter, slices: Slices): Promise<PackedMentions> {
  const packer = mentionPacker(table);
  for (const e of list) {
    packer.add(e.analysis.mentions);
    await slices.next();
  }
  return packer.done();
}

/** The analysis's fields other than its mentions and article (packed apart), without reading them. */
function withoutMentions(a: FileAnalysis['analysis']): FileAnalysis['analysis'] {
  return (a.failures === undefined ? {} : { failures: a.failures }) as FileAnalysis['analysis'];
}

function stampColumns(list: FileAnalysis[], stamps: ReadonlyMap<string, StampedHash>): Payload['stamps'] {
  const entryOf = new Map(list.map((e, i) => [e.hash, i]));
  const out: Payload['stamps'] = { uri: [], size: [], mtimeMs: [], entry: [] };
  for (const [uri, stamp] of stamps) {
    const entry = entryOf.get(stamp.hash);
    if (entry === undefined) continue;
    out.uri.push(uri);
    out.size.push(stamp.size);
    out.mtimeMs.push(stamp.mtimeMs);
    out.entry.push(entry);
  }
  return out;
}
