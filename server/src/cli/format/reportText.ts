/** The report as plain text for a terminal (optionally coloured) and as Markdown, in the messages' language. */
import { TYPE_ORDER } from '../../../../common/protocol';
import { t } from '../messages';
import { displayDate } from '../messages/dates';
import type { Palette } from './color';
import { shortNames, type Report, type ReportEntity } from './reportModel';

function counts(report: Report): string {
  const byType = TYPE_ORDER.map((type) => `${report.entities.filter((e) => e.type === type).length} ${type}`).join(', ');
  const mentions = report.articles.reduce((n, a) => n + a.mentions, 0);
  return t().report.counts(report.articles.length, report.entities.length, byType, mentions, report.findings.length);
}

/** The entity's name as shown: DATE values without a year read as «2 December (year unknown)». */
function shownName(e: ReportEntity): string {
  return e.type === 'DATE' ? displayDate(e.name) : e.name;
}

/** Spellings other than the name itself, and forms as written other than those. */
function otherSpellings(e: ReportEntity): { spellings: string[]; forms: string[] } {
  const spellings = e.spellings.filter((s) => s !== e.name);
  const known = new Set([e.name, ...spellings]);
  const shown = (s: string) => (e.type === 'DATE' ? displayDate(s) : s);
  return { spellings: spellings.map(shown), forms: e.forms.filter((f) => !known.has(f)) };
}

function entityLines(e: ReportEntity, short: Map<string, string>, c: Palette): string[] {
  const m = t().report;
  const { spellings, forms } = otherSpellings(e);
  const lines = [`  ${c.bold(shownName(e))}  ${c.dim(m.mentionsIn(e.mentions, e.articles.length))}`];
  lines.push(`      ${m.articlesLabel}: ${e.articles.map((a) => short.get(a) ?? a).join(', ')}`);
  if (spellings.length) lines.push(`      ${c.magenta(m.spellings)}: ${spellings.join(', ')}`);
  if (forms.length) lines.push(`      ${c.dim(`${m.written}: ${forms.join(', ')}`)}`);
  return lines;
}

/** `messages`: the findings' messages in the CLI's language (findingMessages), else the report's own. */
export function reportText(report: Report, c: Palette, messages: readonly string[] = []): string {
  const m = t().report;
  const short = shortNames(report);
  const out = [c.bold(m.heading), counts(report), '', c.cyan(m.articles)];
  for (const a of report.articles) {
    out.push(`  ${c.bold(a.path)}  ${a.date ? displayDate(a.date) : c.dim(m.noDate)}  ${c.dim(`(${m.mentions(a.mentions)})`)}`);
    out.push(`      ${a.title ?? c.dim(m.noTitle)}`);
  }
  for (const type of TYPE_ORDER) {
    const list = report.entities.filter((e) => e.type === type);
    out.push('', c.cyan(`${m.types[type]} (${type}): ${list.length}`));
    for (const e of list) for (const line of entityLines(e, short, c)) out.push(line);
  }
  out.push('', c.cyan(`${m.inconsistent}: ${report.findings.length}`));
  if (!report.findings.length) out.push(`  ${c.green(m.noneFound)}`);
  report.findings.forEach((f, i) => {
    out.push(`  ${c.bold(`${f.path}:${f.line}:${f.column}`)}  ${c.yellow(f.text)} → ${c.green(f.replacement)}  ${c.dim(f.code)}`);
    out.push(`      ${messages[i] ?? f.message}`);
  });
  return out.join('\n');
}

/** Escapes what would break a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

export function reportMarkdown(report: Report, messages: readonly string[] = []): string {
  const m = t().report;
  const short = shortNames(report);
  const out = [`# ${m.heading}`, '', counts(report), '', `## ${m.articles}`, ''];
  appendLines(out, table(m.tables.articles, report.articles.map((a) => [a.path, a.date ? displayDate(a.date) : '', a.title ?? '', String(a.mentions)])));
  for (const type of TYPE_ORDER) {
    const list = report.entities.filter((e) => e.type === type);
    out.push('', `## ${m.types[type]} (${type}): ${list.length}`, '');
    const rows = list.map((e) => {
      const { spellings, forms } = otherSpellings(e);
      return [shownName(e), String(e.mentions), e.articles.map((a) => short.get(a) ?? a).join(', '), spellings.join(', '), forms.join(', ')];
    });
    appendLines(out, table(m.tables.entities, rows));
  }
  out.push('', `## ${m.inconsistent}: ${report.findings.length}`, '');
  const rows = report.findings.map((f, i) => [`${f.path}:${f.line}:${f.column}`, f.text, f.replacement, f.code, messages[i] ?? f.message]);
  appendLines(out, rows.length ? table(m.tables.findings, rows) : [m.noneFoundMd]);
  return out.join('\n');
}

/** Appends lines without spreading them into one call (a large corpus has many). */
function appendLines(out: string[], lines: readonly string[]): void {
  for (const line of lines) out.push(line);
}
