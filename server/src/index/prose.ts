/**
 * Is this file a Russian-language article? The include globs default to every `.txt` of the
 * workspace, so the files that happen to be text but are not prose (requirements.txt, licences,
 * changelogs, logs, word lists, tables, key=value files, English notes) are told apart here: by
 * where they live and what they are called, then by their text (share of Cyrillic letters,
 * sentence-like lines). Pure: no I/O; the server, the CLI and the client share it.
 */

export interface ProseVerdict {
  ok: boolean;
  /** Why the file is not taken as an article (for the status bar tooltip and the output channel). */
  reason?: string;
}

/** Folders whose files are never articles: tools, packages, caches, hidden folders. */
const SKIPPED_FOLDERS = new Set([
  'node_modules', 'bower_components', 'site-packages', 'dist-packages', '__pycache__', 'venv', 'env',
  'vendor', 'third_party', 'third-party',
]);

/** Base names (lower case, without extension) of files that are text but not articles. */
const NON_PROSE_NAMES = new Set([
  'license', 'licence', 'copying', 'copyright', 'notice', 'notices', 'third_party_notices', 'thirdpartynotices',
  'patents', 'authors', 'contributors', 'maintainers', 'credits', 'changelog', 'changes', 'history',
  'readme', 'todo', 'robots', 'humans', 'security', 'code_of_conduct', 'contributing', 'cmakelists',
  'version', 'manifest', 'pipfile', 'gemfile', 'procfile', 'llms', 'ads', 'app-ads',
]);

/** Name prefixes (lower case) of dependency and build lists: requirements-dev.txt, constraints.txt, … */
const NON_PROSE_PREFIXES = ['requirements', 'constraints', 'license-', 'licence-', 'changelog-', 'changelog_'];

const NON_PROSE_EXTENSIONS = new Set(['log', 'csv', 'tsv', 'json', 'yaml', 'yml', 'ini', 'cfg', 'toml', 'srt', 'vtt']);

/** How much of a file the text checks read (the start of an article says enough). */
const SAMPLE_CHARS = 20_000;
const MIN_LETTERS = 40;
const MIN_CYRILLIC_SHARE = 0.6;
const MIN_LETTER_SHARE = 0.5;
const MIN_PROSE_LINE_SHARE = 0.4;
const MAX_KEY_VALUE_SHARE = 0.5;

/**
 * Why a path is never an article, judged by its folders and name alone (before reading it), or
 * undefined when it may be one. `path` may use / or \ separators. Folders count only in a relative
 * path (relative to the workspace folder or the folder given to the CLI): of an absolute path only
 * the file name is judged, so a corpus kept under a hidden folder (~/.local/…) still works.
 */
export function nonProsePath(path: string): string | undefined {
  const absolute = /^([\\/]|[A-Za-z]:)/.test(path);
  const parts = path.split(/[\\/]+/).filter(Boolean);
  const name = parts.pop() ?? '';
  const folder = absolute ? undefined : parts.find((p) => (p.startsWith('.') && p !== '.' && p !== '..') || SKIPPED_FOLDERS.has(p.toLowerCase()));
  if (folder) return `in the folder ${folder}, which holds no articles`;
  const lower = name.toLowerCase();
  const dot = lower.lastIndexOf('.');
  const ext = dot > 0 ? lower.slice(dot + 1) : '';
  const base = (dot > 0 ? lower.slice(0, dot) : lower).replace(/\.(txt|md)$/, '');
  if (name.startsWith('.')) return 'a hidden file';
  if (/\.log$/.test(base)) return 'a .log file, not an article';
  if (NON_PROSE_EXTENSIONS.has(ext)) return `a .${ext} file, not an article`;
  if (NON_PROSE_NAMES.has(base) || NON_PROSE_PREFIXES.some((p) => base.startsWith(p))) {
    return `${name} is a project file (licence, changelog, dependency list…), not an article`;
  }
  return undefined;
}

interface LineStats {
  lines: number;
  chars: number;
  proseChars: number;
  keyValueLines: number;
  sentences: number;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const SENTENCE_END = /[.!?…][»”"')\]]*(\s|$)/u;
const KEY_VALUE = /^\s*[\p{L}\d_.\-[\]]{1,40}\s*(=|:\s|\t)/u;

/** A sentence-like line has at least five words and ends a sentence, or is long enough to be a paragraph. */
function lineStats(text: string): LineStats {
  const stats: LineStats = { lines: 0, chars: 0, proseChars: 0, keyValueLines: 0, sentences: 0 };
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (!line) continue;
    stats.lines++;
    stats.chars += line.length;
    if (KEY_VALUE.test(line)) stats.keyValueLines++;
    const words = line.match(WORD)?.length ?? 0;
    const ends = SENTENCE_END.test(line);
    if (words >= 5 && ends) stats.sentences++;
    if (words >= 5 && (ends || line.length >= 80)) stats.proseChars += line.length;
  }
  return stats;
}

/** Counts letters and Cyrillic letters among the non-space characters. */
function letterStats(text: string): { nonSpace: number; letters: number; cyrillic: number } {
  let nonSpace = 0;
  let letters = 0;
  let cyrillic = 0;
  for (const ch of text) {
    const kind = charKind(ch);
    if (kind === SPACE) continue;
    nonSpace++;
    if (kind === OTHER) continue;
    letters++;
    if (kind === CYRILLIC) cyrillic++;
  }
  return { nonSpace, letters, cyrillic };
}

export const SPACE = 0;
export const OTHER = 1;
export const LETTER = 2;
export const CYRILLIC = 3;

/** The class of one character: the common ones (ASCII, Russian letters) by code, the rest by Unicode property. */
export function charKind(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c < 0x80) {
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return SPACE;
    return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? LETTER : OTHER;
  }
  if ((c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451) return CYRILLIC;
  if (/\s/u.test(ch)) return SPACE;
  if (!/\p{L}/u.test(ch)) return OTHER;
  return /\p{Script=Cyrillic}/u.test(ch) ? CYRILLIC : LETTER;
}

const percent = (x: number) => `${Math.round(100 * x)}%`;

/** Whether `text` (the file at `path`, decoded) reads as Russian prose: an article, not a project file. */
export function isRussianProse(path: string, text: string): ProseVerdict {
  const byPath = nonProsePath(path);
  if (byPath) return { ok: false, reason: byPath };
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const { nonSpace, letters, cyrillic } = letterStats(sample);
  if (nonSpace === 0) return { ok: false, reason: 'empty' };
  if (letters < MIN_LETTERS) return { ok: false, reason: `too little text (${letters} letters)` };
  if (cyrillic / letters < MIN_CYRILLIC_SHARE) {
    return { ok: false, reason: `not Russian text (${percent(cyrillic / letters)} of the letters are Cyrillic)` };
  }
  if (letters / nonSpace < MIN_LETTER_SHARE) {
    return { ok: false, reason: `mostly digits and symbols (${percent(letters / nonSpace)} letters): a table or a log?` };
  }
  const lines = lineStats(sample);
  if (lines.keyValueLines / lines.lines > MAX_KEY_VALUE_SHARE) {
    return { ok: false, reason: 'key-value lines: a configuration or data file' };
  }
  if (lines.sentences === 0 || lines.proseChars / lines.chars < MIN_PROSE_LINE_SHARE) {
    return { ok: false, reason: 'no sentence-like lines: a list or a table?' };
  }
  return { ok: true };
}
