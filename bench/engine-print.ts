/**
 * Prints the mentions the engine finds in each article of a folder (default: seeds), one per line;
 * with --json, an export the evaluator reads (`npm run eval -- --input FILE`). A quick look for engineers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createEngine } from '../server/src/core/analyze';
import type { Mention } from '../server/src/core/types';

function line(m: Mention): string {
  const roles = m.roles ? `  roles=${JSON.stringify(m.roles)}` : '';
  const words = m.words ? `  words=${m.words.map((w) => w.lemma).join('|')}` : '';
  return `${m.type}\t${m.text}\t-> ${m.name}${roles}${words}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'seeds');
  const engine = await createEngine();
  const documents: Array<{ path: string; mentions: Mention[] }> = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const { mentions } = engine.analyze(readFileSync(join(dir, f), 'utf8'));
    documents.push({ path: relative(process.cwd(), join(dir, f)), mentions });
    if (!json) console.log(`=== ${f}\n${mentions.map(line).join('\n')}`);
  }
  if (json) console.log(JSON.stringify({ documents }));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
