/** `corpus-lens outline PATH...`: each article's structure. */
import type { Article } from '../../core/types';
import type { IndexedDocument } from '../../index/corpusIndex';
import { EXIT, type Command } from '../command';
import { loadForCommand } from '../format/corpusView';

export const outline: Command = {
  name: 'outline',
  summary: "print each article's structure: title, date, author, source, dateline, sections",
  usage: 'corpus-lens outline [--config FILE] PATH...',
  options: { values: ['config'] },
  async run(args, io) {
    const corpus = await loadForCommand(args, io);
    for (const doc of corpus.index.documents()) io.out(formatOutline(corpus.paths.get(doc.uri) ?? doc.uri, doc));
    return corpus.unreadable ? EXIT.usage : EXIT.ok;
  },
};

export function formatOutline(path: string, doc: IndexedDocument): string {
  const a = doc.analysis.article;
  const lines = [`${path}`, `  Title: ${a.title ?? '(none)'}`];
  lines.push(`  Date: ${a.date ? `${a.date.value} (from the ${a.date.source})` : '(none)'}`);
  if (a.author) lines.push(`  Author: ${a.author.name}`);
  if (a.source) lines.push(`  Source: ${a.source.name}`);
  if (a.dateline) lines.push(`  Dateline: ${a.dateline.place}`);
  lines.push(...bodyLines(doc, a), '');
  return lines.join('\n');
}

function bodyLines(doc: IndexedDocument, a: Article): string[] {
  const out: string[] = [];
  const paragraphs = (section: number, indent: string) => {
    for (const p of a.paragraphs.filter((q) => q.section === section)) {
      const text = doc.text.slice(p.start, p.end);
      out.push(`${indent}¶ line ${doc.lines.positionAt(p.start).line + 1}: ${text.length > 70 ? `${text.slice(0, 67)}…` : text}`);
    }
  };
  paragraphs(-1, '  ');
  a.subheadings.forEach((h, s) => {
    out.push(`  § ${h.text}`);
    paragraphs(s, '    ');
  });
  out.push(`  (${a.paragraphs.length} paragraphs, ${a.quotations.length} quotations)`);
  return out;
}
