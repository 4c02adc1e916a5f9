// Runs the unit, protocol and CLI tests with node's built-in runner (Node 20 has no glob support for
// --test, so the files are listed here). `node scripts/test.mjs [folder...]`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const folders = process.argv.slice(2).length ? process.argv.slice(2) : ['test/unit', 'test/protocol', 'test/cli'];
const files = folders.flatMap((dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(dir, f)),
).sort();
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
