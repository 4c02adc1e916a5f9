/** The CLI's messages in English. Every message quotes with «…»; plurals go through Intl.PluralRules. */
import { KIND_LABEL } from '../../core/consistency/findInconsistencies';
import { plural } from './plural';

const n = (count: number, one: string, other: string) => plural('en', count, { one: `# ${one}`, other: `# ${other}` });

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const en = {
  // --- main, help
  usage: 'Usage',
  mainUsage: 'corpus-lens <command> [options] PATH...',
  /** Words in usage lines that stand for values (PATH, FILE, DIR), as the language writes them. */
  placeholders: { PATH: 'PATH', FILE: 'FILE', DIR: 'DIR' } as Record<string, string>,
  mainAbout: 'People, organizations, places and dates in Russian-language news articles.',
  commands: 'Commands',
  options: 'Options',
  commandHelpHint: 'Run «corpus-lens <command> --help» for a command\'s options.',
  globalOptions: [
    ['--lang en|ru', 'language of the messages (default: from LC_ALL, LC_MESSAGES or LANG; ru* is Russian, else English)'],
    ['--no-cache', 'analyse every article again and write no cache (.corpus-lens/cache)'],
    ['--workers N', 'analysis threads (default: one per core, at most 4; 0: none, analyse in the main thread)'],
    ['--version', 'print the version and exit'],
    ['--help, -h', 'print this help and exit'],
  ] as Array<[string, string]>,
  pathsAndExits: [
    'PATH is a file or a folder (every .txt file below it). Results go to stdout; progress, warnings and errors to stderr.',
    'A folder with no .txt file below it is warned about; when no article at all is read, nothing is printed on stdout.',
    'Exit codes: 0 done; 1 (check, duplicates) something found; 2 usage error, or a PATH missing, unreadable or without any .txt file (what could be read is still printed).',
  ],
  summaries: {
    outline: "print each article's structure: title, date, author, source, dateline, sections",
    report: 'summarize the corpus: articles, entities by type with their articles and spellings, inconsistencies',
    check: 'report names spelled inconsistently across the corpus; exit 1 when any is found (--fix rewrites them)',
    export: 'write the mentions and entities as JSON, JSON Lines, CoNLL (BIO) or brat standoff',
    duplicates: 'list possible duplicates: names that may be one name spelled two ways, with counts, a context line and why',
  },
  optionHelp: {
    config: ['--config FILE', 'corpus settings (default: .vscode/corpus-lens.json found from the current folder upwards)'],
    reportFormat: ['--format text|json|markdown', 'output format (default text; JSON keeps ISO dates and English keys)'],
    checkFormat: ['--format text|json|sarif', 'output format (default text: path:line:col: severity code message)'],
    severity: ['--severity LEVEL', 'severity of the findings: error, warning (default), information, hint'],
    fix: ['--fix', 'write the preferred spellings into the files (atomically, in each file\'s encoding)'],
    dryRun: ['--dry-run', 'with --fix: print a unified diff, write nothing'],
    exportFormat: ['--format json|jsonl|conll|brat', 'output format (default json)'],
    duplicatesFormat: ['--format text|json', 'output format (default text)'],
    out: ['--out DIR', 'write to DIR (needed by brat: copies of the texts, .ann files and annotation.conf, in the folders they came from)'],
  } as Record<string, [string, string]>,
  unknownCommand: (name: string) => `unknown command «${name}»`,
  noPath: 'no PATH given',
  internalError: 'internal error',

  // --- arguments
  unknownOption: (arg: string) => `unknown option «${arg}»`,
  needsValue: (name: string) => `option «--${name}» needs a value`,
  mustBeOneOf: (name: string, allowed: readonly string[], got: string) =>
    `«--${name}» must be one of ${allowed.join(', ')} (got «${got}»)`,
  badWorkers: (got: string) => `«--workers» must be a whole number from 0 to 64 (got «${got}»)`,
  dryRunNeedsFix: '«--dry-run» goes with «--fix»',
  fixNoFormat: '«--fix» prints what it changes as text; leave out «--format»',
  bratNeedsOut: '«--format brat» needs «--out DIR» for the copied texts and .ann files',

  // --- loading
  warning: 'warning',
  cannotReadConfig: (file: string, problem: string) => `cannot read the configuration file ${file} (${problem})`,
  cannotRead: (p: string, reason: string) => `cannot read ${p}: ${reason}`,
  /** A reason a file was not read, and a note on how it was read, from the reading layer (English there). */
  reason: (r: string) => r,
  note: (text: string) => text,
  emptyFolder: (p: string) => `${p}: no .txt file in this folder (nothing to read there)`,
  noArticles: 'no article was read; nothing to show',
  progress: (done: number, total: number, rate: number) => `${done}/${n(total, 'article', 'articles')}, ${rate} articles/s`,

  // --- check
  severities: { error: 'error', warning: 'warning', information: 'information', hint: 'hint' } as Record<string, string>,
  checkSummary: (found: number, files: number, total: number) =>
    `${n(found, 'inconsistent spelling', 'inconsistent spellings')} in ${files} of ${n(total, 'article', 'articles')}`,
  leftUntouched: (file: string, reason: string) => `left ${file} untouched: ${reason}`,
  writtenBackIn: (file: string, encoding: string, dryRun: boolean) =>
    `${file} ${dryRun ? 'would be' : 'was'} written back in ${encoding}, its own encoding`,
  fixed: (at: string, text: string, replacement: string) => `${at}: fixed «${text}» → «${replacement}»`,
  changedFiles: (count: number, dryRun: boolean) =>
    dryRun ? `would change ${n(count, 'file', 'files')}; nothing written` : `changed ${n(count, 'file', 'files')}`,
  possibleLeft: (count: number) =>
    `left ${n(count, 'possible variant', 'possible variants')} for you to decide: \`corpus-lens duplicates\` lists them`,

  // --- export
  cannotWrite: (out: string, why: string) => `cannot write to ${out}: ${why}`,
  wrote: (file: string) => `wrote ${file}`,
  wroteBrat: (count: number, out: string) => `wrote ${n(count, 'text', 'texts')} with .ann files and annotation.conf to ${out}`,
  copiedAs: (from: string, to: string) => `${from} copied as ${to}`,

  // --- duplicates
  duplicates: {
    levels: { sure: 'sure', plausible: 'plausible' } as Record<string, string>,
    oneEntity: 'one entity',
    why: 'why',
    summary: (pairs: number, sure: number, plausible: number) => `${n(pairs, 'pair', 'pairs')} (${sure} sure, ${plausible} plausible)`,
  },

  // --- outline
  outline: {
    title: 'Title',
    date: 'Date',
    author: 'Author',
    source: 'Source',
    dateline: 'Dateline',
    none: '(none)',
    from: { header: 'from the header', byline: 'from the byline', dateline: 'from the dateline', none: 'no source' } as Record<string, string>,
    line: (line: number) => `line ${line}`,
    counts: (paragraphs: number, quotations: number) => `${n(paragraphs, 'paragraph', 'paragraphs')}, ${n(quotations, 'quotation', 'quotations')}`,
  },

  // --- report
  report: {
    heading: 'Corpus Lens report',
    counts: (articles: number, entities: number, byType: string, mentions: number, findings: number) =>
      `${n(articles, 'article', 'articles')}, ${n(entities, 'entity', 'entities')} (${byType}), ${n(mentions, 'mention', 'mentions')}, ${n(findings, 'inconsistent spelling', 'inconsistent spellings')}`,
    articles: 'Articles',
    types: { PER: 'People', ORG: 'Organizations', LOC: 'Places', DATE: 'Dates' } as Record<string, string>,
    noDate: '(no date)',
    noTitle: '(no title)',
    mentions: (count: number) => n(count, 'mention', 'mentions'),
    mentionsIn: (mentions: number, articles: number) => `${n(mentions, 'mention', 'mentions')} in ${n(articles, 'article', 'articles')}`,
    articlesLabel: 'articles',
    spellings: 'spellings',
    written: 'written',
    inconsistent: 'Inconsistent spellings',
    noneFound: 'none found',
    noneFoundMd: 'None found.',
    tables: {
      articles: ['Article', 'Date', 'Title', 'Mentions'],
      entities: ['Name', 'Mentions', 'Articles', 'Other spellings', 'Written'],
      findings: ['Where', 'Written', 'Preferred', 'Code', 'Message'],
    },
  },

  // --- the spelling findings, worded from their fields (JSON and SARIF keep the core's English message)
  findings: {
    variant: (variant: string, variantCount: number, preferred: string, preferredCount: number, kind: string) =>
      `«${variant}» (${variantCount}×) is spelled «${preferred}» elsewhere (${preferredCount}×): ${kind}`,
    mixedScript: (text: string, fixed: string) => `«${text}» mixes Latin look-alike letters into a Cyrillic word; «${fixed}» is the Cyrillic spelling`,
    decomposed: (text: string, fixed: string) => `«${text}» is written with a decomposed letter; «${fixed}» is the composed spelling`,
    possible: (variant: string, variantCount: number, preferred: string, preferredCount: number, edit: string) =>
      `«${variant}» (${variantCount}×) may be «${preferred}» (${preferredCount}×) spelled another way: ${edit}`,
    // The engine's own English words for each kind of variant.
    kinds: KIND_LABEL as Record<string, string>,
  },

  // --- dates written without a year
  dates: {
    dayMonth: (day: number, month: number) => `${day} ${MONTHS[month - 1]}`,
    month: (month: number) => MONTHS[month - 1],
    yearUnknown: (date: string) => `${date} (year unknown)`,
  },
};

export type Messages = typeof en;
