/** What `report` shows, gathered once from the corpus index; the text, Markdown and JSON forms render it. */
import * as path from 'node:path';
import type { EntityType } from '../../core/types';
import type { LoadedCorpus } from '../loadCorpus';
import { displayPath } from './corpusView';
import { findingMessage } from '../messages/findings';
import { writtenSpellings } from './exportModel';
import { TYPE_ORDER } from '../../../../common/protocol';

export interface ReportArticle {
  path: string;
  title: string | null;
  /** As the article gives it: YYYY-MM-DD or YYYY-MM-DDTHH:MM; null when unknown. */
  date: string | null;
  mentions: number;
}

export interface ReportEntity {
  id: string;
  type: EntityType;
  name: string;
  mentions: number;
  articles: string[];
  /** Canonical spellings (nominative), most used first. */
  spellings: string[];
  /** Distinct forms as written in the texts. */
  forms: string[];
}

export interface ReportFinding {
  path: string;
  /** 1-based. */
  line: number;
  column: number;
  code: string;
  text: string;
  replacement: string;
  message: string;
}

export interface Report {
  version: 1;
  articles: ReportArticle[];
  entities: ReportEntity[];
  findings: ReportFinding[];
}

/** The findings' messages in the CLI's language, in the order of Report.findings (for text and Markdown). */
export function findingMessages(corpus: LoadedCorpus): string[] {
  return corpus.index.findings().map(findingMessage);
}

function entities(corpus: LoadedCorpus): ReportEntity[] {
  const list = corpus.index.entities().map((e): ReportEntity => {
    const hits = corpus.index.mentionsOf(e.id);
    return {
      id: e.id,
      type: e.type,
      name: e.name,
      mentions: e.mentions.length,
      articles: [...new Set(hits.map((h) => displayPath(corpus, h.doc.uri)))],
      spellings: e.type === 'DATE' ? e.spellings : writtenSpellings(e.spellings, hits.map((h) => h.mention.name)),
      forms: [...new Set(hits.map((h) => h.mention.text))],
    };
  });
  const rank = (t: EntityType) => TYPE_ORDER.indexOf(t);
  return list.sort((a, b) => rank(a.type) - rank(b.type) || b.mentions - a.mentions || a.name.localeCompare(b.name, 'ru'));
}

function findings(corpus: LoadedCorpus): ReportFinding[] {
  return corpus.index.findings().map((f) => {
    const at = corpus.index.get(f.uri)?.lines.positionAt(f.start) ?? { line: 0, character: f.start };
    const { code, text, replacement, message } = f;
    return { path: displayPath(corpus, f.uri), line: at.line + 1, column: at.character + 1, code, text, replacement, message };
  });
}

export function buildReport(corpus: LoadedCorpus): Report {
  const articles = corpus.index.documents().map((doc) => ({
    path: displayPath(corpus, doc.uri),
    title: doc.analysis.article.title,
    date: doc.analysis.article.date?.value ?? null,
    mentions: doc.analysis.mentions.length,
  }));
  return { version: 1, articles, entities: entities(corpus), findings: findings(corpus) };
}

/** Short names for articles: the file name when no two articles share it, else the path. */
export function shortNames(report: Report): Map<string, string> {
  const base = (p: string) => path.posix.basename(p);
  const counts = new Map<string, number>();
  for (const a of report.articles) counts.set(base(a.path), (counts.get(base(a.path)) ?? 0) + 1);
  return new Map(report.articles.map((a) => [a.path, counts.get(base(a.path))! > 1 ? a.path : base(a.path)]));
}
