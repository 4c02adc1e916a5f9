/**
 * The deterministic benchmark corpus: `n` articles (~4 KB each) in the layouts of seeds/, naming people
 * from a pool that grows with n, organizations, places and dates, with ~1% of surname mentions written
 * with a variant spelling. Same seed, same n: the same bytes, on any machine, without the network.
 *
 *   node --import tsx bench/corpus/generate.ts 1000        # writes .cache/bench/corpus-1000/ (if not there)
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { FORMATS, writeArticle, type Format } from './articles';
import { makePeople, type Person } from './names';
import { Random } from './random';
import { makeOrganizations, type Organization } from './world';

/** Bump when the generator's output changes: cached corpora of another version are rewritten. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20251120;
export const CACHE_ROOT = path.resolve(__dirname, '../../.cache/bench');

export interface CorpusFile {
  /** 'articles/00042_3f9c0a1b2c3d4e5f.txt' */
  name: string;
  text: string;
  format: Format;
  variants: number;
}

export interface Corpus {
  files: CorpusFile[];
  people: Person[];
  organizations: Organization[];
}

export interface CorpusManifest {
  version: number;
  seed: number;
  articles: number;
  bytes: number;
  people: number;
  organizations: number;
  variants: number;
  /** Full names at the head of the people pool, the most often named (articles draw people skewed to the head). */
  frequentPeople: string[];
}

export function generateCorpus(n: number, seed = DEFAULT_SEED): Corpus {
  const rng = new Random(seed);
  const people = makePeople(Math.max(40, Math.round(n * 0.9)), rng.fork(1));
  const organizations = makeOrganizations(Math.max(20, Math.round(n * 0.15)), rng.fork(2));
  const world = { people, organizations, variantRate: 0.01 };
  const files: CorpusFile[] = [];
  const articles = rng.fork(3);
  for (let i = 0; i < n; i++) {
    // Every fifth article in each layout, so a small corpus has all of them.
    const format = FORMATS[i % FORMATS.length];
    const a = writeArticle(articles, world, format, articles.int(2600, 5600));
    files.push({ name: `articles/${String(i).padStart(5, '0')}_${articles.hex(16)}.txt`, text: a.text, format, variants: a.variants });
  }
  return { files, people, organizations };
}

export function corpusDir(n: number, root = CACHE_ROOT): string {
  return path.join(root, `corpus-${n}`);
}

const MANIFEST = 'generator.json';

export function readManifest(dir: string): CorpusManifest | null {
  try {
    return JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8')) as CorpusManifest;
  } catch {
    return null;
  }
}

/**
 * The corpus of n articles on disk (written under `root` unless already there with this generator
 * version and seed). Written to a temporary folder first, so an interrupted run leaves no half corpus.
 */
export function ensureCorpus(n: number, options: { root?: string; seed?: number; force?: boolean } = {}): { dir: string; manifest: CorpusManifest; generated: boolean } {
  const seed = options.seed ?? DEFAULT_SEED;
  const dir = corpusDir(n, options.root);
  const existing = readManifest(dir);
  if (!options.force && existing && existing.version === GENERATOR_VERSION && existing.seed === seed && existing.articles === n) {
    return { dir, manifest: existing, generated: false };
  }
  const corpus = generateCorpus(n, seed);
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(path.join(tmp, 'articles'), { recursive: true });
  let bytes = 0;
  for (const f of corpus.files) {
    writeFileSync(path.join(tmp, f.name), f.text);
    bytes += Buffer.byteLength(f.text);
  }
  const manifest: CorpusManifest = {
    version: GENERATOR_VERSION,
    seed,
    articles: n,
    bytes,
    people: corpus.people.length,
    organizations: corpus.organizations.length,
    variants: corpus.files.reduce((s, f) => s + f.variants, 0),
    frequentPeople: corpus.people.slice(0, 50).map((p) => p.name),
  };
  writeFileSync(path.join(tmp, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  renameSync(tmp, dir);
  return { dir, manifest, generated: true };
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? 1000);
  if (!Number.isInteger(n) || n <= 0) {
    console.error('usage: generate.ts ARTICLES [--force]');
    process.exit(2);
  }
  const t0 = Date.now();
  const { dir, manifest, generated } = ensureCorpus(n, { force: process.argv.includes('--force') });
  console.log(`${generated ? 'wrote' : 'kept'} ${path.relative(process.cwd(), dir)}: ${manifest.articles} articles, ${(manifest.bytes / 1e6).toFixed(1)} MB, ${manifest.people} people, ${manifest.variants} variant spellings (${Date.now() - t0} ms)`);
}
