/**
 * Server benchmark: starts the built dist/server.js over stdio on a copy of the seeds, waits for indexing,
 * then times hover, definition and references at every entity mention (found through semantic tokens).
 * Prints p50/p95/max round-trip times in milliseconds; asserts nothing. `npm run bench:server`
 * (BENCH_ROUNDS, BENCH_COPIES tune the rounds per mention and the corpus size).
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodeTokens } from '../test/protocol/editorFixture';
import { fileUri, LspClient, SEEDS } from '../test/protocol/lspClient';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** BENCH_COPIES=N indexes N copies of the seeds (timings still taken on the first copy). */
const COPIES = Math.max(1, Number(process.env.BENCH_COPIES ?? 1));

interface Point {
  uri: string;
  position: { line: number; character: number };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** The start of every semantic token: one point per entity mention. */
async function mentionPoints(client: LspClient, uris: string[]): Promise<Point[]> {
  const points: Point[] = [];
  for (const uri of uris) {
    const { data } = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    for (const t of decodeTokens(data, [])) points.push({ uri, position: { line: t.line, character: t.start + 1 } });
  }
  return points;
}

async function time(client: LspClient, method: string, points: Point[], extra: object = {}): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const p of points) {
      const t0 = performance.now();
      await client.request(method, { textDocument: { uri: p.uri }, position: p.position, ...extra });
      samples.push(performance.now() - t0);
    }
  }
  return samples.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-lens-bench-'));
  cpSync(SEEDS, path.join(dir, 'seeds'), { recursive: true });
  for (let i = 1; i < COPIES; i++) cpSync(SEEDS, path.join(dir, 'seeds', `copy${i}`), { recursive: true });
  const t0 = performance.now();
  const client = await LspClient.start({ folder: dir });
  try {
    await client.ready();
    const ready = performance.now() - t0;
    const uris = readdirSync(path.join(dir, 'seeds')).filter((n) => n.endsWith('.txt')).map((n) => fileUri(path.join(dir, 'seeds', n)));
    const points = await mentionPoints(client, uris);
    console.log(`server start + indexing ${uris.length * COPIES} articles: ${ready.toFixed(0)} ms; ${points.length} mentions x ${ROUNDS} rounds`);
    const methods: Array<[string, string, object?]> = [
      ['hover', 'textDocument/hover'],
      ['definition', 'textDocument/definition'],
      ['references', 'textDocument/references', { context: { includeDeclaration: true } }],
      ['highlight', 'textDocument/documentHighlight'],
    ];
    for (const [name, method, extra] of methods) {
      const s = await time(client, method, points, extra);
      console.log(`${name.padEnd(11)} p50 ${percentile(s, 50).toFixed(2)} ms  p95 ${percentile(s, 95).toFixed(2)} ms  max ${s[s.length - 1].toFixed(2)} ms  (n=${s.length})`);
    }
  } finally {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: Error) => {
  console.error(`bench:server failed: ${e.message}`);
  process.exitCode = 1;
});
