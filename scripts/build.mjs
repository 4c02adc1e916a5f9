// Bundles the client, the language server and the CLI with esbuild, and copies the Russian
// dictionaries the morphology needs next to them. `node scripts/build.mjs [--watch]`.
import { build, context } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
};

const targets = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
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
