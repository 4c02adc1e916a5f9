/** `corpus-lens export PATH... --format json|jsonl|conll|brat [--out DIR]`: the annotations for other tools. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Article, Span } from '../../core/types';
import { oneOf, UsageError } from '../args';
import { EXIT, type CliIO, type Command } from '../command';
import { bratAnnotations, bratConf } from '../format/brat';
import { conllDocument } from '../format/conll';
import { loadForCommand, type CommandCorpus } from '../format/corpusView';
import { exportCorpus, exportDocuments } from '../format/exportModel';
import { t } from '../messages';

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
      else await emit(render(corpus, format), format, out, io);
    } catch (e) {
      io.err(`corpus-lens export: ${t().cannotWrite(String(out), (e as Error).message)}`);
      return EXIT.usage;
    }
    return corpus.unreadable ? EXIT.usage : EXIT.ok;
  },
};

function render(corpus: CommandCorpus, format: Exclude<Format, 'brat'>): string {
  if (format === 'json') return JSON.stringify(exportCorpus(corpus), null, 2);
  if (format === 'jsonl') return exportDocuments(corpus).map((d) => JSON.stringify(d)).join('\n');
  const texts = corpus.index.documents();
  return exportDocuments(corpus)
    .map((d, i) => conllDocument(texts[i].text, d.mentions, blockStarts(texts[i].analysis.article), d.path))
    .join('\n');
}

/** Where the title, the lead, subheadings and paragraphs begin. */
function blockStarts(a: Article): Set<number> {
  const spans = [a.titleSpan, a.lead, ...a.subheadings, ...a.paragraphs];
  return new Set(spans.filter((s): s is Span => s !== null).map((s) => s.start));
}

/** To stdout, or with --out DIR to DIR/corpus.<format>. */
async function emit(text: string, format: Format, out: string | undefined, io: CliIO): Promise<void> {
  if (out === undefined) {
    io.out(text);
    return;
  }
  await fs.mkdir(out, { recursive: true });
  const file = path.join(out, `corpus.${format}`);
  await fs.writeFile(file, `${text}\n`, 'utf8');
  io.err(`corpus-lens: ${t().wrote(file)}`);
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
  const docs = exportDocuments(corpus);
  const texts = corpus.index.documents();
  const files = texts.map((d) => corpus.paths.get(d.uri) ?? d.uri);
  const names = copyPaths(files);
  for (let i = 0; i < docs.length; i++) {
    const base = path.join(out, ...names[i].split('/'));
    await fs.mkdir(path.dirname(base), { recursive: true });
    await fs.writeFile(base, texts[i].text, 'utf8');
    await fs.writeFile(base.replace(/\.txt$/, '.ann'), bratAnnotations(texts[i].text, docs[i].mentions), 'utf8');
    if (!docs[i].path.endsWith(`/${names[i]}`) && docs[i].path !== names[i]) io.err(`corpus-lens: ${t().copiedAs(docs[i].path, names[i])}`);
  }
  await fs.writeFile(path.join(out, 'annotation.conf'), bratConf(docs.flatMap((d) => d.mentions.map((m) => m.entity))), 'utf8');
  io.err(`corpus-lens: ${t().wroteBrat(docs.length, out)}`);
}
