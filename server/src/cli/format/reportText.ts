/** The report as plain text for a terminal (optionally coloured) and as Markdown. */
import type { EntityType } from '../../core/types';
import { TYPE_LABELS, TYPE_ORDER } from '../../../../common/protocol';
import type { Palette } from './color';
import { shortNames, type Report, type ReportEntity } from './reportModel';

function counts(report: Report): string {
  const byType = TYPE_ORDER.map((t) => `${report.entities.filter((e) => e.type === t).length} ${t}`).join(', ');
  const mentions = report.articles.reduce((n, a) => n + a.mentions, 0);
  return `${report.articles.length} article(s), ${report.entities.length} entities (${byType}), ${mentions} mentions, ${report.findings.length} inconsistent spelling(s)`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Spellings other than the name itself, and forms as written other than those. */
function otherSpellings(e: ReportEntity): { spellings: string[]; forms: string[] } {
  const spellings = e.spellings.filter((s) => s !== e.name);
  const known = new Set([e.name, ...spellings]);
  return { spellings, forms: e.forms.filter((f) => !known.has(f)) };
}

function entityLines(e: ReportEntity, short: Map<string, string>, c: Palette): string[] {
  const { spellings, forms } = otherSpellings(e);
  const lines = [`  ${c.bold(e.name)}  ${c.dim(`${plural(e.mentions, 'mention')} in ${plural(e.articles.length, 'article')}`)}`];
  lines.push(`      articles: ${e.articles.map((a) => short.get(a) ?? a).join(', ')}`);
  if (spellings.length) lines.push(`      ${c.magenta('spellings')}: ${spellings.join(', ')}`);
  if (forms.length) lines.push(`      ${c.dim(`written: ${forms.join(', ')}`)}`);
  return lines;
}

export function reportText(report: Report, c: Palette): string {
  const short = shortNames(report);
  const out = [c.bold('Corpus Lens report'), counts(report), '', c.cyan('Articles')];
  for (const a of report.articles) {
    out.push(`  ${c.bold(a.path)}  ${a.date ?? c.dim('(no date)')}  ${c.dim(`(${plural(a.mentions, 'mention')})`)}`);
    out.push(`      ${a.title ?? c.dim('(no title)')}`);
  }
  for (const type of TYPE_ORDER) {
    const list = report.entities.filter((e) => e.type === type);
    out.push('', c.cyan(`${TYPE_LABELS[type].many} (${type}): ${list.length}`));
    for (const e of list) for (const line of entityLines(e, short, c)) out.push(line);
  }
  out.push('', c.cyan(`Inconsistent spellings: ${report.findings.length}`));
  if (!report.findings.length) out.push(`  ${c.green('none found')}`);
  for (const f of report.findings) {
    out.push(`  ${c.bold(`${f.path}:${f.line}:${f.column}`)}  ${c.yellow(f.text)} -> ${c.green(f.replacement)}  ${c.dim(f.code)}`);
    out.push(`      ${f.message}`);
  }
  return out.join('\n');
}

/** Escapes what would break a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

export function reportMarkdown(report: Report): string {
  const short = shortNames(report);
  const out = ['# Corpus Lens report', '', counts(report), '', '## Articles', ''];
  appendLines(out, table(['Article', 'Date', 'Title', 'Mentions'], report.articles.map((a) => [a.path, a.date ?? '', a.title ?? '', String(a.mentions)])));
  for (const type of TYPE_ORDER) {
    const list = report.entities.filter((e) => e.type === type);
    out.push('', `## ${TYPE_LABELS[type].many} (${type}): ${list.length}`, '');
    const rows = list.map((e) => {
      const { spellings, forms } = otherSpellings(e);
      return [e.name, String(e.mentions), e.articles.map((a) => short.get(a) ?? a).join(', '), spellings.join(', '), forms.join(', ')];
    });
    appendLines(out, table(['Name', 'Mentions', 'Articles', 'Other spellings', 'Written'], rows));
  }
  out.push('', `## Inconsistent spellings: ${report.findings.length}`, '');
  const rows = report.findings.map((f) => [`${f.path}:${f.line}:${f.column}`, f.text, f.replacement, f.code, f.message]);
  appendLines(out, rows.length ? table(['Where', 'Written', 'Preferred', 'Code', 'Message'], rows) : ['None found.']);
  return out.join('\n');
}

/** Appends lines without spreading them into one call (a large corpus has many). */
function appendLines(out: string[], lines: readonly string[]): void {
  for (const line of lines) out.push(line);
}
