/**
 * The workspace-symbol search alone (features/symbolSearch.ts), in process: 19,000 entities with
 * generated names (about the entity count of the 10,000-article bench corpus), queries a full surname
 * and its first four letters, 400 results asked (what workspaceSymbols asks). Prints p50 / p95 in ms.
 * `--root DIR` measures another tree's server/src (to compare two builds in one run). Asserts nothing.
 *
 *   node --import tsx bench/symbolSearch.ts [--root DIR]
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Random } from './corpus/random';
import { GIVEN_NAMES, makeSurname } from './corpus/names';

const at = process.argv.indexOf('--root');
const ROOT = at > 0 ? path.resolve(process.argv[at + 1]) : path.resolve(__dirname, '..');

async function main(): Promise<void> {
  const { SymbolSearch } = await import(pathToFileURL(path.join(ROOT, 'server/src/features/symbolSearch.ts')).href);
  const rng = new Random(7);
  const list: unknown[] = [];
  for (let i = 0; i < 19000; i++) {
    const s = makeSurname(rng).base + (rng.next() < 0.5 ? 'ов' : '');
    const g = rng.pick(GIVEN_NAMES.m);
    list.push({ id: `PER:${i}`, type: 'PER', name: `${g} ${s}`, spellings: rng.next() < 0.2 ? [s] : [], roles: [], mentions: Array.from({ length: 1 + (i % 7) }, () => ({})) });
  }
  const search = new SymbolSearch();
  search.update(list);
  const queries = (list.slice(0, 40) as Array<{ name: string }>).flatMap((e) => { const s = e.name.split(' ')[1]; return [s, s.slice(0, 4)]; });
  const times: number[] = [];
  for (let r = 0; r < 3; r++) for (const q of queries) { const t = performance.now(); await search.search(q, 400); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  console.log(path.relative(process.cwd(), ROOT) || '.', 'p50', times[Math.floor(times.length / 2)].toFixed(2), 'p95', times[Math.floor(times.length * 0.95)].toFixed(2));
}

void main();
