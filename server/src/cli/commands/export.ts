/** `corpus-lens export PATH... --format json|jsonl|conll|brat [--out DIR]`: the annotations for other tools. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Article, Span } from '../../core/types';
import { oneOf, UsageError } from '../args';
import { EXIT, type CliIO, type Command } from '../command';
import { bratAnnotations, bratConf } from '../format/brat';
import { conllDocument } from '../format/conll';
import { loadForCommand, type CommandCorpus } from '../format/corpusView';
import { exportDocument, exportDocuments, writeExportCorpus } from '../format/exportModel';
import { map } from '../format/iterate';
import { chunked, fileOutput, writeLines, type Output } from '../format/output';
import type { IndexedDocument } from '../../index/corpusIndex';
import { t } from '../messages';
import { trace } from '../trace';

const FORMATS = ['json', 'jsonl', 'conll', 'brat'] as const;
type Format = (typeof FORMATS)[number];

export const exportCommand: Command = {
  name: 'export',
  usage: 'corpus-lens export [--format json|jsonl|conll|brat] [--out DIR] [--config FILE] PATH...',
  options: { values: ['config', 'format', 'out'] },
  optionHelp: ['exportFormat', 'out', 'config'],
  async run(args, io) {
    const format = oneOf(args.values.format, FORMATS, 'json', 'format');
    const out = args.values.out;
    if (format === 'brat' && out === undefined) throw new UsageError(t().bratNeedsOut);
    const corpus = await loadForCommand(args, io);
    if (corpus.nothingRead) return EXIT.usage;
    try {
      if (format === 'brat') await writeBrat(corpus, out!, io);
      else await emit(corpus, format, out, io);
      trace('written');
    } catch (e) {
      if (out === undefined) throw e;
      io.err(`corpus-lens export: ${t().cannotWrite(String(out), (e as Error).message)}`);
      return EXIT.usage;
    }
    return corpus.unreadable ? EXIT.usage : EXIT.ok;
  },
};

/** The export in a one-file format, document by document, ending with a newline. */
export async function writeExport(corpus: CommandCorpus, format: Exclude<Format, 'brat'>, out: Output): Promise<void> {
  if (format === 'json') {
    await writeExportCorpus(corpus, out);
    await out.write('\n');
  } else if (format === 'jsonl') await writeLines(out, map(exportDocuments(corpus), (d) => JSON.stringify(d)));
  else await writeLines(out, map(corpus.index.documents(), (doc) => conllOf(corpus, doc)));
}

function conllOf(corpus: CommandCorpus, doc: IndexedDocument): string {
  const d = exportDocument(corpus, doc);
  return conllDocument(doc.text, d.mentions, blockStarts(doc.analysis.article), d.path);
}

/** Where the title, the lead, subheadings and paragraphs begin. */
function blockStarts(a: Article): Set<number> {
  const spans = [a.titleSpan, a.lead, ...a.subheadings, ...a.paragraphs];
  return new Set(spans.filter((s): s is Span => s !== null).map((s) => s.start));
}

/** To stdout, or with --out DIR to DIR/corpus.<format>. */
async function emit(corpus: CommandCorpus, format: Exclude<Format, 'brat'>, dir: string | undefined, io: CliIO): Promise<void> {
  const file = dir === undefined ? undefined : path.join(dir, `corpus.${format}`);
  if (dir !== undefined) await fs.mkdir(dir, { recursive: true });
  const out = file === undefined ? chunked(io.write) : await fileOutput(file);
  try {
    await writeExport(corpus, format, out);
  } finally {
    await out.end();
  }
  if (file !== undefined) io.err(`corpus-lens: ${t().wrote(file)}`);
}

/**
 * Where each document's copy goes under the output folder: its path below the folder the documents
 * have in common (so same-named files of different folders stay apart, in their folders), always
 * ending in .txt; made unique (name-2.txt) only when two paths differ in case alone or end the same
 * after the .txt ending is added. Returns forward-slash relative paths.
 */
export function copyPaths(files: string[]): string[] {
  const absolute = files.map((f) => path.resolve(f));
  const dirs = absolute.map((f) => path.dirname(f).split(path.sep));
  let common = dirs.length ? dirs[0] : [];
  for (const d of dirs) {
    let k = 0;
    while (k < common.length && k < d.length && common[k] === d[k]) k++;
    common = common.slice(0, k);
  }
  const used = new Set<string>();
  return absolute.map((f) => {
    const parts = f.split(path.sep).slice(common.length);
    const dir = parts.slice(0, -1).join('/');
    const stem = parts[parts.length - 1].replace(/\.txt$/i, '');
    const at = (name: string) => (dir ? `${dir}/${name}` : name);
    let name = at(`${stem}.txt`);
    for (let n = 2; used.has(name.toLowerCase()); n++) name = at(`${stem}-${n}.txt`);
    used.add(name.toLowerCase());
    return name;
  });
}

async function writeBrat(corpus: CommandCorpus, out: string, io: CliIO): Promise<void> {
  await fs.mkdir(out, { recursive: true });
  const docs = corpus.index.documents();
  const names = copyPaths(docs.map((d) => corpus.paths.get(d.uri) ?? d.uri));
  const entities = new Set<string>();
  for (let i = 0; i < docs.length; i++) {
    const d = exportDocument(corpus, docs[i]);
    const text = docs[i].text;
    const base = path.join(out, ...names[i].split('/'));
    await fs.mkdir(path.dirname(base), { recursive: true });
    await fs.writeFile(base, text, 'utf8');
    await fs.writeFile(base.replace(/\.txt$/, '.ann'), bratAnnotations(text, d.mentions), 'utf8');
    for (const m of d.mentions) entities.add(m.entity);
    if (!d.path.endsWith(`/${names[i]}`) && d.path !== names[i]) io.err(`corpus-lens: ${t().copiedAs(d.path, names[i])}`);
  }
  await fs.writeFile(path.join(out, 'annotation.conf'), bratConf([...entities]), 'utf8');
  io.err(`corpus-lens: ${t().wroteBrat(docs.length, out)}`);
}
