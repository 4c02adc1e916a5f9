/**
 * The persistent analysis cache: per article, its analysis keyed by the content hash of its bytes, in
 * one msgpack file stamped with the engine version and a checksum. A file that is missing, truncated,
 * corrupt, of another format or of another engine version is reported and ignored (then rewritten),
 * never trusted. Writes go to a temporary file renamed over the old one.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Packr } from 'msgpackr';
import type { FileAnalysis } from './fileAnalysis';
import { readStampedFile, sha1, writeStampedFile } from './stampedFile';

declare const ENGINE_VERSION: string | undefined;

/** The engine's version: a hash of the analysis code and data, set by the build ('dev' from sources). */
export const engineVersion = typeof ENGINE_VERSION === 'string' ? ENGINE_VERSION : 'dev';

const MAGIC = Buffer.from('CLCACHE1');
export const CACHE_FILE = 'analyses.bin';

export interface CacheLoad {
  entries: Map<string, FileAnalysis>;
  /** Why the cache was not used (absent when it was, or when there was none). */
  problem?: string;
}

export async function loadCache(dir: string, version = engineVersion): Promise<CacheLoad> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path.join(dir, CACHE_FILE));
  } catch {
    return { entries: new Map() };
  }
  try {
    return { entries: decode(bytes, version) };
  } catch (e) {
    return { entries: new Map(), problem: `the analysis cache was not used (${(e as Error).message}); it will be rebuilt` };
  }
}

function decode(bytes: Buffer, version: string): Map<string, FileAnalysis> {
  const { header, payload } = readStampedFile<{ engine: string; sha1: string; count: number }>(bytes, MAGIC, 'a cache file');
  if (header.engine !== version) throw new Error('made by another engine version');
  if (sha1(payload) !== header.sha1) throw new Error('checksum mismatch: truncated or corrupt');
  const packr = new Packr({ useRecords: true });
  const list = packr.unpack(payload) as FileAnalysis[];
  // msgpackr keeps the last source buffer (here the whole cache file) until the next unpack.
  packr.unpack(NIL);
  if (!Array.isArray(list) || list.length !== header.count) throw new Error('entry count mismatch');
  return new Map(list.map((entry) => [entry.hash, entry]));
}

export async function saveCache(dir: string, entries: Iterable<FileAnalysis>, version = engineVersion): Promise<void> {
  const list = [...entries];
  const packr = new Packr({ useRecords: true });
  const payload = packr.pack(list);
  try {
    await writeStampedFile(path.join(dir, CACHE_FILE), MAGIC, { engine: version, sha1: sha1(payload), count: list.length }, payload);
  } finally {
    // msgpackr packs into a shared buffer that grows to the largest payload and stays: hand it a small one.
    packr.useBuffer(Buffer.alloc(8192));
  }
}

/** A msgpack nil: unpacking it makes msgpackr let go of the previous source buffer. */
export const NIL = Buffer.from([0xc0]);
