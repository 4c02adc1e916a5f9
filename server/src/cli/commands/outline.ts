/** `corpus-lens outline PATH...`: each article's structure. */
import type { Article } from '../../core/types';
import type { IndexedDocument } from '../../index/corpusIndex';
import { EXIT, type Command } from '../command';
import { loadForCommand } from '../format/corpusView';
import { t } from '../messages';
import { displayDate } from '../messages/dates';

export const outline: Command = {
  name: 'outline',
  usage: 'corpus-lens outline [--config FILE] PATH...',
  options: { values: ['config'] },
  optionHelp: ['config'],
  async run(args, io) {
    const corpus = await loadForCommand(args, io);
    if (corpus.nothingRead) return EXIT.usage;
    for (const doc of corpus.index.documents()) io.out(formatOutline(corpus.paths.get(doc.uri) ?? doc.uri, doc));
    return corpus.unreadable ? EXIT.usage : EXIT.ok;
  },
};

export function formatOutline(path: string, doc: IndexedDocument): string {
  const m = t().outline;
  const a = doc.analysis.article;
  const lines = [`${path}`, `  ${m.title}: ${a.title ?? m.none}`];
  lines.push(`  ${m.date}: ${a.date ? `${displayDate(a.date.value)} (${m.from[a.date.source] ?? a.date.source})` : m.none}`);
  if (a.author) lines.push(`  ${m.author}: ${a.author.name}`);
  if (a.source) lines.push(`  ${m.source}: ${a.source.name}`);
  if (a.dateline) lines.push(`  ${m.dateline}: ${a.dateline.place}`);
  lines.push(...bodyLines(doc, a), '');
  return lines.join('\n');
}

function bodyLines(doc: IndexedDocument, a: Article): string[] {
  const m = t().outline;
  const out: string[] = [];
  const whole = doc.text; // read from disk once (the index keeps no text)
  const paragraphs = (section: number, indent: string) => {
    for (const p of a.paragraphs.filter((q) => q.section === section)) {
      const text = whole.slice(p.start, p.end);
      out.push(`${indent}¶ ${m.line(doc.lines.positionAt(p.start).line + 1)}: ${text.length > 70 ? `${text.slice(0, 67)}…` : text}`);
    }
  };
  paragraphs(-1, '  ');
  a.subheadings.forEach((h, s) => {
    out.push(`  § ${h.text}`);
    paragraphs(s, '    ');
  });
  out.push(`  (${m.counts(a.paragraphs.length, a.quotations.length)})`);
  return out;
}
