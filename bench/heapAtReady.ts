/**
 * A heap snapshot of the built server when a cold index of a generated corpus ends (issue 11: where the
 * memory goes): starts dist/server.js with an empty storage folder and --heapsnapshot-signal, waits for the
 * end of indexing (and `--wait` ms more), signals it, waits for the snapshot file in `--dir`, stops it.
 * Summarize with `python3 bench/lib/heapSummary.py FILE`.
 *
 *   node --import tsx bench/heapAtReady.ts --size 10000 --dir .cache/snap [--wait 0]
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { CACHE_ROOT, ensureCorpus } from './corpus/generate';
import { BenchServer, sleep } from './lib/server';
import { probeArgs } from './lib/stats';

const { opt, size } = probeArgs();

async function main(): Promise<void> {
  const { dir } = ensureCorpus(size);
  const out = path.resolve(opt('dir', path.join(CACHE_ROOT, 'snap')));
  mkdirSync(out, { recursive: true });
  const storagePath = path.join(CACHE_ROOT, `heap-storage-${size}`);
  rmSync(storagePath, { recursive: true, force: true });
  mkdirSync(storagePath, { recursive: true });
  const settings = { files: { include: ['**/*.txt'], exclude: ['**/node_modules/**', '**/.git/**'] }, diagnostics: { severity: 'warning' } };
  const before = new Set(readdirSync(out));
  const server = await BenchServer.start({ folder: dir, storagePath, settings, nodeArgs: ['--heapsnapshot-signal=SIGUSR1', `--diagnostic-dir=${out}`] }, 600000);
  try {
    await server.indexed(600000);
    await sleep(Number(opt('wait', '0')));
    process.stderr.write(`indexed; RSS ${server.rssMB().toFixed(0)} MB; snapshot...\n`);
    process.kill(server.pid, 'SIGUSR1');
    for (let i = 0; i < 1200; i++) {
      await sleep(500);
      const fresh = readdirSync(out).filter((f) => f.endsWith('.heapsnapshot') && !before.has(f));
      if (fresh.length) {
        const file = path.join(out, fresh[0]);
        let size0 = -1;
        while (statSync(file).size === 0 || statSync(file).size !== size0) {
          size0 = statSync(file).size;
          await sleep(5000);
        }
        console.log(file);
        return;
      }
    }
  } finally {
    await server.stop();
  }
}

main().then(() => process.exit(0), (e: Error) => {
  console.error(e.stack ?? e.message);
  process.exit(1);
});
