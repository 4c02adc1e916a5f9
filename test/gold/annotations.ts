/**
 * Parses the readable gold annotation source (see test/gold/seeds.annotations.txt for the format)
 * and turns it into the export-contract shape with UTF-16 offsets. Fails loudly on any problem.
 */

export type GoldType = 'PER' | 'ORG' | 'LOC' | 'DATE';

export interface GoldMention {
  start: number;
  end: number;
  text: string;
  type: GoldType;
  entity: string;
  name: string;
  value?: string;
}

export interface GoldDocument {
  path: string;
  title: string | null;
  date: string | null;
  mentions: GoldMention[];
}

export interface GoldExport {
  version: 1;
  documents: GoldDocument[];
}

interface SourceLine {
  text: string;
  type: GoldType;
  name: string;
  occurrence?: number;
  line: number;
}

interface SourceDocument {
  path: string;
  title: string | null;
  date: string | null;
  lines: SourceLine[];
}

const TYPES = new Set<string>(['PER', 'ORG', 'LOC', 'DATE']);

export class AnnotationError extends Error {}

function fail(line: number, message: string): never {
  throw new AnnotationError(`line ${line}: ${message}`);
}

function parseMentionLine(raw: string, line: number): SourceLine {
  const parts = raw.split('|').map((p) => p.trim());
  if (parts.length < 3 || parts.length > 4) fail(line, `expected 'TEXT | TYPE | NAME [| #N]', got '${raw}'`);
  const [text, type, name, occ] = parts as [string, string, string, string | undefined];
  if (!text) fail(line, 'empty mention text');
  if (!TYPES.has(type)) fail(line, `unknown type '${type}'`);
  if (!name) fail(line, 'empty canonical name');
  let occurrence: number | undefined;
  if (occ !== undefined) {
    const m = /^#(\d+)$/.exec(occ);
    if (!m) fail(line, `bad occurrence '${occ}' (use #N)`);
    occurrence = Number(m[1]);
  }
  return { text, type: type as GoldType, name, occurrence, line };
}

/** Parses the annotation source into documents with unresolved mentions. */
export function parseAnnotations(source: string): SourceDocument[] {
  const docs: SourceDocument[] = [];
  source.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    const directive = /^@(file|title|date)\s+(.*)$/.exec(trimmed);
    if (directive) {
      const [, key, value] = directive as unknown as [string, string, string];
      if (key === 'file') docs.push({ path: value, title: null, date: null, lines: [] });
      else if (!docs.length) fail(line, `@${key} before @file`);
      else if (key === 'title') docs[docs.length - 1]!.title = value;
      else docs[docs.length - 1]!.date = value === 'none' ? null : value;
      return;
    }
    if (!docs.length) fail(line, 'mention before @file');
    docs[docs.length - 1]!.lines.push(parseMentionLine(trimmed, line));
  });
  return docs;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWholeWord(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1]! : ' ';
  const after = end < text.length ? text[end]! : ' ';
  return !WORD_CHAR.test(before) && !WORD_CHAR.test(after);
}

/** Index of the next whole-word occurrence of needle at or after from, or -1. */
export function findWhole(text: string, needle: string, from: number): number {
  for (let i = text.indexOf(needle, from); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (isWholeWord(text, i, i + needle.length)) return i;
  }
  return -1;
}

function nthWhole(text: string, needle: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = findWhole(text, needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function toMention(l: SourceLine, start: number): GoldMention {
  const m: GoldMention = {
    start,
    end: start + l.text.length,
    text: l.text,
    type: l.type,
    entity: `${l.type}:${l.name}`,
    name: l.name,
  };
  if (l.type === 'DATE') m.value = l.name;
  return m;
}

/** Resolves one document's mentions against its text (BOM already stripped). */
export function resolveDocument(doc: SourceDocument, text: string): GoldDocument {
  const mentions: GoldMention[] = [];
  let cursor = 0;
  for (const l of doc.lines) {
    const start = l.occurrence ? nthWhole(text, l.text, l.occurrence) : findWhole(text, l.text, cursor);
    if (start < 0) {
      const where = l.occurrence ? `occurrence #${l.occurrence}` : `after offset ${cursor}`;
      fail(l.line, `'${l.text}' not found in ${doc.path} (${where})`);
    }
    mentions.push(toMention(l, start));
    cursor = start + l.text.length;
  }
  mentions.sort((a, b) => a.start - b.start);
  for (let i = 1; i < mentions.length; i++) {
    if (mentions[i]!.start < mentions[i - 1]!.end) {
      throw new AnnotationError(`${doc.path}: overlapping mentions '${mentions[i - 1]!.text}' and '${mentions[i]!.text}' at ${mentions[i]!.start}`);
    }
  }
  return { path: doc.path, title: doc.title, date: doc.date, mentions };
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
