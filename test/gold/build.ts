/**
 * Builds the gold JSON files from their readable sources:
 *   test/gold/seeds.annotations.txt     -> test/gold/seeds.json
 *   test/heldout/gold.annotations.txt   -> test/heldout/gold.json
 *   test/heldout2/gold.annotations.txt  -> test/heldout2/gold.json
 *   test/heldout3/gold.annotations.txt  -> test/heldout3/gold.json
 *   test/heldout4/gold.annotations.txt  -> test/heldout4/gold.json
 *   test/heldout5..11/gold.annotations.txt -> test/heldout5..11/gold.json (other news desks)
 * Usage: node --import tsx test/gold/build.ts [--review] [--only NAME]
 *   --review  also lists capitalized words / digits not covered by any mention (a recall check).
 *   --only    builds only the sets whose source path contains NAME (e.g. --only heldout5).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AnnotationError, parseAnnotations, resolveDocument, stripBom, type GoldExport } from './annotations';

const ROOT = resolve(__dirname, '..', '..');

const SETS = [
  { source: 'test/gold/seeds.annotations.txt', output: 'test/gold/seeds.json' },
  { source: 'test/heldout/gold.annotations.txt', output: 'test/heldout/gold.json' },
  { source: 'test/heldout2/gold.annotations.txt', output: 'test/heldout2/gold.json' },
  { source: 'test/heldout3/gold.annotations.txt', output: 'test/heldout3/gold.json' },
  { source: 'test/heldout4/gold.annotations.txt', output: 'test/heldout4/gold.json' },
  { source: 'test/heldout5/gold.annotations.txt', output: 'test/heldout5/gold.json' },
  { source: 'test/heldout6/gold.annotations.txt', output: 'test/heldout6/gold.json' },
  { source: 'test/heldout7/gold.annotations.txt', output: 'test/heldout7/gold.json' },
  { source: 'test/heldout8/gold.annotations.txt', output: 'test/heldout8/gold.json' },
  { source: 'test/heldout9/gold.annotations.txt', output: 'test/heldout9/gold.json' },
  { source: 'test/heldout10/gold.annotations.txt', output: 'test/heldout10/gold.json' },
  { source: 'test/heldout11/gold.annotations.txt', output: 'test/heldout11/gold.json' },
  { source: 'test/heldout12/gold.annotations.txt', output: 'test/heldout12/gold.json' },
  { source: 'test/heldout13/gold.annotations.txt', output: 'test/heldout13/gold.json' },
  { source: 'test/heldout14/gold.annotations.txt', output: 'test/heldout14/gold.json' },
  { source: 'test/heldout15/gold.annotations.txt', output: 'test/heldout15/gold.json' },
  { source: 'test/heldout16/gold.annotations.txt', output: 'test/heldout16/gold.json' },
  { source: 'test/heldout17/gold.annotations.txt', output: 'test/heldout17/gold.json' },
  { source: 'test/heldout18/gold.annotations.txt', output: 'test/heldout18/gold.json' },
  { source: 'test/heldout19/gold.annotations.txt', output: 'test/heldout19/gold.json' },
  { source: 'test/heldout20/gold.annotations.txt', output: 'test/heldout20/gold.json' },
  { source: 'test/heldout21/gold.annotations.txt', output: 'test/heldout21/gold.json' },
  { source: 'test/heldout22/gold.annotations.txt', output: 'test/heldout22/gold.json' },
  { source: 'test/heldout23/gold.annotations.txt', output: 'test/heldout23/gold.json' },
  { source: 'test/heldout24/gold.annotations.txt', output: 'test/heldout24/gold.json' },
  { source: 'test/heldout25/gold.annotations.txt', output: 'test/heldout25/gold.json' },
  { source: 'test/heldout26/gold.annotations.txt', output: 'test/heldout26/gold.json' },
  { source: 'test/heldout27/gold.annotations.txt', output: 'test/heldout27/gold.json' },
  { source: 'test/heldout28/gold.annotations.txt', output: 'test/heldout28/gold.json' },
  { source: 'test/heldout29/gold.annotations.txt', output: 'test/heldout29/gold.json' },
  { source: 'test/heldout30/gold.annotations.txt', output: 'test/heldout30/gold.json' },
  { source: 'test/heldout31/gold.annotations.txt', output: 'test/heldout31/gold.json' },
  { source: 'test/heldout32/gold.annotations.txt', output: 'test/heldout32/gold.json' },
  { source: 'test/heldout33/gold.annotations.txt', output: 'test/heldout33/gold.json' },
  { source: 'test/heldout34/gold.annotations.txt', output: 'test/heldout34/gold.json' },
  { source: 'test/heldout35/gold.annotations.txt', output: 'test/heldout35/gold.json' },
  { source: 'test/heldout36/gold.annotations.txt', output: 'test/heldout36/gold.json' },
  { source: 'test/heldout37/gold.annotations.txt', output: 'test/heldout37/gold.json' },
  { source: 'test/heldout38/gold.annotations.txt', output: 'test/heldout38/gold.json' },
  { source: 'test/heldout39/gold.annotations.txt', output: 'test/heldout39/gold.json' },
  { source: 'test/heldout40/gold.annotations.txt', output: 'test/heldout40/gold.json' },
  { source: 'test/heldout41/gold.annotations.txt', output: 'test/heldout41/gold.json' },
  { source: 'test/heldout42/gold.annotations.txt', output: 'test/heldout42/gold.json' },
  { source: 'test/heldout43/gold.annotations.txt', output: 'test/heldout43/gold.json' },
  { source: 'test/heldout44/gold.annotations.txt', output: 'test/heldout44/gold.json' },
  { source: 'test/heldout45/gold.annotations.txt', output: 'test/heldout45/gold.json' },
  { source: 'test/heldout46/gold.annotations.txt', output: 'test/heldout46/gold.json' },
  { source: 'test/heldout47/gold.annotations.txt', output: 'test/heldout47/gold.json' },
  { source: 'test/heldout48/gold.annotations.txt', output: 'test/heldout48/gold.json' },
  { source: 'test/heldout49/gold.annotations.txt', output: 'test/heldout49/gold.json' },
  { source: 'test/heldout50/gold.annotations.txt', output: 'test/heldout50/gold.json' },
];

function build(sourcePath: string): GoldExport {
  const docs = parseAnnotations(readFileSync(resolve(ROOT, sourcePath), 'utf8'));
  return {
    version: 1,
    documents: docs.map((d) => {
      const file = resolve(ROOT, d.path);
      if (!existsSync(file)) throw new AnnotationError(`${sourcePath}: article ${d.path} does not exist`);
      return resolveDocument(d, stripBom(readFileSync(file, 'utf8')));
    }),
  };
}

/** Capitalized words and numbers outside every gold span, for a manual recall review. */
function uncovered(gold: GoldExport): string[] {
  const out: string[] = [];
  for (const d of gold.documents) {
    const text = stripBom(readFileSync(resolve(ROOT, d.path), 'utf8'));
    const covered = (i: number) => d.mentions.some((m) => i >= m.start && i < m.end);
    const words = new Set<string>();
    for (const m of text.matchAll(/[\p{Lu}\d][\p{L}\d-]*/gu)) {
      if (!covered(m.index)) words.add(m[0]);
    }
    out.push(`${d.path}: ${[...words].join(' ')}`);
  }
  return out;
}

function main(): void {
  const review = process.argv.includes('--review');
  const only = process.argv[process.argv.indexOf('--only') + 1];
  for (const set of SETS) {
    if (process.argv.includes('--only') && !set.source.includes(only ?? '')) continue;
    if (!existsSync(resolve(ROOT, set.source))) {
      console.log(`skip ${set.source} (missing)`);
      continue;
    }
    const gold = build(set.source);
    writeFileSync(resolve(ROOT, set.output), JSON.stringify(gold, null, 1) + '\n');
    const n = gold.documents.reduce((s, d) => s + d.mentions.length, 0);
    console.log(`${set.output}: ${gold.documents.length} documents, ${n} mentions`);
    if (review) console.log(uncovered(gold).join('\n'));
  }
}

try {
  main();
} catch (e) {
  if (!(e instanceof AnnotationError)) throw e;
  console.error(`gold build failed: ${e.message}`);
  process.exit(1);
}
