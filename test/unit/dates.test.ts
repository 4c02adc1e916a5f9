import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../server/src/core/dates/findDates';
import { getEngine } from './engine-helpers';
import type { Article, ArticleDate, DateSource } from '../../server/src/core/types';
import type { VerbOracle } from '../../server/src/core/dates/tense';

/** A bare article model with only a date (value, source); span at the start of the text. */
function article(value?: string, source: DateSource = 'header', span = { start: 0, end: 0 }): Article {
  const date: ArticleDate | null = value ? { value, source, span } : null;
  return {
    title: null, titleSpan: null, lead: null, date, author: null, source: null, dateline: null,
    subheadings: [], paragraphs: [], quotations: [], furniture: [], length: 0,
  };
}

/** [text, value, yearSource] of each DATE mention. */
function dates(text: string, art: Article = article()): Array<[string, string, string]> {
  return findDates(text, art).map((m) => [m.text, m.name, m.date?.yearSource ?? '']);
}

const OCTOBER = article('2024-10-15');
const JANUARY = article('2024-01-10');
const NOVEMBER = article('2024-11-05');

test('day and month take the article year', () => {
  assert.deepEqual(dates('Переговоры пройдут 14 ноября в Ташкенте.', OCTOBER), [['14 ноября', '2024-11-14', 'article-date']]);
});

test('a full date with a year is explicit and not partial', () => {
  const [m] = findDates('Соглашение вступило в силу 3 марта 2023 года.', OCTOBER);
  assert.equal(m.text, '3 марта 2023 года');
  assert.deepEqual(m.date, { value: '2023-03-03', yearSource: 'explicit', partial: false });
});

test('numeric date with a time', () => {
  assert.deepEqual(dates('Обновлено: 07.09.2024, 09:05 по Москве'), [['07.09.2024, 09:05', '2024-09-07T09:05', 'explicit']]);
  assert.deepEqual(dates('Опубликовано 07.09.2024.'), [['07.09.2024', '2024-09-07', 'explicit']]);
});

test('month with a year, without the preposition', () => {
  assert.deepEqual(dates('Завод открыли в сентябре 2022 года.', OCTOBER), [['сентябре 2022 года', '2022-09', 'explicit']]);
});

test('a year alone: в ... году, ... года, г.', () => {
  assert.deepEqual(dates('В 2023 году товарооборот вырос, а итоги 2021 года скромнее; план на 2030 г. утвержден.'), [
    ['2023 году', '2023', 'explicit'], ['2021 года', '2021', 'explicit'], ['2030 г.', '2030', 'explicit'],
  ]);
});

test('period words stay inside a year span as inside a month span', () => {
  assert.deepEqual(dates('Работы завершат к концу 2026 года, а начали в начале 2025 года.', OCTOBER), [
    ['концу 2026 года', '2026', 'explicit'], ['начале 2025 года', '2025', 'explicit'],
  ]);
});

test('an infinitive after a past verb is a plan: the date keeps this year', () => {
  assert.deepEqual(dates('Российская сторона предложила провести форум в ноябре.', OCTOBER), [['ноябре', '2024-11', 'article-date']]);
  assert.deepEqual(dates('Премьер поручил завершить работы до 1 декабря.', OCTOBER), [['1 декабря', '2024-12-01', 'article-date']]);
});

test('a past statement about a later month is last year', () => {
  assert.deepEqual(dates('В декабре стороны подписали меморандум.', JANUARY), [['декабре', '2023-12', 'past-tense']]);
});

test('a past statement about an earlier month stays in the article year', () => {
  assert.deepEqual(dates('Министр в феврале отмечал рост поставок.', OCTOBER), [['феврале', '2024-02', 'article-date']]);
});

test('a future statement about an earlier month is next year', () => {
  assert.deepEqual(dates('Новый терминал будет открыт в феврале.', NOVEMBER), [['феврале', '2025-02', 'future-tense']]);
  assert.deepEqual(dates('Ожидается, что делегация посетит Ханой 3 марта.', NOVEMBER), [['3 марта', '2025-03-03', 'future-tense']]);
});

test('no tense, or a future statement about a later month: the article year', () => {
  assert.deepEqual(dates('Форум намечен на декабрь.', OCTOBER), [['декабрь', '2024-12', 'article-date']]);
  assert.deepEqual(dates('Президент посетит страну 12 декабря.', OCTOBER), [['12 декабря', '2024-12-12', 'article-date']]);
});

test('the tense comes from the date clause, not from the reporting verb after a dash', () => {
  const text = '"Следующий раунд будет в феврале", - сообщил посол.';
  assert.deepEqual(dates(text, NOVEMBER), [['феврале', '2025-02', 'future-tense']]);
});

test('nouns ending like past verbs are not verbs', () => {
  assert.deepEqual(dates('Запуск канала в декабре.', OCTOBER), [['декабре', '2024-12', 'article-date']]);
});

test('period of a month keeps the period word', () => {
  // A date a visit was moved to lies ahead of the article (October): next May.
  assert.deepEqual(dates('Визит перенесли на середину мая.', OCTOBER), [['середину мая', '2025-05', 'future-tense']]);
  assert.deepEqual(dates('Работы начнутся в начале декабря 2025 года.'), [['начале декабря 2025 года', '2025-12', 'explicit']]);
});

test('a relative phrase before a date is not merged into it', () => {
  assert.deepEqual(dates('Ровно год назад - в марте 2023 года - договор был подписан.', OCTOBER), [['марте 2023 года', '2023-03', 'explicit']]);
});

test('false hits: amounts, times of numbers, environment, durations, ordinals', () => {
  const text = 'Цель - товарооборот в 5 миллиардов долларов, затем в 10. Создать деловую среду и ' +
    'инвестиционную среду. Отношениям 65 лет. Прошло 26-е заседание. Граница - 7 591 километр. ' +
    'До конца текущего года запустят проекты. Это было год назад.';
  assert.deepEqual(dates(text, OCTOBER), []);
});

test('invalid calendar dates are ignored', () => {
  assert.deepEqual(dates('Не дата: 31 февраля и 30.02.2024, а также 45 марта.'), []);
});

test('without an article date the year is unknown', () => {
  assert.deepEqual(dates('Встреча состоялась 2 декабря, а в мае прошла выставка.'), [
    ['2 декабря', '--12-02', 'unknown'], ['мае', '--05', 'unknown'],
  ]);
});

test('a dateline date with a year from the text is text-year; without one, unknown', () => {
  assert.deepEqual(dates('АСТАНА, 8 ноября. /ТАСС/.', article('2025-11-08', 'dateline')), [['8 ноября', '2025-11-08', 'text-year']]);
  assert.deepEqual(dates('АСТАНА, 8 ноября. /ТАСС/.', article('--11-08', 'dateline')), [['8 ноября', '--11-08', 'unknown']]);
});

test('the header and byline dates are mentions with the article value', () => {
  const header = ' date 2024-06-01 Заголовок';
  assert.deepEqual(dates(header, article('2024-06-01', 'header', { start: 6, end: 16 })), [['2024-06-01', '2024-06-01', 'explicit']]);
  const byline = 'Автор: Иван | 02.06.2024, 10:15';
  assert.deepEqual(dates(byline, article('2024-06-02T10:15', 'byline', { start: 14, end: 31 })), [
    ['02.06.2024, 10:15', '2024-06-02T10:15', 'explicit'],
  ]);
});

test('ranges of days, months and years', () => {
  assert.deepEqual(dates('Саммит пройдет 20-22 ноября.', OCTOBER), [['20', '2024-11-20', 'article-date'], ['22 ноября', '2024-11-22', 'article-date']]);
  assert.deepEqual(dates('Рост в январе-сентябре 2024 года.'), [['январе', '2024-01', 'text-year'], ['сентябре 2024 года', '2024-09', 'explicit']]);
  assert.deepEqual(dates('Программа на 2024-2026 годы.'), [['2024', '2024', 'explicit'], ['2026 годы', '2026', 'explicit']]);
});

test('a year-less date joined to a later one shares its year, or the year before when its month is later', () => {
  assert.deepEqual(dates('Очередь запустят с октября по декабрь 2027 года.', OCTOBER), [['октября', '2027-10', 'text-year'], ['декабрь 2027 года', '2027-12', 'explicit']]);
  const july = article('2026-07-10');
  assert.deepEqual(dates('С сентября по май ученики занимались онлайн.', july), [['сентября', '2025-09', 'article-date'], ['май', '2026-05', 'article-date']]);
  const may = article('2026-05-12');
  assert.deepEqual(dates('В апреле и мае край получит вакцину.', may), [['апреле', '2026-04', 'article-date'], ['мае', '2026-05', 'article-date']]);
  assert.deepEqual(dates('Дороги закрыты в декабре-январе.', article('2026-01-28')), [['декабре', '2025-12', 'article-date'], ['январе', '2026-01', 'article-date']]);
  assert.deepEqual(dates('Доля выросла с 2022 по 2025 год.'), [['2022', '2022', 'explicit'], ['2025 год', '2025', 'explicit']]);
  assert.deepEqual(dates('Решение ждут в 2022 по 2025 год.'), [['2025 год', '2025', 'explicit']]);
});

test('without a tense the month is the one nearer the article date across the new year', () => {
  assert.deepEqual(dates('Компания жалуется на рост тарифов на 13,8% с января.', article('2025-12-16')), [['января', '2026-01', 'article-date']]);
  assert.deepEqual(dates('Заявка направлена в министерство в декабре.', article('2026-01-28')), [['декабре', '2025-12', 'article-date']]);
  assert.deepEqual(dates('Форум намечен на декабрь.', article('2026-05-28')), [['декабрь', '2026-12', 'article-date']]);
});

test("a deadline without a past verb is the coming one; a present verb before 'с' is a state lasting since", () => {
  assert.deepEqual(dates('Субсидии действуют только до 31 декабря.', article('2026-05-14')), [['31 декабря', '2026-12-31', 'article-date']]);
  assert.deepEqual(dates('Суд отправил его под арест до 25 января.', article('2025-11-27')), [['25 января', '2025-01-25', 'article-date']]);
  const present: VerbOracle = (w) => (['ждет', 'работает', 'действует'].includes(w) ? 'present' : undefined);
  const withVerbs = (text: string, art: Article) => findDates(text, art, present).map((m) => [m.text, m.name]);
  assert.deepEqual(withVerbs('Пациент ждет пересадки с марта.', article('2025-11-24')), [['марта', '2025-03']]);
  assert.deepEqual(withVerbs('"Котельная работает с ноября", - заявил он.', article('2025-10-14')), [['ноября', '2024-11']]);
  assert.deepEqual(withVerbs('Скидка с ноября действует для всех.', article('2025-10-14')), [['ноября', '2025-11']]);
  // A present that plans ('собирается', 'планирует') before 'с' is no state lasting since: the date is ahead.
  const plans: VerbOracle = (w) => (['собирается', 'планирует'].includes(w) ? 'present' : undefined);
  assert.deepEqual(findDates('Министерство собирается с 1 апреля ужесточить наказание.', article('2026-01-27'), plans).map((m) => [m.text, m.name]), [['1 апреля', '2026-04-01']]);
});

test('a quarter or half-year keeps the period word before it, Roman quarters too', () => {
  assert.deepEqual(dates('Ответ дадут до конца первого квартала 2026 года, а в IV квартале 2025 года начнут.', OCTOBER), [
    ['конца первого квартала 2026 года', '2026', 'explicit'], ['IV квартале 2025 года', '2025', 'explicit'],
  ]);
  assert.deepEqual(dates('Итоги подведут в конце первого полугодия 2026 года.', OCTOBER), [['конце первого полугодия 2026 года', '2026', 'explicit']]);
});

test('ordinal days, abbreviated months, capitals, relative years', () => {
  assert.deepEqual(dates('Начало 1-го декабря.', OCTOBER), [['1-го декабря', '2024-12-01', 'article-date']]);
  assert.deepEqual(dates('БИШКЕК, 5 мар — РИА Новости.', article('2024-03-05')), [['5 мар', '2024-03-05', 'article-date']]);
  assert.deepEqual(dates('ХАНОЙ, 9 ДЕКАБРЯ.', OCTOBER), [['9 ДЕКАБРЯ', '2024-12-09', 'article-date']]);
  assert.deepEqual(dates('Это произошло в мае прошлого года.', OCTOBER), [['мае прошлого года', '2023-05', 'article-date']]);
});

test('a bare month needs a cue: a name like Май or a word is not a date', () => {
  assert.deepEqual(dates('Нгуен Ван Май заявил о марте.', OCTOBER), []);
});

test('bad input loses nothing and does not throw', () => {
  assert.deepEqual(findDates('', article()), []);
  assert.deepEqual(findDates('в феврале', null), [{ start: 2, end: 9, text: 'феврале', type: 'DATE', name: '--02', date: { value: '--02', yearSource: 'unknown', partial: true } }]);
  const broken = { ...article('garbage', 'header', { start: 50, end: 10 }) };
  assert.deepEqual(dates('Встреча 5 июня.', broken), [['5 июня', '--06-05', 'unknown']]);
  const big = 'В 2024 году. '.repeat(20000) + 'Итог 1 мая.';
  assert.equal(findDates(big, OCTOBER).length, 20001);
});

test('decades are ISO YYY; a year with -х that is not a decade is a plain year', () => {
  assert.deepEqual(dates('Завод построили в 1980-х годах.'), [['1980-х годах', '198', 'explicit']]);
  assert.deepEqual(dates('Рост в 2024-2025 годах.'), [['2024', '2024', 'explicit'], ['2025 годах', '2025', 'explicit']]);
});

test('past forms after a consonant and capitalized future markers count', () => {
  assert.deepEqual(dates('В декабре выросли поставки зерна.', JANUARY), [['декабре', '2023-12', 'past-tense']]);
  assert.deepEqual(dates('Планируется, что в марте цены снизятся.', NOVEMBER), [['марте', '2025-03', 'future-tense']]);
  assert.deepEqual(dates('Рост числа участников в декабре.', OCTOBER), [['декабре', '2024-12', 'article-date']]);
});

test('a capitalized name that looks like a past verb is not a verb', () => {
  assert.deepEqual(dates('В декабре Михаил Павел.', OCTOBER), [['декабре', '2024-12', 'article-date']]);
});

test('day ranges with с ... по, and a year written as 2024-го', () => {
  // Two dates: the first day and the last ('с 1 по 5 декабря' -> '1', '5 декабря').
  assert.deepEqual(dates('Выставка пройдет с 1 по 5 декабря.', OCTOBER), [['1', '2024-12-01', 'article-date'], ['5 декабря', '2024-12-05', 'article-date']]);
  assert.deepEqual(dates('Прием заявок от 1 по 5 декабря.', OCTOBER), [['5 декабря', '2024-12-05', 'article-date']]);
  assert.deepEqual(dates('В мае 2023-го цены снизились.', OCTOBER), [['мае 2023-го', '2023-05', 'explicit']]);
});

test('quoted speech takes its tense from inside the quote, not from the reporting verb', () => {
  assert.deepEqual(dates('"Мы встретимся в сентябре", - сказал министр.', article('2024-06-10')), [['сентябре', '2024-09', 'article-date']]);
  assert.deepEqual(dates('Министр сказал: "Увидимся в сентябре".', article('2024-06-10')), [['сентябре', '2024-09', 'article-date']]);
  assert.deepEqual(dates('"В сентябре мы подписали договор", - сказал министр.', article('2024-06-10')), [['сентябре', '2023-09', 'past-tense']]);
});

test('a Title-case month word without a year is a name; with a day it is a holiday date', () => {
  assert.deepEqual(dates('Встреча с Май и Августой прошла хорошо; говорил и Май.', OCTOBER), []);
  assert.deepEqual(dates('Праздник 9 Мая отметили.', OCTOBER), [['9 Мая', '2024-05-09', 'article-date']]);
  assert.deepEqual(dates('Ноябрь 2025 года.', OCTOBER), [['Ноябрь 2025 года', '2025-11', 'explicit']]);
});

test("a start point after a past verb is not last year ('утвердила ... с 1 июля'), a present verb keeps the year", () => {
  const MAY = article('2031-05-20');
  assert.deepEqual(dates('Комиссия утвердила новые тарифы с 1 июля.', MAY), [['1 июля', '2031-07-01', 'article-date']]);
  assert.deepEqual(dates('Комиссия утвердила новые тарифы 1 июля.', MAY), [['1 июля', '2030-07-01', 'past-tense']]);
});

test("a period after 'за' with a future verb is not next year ('инфляция за январь окажется')", () => {
  const FEBRUARY = article('2031-02-03');
  assert.deepEqual(dates('Если инфляция за январь окажется низкой, ставку снизят.', FEBRUARY), [['январь', '2031-01', 'article-date']]);
});

test('quarters, half-years and the first days of a month with their year or month stay inside the span; a season stays outside', () => {
  assert.deepEqual(dates('Завод запустят в первом квартале 2031 года.'), [['первом квартале 2031 года', '2031', 'explicit']]);
  assert.deepEqual(dates('Испытания начнутся весной 2031 года.'), [['2031 года', '2031', 'explicit']]);
  assert.deepEqual(dates('Вода спадет в первых числах сентября.', OCTOBER), [['первых числах сентября', '2024-09', 'article-date']]);
  assert.deepEqual(dates('Летом цены выросли.', OCTOBER), []);
});

test('every month word and every period word still opens a date behind the cheap look-ahead', () => {
  const months = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];
  for (const month of months) {
    assert.deepEqual(dates(`Это было в ${month} 2023 года.`).map(([text]) => text), [`${month} 2023 года`], month);
    assert.deepEqual(dates(`${month[0].toUpperCase()}${month.slice(1)} 2023 года выдался тёплым.`).map(([text]) => text).length, 1, month);
  }
  const periods = [
    'первой половине', 'второй половине', 'первой декаде', 'второй декаде', 'середине', 'начале', 'конце', 'последних числах', 'первом квартале',
    'втором квартале', 'третьем квартале', 'четвертом квартале', 'последнем квартале', 'первом полугодии', 'втором полугодии',
  ];
  for (const period of periods) assert.deepEqual(dates(`Это было в ${period} мая 2023 года.`).map(([text]) => text), [`${period} мая 2023 года`], period);
  for (const season of ['весной', 'летом', 'осенью', 'зимой']) {
    assert.deepEqual(dates(`Это было ${season} 2023 года.`).map(([text]) => text), ['2023 года'], season);
  }
});

test("a date set or moved by a past decision is ahead ('перенесла матч на 24 апреля', 'назначили на декабрь')", () => {
  assert.equal(dates('Федерация перенесла матч из Москвы в Самару на 24 апреля.', article('2027-03-12'))[0][1], '2027-04-24');
  assert.equal(dates('Вторую пересадку назначили на декабрь.', NOVEMBER)[0][1], '2024-12');
  assert.equal(dates('Вторую пересадку провели в декабре.', NOVEMBER)[0][1], '2023-12');
});

test("'с' + month: a past verb after the date makes the period past, a past decision before it does not", () => {
  assert.equal(dates('Министр напомнил, что с января заводы нарастили экспорт на 30%.', OCTOBER)[0][1], '2024-01');
  assert.equal(dates('Правительство утвердило повышение пошлин с января.', OCTOBER)[0][1], '2025-01');
});

test("dates after 'на'/'до' set by a past decision, also the second of two joined, lie ahead; an infinitive after a past modal verb is past", () => {
  assert.equal(dates('Федерация перенесла финал в Астрахань на 1 и 2 мая.', article('2027-02-21'))[0][1], '2027-05-02');
  assert.equal(dates('Судья отсрочил исполнение приговора до 15 декабря.', article('2026-11-10'))[0][1], '2026-12-15');
  assert.equal(dates('Бригаду пришлось ждать с сентября.', article('2026-12-03'))[0][1], '2026-09');
});

test("the end of a range after a past decision ('утвердили график с 1 июня по 15 сентября') is ahead, as its start is", () => {
  const MAY = article('2026-05-28');
  assert.deepEqual(dates('Министерства утвердили график сброса воды с 1 июня по 15 сентября. Узбекистан получит воду.', MAY).map((d) => d[1]), ['2026-06-01', '2026-09-15']);
});

test("a date promised in the past ('обещала первые данные к декабрю') is ahead", () => {
  const JUNE = article('2026-06-03');
  assert.deepEqual(dates('Директор обещала первые данные к декабрю. Рыбаки надеются на лучшее.', JUNE).map((d) => d[1]), ['2026-12']);
});

test("a period set by a decision ('назначена с 10 по 24 ноября'), an obligation ('должны подписать до 15 декабря') and a suspension ('остановили до 15 августа') are ahead; a state that lasted until a date ('работал до 15 октября') is behind", () => {
  const SEPT = article('2026-09-01');
  assert.deepEqual(dates('Первая поездка назначена с 10 по 24 ноября.', SEPT).map((d) => d[1]), ['2026-11-10', '2026-11-24']);
  assert.deepEqual(dates('Подписать договор премьер-министры должны до 15 декабря, добавил он.', SEPT).map((d) => d[1]), ['2026-12-15']);
  assert.deepEqual(dates('Стройку на участке остановили до 15 августа.', article('2026-06-17')).map((d) => d[1]), ['2026-08-15']);
  assert.deepEqual(dates('Он работал в Казани до 15 октября.', SEPT).map((d) => d[1]), ['2025-10-15']);
});

test("a colon ends the clause ('пройдет с 14 по 20 апреля: аналитик уверен'); 'пришлось бы закрыть' is past as 'пришлось закрыть' is", async () => {
  const engine = await getEngine();
  const values = (text: string, date: string) => engine.analyze(`Заголовок\n\n${date}\n\n${text}`).mentions.filter((m) => m.type === 'DATE').map((m) => m.name);
  assert.deepEqual(values('Компании ждут выставки, которая пройдет с 14 по 20 апреля: аналитик уверен, что заказы вырастут.', '05.03.2031'), ['2031-03-05', '2031-04-14', '2031-04-20']);
  assert.deepEqual(values('Без них отделение пришлось бы закрыть еще в январе.', '12.02.2031'), ['2031-02-12', '2031-01']);
});

test("a year-less date after 'в 2027 году' in its clause is of that year, unless 'и', 'а' or 'но' starts another predicate between", () => {
  const FEB = article('2026-02-12');
  assert.deepEqual(dates('Директор сообщил, что в 2027 году турнир пройдет в Абу-Даби с 8 по 14 марта.', FEB).map((d) => d[1]), ['2027', '2027-03-08', '2027-03-14']);
  assert.deepEqual(dates('Клуб выиграл чемпионат в 2025 году и в апреле попробует взять кубок.', FEB).map((d) => d[1]), ['2025', '2026-04']);
  assert.deepEqual(dates('Сбор был ниже, чем в 2025 году. «С 1 по 12 сентября стояла сухая погода».', article('2026-09-18')).map((d) => d[1]), ['2025', '2026-09-01', '2026-09-12']);
});
