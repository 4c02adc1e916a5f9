/** Prints the mentions the engine finds in each article of a folder (default: seeds): a quick look for engineers. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createEngine } from '../server/src/core/analyze';

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? 'seeds');
  const engine = await createEngine();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    console.log(`=== ${f}`);
    const { mentions } = engine.analyze(readFileSync(join(dir, f), 'utf8'));
    for (const m of mentions) {
      const roles = m.roles ? `  roles=${JSON.stringify(m.roles)}` : '';
      const words = m.words ? `  words=${m.words.map((w) => w.lemma).join('|')}` : '';
      console.log(`${m.type}\t${m.text}\t-> ${m.name}${roles}${words}`);
    }
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
