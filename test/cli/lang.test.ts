/** The CLI in English and Russian: --lang, the locale variables, plural forms, one quote style, machine formats unchanged. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { langFromEnv, messagesFor, type Messages } from '../../server/src/cli/messages';
import { findingMessage } from '../../server/src/cli/messages/findings';
import { plural } from '../../server/src/cli/messages/plural';
import { setLang } from '../../server/src/cli/messages';
import { cli, json } from './helpers';

test('--lang ru and LANG=ru_RU give the Russian report; LC_ALL wins over LANG; --lang wins over both', () => {
  const ru = cli(['report', 'seeds', '--lang', 'ru']);
  assert.equal(ru.code, 0, ru.stderr);
  assert.match(ru.stdout, /^Отчёт Corpus Lens\n5 статей, \d+ сущност(ь|и|ей) \(/);
  for (const heading of ['Статьи', 'Люди (PER)', 'Организации (ORG)', 'Места (LOC)', 'Даты (DATE)', 'Разночтения: 1']) assert.ok(ru.stdout.includes(heading), heading);
  assert.equal(cli(['report', 'seeds'], { env: { LANG: 'ru_RU.UTF-8' } }).stdout, ru.stdout);
  assert.equal(cli(['report', 'seeds'], { env: { LC_MESSAGES: 'ru_RU.UTF-8' } }).stdout, ru.stdout);
  assert.match(cli(['report', 'seeds'], { env: { LANG: 'ru_RU.UTF-8', LC_ALL: 'C' } }).stdout, /^Corpus Lens report\n5 articles, /);
  assert.match(cli(['--lang=en', 'report', 'seeds'], { env: { LC_ALL: 'ru_RU.UTF-8' } }).stdout, /^Corpus Lens report\n/);
});

test('langFromEnv: ru* is Russian, anything else English; empty variables are skipped', () => {
  assert.equal(langFromEnv({ LANG: 'ru_RU.UTF-8' }), 'ru');
  assert.equal(langFromEnv({ LANG: 'ru' }), 'ru');
  assert.equal(langFromEnv({ LC_ALL: '', LANG: 'ru_UA.UTF-8' }), 'ru');
  assert.equal(langFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'ru_RU.UTF-8' }), 'en');
  assert.equal(langFromEnv({ LANG: 'rw_RW.UTF-8' }), 'en');
  assert.equal(langFromEnv({ LANG: 'C' }), 'en');
  assert.equal(langFromEnv({}), 'en');
});

test('plural forms by Intl.PluralRules: 1 article, 5 articles; 1 статья, 2 статьи, 5 статей', () => {
  const en = messagesFor('en').report;
  const ru = messagesFor('ru').report;
  assert.deepEqual([1, 2, 5].map(en.mentions), ['1 mention', '2 mentions', '5 mentions']);
  assert.deepEqual([1, 2, 5, 11, 21, 22, 25, 111].map(ru.mentions), [
    '1 упоминание', '2 упоминания', '5 упоминаний', '11 упоминаний', '21 упоминание', '22 упоминания', '25 упоминаний', '111 упоминаний',
  ]);
  assert.equal(en.mentionsIn(1, 1), '1 mention in 1 article');
  assert.equal(ru.mentionsIn(2, 1), '2 упоминания в 1 статье');
  assert.equal(ru.mentionsIn(5, 3), '5 упоминаний в 3 статьях');
  const forms = { one: '# статья', few: '# статьи', many: '# статей', other: '# статьи' };
  assert.deepEqual([1, 2, 5, 0].map((n) => plural('ru', n, forms)), ['1 статья', '2 статьи', '5 статей', '0 статей']);
  assert.match(messagesFor('en').report.counts(1, 1, '', 1, 1), /^1 article, 1 entity \(\), 1 mention, 1 inconsistent spelling$/);
  assert.match(messagesFor('ru').report.counts(5, 2, '', 21, 3), /^5 статей, 2 сущности \(\), 21 упоминание, 3 разночтения$/);
});

test('check in Russian: severity and summary translated; code, JSON keys and SARIF stay as they are', () => {
  const text = cli(['check', 'seeds', '--lang', 'ru']);
  assert.equal(text.code, 1);
  assert.match(text.stdout, /^seeds\/[^:]+:\d+:\d+: предупреждение spelling-variant /m);
  assert.match(text.stderr, /^corpus-lens: 1 разночтение в 1 из 5 статей$/m);
  assert.match(cli(['check', 'seeds']).stderr, /^corpus-lens: 1 inconsistent spelling in 1 of 5 articles$/m);
  const en = json(cli(['check', 'seeds', '--format', 'json']));
  assert.deepEqual(json(cli(['check', 'seeds', '--format', 'json', '--lang', 'ru'])), en, 'JSON is the same in both languages');
  assert.equal(en.diagnostics[0].severity, 'warning');
  const sarif = (lang: string) => json(cli(['check', 'seeds', '--format', 'sarif', '--lang', lang]));
  assert.deepEqual(sarif('ru'), sarif('en'));
  const exportRu = cli(['export', 'seeds', '--format', 'conll', '--lang', 'ru']).stdout;
  assert.equal(exportRu, cli(['export', 'seeds', '--format', 'conll']).stdout);
});

test('usage errors and help in Russian; a wrong --lang is a usage error', () => {
  const unknown = cli(['report', 'seeds', '--colour', '--lang', 'ru']);
  assert.equal(unknown.code, 2);
  assert.equal(unknown.stdout, '');
  assert.match(unknown.stderr, /неизвестный параметр «--colour»/);
  assert.match(unknown.stderr, /Использование: corpus-lens report .* ПУТЬ\.\.\./);
  const missing = cli(['report', 'no-such-folder'], { env: { LANG: 'ru_RU.UTF-8' } });
  assert.match(missing.stderr, /не удалось прочитать no-such-folder: нет такого файла или папки/);
  const help = cli(['--help', '--lang', 'ru']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Использование: corpus-lens <команда>/);
  for (const name of ['outline', 'report', 'check', 'export', '--lang en|ru', '--version']) assert.ok(help.stdout.includes(name), name);
  const bad = cli(['report', 'seeds', '--lang', 'de']);
  assert.equal(bad.code, 2);
  assert.equal(bad.stdout, '');
  assert.match(bad.stderr, /«--lang» must be one of en, ru \(got «de»\)/);
  assert.equal(cli(['report', 'seeds', '--lang']).code, 2);
});

/** Every string of a catalog, its functions called with sample arguments. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, (_, i) => (i === 1 ? ['a', 'b'] : i % 2 ? 2 : 'X'));
    const out: string[] = [];
    for (const sample of [args, args.map((a) => (typeof a === 'number' ? 1 : a)), args.map(() => 1)]) {
      try {
        out.push(...strings(value(...sample)));
      } catch {
        // a sample of the wrong type for this message
      }
    }
    return out;
  }
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The shape of a catalog: its keys, nested, and which are functions. */
function shape(value: unknown): unknown {
  if (typeof value === 'function') return 'function';
  if (Array.isArray(value)) return 'array';
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, shape((value as any)[k])]));
  return typeof value;
}

test('the Russian catalog has every message of the English one; both quote with «…» only', () => {
  const catalogs: Messages[] = [messagesFor('en'), messagesFor('ru')];
  assert.deepEqual(shape(catalogs[1]), shape(catalogs[0]));
  assert.deepEqual(Object.keys(catalogs[1].optionHelp).sort(), Object.keys(catalogs[0].optionHelp).sort());
  for (const catalog of catalogs) {
    const all = strings(catalog);
    assert.ok(all.length > 80, `${all.length} strings`);
    for (const s of all) {
      assert.ok(!/"|“|”|„/.test(s), `no double quotes: ${s}`);
      assert.ok(!/(^|[\s(])'|'($|[\s,.;:)])/.test(s), `no single quotes: ${s}`);
    }
  }
  const run = cli(['check', 'seeds', '--dry-run']);
  assert.match(run.stderr, /«--dry-run» goes with «--fix»/);
});

test('finding messages: English as the core words them, Russian from the finding\'s fields', () => {
  const en = cli(['check', 'seeds']);
  const diagnostics = json(cli(['check', 'seeds', '--format', 'json'])).diagnostics;
  for (const d of diagnostics) assert.ok(en.stdout.includes(` ${d.code} ${d.message}\n`) || en.stdout.endsWith(` ${d.code} ${d.message}\n`), d.message);
  const ru = cli(['check', 'seeds', '--lang', 'ru']).stdout;
  assert.match(ru, /«Тхонглун» \(1×\), а в других местах пишется «Тонглун» \(1×\): пропущена или добавлена «х» после т\/п\/к$/m);
  assert.match(cli(['report', 'seeds', '--lang', 'ru', '--format', 'markdown']).stdout, /\| а в других местах пишется «Тонглун»|а в других местах пишется «Тонглун»/);
  const base = { variantCount: 1, preferredCount: 3, kind: 'homoglyph' as const };
  setLang('ru');
  try {
    assert.equal(
      findingMessage({ ...base, code: 'mixed-script', text: 'Мoсква', variant: 'Мoсква', preferred: 'Москва' }),
      'В слове «Мoсква» среди кириллицы есть похожие латинские буквы; кириллицей пишется «Москва»',
    );
    const decomposed = 'Линеи\u0306ка';
    assert.match(findingMessage({ ...base, kind: 'i-short', code: 'spelling-variant', text: decomposed, variant: decomposed, preferred: 'Линейка' }), /разложенном виде/);
  } finally {
    setLang('en');
  }
});

test('reasons and notes of the reading layer: the common ones in Russian, others as they are', () => {
  const ru = messagesFor('ru');
  assert.equal(ru.reason('larger than the 2000000-byte limit (3500000 bytes)'), 'больше предела в 2000000 байт (3500000 байт)');
  assert.equal(ru.note('read as KOI8-R (unsure: confidence 0.45)'), 'прочитан как KOI8-R (кодировка определена неуверенно: 0.45)');
  assert.equal(ru.note('read as UTF-8; 3 invalid byte sequence(s) replaced with U+FFFD'), 'прочитан как UTF-8; недопустимых последовательностей байтов заменено на U+FFFD: 3');
  assert.equal(ru.reason('something new'), 'something new');
  assert.equal(messagesFor('en').note('read as KOI8-R'), 'read as KOI8-R');
});
