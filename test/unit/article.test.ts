import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseArticle } from '../../server/src/core/article/parseArticle';

const SEEDS = path.resolve(__dirname, '../../seeds');
const seed = (prefix: string) => {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  return readFileSync(path.join(SEEDS, name), 'utf8');
};
const slice = (text: string, span: { start: number; end: number } | null | undefined) => (span ? text.slice(span.start, span.end) : null);

describe('article model on the seeds', () => {
  it('000: header date and the title on the same line; dateline with agency', () => {
    const text = seed('000');
    const a = parseArticle(text);
    assert.equal(a.title, 'Лавров: РФ и Лаос хотят сотрудничать в сферах энергетики и горной промышленности');
    assert.deepEqual([a.date?.value, a.date?.source], ['2025-11-20', 'header']);
    assert.equal(slice(text, a.date?.span), '2025-11-20');
    assert.equal(a.dateline?.place, 'Москва');
    assert.equal(slice(text, a.dateline?.placeSpan), 'МОСКВА');
    assert.equal(a.source?.name, 'ТАСС');
    assert.match(slice(text, a.lead)!, /^Глава российского/);
    assert.ok(a.quotations.some((q) => q.text.startsWith('Россия и Лаос: 65 лет')));
  });

  it('001: no date anywhere, so none is invented; every line is a paragraph', () => {
    const a = parseArticle(seed('001'));
    assert.match(a.title!, /^Генеральные секретари/);
    assert.equal(a.date, null);
    assert.equal(a.dateline, null);
    assert.ok(a.paragraphs.length > 20);
  });

  it('002: site breadcrumb is furniture, byline gives author and date-time, footer is furniture', () => {
    const text = seed('002');
    const a = parseArticle(text);
    assert.equal(a.title, 'Россия и США проводят переговоры о возможном сотрудничестве в сфере добычи редкоземельных элементов');
    assert.deepEqual([a.date?.value, a.date?.source], ['2025-03-31T18:28', 'byline']);
    assert.equal(a.author?.name, 'Владимир');
    const furniture = a.furniture.map((s) => slice(text, s));
    assert.deepEqual(furniture, ['Главная Авторское', 'Вам может понравиться']);
    assert.equal(a.subheadings.length, 0);
  });

  it('003: dateline day and month with the year written in the text', () => {
    const text = seed('003');
    const a = parseArticle(text);
    assert.match(a.title!, /^Оверчук провел заседание/);
    assert.deepEqual([a.date?.value, a.date?.source, a.date?.yearInferred], ['2025-11-08', 'dateline', true]);
    assert.equal(slice(text, a.date?.span), '8 ноября');
    assert.deepEqual(a.subheadings.map((s) => s.text), ['Достижения и перспективы сотрудничества']);
  });

  it('004: header date, photo credit and editorial line are not paragraphs, two subheadings', () => {
    const text = seed('004');
    const a = parseArticle(text);
    assert.equal(a.title, 'Лавров и глава МИД Казахстана обсудят сотрудничество');
    assert.equal(a.date?.value, '2025-10-21');
    assert.deepEqual(a.subheadings.map((s) => s.text), ['Вечное союзничество', 'Экономические связи']);
    assert.ok(!a.paragraphs.some((p) => text.slice(p.start, p.end).startsWith('©')));
    const sections = new Set(a.paragraphs.map((p) => p.section));
    assert.deepEqual([...sections], [-1, 0, 1]);
  });
});

describe('article model on edge cases', () => {
  it('an empty file has no title, no date and no paragraphs', () => {
    const a = parseArticle('');
    assert.deepEqual([a.title, a.date, a.paragraphs.length, a.length], [null, null, 0, 0]);
  });

  it('white space only is empty too', () => {
    assert.equal(parseArticle('  \n\n \r\n').title, null);
  });

  it('no date at all: date stays null', () => {
    const a = parseArticle('Заголовок статьи\n\nПросто текст без даты.');
    assert.equal(a.title, 'Заголовок статьи');
    assert.equal(a.date, null);
  });

  it('byline-only date', () => {
    const a = parseArticle('Новый завод открыт\n\nАвтор: Ирина Петрова | 05.02.2024, 09:15\n\nТекст.');
    assert.deepEqual([a.date?.value, a.date?.source, a.author?.name], ['2024-02-05T09:15', 'byline', 'Ирина Петрова']);
  });

  it('a byline above the title gives the author and the date; the title is the next line', () => {
    const a = parseArticle('Автор: Ирина Петрова | 05.02.2024, 09:15\n\nНовый завод открыт\n\nТекст.');
    assert.deepEqual([a.title, a.date?.value, a.date?.source, a.author?.name], ['Новый завод открыт', '2024-02-05T09:15', 'byline', 'Ирина Петрова']);
  });

  it("site header 'Главная Авторское ...' is cut from the title", () => {
    const text = 'Главная Авторское Биржи выросли\n\nТекст.';
    const a = parseArticle(text);
    assert.equal(a.title, 'Биржи выросли');
    assert.equal(slice(text, a.furniture[0]), 'Главная Авторское');
  });

  it('CRLF line endings: spans exclude the \\r', () => {
    const text = ' date 2024-05-06 Заголовок\r\n\r\nАСТАНА, 6 мая. /Казинформ/. Текст статьи.\r\nКороткий подзаголовок\r\nЕще текст.\r\n';
    const a = parseArticle(text);
    assert.equal(a.title, 'Заголовок');
    assert.equal(a.date?.value, '2024-05-06');
    assert.equal(a.dateline?.place, 'Астана');
    assert.equal(a.source?.name, 'Казинформ');
    assert.deepEqual(a.subheadings.map((s) => s.text), ['Короткий подзаголовок']);
    for (const p of a.paragraphs) assert.ok(!text.slice(p.start, p.end).includes('\r'));
  });

  it('a dateline without any year written gives a --MM-DD date', () => {
    const a = parseArticle('Заголовок\n\nХАНОЙ, 3 марта. /ВИА/. Состоялась встреча.');
    assert.deepEqual([a.date?.value, a.date?.source, a.date?.yearInferred], ['--03-03', 'dateline', false]);
  });

  it('header date on its own line: the title is the next line', () => {
    const a = parseArticle(' date 2023-01-02\nЗаголовок отдельно\n\nТекст.');
    assert.deepEqual([a.title, a.date?.value], ['Заголовок отдельно', '2023-01-02']);
  });

  it('quotations: guillemets, nested, and straight quotes', () => {
    const text = 'Т\n\nОн сказал: «Мы видим „хорошие“ перспективы» и назвал "Группу ГАЗ" партнером.';
    const quotes = parseArticle(text).quotations.map((q) => q.text);
    assert.deepEqual(quotes, ['Мы видим „хорошие“ перспективы', 'хорошие', 'Группу ГАЗ']);
  });
});
