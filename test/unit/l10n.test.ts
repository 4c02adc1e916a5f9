/**
 * Localization: plural forms (Intl.PluralRules through the bundles), the bundles' completeness, and the
 * server's editor texts (hover cards, date cards, diagnostics, code lens, outline) in English and Russian.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as l10n from '@vscode/l10n';
import type { Article } from '../../server/src/core/types';
import { CorpusIndex } from '../../server/src/index/corpusIndex';
import { configureFromEnvironment, configureL10n, count, defaultBundleDir, l10nLanguage } from '../../server/src/l10n';
import { dateValueText, findingMessage, relatedMessage, typeGroupName } from '../../server/src/l10n/messages';
import { categoriesOf, plural, pluralCategory, type PluralForms } from '../../server/src/l10n/plural';
import { PHRASES, PROGRESS_ARTICLES } from '../../server/src/l10n/phrases';
import { dateCard, dateHintLabel, distanceFromArticle, weekday, yearExplanation } from '../../server/src/features/dateCard';
import { hoverFor } from '../../server/src/features/hover';
import { entityCountsTitle } from '../../server/src/features/codeLens';
import { diagnosticsIn } from '../../server/src/features/diagnostics';
import { entityGroupSymbols } from '../../server/src/features/outlineEntities';
import { articleSymbol } from '../../server/src/features/documentSymbols';
import { DEFAULT_SETTINGS } from '../../common/protocol';
import { getEngine } from './engine-helpers';

const ROOT = path.join(__dirname, '..', '..');
const L10N_DIR = path.join(ROOT, 'l10n');
type Bundle = Record<string, string | { message: string; comment: string[] }>;
const readJson = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));
const EN: Bundle = readJson('l10n/bundle.l10n.json');
const RU: Record<string, string> = readJson('l10n/bundle.l10n.ru.json');
const messageOf = (v: Bundle[string]) => (typeof v === 'string' ? v : v.message);
const placeholders = (s: string) => [...new Set(s.match(/\{\d+\}/g) ?? [])].sort();

const russian = () => configureL10n({ locale: 'ru' }, L10N_DIR);
const english = () => configureL10n({});

const article = (value: string | null, source: 'header' | 'byline' | 'dateline' = 'header'): Article => ({
  title: 't', titleSpan: null, lead: null, date: value ? { value, source, span: { start: 0, end: 0 } } : null, author: null, source: null,
  dateline: null, subheadings: [], paragraphs: [], quotations: [], furniture: [], length: 0,
});

/** Latin words other than ISO values, file names and link targets: what must not show in a Russian card. */
function englishWords(markdown: string): string[] {
  const text = markdown.replace(/\]\([^)]*\)/g, ']').replace(/\[[^\]]*\]/g, '').replace(/`[^`]*`/g, '');
  return text.match(/\b[A-Za-z]{3,}\b/g) ?? [];
}

describe('plural forms', () => {
  after(english);

  it('follows the CLDR categories of Russian and English', () => {
    assert.deepEqual([1, 2, 5, 11, 21, 22, 25, 101, 111, 0].map((n) => pluralCategory('ru', n)),
      ['one', 'few', 'many', 'many', 'one', 'few', 'many', 'one', 'many', 'many']);
    assert.deepEqual([0, 1, 2, 21].map((n) => pluralCategory('en', n)), ['other', 'one', 'other', 'other']);
    assert.equal(pluralCategory('not a language tag!', 1), 'one', 'an unknown language falls back to English rules');
  });

  it('Russian: 1 упоминание, 2 упоминания, 5 упоминаний, 21 упоминание, 11 упоминаний', () => {
    russian();
    assert.equal(l10nLanguage(), 'ru');
    assert.deepEqual([1, 2, 5, 21, 11, 0, 1.5].map((n) => count(PHRASES.mentions, n)),
      ['1 упоминание', '2 упоминания', '5 упоминаний', '21 упоминание', '11 упоминаний', '0 упоминаний', '1.5 упоминания']);
    assert.deepEqual([1, 3, 7].map((n) => count(PHRASES.inArticles, n)), ['в 1 статье', 'в 3 статьях', 'в 7 статьях']);
    assert.deepEqual([1, 2, 5].map((n) => count(PHRASES.times, n)), ['1 раз', '2 раза', '5 раз']);
    assert.equal(count(PROGRESS_ARTICLES, 21, 7), '7 из 21 статьи');
    assert.equal(count(PROGRESS_ARTICLES, 120, 40), '40 из 120 статей');
  });

  it('English: 1 mention, 2 mentions, 0 mentions', () => {
    english();
    assert.equal(l10nLanguage(), 'en');
    assert.deepEqual([1, 2, 0, 21].map((n) => count(PHRASES.mentions, n)), ['1 mention', '2 mentions', '0 mentions', '21 mentions']);
    assert.equal(count(PHRASES.people, 1), '1 person');
    assert.equal(count(PHRASES.people, 3), '3 people');
    assert.equal(count(PROGRESS_ARTICLES, 120, 40), '40/120 articles');
  });

  it('the pure helper works with any translator (the client passes vscode.l10n.t)', () => {
    const seen: string[] = [];
    const forms: PluralForms = { one: '{0} file', other: '{0} files' };
    const out = plural((m) => (seen.push(`${m.message}/${m.comment.join('')}`), String(m.args[0])), 'ru', forms, 3);
    assert.equal(out, '3');
    assert.deepEqual(seen, ['{0} files/plural:few']);
  });
});

describe('bundles', () => {
  it('the Russian bundle translates every key, with the same placeholders, in «…» quotes', () => {
    for (const [key, value] of Object.entries(EN)) {
      if (key.includes('/plural:')) continue;
      assert.ok(typeof RU[key] === 'string' && RU[key].length > 0, `no Russian for ${JSON.stringify(key)}`);
      assert.deepEqual(placeholders(RU[key]), placeholders(messageOf(value)), `placeholders of ${JSON.stringify(key)}`);
      assert.doesNotMatch(RU[key], /["“”„]/, `straight or other quotes in ${JSON.stringify(RU[key])}`);
    }
    for (const value of Object.values(EN)) assert.doesNotMatch(messageOf(value), /["“”]/, `quotes other than «…» in ${messageOf(value)}`);
  });

  it('every counted phrase has each plural category of each language', () => {
    for (const forms of [...Object.values(PHRASES), PROGRESS_ARTICLES]) {
      for (const category of categoriesOf('ru')) {
        const key = `${category === 'one' ? forms.one : forms.other}/plural:${category}`;
        assert.ok(RU[key], `no Russian ${category} form for ${forms.other}`);
        assert.deepEqual(placeholders(RU[key]), placeholders(forms.other), key);
      }
      for (const category of categoriesOf('en')) assert.ok(EN[`${category === 'one' ? forms.one : forms.other}/plural:${category}`], forms.other);
    }
  });
});

describe('date texts', () => {
  after(english);

  it('English: weekday, year, distance and yearless dates, all in English', () => {
    english();
    assert.equal(weekday('2024-02-29'), 'Thursday');
    assert.equal(weekday('2025-11'), null);
    assert.equal(distanceFromArticle('2025-01-01', article('2024-12-31')), "1 day after the article's date (2024-12-31)");
    assert.equal(distanceFromArticle('2025-03-01', article('2025-03-31T18:28')), "30 days before the article's date (2025-03-31)");
    assert.equal(dateValueText('--12-02'), 'December 2 (year unknown)');
    assert.equal(dateValueText('--02-29'), 'February 29 (year unknown)');
    assert.equal(dateValueText('--12'), 'December (year unknown)');
    assert.equal(dateValueText('2025-12-02'), '2025-12-02');
    assert.equal(dateHintLabel({ value: '--12-02', yearSource: 'unknown', partial: true }), 'December 2 (year unknown)');
    assert.match(yearExplanation('article-date', article('2025-05-04', 'byline')), /from the byline/);
    const card = dateCard('4 мая', { value: '2025-05-04', yearSource: 'article-date', partial: true }, article('2025-05-06'));
    assert.equal(card, [
      '**Date** · `2025-05-04`', '', '*4 мая* — partial date, completed from context', '',
      '- Weekday: Sunday',
      "- Year: taken from the article's date (2025-05-06, from the header)",
      "- Distance: 2 days before the article's date (2025-05-06)",
    ].join('\n'));
    assert.doesNotMatch(card, /воскресенье/, 'no Russian weekday in an English card');
  });

  it('Russian: the same card in Russian only, «2 декабря (год неизвестен)» for a date without a year', () => {
    russian();
    assert.equal(weekday('2024-02-29'), 'четверг');
    assert.equal(distanceFromArticle('2025-01-01', article('2024-12-31')), 'через 1 день после даты статьи (2024-12-31)');
    assert.equal(distanceFromArticle('2025-03-01', article('2025-03-31')), 'за 30 дней до даты статьи (2025-03-31)');
    assert.equal(distanceFromArticle('2025-03-29', article('2025-03-31')), 'за 2 дня до даты статьи (2025-03-31)');
    assert.equal(distanceFromArticle('2025-03-31', article('2025-03-31')), 'совпадает с датой статьи');
    assert.equal(dateValueText('--12-02'), '2 декабря (год неизвестен)');
    assert.equal(dateValueText('--12'), 'декабрь (год неизвестен)');
    const card = dateCard('4 мая', { value: '2025-05-04', yearSource: 'article-date', partial: true }, article('2025-05-06'));
    assert.equal(card, [
      '**Дата** · `2025-05-04`', '', '*4 мая* — неполная дата, дополнена по контексту', '',
      '- День недели: воскресенье',
      '- Год: взят из даты статьи (2025-05-06, из шапки)',
      '- Расстояние: за 2 дня до даты статьи (2025-05-06)',
    ].join('\n'));
    const yearless = dateCard('2 декабря', { value: '--12-02', yearSource: 'unknown', partial: true }, article(null));
    assert.match(yearless, /^\*\*Дата\*\* · 2 декабря \(год неизвестен\)/);
    assert.doesNotMatch(yearless, /--12-02/);
    for (const source of ['explicit', 'article-date', 'text-year', 'past-tense', 'future-tense', 'unknown'] as const) {
      assert.deepEqual(englishWords(yearExplanation(source, article('2025-05-06', 'dateline'))), [], source);
    }
  });
});

describe('server texts on the seeds, in English and Russian', () => {
  let index: CorpusIndex;
  const seed = (prefix: string) => {
    const name = readdirSync(path.join(ROOT, 'seeds')).find((f) => f.startsWith(prefix))!;
    return { uri: `file:///seeds/${name}`, text: readFileSync(path.join(ROOT, 'seeds', name), 'utf8') };
  };
  const hoverOn = (uri: string, written: string) => {
    const doc = index.get(uri)!;
    const hit = index.mentionAt(uri, doc.text!.indexOf(written) + 1)!;
    assert.ok(hit, `no mention at ${written}`);
    return (hoverFor(index, hit).contents as { value: string }).value;
  };

  before(async () => {
    index = new CorpusIndex(await getEngine());
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const { uri, text } = seed(prefix);
      index.set(uri, text);
    }
  });
  after(english);

  it('English hover card: type, plural counts, no Russian words but the names', () => {
    english();
    const card = hoverOn(seed('003').uri, 'Токаева');
    assert.match(card, /^\*\*Person\*\* · \*\*Касым-Жомарт Токаев\*\*/);
    assert.match(card, /- Mentioned \d+ times? in \d+ articles?/);
    assert.doesNotMatch(card, /\(s\)|1 articles|1 times/);
  });

  it('Russian hover card: Персона, «Упоминается N раз(а) в N статьях», no English words', () => {
    russian();
    const card = hoverOn(seed('003').uri, 'Токаева');
    assert.match(card, /^\*\*Персона\*\* · \*\*Касым-Жомарт Токаев\*\*/);
    assert.match(card, /- Упоминается \d+ раза? в \d+ стать(е|ях)/);
    assert.deepEqual(englishWords(card), [], card);
    const date = hoverOn(seed('000').uri, '20 ноября');
    assert.match(date, /День недели: четверг/);
    assert.doesNotMatch(date, /Thursday|Weekday/);
    assert.deepEqual(englishWords(date), [], date);
  });

  it('diagnostics: the message and each related location in English and in Russian', () => {
    const uri = seed('001').uri;
    const text = (m: string | { value: string }) => (typeof m === 'string' ? m : m.value);
    english();
    const [en] = diagnosticsIn(index, uri, DEFAULT_SETTINGS);
    assert.match(text(en.message), /^«Тхонглун» \(\d+×\) is spelled «Тонглун» elsewhere \(\d+×\): aspiration mark/);
    assert.ok(en.relatedInformation!.length >= 1);
    for (const r of en.relatedInformation!) assert.match(r.message, /^also written «Тонглун[а-я]*» here$/);
    russian();
    const [ru] = diagnosticsIn(index, uri, DEFAULT_SETTINGS);
    assert.match(text(ru.message), /^«Тхонглун» \(\d+×\), а в других местах пишется «Тонглун» \(\d+×\): пропущена или добавлена «х» после т\/п\/к$/);
    for (const r of ru.relatedInformation!) assert.match(r.message, /^здесь написано «Тонглун[а-я]*»$/);
    assert.deepEqual(englishWords(text(ru.message)), []);
  });

  it('finding messages of every problem, both languages', () => {
    const f = { kind: 'homoglyph' as const, variant: 'Тoкаев', preferred: 'Токаев', variantCount: 1, preferredCount: 3, text: 'Тoкаевым' };
    english();
    assert.equal(findingMessage({ ...f, problem: 'mixed-script' }), '«Тoкаевым» mixes Latin look-alike letters into a Cyrillic word; «Токаев» is the Cyrillic spelling');
    assert.equal(relatedMessage('Тонглуна'), 'also written «Тонглуна» here');
    russian();
    assert.equal(findingMessage({ ...f, problem: 'mixed-script' }), 'В слове «Тoкаевым» среди кириллицы есть похожие латинские буквы; кириллицей пишется «Токаев»');
    assert.match(findingMessage({ ...f, problem: 'decomposed', kind: 'i-short' }), /разложенном виде/);
    assert.equal(findingMessage({ ...f, problem: 'variant', kind: 'yo' }), '«Тoкаев» (1×), а в других местах пишется «Токаев» (3×): ё или е');
  });

  it('code lens and outline groups in both languages', () => {
    const { uri } = seed('000');
    english();
    assert.match(entityCountsTitle(index, uri), /^\d+ (person|people) · \d+ organizations? · \d+ places? · \d+ dates?$/);
    assert.deepEqual(entityGroupSymbols(index, index.get(uri)!).map((s) => s.name), ['People', 'Organizations', 'Places', 'Dates']);
    russian();
    assert.match(entityCountsTitle(index, uri), /^\d+ персон[аы]? · \d+ организаци(я|и|й) · \d+ (место|места|мест) · \d+ (дата|даты|дат)$/);
    const groups = entityGroupSymbols(index, index.get(uri)!);
    assert.deepEqual(groups.map((s) => s.name), ['Персоны', 'Организации', 'Места', 'Даты']);
    assert.match(groups[0].children![0].detail!, /^\d+ упоминани(е|я|й)$/);
    assert.equal(typeGroupName('PER'), 'Персоны');
    const root = articleSymbol(index.get(uri)!);
    assert.ok(root.children!.some((c) => /^Дата: \d{4}-\d{2}-\d{2}/.test(c.name)), root.children!.map((c) => c.name).join(' | '));
  });

  it('a bundle given as contents or as a file: URI works the same; a broken one leaves English', () => {
    configureL10n({ locale: 'ru', l10nBundle: RU });
    assert.equal(count(PHRASES.articles, 5), '5 статей');
    configureL10n({ locale: 'ru', l10nBundle: `file://${path.join(L10N_DIR, 'bundle.l10n.ru.json')}` });
    assert.equal(count(PHRASES.articles, 2), '2 статьи');
    const broken = configureL10n({ locale: 'ru', l10nBundle: '/nowhere/bundle.l10n.ru.json' });
    assert.equal(broken.language, 'en');
    assert.match(broken.problem ?? '', /English/);
    assert.equal(l10n.t('Person'), 'Person');
    assert.equal(configureL10n({ locale: 'de' }, L10N_DIR).language, 'en', 'no German bundle: English');
  });

  it('the language the client puts in the server environment (CORPUS_LENS_LOCALE) is used at start', () => {
    assert.equal(defaultBundleDir(), L10N_DIR);
    assert.equal(configureFromEnvironment({}), undefined, 'no variable: nothing changes');
    assert.equal(configureFromEnvironment({ CORPUS_LENS_LOCALE: 'ru' })?.language, 'ru');
    assert.equal(count(PHRASES.entities, 22), '22 сущности');
    assert.equal(configureFromEnvironment({ CORPUS_LENS_LOCALE: 'ru', CORPUS_LENS_L10N_BUNDLE: path.join(L10N_DIR, 'bundle.l10n.ru.json') })?.language, 'ru');
    assert.equal(configureFromEnvironment({ CORPUS_LENS_LOCALE: 'en' })?.language, 'en');
    assert.equal(count(PHRASES.entities, 22), '22 entities');
  });
});
