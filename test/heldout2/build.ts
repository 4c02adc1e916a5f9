/**
 * Builds test/heldout2/gold.json from test/heldout2/gold.annotations.txt with the shared gold
 * parser (test/gold/annotations.ts). test/gold/build.ts has a fixed list of sets, so this second
 * blind set has its own small entry point.
 * Usage: node --import tsx test/heldout2/build.ts [--review]
 *   --review  prints, per article, the capitalized words and numbers no gold mention covers.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AnnotationError, parseAnnotations, resolveDocument, stripBom, type GoldDocument } from '../gold/annotations';

const ROOT = resolve(__dirname, '..', '..');
const SOURCE = 'test/heldout2/gold.annotations.txt';
const OUTPUT = 'test/heldout2/gold.json';

function readArticle(path: string): string {
  const file = resolve(ROOT, path);
  if (!existsSync(file)) throw new AnnotationError(`${SOURCE}: article ${path} does not exist`);
  return stripBom(readFileSync(file, 'utf8'));
}

/** Words starting with a capital or a digit that lie outside every mention of the document. */
function leftOver(doc: GoldDocument, text: string): string[] {
  const covered = new Uint8Array(text.length);
  for (const m of doc.mentions) covered.fill(1, m.start, m.end);
  const seen = new Set<string>();
  for (const w of text.matchAll(/[\p{Lu}\d][\p{L}\d-]*/gu)) if (!covered[w.index]) seen.add(w[0]);
  return [...seen];
}

function run(review: boolean): void {
  const docs = parseAnnotations(readFileSync(resolve(ROOT, SOURCE), 'utf8')).map((d) => {
    const text = readArticle(d.path);
    const doc = resolveDocument(d, text);
    if (review) console.log(`${d.path}: ${leftOver(doc, text).join(' ')}`);
    return doc;
  });
  writeFileSync(resolve(ROOT, OUTPUT), JSON.stringify({ version: 1, documents: docs }, null, 1) + '\n');
  const total = docs.reduce((n, d) => n + d.mentions.length, 0);
  console.log(`${OUTPUT}: ${docs.length} documents, ${total} mentions`);
}

try {
  run(process.argv.includes('--review'));
} catch (e) {
  if (!(e instanceof AnnotationError)) throw e;
  console.error(`heldout2 gold build failed: ${e.message}`);
  process.exit(1);
}
