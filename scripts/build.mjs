// Bundles the client, the language server and the CLI with esbuild, and copies the Russian
// dictionaries the morphology needs next to them. `node scripts/build.mjs [--watch]`.
import { build, context } from 'esbuild';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const watch = process.argv.includes('--watch');

/** The engine's version for the analysis cache: a hash of the analysis code, its data and the dictionaries' package. */
function engineVersion() {
  const hash = createHash('sha1');
  const files = readdirSync('server/src/core', { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).sort();
  for (const f of files) hash.update(f).update(readFileSync(join('server/src/core', f)));
  hash.update(readFileSync(require.resolve('az/package.json'))).update(readFileSync('server/src/index/decode/detect.ts'));
  return hash.digest('hex').slice(0, 16);
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
  define: { ENGINE_VERSION: JSON.stringify(engineVersion()) },
};

const targets = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/index/analysis/worker.ts'], outfile: 'dist/analysisWorker.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

mkdirSync('dist', { recursive: true });
cpSync(join(dirname(require.resolve('az/package.json')), 'dicts'), 'dist/dicts', { recursive: true });

if (watch) {
  for (const t of targets) await (await context({ ...common, ...t })).watch();
  console.log('esbuild: watching');
} else {
  await Promise.all(targets.map((t) => build({ ...common, ...t })));
}
