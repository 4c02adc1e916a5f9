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

const FORMATS = ['json', 'jsonl', 'conll', 'brat'] as const;
type Format = (typeof FORMATS)[number];

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the mentions and entities as JSON, JSON Lines, CoNLL (BIO) or brat standoff',
  usage: 'corpus-lens export [--format json|jsonl|conll|brat] [--out DIR] [--config FILE] PATH...',
  options: { values: ['config', 'format', 'out'] },
  async run(args, io) {
    const format = oneOf(args.values.format, FORMATS, 'json', 'format');
    const out = args.values.out;
    if (format === 'brat' && out === undefined) throw new UsageError("'--format brat' needs '--out DIR' for the copied texts and .ann files");
    const corpus = await loadForCommand(args, io);
    try {
      if (format === 'brat') await writeBrat(corpus, out!, io);
      else await emit(render(corpus, format), format, out, io);
    } catch (e) {
      io.err(`corpus-lens export: cannot write to ${out}: ${(e as Error).message}`);
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
    .map((d, i) => conllDocument(texts[i].text, d.mentions, blockStarts(texts[i].analysis.article)))
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
  io.err(`corpus-lens: wrote ${file}`);
}

/** A file name for each document's copy, unique within the output folder, always ending in .txt. */
function copyNames(paths: string[]): string[] {
  const used = new Set<string>();
  return paths.map((p) => {
    const stem = path.basename(p).replace(/\.txt$/i, '');
    let name = `${stem}.txt`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem}-${n}.txt`;
    used.add(name.toLowerCase());
    return name;
  });
}

async function writeBrat(corpus: CommandCorpus, out: string, io: CliIO): Promise<void> {
  await fs.mkdir(out, { recursive: true });
  const docs = exportDocuments(corpus);
  const texts = corpus.index.documents();
  const names = copyNames(docs.map((d) => d.path));
  for (let i = 0; i < docs.length; i++) {
    const base = path.join(out, names[i]);
    await fs.writeFile(base, texts[i].text, 'utf8');
    await fs.writeFile(base.replace(/\.txt$/, '.ann'), bratAnnotations(texts[i].text, docs[i].mentions), 'utf8');
  }
  await fs.writeFile(path.join(out, 'annotation.conf'), bratConf(docs.flatMap((d) => d.mentions.map((m) => m.entity))), 'utf8');
  io.err(`corpus-lens: wrote ${docs.length} text(s) with .ann files and annotation.conf to ${out}`);
}
