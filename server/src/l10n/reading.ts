/**
 * The reading layer (server/src/index: file reading, decoding, the prose check, the analysis cache, the
 * workspace file) words its reasons and notes in English, in worker threads and in the cache too; the
 * language server shows them in its language through this table, matched by their shape. A text of
 * another shape is shown as it is. (The CLI has its own table in its message catalog.)
 */
import * as l10n from '@vscode/l10n';

type Rule = [RegExp, (...m: string[]) => string];

/** Why a file is not an article of the corpus (status bar tooltip, output channel). */
const REASONS: Rule[] = [
  [/^no such file or folder$/, () => l10n.t('no such file or folder')],
  [/^permission denied$/, () => l10n.t('permission denied')],
  [/^is a folder$/, () => l10n.t('is a folder')],
  [/^not a regular file$/, () => l10n.t('not a regular file')],
  [/^empty$/, () => l10n.t('empty')],
  [/^empty file$/, () => l10n.t('empty file')],
  [/^a symbolic link; links are not followed$/, () => l10n.t('a symbolic link; links are not followed')],
  [/^larger than the (\d+)-byte limit \((\d+) bytes\)$/, (_, limit, size) => l10n.t('larger than the {0}-byte limit ({1} bytes)', limit, size)],
  [/^not a text file \(contains NUL bytes\)$/, () => l10n.t('not a text file (contains NUL bytes)')],
  [/^too little text \((\d+) letters\)$/, (_, k) => l10n.t('too little text ({0} letters)', k)],
  [/^not Russian text \((.+) of the letters are Cyrillic\)$/, (_, p) => l10n.t('not Russian text ({0} of the letters are Cyrillic)', p)],
  [/^mostly digits and symbols \((.+) letters\): a table or a log\?$/, (_, p) => l10n.t('mostly digits and symbols ({0} letters): a table or a log?', p)],
  [/^key-value lines: a configuration or data file$/, () => l10n.t('key-value lines: a configuration or data file')],
  [/^no sentence-like lines: a list or a table\?$/, () => l10n.t('no sentence-like lines: a list or a table?')],
  [/^not Russian prose$/, () => l10n.t('not Russian prose')],
  [/^in the folder (.+), which holds no articles$/, (_, f) => l10n.t('in the folder {0}, which holds no articles', f)],
  [/^a hidden file$/, () => l10n.t('a hidden file')],
  [/^a \.(\w+) file, not an article$/, (_, ext) => l10n.t('a .{0} file, not an article', ext)],
  [/^(.+) is a project file \(licence, changelog, dependency list…\), not an article$/, (_, name) => l10n.t('{0} is a project file (licence, changelog, dependency list…), not an article', name)],
  [/^analysis failed: (.*)$/s, (_, why) => l10n.t('analysis failed: {0}', why)],
  [/^the analysis pool was closed$/, () => l10n.t('the server is stopping')],
];

/** Problems of the workspace file, after its path (core/config.ts and index/configFile.ts). */
const CONFIG_PROBLEMS: Rule[] = [
  [/^the configuration must be a JSON object$/, () => l10n.t('the configuration must be a JSON object')],
  [/^not valid JSON at line (\d+), column (\d+)$/, (_, line, column) => l10n.t('not valid JSON at line {0}, column {1}', line, column)],
  [/^larger than the (\d+)-byte limit for a config file; not read$/, (_, limit) => l10n.t('larger than the {0}-byte limit for a config file; not read', limit)],
  [/^"([\w[\]]+)" must be an array of strings$/, (_, field) => l10n.t('«{0}» must be an array of strings', field)],
  [/^"aliases" must be an array of arrays of names$/, () => l10n.t('«aliases» must be an array of arrays of names')],
  [/^"([\w[\]]+)" has entries that are not non-empty strings; they were ignored$/, (_, field) => l10n.t('«{0}» has entries that are not non-empty strings; they were ignored', field)],
  [/^"([\w[\]]+)" has (\d+) entries; only the first (\d+) were read$/, (_, field, n, limit) => l10n.t('«{0}» has {1} entries; only the first {2} were read', field, n, limit)],
  [/^"([\w[\]]+)" has (\d+) name\(s\) longer than (\d+) characters; they were ignored$/, (_, field, n, limit) => l10n.t('«{0}» has names longer than {2} characters ({1}); they were ignored', field, n, limit)],
  [/^"aliases" names more than (\d+) names in all; the groups from (aliases\[\d+\]) on were ignored$/, (_, limit, from) => l10n.t('«aliases» names more than {0} names in all; the groups from {1} on were ignored', limit, from)],
  [/^"aliases" has (\d+) groups; only the first (\d+) were read$/, (_, n, limit) => l10n.t('«aliases» has {0} groups; only the first {1} were read', n, limit)],
];

function translate(rules: Rule[], text: string): string {
  for (const [re, say] of rules) {
    const m = re.exec(text);
    if (m) return say(...m);
  }
  return text;
}

/** A reason a file was left out, in the server's language. */
export function readingReason(reason: string): string {
  return translate(REASONS, reason);
}

const NOTE = /^read as (.+?)( \(byte-order mark\))?(?:; (\d+) invalid byte sequence\(s\) replaced with U\+FFFD| \(unsure: confidence ([\d.]+)\))?$/;

/** How a file was decoded ('read as Windows-1251 (unsure: confidence 0.40)'), in the server's language. */
export function readingNote(note: string): string {
  const m = NOTE.exec(note);
  if (!m) return note;
  const [, name, bom, replaced, confidence] = m;
  const read = bom ? l10n.t('read as {0} (byte-order mark)', name) : l10n.t('read as {0}', name);
  if (replaced) return l10n.t('{0}; invalid byte sequences replaced with U+FFFD: {1}', read, replaced);
  return confidence ? l10n.t('{0} (unsure: confidence {1})', read, confidence) : read;
}

/** The analysis cache could not be used: why, in the server's language. */
export function cacheProblem(problem: string): string {
  const m = /^the analysis cache was not used \((.*)\); it will be rebuilt$/s.exec(problem);
  return m ? l10n.t('the analysis cache was not used ({0}); it will be rebuilt', m[1]) : problem;
}

/** A problem of the workspace file `file` ('<file>: <problem>' or '<file> is a folder, …'), in the server's language. */
export function configProblem(problem: string, file: string): string {
  if (problem === `${file} is a folder, not a config file`) return l10n.t('{0} is a folder, not a config file', file);
  const cannotRead = `cannot read ${file}: `;
  if (problem.startsWith(cannotRead)) return l10n.t('cannot read {0}: {1}', file, problem.slice(cannotRead.length));
  const prefix = `${file}: `;
  if (!problem.startsWith(prefix)) return problem;
  const rest = problem.slice(prefix.length);
  const more = /^(.*) \(and (\d+) more such problems in "aliases"\)$/s.exec(rest);
  const text = more ? l10n.t('{0} (and {1} more such problems in «aliases»)', translate(CONFIG_PROBLEMS, more[1]), more[2]) : translate(CONFIG_PROBLEMS, rest);
  return `${prefix}${text}`;
}
