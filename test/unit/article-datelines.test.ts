import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getEngine } from './engine-helpers';
import { parseArticle } from '../../server/src/core/article/parseArticle';
import { matchByline, matchDateLine, matchDateline } from '../../server/src/core/article/metadata';
import { findDates } from '../../server/src/core/dates/findDates';

const slice = (text: string, span: { start: number; end: number } | null | undefined) => (span ? text.slice(span.start, span.end) : null);

describe('stand-alone date lines', () => {
  it('a date line under the title is the article date, with its time', () => {
    const text = 'Завод в Зеленоречье сменил владельца\n\n12 апреля 2031, 09:15\n\nЗЕЛЕНОРЕЧЬЕ, 12 апреля. /Вестник/. Сделка закрыта.';
    const a = parseArticle(text);
    assert.deepEqual([a.date?.value, a.date?.source], ['2031-04-12T09:15', 'byline']);
    assert.equal(slice(text, a.date?.span), '12 апреля 2031, 09:15');
    assert.equal(a.paragraphs.length, 1);
  });

  it("'Опубликовано: ...' and 'Раздел | DD.MM.YYYY' lines", () => {
    assert.equal(parseArticle('Заголовок\n\nОпубликовано: 07.09.2030\n\nТекст статьи.').date?.value, '2030-09-07');
    assert.equal(parseArticle('Заголовок\n\nОпубликовано 7 сентября 2030 года\n\nТекст статьи.').date?.value, '2030-09-07');
    const text = 'Рынок | 01.02.2029\n\nКотировки выросли\n\nТекст статьи.';
    const a = parseArticle(text);
    assert.equal(a.date?.value, '2029-02-01');
    assert.equal(slice(text, a.date?.span), '01.02.2029');
  });

  it('a date line above the title is not the title', () => {
    const a = parseArticle('03.04.2032\n\nВ Верхнеречье открыли мост\n\nТекст статьи.');
    assert.equal(a.title, 'В Верхнеречье открыли мост');
    assert.equal(a.date?.value, '2032-04-03');
  });

  it("an ISO date, an author before a comma, a byline with a slash above the title", () => {
    const lines: Array<[string, string, string | null]> = [
      ['2032-09-24', '2032-09-24', null],
      ['Мария Зорина, 21.10.2032', '2032-10-21', null],
      ['Текст: Мария Зорина / 07.05.2032 09:40', '2032-05-07T09:40', 'Мария Зорина'],
      ['Автор: Мария Зорина / 15.04.2032', '2032-04-15', 'Мария Зорина'],
    ];
    for (const [line, value, author] of lines) {
      const a = parseArticle(`${line}\n\nВ Верхнеречье открыли мост\n\nВЕРХНЕРЕЧЬЕ, 7 мая. Текст статьи.`);
      assert.equal(a.title, 'В Верхнеречье открыли мост', line);
      assert.equal(a.date?.value, value, line);
      assert.equal(a.author?.name ?? null, author, line);
    }
  });
});

describe('the year of an article dated only by its dateline', () => {
  const dated = (body: string) => parseArticle(`Заголовок\n\nГОРОДОК, 14 марта. /Вестник/. ${body}`).date?.value;

  it('a year the text puts in the past is not the article year', () => {
    assert.equal(dated('Мост построили в 1981 году, и с тех пор он не ремонтировался.'), '--03-14');
    assert.equal(dated('Свою первую выставку художница показала в 2011 году.'), '--03-14');
  });

  it('a full date near the dateline month, a deadline, or a year in a present or future clause gives the year', () => {
    assert.equal(dated('Соглашение подписали 2 марта 2033 года.'), '2033-03-14');
    assert.equal(dated('Работы закончат до конца 2033 года, а в 2029 году их только начали.'), '2033-03-14');
    assert.equal(dated('В 2033 году фестиваль посетят 20 тысяч человек, тогда как в 2030 году приехали 12 тысяч.'), '2033-03-14');
  });

  it("a count since the start of a year, with no later year, gives that year ('с начала 2033 года превысило')", () => {
    assert.equal(dated('Число заболевших с начала 2033 года превысило 4 тысячи, больше было только в 2025 году.'), '2033-03-14');
    assert.equal(dated('С начала 2029 года цены выросли вдвое, а в 2032 году рынок упал.'), '--03-14');
  });

  it('a target is no evidence', () => {
    assert.equal(dated('Мост реконструируют к концу 2036 года.'), '--03-14');
    assert.equal(dated('Это первая покупка компании в 2033 году. К маю 2034 года она планирует выпустить новую линейку.'), '2033-03-14');
  });

  it('of years only in future clauses (the dictionary knows the verbs), the earliest: the article is not later than what will happen', async () => {
    const engine = await getEngine();
    const analysed = (body: string) => engine.analyze(`Заголовок\n\nГОРОДОК, 14 марта. /Вестник/. ${body}`).article.date?.value;
    assert.equal(analysed('Добровольцев наберут до 1 сентября 2033 года. Результаты представят на конгрессе в апреле 2034 года.'), '2033-03-14');
    assert.equal(analysed('В 2031 году спасатели провели 300 операций. Итоги подведут в 2033 году, а отчет опубликуют в 2034 году.'), '2033-03-14');
  });

  it('a past event of a later month than the dateline puts the article in the next year; a past year before a deadline, the year after it', () => {
    assert.equal(dated('Отопление отключили еще в сентябре 2032 года.'), '2033-03-14');
    assert.equal(dated('Заявку подали 9 октября 2032 года.'), '2033-03-14');
    assert.equal(dated('Отопление отключили в феврале 2032 года.'), '2032-03-14');
    assert.equal(dated('В 2030 году тесты провалились. До конца 2033 года поставим станции.'), '2031-03-14');
  });

  it("a future the dictionary reads nearer than a past verb, and a future month before the dateline's month, put the article before that year", async () => {
    const engine = await getEngine();
    const analysed = (body: string) => engine.analyze(`Заголовок\n\nГОРОДОК, 14 октября. /Вестник/. ${body}`).article.date?.value;
    // 'сдаст' is no past form by suffix, 'обещал' is: the dictionary's future is nearer.
    assert.equal(analysed('Директор обещал, что сбор пойдет по плану, а отчет компания сдаст до 1 марта 2034 года.'), '2033-10-14');
    // January 2034 is still ahead under an October dateline: the article is of 2033, not 2034.
    assert.equal(analysed('Урожай в 2033 году оказался ниже среднего. Деньги начнут выплачивать не раньше января 2034 года.'), '2033-10-14');
    // A plan with 'рассчитывает' is a future, not a present: the article is not later than it.
    assert.equal(analysed('Первые группы пойдут по маршруту с 1 мая 2034 года. В 2034 году компания рассчитывает принять 3 тысячи туристов.'), '2033-10-14');
  });

  it("the reporting verb before ', что' does not set the tense of the reported clause", () => {
    assert.equal(dated('Министр уточнила, что в 2034 году, объявленном годом туризма, власти рассчитывают принять больше гостей.'), '2034-03-14');
  });
});

describe('the agency of a dateline', () => {
  it('a quoted agency name is the name without quotes or its kind', () => {
    const text = 'Заголовок\n\nГОРОДОК, 14 марта. /ИА «Вести Запада»/. Текст статьи.';
    const a = parseArticle(text);
    assert.equal(a.source?.name, 'Вести Запада');
    assert.equal(slice(text, a.source?.span), 'Вести Запада');
  });

  it("an agency after a dash: 'ГОРОДОК, 14 марта - «Вести Запада».'", () => {
    const text = 'Заголовок\n\nГОРОДОК, 14 марта - «Вести Запада». Текст статьи.';
    const a = parseArticle(text);
    assert.equal(a.dateline?.place, 'Городок');
    assert.equal(slice(text, a.source?.span), 'Вести Запада');
  });
});

it("a byline with a date in words and a date line with 'в' before the time give the article's date", () => {
  const by = 'Автор: Ксения Глинская | 22 сентября 2026, 16:10';
  assert.equal(matchByline({ start: 0, end: by.length, text: by })?.date?.value, '2026-09-22T16:10');
  assert.equal(matchByline({ start: 0, end: 20, text: 'Автор: Иван | Москва' }), null);
  const upd = 'Обновлено 26.08.2026 в 18:20';
  assert.equal(matchDateLine({ start: 0, end: upd.length, text: upd })?.value, '2026-08-26T18:20');
});

it("a dateline may give the place's region in parentheses ('ТАЙШЕТ (Иркутская область), 22 сентября. /«Бирюса-Пресс»/.')", () => {
  const line = 'ТАЙШЕТ (Иркутская область), 22 сентября. /«Бирюса-Пресс»/. Суд вынес приговор.';
  const m = matchDateline({ start: 0, end: line.length, text: line });
  assert.equal(m?.place, 'ТАЙШЕТ');
  assert.equal(m?.day, 22);
  assert.equal(m?.month, 9);
  assert.equal(m?.agency?.name, 'Бирюса-Пресс');
});

it("a byline may name a photographer before its date, and a date line may give the time first", () => {
  const by = 'Текст: Ярослава Бубнова / Фото: Лев Ашуров / 2027-02-21';
  const m = matchByline({ start: 0, end: by.length, text: by });
  assert.equal(m?.date?.value, '2027-02-21');
  assert.equal(m?.author?.name, 'Ярослава Бубнова');
  const credit = 'Текст: Таисия Яндубаева, фото: Прохор Сыроежкин / 22.01.2027';
  assert.equal(matchByline({ start: 0, end: credit.length, text: credit })?.author?.name, 'Таисия Яндубаева');
  const both = 'Текст и фото: Роман Вишняков / 03.03.2027 08:15';
  assert.equal(matchByline({ start: 0, end: both.length, text: both })?.date?.value, '2027-03-03T08:15');
  assert.equal(matchByline({ start: 0, end: both.length, text: both })?.author?.name, 'Роман Вишняков');
  const comma = 'Автор: Глафира Лекмина, 03.06.2026';
  const byComma = matchByline({ start: 0, end: comma.length, text: comma });
  assert.equal(byComma?.date?.value, '2026-06-03');
  assert.equal(byComma?.date?.span.start, comma.indexOf('03.06'));
  assert.equal(byComma?.author?.name, 'Глафира Лекмина');
  // A comma that closes no date stays inside the author's credit.
  const two = 'Авторы: Анна Орлова, Глеб Дымов';
  assert.equal(matchByline({ start: 0, end: two.length, text: two })?.author?.name, 'Анна Орлова, Глеб Дымов');
  const early = '22:10 14.04.2026';
  assert.equal(matchDateLine({ start: 0, end: early.length, text: early })?.value, '2026-04-14T22:10');
});

describe('header lines with a middle dot', () => {
  it("a byline whose date follows a middle dot gives the article's date ('Автор: NAME · 09.11.2026')", () => {
    const line = 'Автор: Дарина Белова · 09.11.2026';
    const b = matchByline({ start: 0, end: line.length, text: line });
    assert.equal(b?.date?.value, '2026-11-09');
    assert.equal(b?.author?.name, 'Дарина Белова');
  });

  it('a publication line and an update line on one line: the first is the article date, both are date mentions with their times', () => {
    const text = 'Опубликовано: 21 августа 2026, 11:00 · Обновлено: 21 августа 2026, 15:20\n\nЗаголовок\n\nЧИТА, 21 августа. Проверка начнется 1 сентября.';
    const a = parseArticle(text);
    assert.equal(a.date?.value, '2026-08-21T11:00');
    assert.equal(slice(text, a.date?.updated?.span), '21 августа 2026, 15:20');
    const dates = findDates(text, a).map((m) => `${m.text}=${m.name}`);
    assert.deepEqual(dates.slice(0, 2), ['21 августа 2026, 11:00=2026-08-21T11:00', '21 августа 2026, 15:20=2026-08-21T15:20']);
  });
});
