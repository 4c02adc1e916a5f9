/**
 * Loads article files into the index: each file's bytes are hashed and looked up in the analysis
 * cache; the others are analysed by the worker pool; the corpus is linked once at the end. Used by the
 * language server (initial scan) and the CLI.
 */
import { readFileBytes, contentHash, type FileAnalysis } from './analysis/fileAnalysis';
import { loadCache, saveCache } from './analysis/cache';
import type { AnalysisPool } from './analysis/pool';
import type { CorpusIndex } from './corpusIndex';
import { internAnalysis, type StringPool } from './analysis/intern';
import { LineMap } from './lineMap';
import { nonProsePath } from './prose';
import { loadStoredLink, saveStoredLink } from './linkStore';

export interface LoadOptions {
  pool: AnalysisPool;
  maxSize: number;
  /** Folder of the analysis cache; absent: no cache. */
  cacheDir?: string;
  uriOf(file: string): string;
  /** The path prose checks judge (relative to its folder); absent: no prose check (files named on purpose). */
  prosePath?(file: string): string | undefined;
  /** Files whose uri is skipped (e.g. open in an editor, which wins over the disk). */
  skip?(uri: string): boolean;
  onProgress?(done: number, total: number): void;
  onSkipped?(file: string, reason: string): void;
  /** Called instead of writing the cache before returning (the server writes it later, when idle). */
  scheduleSave?(): void;
  /** A doubtful encoding or replaced bytes, one line per file. */
  onNote?(file: string, note: string): void;
  /** Why the stored link in the cache folder was not used (corrupt, truncated, of another format). */
  onLinkProblem?(problem: string): void;
}

export interface LoadSummary {
  cached: number;
  analysed: number;
  skipped: number;
  cacheProblem?: string;
}

/** Files in flight at once: enough to keep the workers busy while the main thread reads. */
const WINDOW = 64;

export async function loadFiles(index: CorpusIndex, files: readonly string[], o: LoadOptions): Promise<LoadSummary> {
  const link = o.cacheDir ? loadStoredLink(o.cacheDir) : undefined;
  const cache = o.cacheDir ? await loadCache(o.cacheDir) : { entries: new Map<string, FileAnalysis>() };
  const summary: LoadSummary = { cached: 0, analysed: 0, skipped: 0, cacheProblem: cache.problem };
  let next = 0;
  let done = 0;
  const strings: StringPool = new Map();
  const one = async (file: string): Promise<void> => {
    const uri = o.uriOf(file);
    if (o.skip?.(uri)) return;
    const result = await analyseFile(file, o, cache.entries);
    if (!result.ok) {
      summary.skipped++;
      index.delete(uri);
      o.onSkipped?.(file, result.reason);
      return;
    }
    if (result.fromCache) summary.cached++;
    else summary.analysed++;
    if (result.entry.note) o.onNote?.(file, result.entry.note);
    addToIndex(index, uri, result.entry, strings);
  };
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      await one(files[next++]);
      o.onProgress?.(++done, files.length);
    }
  };
  await index.loading(async () => {
    await Promise.all(Array.from({ length: Math.min(WINDOW, files.length) }, lane));
    const stored = await link;
    if (stored?.problem) o.onLinkProblem?.(stored.problem);
    index.offerStoredLink(stored?.stored);
  });
  const stale = summary.analysed > 0 || summary.cached !== cache.entries.size;
  if (o.cacheDir && stale) {
    if (o.scheduleSave) o.scheduleSave();
    else await saveIndexCache(index, o.cacheDir).catch(() => undefined);
  }
  return summary;
}

async function analyseFile(file: string, o: LoadOptions, cache: Map<string, FileAnalysis>) {
  const prosePath = o.prosePath?.(file);
  const notProse = prosePath === undefined ? undefined : nonProsePath(prosePath);
  if (notProse) return { ok: false as const, reason: notProse };
  const read = await readFileBytes(file, o.maxSize);
  if (!read.ok) return read;
  const hash = contentHash(read.bytes);
  const hit = cache.get(hash);
  if (hit) return { ok: true as const, entry: hit, fromCache: true };
  const result = await o.pool.bytes(read.bytes, hash, prosePath);
  return result.ok ? { ok: true as const, entry: result, fromCache: false } : result;
}

export function addToIndex(index: CorpusIndex, uri: string, entry: FileAnalysis, strings?: StringPool): void {
  index.setAnalysis(uri, strings ? internAnalysis(entry.analysis, strings) : entry.analysis, {
    lines: new LineMap(entry.lineStarts, entry.length), disk: { hash: entry.hash, encoding: entry.encoding, note: entry.note },
  });
}

/** Stores the index's last full link next to the cache, unless it was restored or stored already; true when written. */
export async function saveIndexLink(index: CorpusIndex, dir: string): Promise<boolean> {
  const stored = index.takeStoredLink();
  if (stored) await saveStoredLink(dir, stored);
  return !!stored;
}

/** Writes the analyses of every document read from disk to the cache (documents no longer there are dropped). */
export async function saveIndexCache(index: CorpusIndex, dir: string): Promise<void> {
  const entries: FileAnalysis[] = [];
  for (const doc of index.documents()) {
    const entry = index.cacheEntry(doc.uri);
    if (entry) entries.push(entry);
  }
  await saveCache(dir, entries);
}
