/** Сообщения CLI по-русски. Кавычки «…»; формы множественного числа по Intl.PluralRules. */
import type { Messages } from './en';
import { plural } from './plural';

/** '# статья' / '# статьи' / '# статей' (other: дробные числа, как few). */
const n = (count: number, one: string, few: string, many: string) => plural('ru', count, { one: `# ${one}`, few: `# ${few}`, many: `# ${many}`, other: `# ${few}` });

const MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];

/**
 * The reading layer (server/src/index) words its reasons and notes in English; the common ones are
 * translated here by their shape, anything else is shown as it is.
 */
const REASONS: Array<[RegExp, (...m: string[]) => string]> = [
  [/^no such file or folder$/, () => 'нет такого файла или папки'],
  [/^permission denied$/, () => 'нет доступа'],
  [/^is a folder$/, () => 'это папка'],
  [/^not a regular file$/, () => 'это не обычный файл'],
  [/^empty$/, () => 'файл пуст'],
  [/^larger than the (\d+)-byte limit \((\d+) bytes\)$/, (_, limit, size) => `больше предела в ${limit} байт (${size} байт)`],
  [/^not a text file \(contains NUL bytes\)$/, () => 'это не текстовый файл (есть байты NUL)'],
  [/^too little text \((\d+) letters\)$/, (_, k) => `слишком мало текста (букв: ${k})`],
  [/^not Russian text \((.+) of the letters are Cyrillic\)$/, (_, p) => `это не русский текст (кириллицей написано ${p} букв)`],
];

const NOTE = /^read as (.+?)( \(byte-order mark\))?(?:; (\d+) invalid byte sequence\(s\) replaced with U\+FFFD| \(unsure: confidence ([\d.]+)\))?$/;

function translated(text: string): string {
  for (const [re, say] of REASONS) {
    const m = re.exec(text);
    if (m) return say(...m);
  }
  return text;
}

function note(text: string): string {
  const m = NOTE.exec(text);
  if (!m) return text;
  const [, name, bom, replaced, confidence] = m;
  let out = `прочитан как ${name}${bom ? ' (по метке порядка байтов)' : ''}`;
  if (replaced) out += `; недопустимых последовательностей байтов заменено на U+FFFD: ${replaced}`;
  else if (confidence) out += ` (кодировка определена неуверенно: ${confidence})`;
  return out;
}

export const ru: Messages = {
  usage: 'Использование',
  mainUsage: 'corpus-lens <команда> [параметры] ПУТЬ...',
  placeholders: { PATH: 'ПУТЬ', FILE: 'ФАЙЛ', DIR: 'ПАПКА' },
  mainAbout: 'Люди, организации, места и даты в русскоязычных новостных статьях.',
  commands: 'Команды',
  options: 'Параметры',
  commandHelpHint: 'Параметры команды: «corpus-lens <команда> --help».',
  globalOptions: [
    ['--lang en|ru', 'язык сообщений (по умолчанию из LC_ALL, LC_MESSAGES или LANG: ru* — русский, иначе английский)'],
    ['--no-cache', 'заново проанализировать все статьи и не записывать кэш (.corpus-lens/cache)'],
    ['--workers N', 'потоки анализа (по умолчанию по одному на ядро, не больше 4; 0 — анализ в основном потоке)'],
    ['--version', 'показать версию и выйти'],
    ['--help, -h', 'показать эту справку и выйти'],
  ],
  pathsAndExits: [
    'ПУТЬ — файл или папка (все файлы .txt в ней и во вложенных папках). Результаты выводятся в stdout; ход работы, предупреждения и ошибки — в stderr.',
    'О папке без единого файла .txt выводится предупреждение; если не прочитано ни одной статьи, в stdout не выводится ничего.',
    'Коды выхода: 0 — готово; 1 (check, duplicates) — что-то найдено; 2 — ошибка в параметрах, либо ПУТЬ не существует, не читается или не содержит файлов .txt (прочитанное всё равно выводится).',
  ],
  summaries: {
    outline: 'показать структуру каждой статьи: заголовок, дата, автор, источник, место и дата выпуска, разделы',
    report: 'сводка по корпусу: статьи, сущности по типам с их статьями и написаниями, разночтения',
    check: 'найти имена, написанные в корпусе по-разному; код выхода 1, если они есть (--fix исправляет их)',
    export: 'выгрузить упоминания и сущности в JSON, JSON Lines, CoNLL (BIO) или brat standoff',
    duplicates: 'показать возможные дубликаты: имена, которые могут быть одним именем в двух написаниях, с числом упоминаний, строкой контекста и причиной',
  },
  optionHelp: {
    config: ['--config ФАЙЛ', 'настройки корпуса (по умолчанию .vscode/corpus-lens.json, найденный от текущей папки вверх)'],
    reportFormat: ['--format text|json|markdown', 'формат вывода (по умолчанию text; в JSON даты ISO и ключи на английском)'],
    checkFormat: ['--format text|json|sarif', 'формат вывода (по умолчанию text: путь:строка:столбец: важность код сообщение)'],
    severity: ['--severity УРОВЕНЬ', 'важность находок: error, warning (по умолчанию), information, hint'],
    fix: ['--fix', 'записать предпочтительные написания в файлы (атомарно, в кодировке каждого файла)'],
    dryRun: ['--dry-run', 'вместе с --fix: показать unified diff, ничего не записывая'],
    exportFormat: ['--format json|jsonl|conll|brat', 'формат вывода (по умолчанию json)'],
    duplicatesFormat: ['--format text|json', 'формат вывода (по умолчанию text)'],
    out: ['--out ПАПКА', 'записать в ПАПКУ (нужно для brat: копии текстов, файлы .ann и annotation.conf, в тех же вложенных папках)'],
  },
  unknownCommand: (name) => `неизвестная команда «${name}»`,
  noPath: 'не указан ПУТЬ',
  internalError: 'внутренняя ошибка',

  unknownOption: (arg) => `неизвестный параметр «${arg}»`,
  needsValue: (name) => `параметру «--${name}» нужно значение`,
  mustBeOneOf: (name, allowed, got) => `«--${name}» может быть только ${allowed.join(', ')} (указано «${got}»)`,
  badWorkers: (got) => `«--workers» — целое число от 0 до 64 (указано «${got}»)`,
  dryRunNeedsFix: '«--dry-run» используется только с «--fix»',
  fixNoFormat: '«--fix» выводит изменения текстом; уберите «--format»',
  bratNeedsOut: '«--format brat» требует «--out ПАПКА» для копий текстов и файлов .ann',

  warning: 'предупреждение',
  cannotReadConfig: (file, problem) => `не удалось прочитать файл настроек ${file} (${problem})`,
  cannotRead: (p, reason) => `не удалось прочитать ${p}: ${reason}`,
  reason: translated,
  note,
  emptyFolder: (p) => `${p}: в этой папке нет файлов .txt (читать нечего)`,
  noArticles: 'не прочитано ни одной статьи; показывать нечего',
  progress: (done, total, rate) => `${done}/${n(total, 'статья', 'статьи', 'статей')}, ${rate} статей/с`,

  severities: { error: 'ошибка', warning: 'предупреждение', information: 'сведения', hint: 'подсказка' },
  checkSummary: (found, files, total) =>
    `${n(found, 'разночтение', 'разночтения', 'разночтений')} в ${files} из ${n(total, 'статьи', 'статей', 'статей')}`,
  leftUntouched: (file, reason) => `${file} не изменён: ${reason}`,
  writtenBackIn: (file, encoding, dryRun) => `${file} ${dryRun ? 'будет записан' : 'записан'} в своей кодировке, ${encoding}`,
  fixed: (at, text, replacement) => `${at}: исправлено «${text}» → «${replacement}»`,
  changedFiles: (count, dryRun) =>
    dryRun ? `будет изменено файлов: ${count}; ничего не записано` : `изменено файлов: ${count}`,
  possibleLeft: (count) =>
    `не исправлено возможных вариантов написания: ${count}; решать вам, список выводит \`corpus-lens duplicates\``,

  cannotWrite: (out, why) => `не удалось записать в ${out}: ${why}`,
  wrote: (file) => `записан ${file}`,
  wroteBrat: (count, out) => `в ${out} записаны ${n(count, 'текст', 'текста', 'текстов')} с файлами .ann и annotation.conf`,
  copiedAs: (from, to) => `${from} скопирован как ${to}`,

  duplicates: {
    levels: { sure: 'точно', plausible: 'возможно' },
    oneEntity: 'одна сущность',
    why: 'почему',
    summary: (pairs, sure, plausible) => `${n(pairs, 'пара', 'пары', 'пар')} (точных: ${sure}, возможных: ${plausible})`,
  },

  outline: {
    title: 'Заголовок',
    date: 'Дата',
    author: 'Автор',
    source: 'Источник',
    dateline: 'Место выпуска',
    none: '(нет)',
    from: { header: 'из шапки', byline: 'из подписи', dateline: 'из строки места и даты', none: 'источник неизвестен' },
    line: (line) => `строка ${line}`,
    counts: (paragraphs, quotations) => `${n(paragraphs, 'абзац', 'абзаца', 'абзацев')}, ${n(quotations, 'цитата', 'цитаты', 'цитат')}`,
  },

  report: {
    heading: 'Отчёт Corpus Lens',
    counts: (articles, entities, byType, mentions, findings) =>
      `${n(articles, 'статья', 'статьи', 'статей')}, ${n(entities, 'сущность', 'сущности', 'сущностей')} (${byType}), ${n(mentions, 'упоминание', 'упоминания', 'упоминаний')}, ${n(findings, 'разночтение', 'разночтения', 'разночтений')}`,
    articles: 'Статьи',
    types: { PER: 'Люди', ORG: 'Организации', LOC: 'Места', DATE: 'Даты' },
    noDate: '(без даты)',
    noTitle: '(без заголовка)',
    mentions: (count) => n(count, 'упоминание', 'упоминания', 'упоминаний'),
    mentionsIn: (mentions, articles) => `${n(mentions, 'упоминание', 'упоминания', 'упоминаний')} в ${n(articles, 'статье', 'статьях', 'статьях')}`,
    articlesLabel: 'статьи',
    spellings: 'написания',
    written: 'в тексте',
    inconsistent: 'Разночтения',
    noneFound: 'не найдено',
    noneFoundMd: 'Не найдено.',
    tables: {
      articles: ['Статья', 'Дата', 'Заголовок', 'Упоминания'],
      entities: ['Имя', 'Упоминания', 'Статьи', 'Другие написания', 'В тексте'],
      findings: ['Где', 'Написано', 'Предпочтительно', 'Код', 'Сообщение'],
    },
  },

  findings: {
    variant: (variant, variantCount, preferred, preferredCount, kind) =>
      `«${variant}» (${variantCount}×), а в других местах пишется «${preferred}» (${preferredCount}×): ${kind}`,
    mixedScript: (text, fixed) => `В слове «${text}» среди кириллицы есть похожие латинские буквы; кириллицей пишется «${fixed}»`,
    decomposed: (text, fixed) => `В слове «${text}» буква записана в разложенном виде (буква и отдельный знак); в составном виде: «${fixed}»`,
    kinds: {
      aspiration: 'пропущена или добавлена «х» после т/п/к',
      yo: 'ё или е',
      'e-ye': 'э или е',
      'i-short': 'й или и',
      homoglyph: 'похожие латинские буквы',
      'hyphen-space': 'дефис или пробел',
      'doubled-letter': 'удвоенная буква',
      'dropped-letter': 'пропущена буква',
      organization: 'название организации написано по-разному',
      'other-edit': 'другое написание',
    },
    possible: (variant, variantCount, preferred, preferredCount, edit) =>
      `«${variant}» (${variantCount}×), возможно, то же, что «${preferred}» (${preferredCount}×), в другом написании: ${edit}`,
  },

  dates: {
    dayMonth: (day, month) => `${day} ${MONTHS_GENITIVE[month - 1]}`,
    month: (month) => MONTHS[month - 1],
    yearUnknown: (date) => `${date} (год неизвестен)`,
  },
};
