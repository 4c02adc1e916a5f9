// Runs a benchmark as the extension ships its code: bundled by esbuild as scripts/build.mjs bundles the
// server (one file, calls between modules direct), not through tsx's per-file transform, where every call
// into another module goes through that module's exports object (the analysis measured 10-20% slower so).
// `node scripts/bundled.mjs bench/engine.ts [args...]`; the bundle goes to .cache/bundled/.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/bundled.mjs ENTRY.ts [args...]');
  process.exit(2);
}
const outfile = join('.cache', 'bundled', basename(entry).replace(/\.ts$/, '.js'));
await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
const run = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
