/**
 * Given names the OpenCorpora dictionary lacks (or knows only as a surname, a place or a guess), read as
 * dictionary first names in every case form: news write them in Russian transcription as often as Russian
 * names ('Мигель', 'Жоао', 'Гонсало', 'Химена'). General knowledge: the common given names of Spanish,
 * Portuguese, Italian, French, English, German, Dutch, Nordic, Arabic and African usage, and of the
 * Buryat, Tuvan and Yakut names the dictionary does not have. None is a Russian common word or a place
 * the dictionary knows (those would lose their other reading) but two rare forms ('Хорхе', a locative of
 * 'хорх'; 'Дарима', a participle of 'дарить'); a name it already has is not repeated.
 */
import type { Parse } from './morph';

const MASCULINE = [
  // Spanish.
  'Карлос', 'Мигель', 'Хорхе', 'Хоакин', 'Гонсало', 'Франсиско', 'Бенхамин', 'Гильермо', 'Иньиго', 'Иньяки', 'Рамиро',
  'Родриго', 'Хесус', 'Эстебан', 'Леопольдо', 'Лусиано', 'Доминго', 'Исидро', 'Хайме', 'Хенаро', 'Хосуэ', 'Эфраин',
  'Касимиро', 'Марсело', 'Фаусто', 'Эваристо', 'Эусебио', 'Орландо', 'Игнасио', 'Маурисио', 'Рохелио', 'Серхио',
  'Фелипе', 'Мариано', 'Орасио', 'Хильберто', 'Октавио', 'Хорасио', 'Рикардо', 'Альваро', 'Лоренсо', 'Умберто',
  'Лусио', 'Факундо', 'Эсекьель', 'Лаутаро', 'Эмилиано', 'Ансельмо', 'Бенисио', 'Хулиан', 'Лисандро', 'Грегорио',
  'Сантино', 'Уилмер', 'Тьяго',
  // Portuguese and Brazilian.
  'Жоао', 'Жоакин', 'Франсиску', 'Педру', 'Рикарду', 'Тьягу', 'Тиагу', 'Диогу', 'Диегу', 'Родригу', 'Матеус', 'Нуну',
  'Руй', 'Дуарте', 'Адилсон', 'Маурисиу', 'Витор', 'Эверсон', 'Жеферсон', 'Вандерсон', 'Клебер', 'Гильерме',
  'Фабиу', 'Алешандри', 'Жаилсон', 'Эдилсон', 'Лаэрсиу', 'Бруну', 'Уэслей', 'Жерсон', 'Антониу', 'Луиш',
  'Фернанду', 'Гонсалу', 'Сержиу', 'Жулиу', 'Жилберту', 'Умберту', 'Лусиану', 'Флавиу', 'Отавиу', 'Режиналду',
  // Italian.
  'Маттео', 'Массимо', 'Винченцо', 'Пьетро', 'Доменико', 'Лучано', 'Микеле', 'Ренцо', 'Джанкарло', 'Томмазо',
  'Якопо', 'Орацио', 'Стефано', 'Риккардо', 'Маурицио', 'Серджо', 'Филиппо', 'Дарио',
  // French.
  'Жюльен', 'Матье', 'Гийом', 'Клод', 'Тибо', 'Гастон', 'Брюно', 'Кантен', 'Ронан', 'Эрве', 'Себастьен', 'Эмманюэль',
  'Лионель',
  // English.
  'Тайлер', 'Закари', 'Итан', 'Джереми', 'Логан', 'Джейден', 'Кэмерон', 'Иэн', 'Тревис', 'Сайрус', 'Дастин',
  'Тодд', 'Эйден', 'Райан', 'Джейкоб', 'Брэндон', 'Сэмюэл', 'Рэймонд', 'Коннор', 'Тревор', 'Найджел', 'Митчелл',
  // German, Dutch, Nordic, Finnish.
  'Хорст', 'Лотар', 'Рюдигер', 'Торстен', 'Бернд', 'Никлас', 'Бьорн', 'Мортен', 'Могенс', 'Расмус', 'Олаф', 'Хенк',
  'Вим', 'Рутгер', 'Сандер', 'Тейс', 'Йерун', 'Рейнаут', 'Маттейс', 'Рулоф', 'Хольгер', 'Хартмут', 'Микко',
  'Валттери', 'Маттиас', 'Штефан', 'Йоахим', 'Тобиас', 'Манфред', 'Хайко', 'Винфрид', 'Туомас', 'Улоф',
  // Arabic.
  'Фейсал', 'Файсал', 'Хамдан', 'Фахд', 'Мубарак', 'Джасим', 'Сайф', 'Марван', 'Нидаль', 'Тамер', 'Хишам', 'Зайед',
  'Наваф', 'Набиль', 'Раед', 'Гамаль',
  // African.
  'Кваку', 'Аквази', 'Обинна', 'Олувасеун', 'Сейду', 'Алиун', 'Модибо', 'Ламин', 'Деодат', 'Джозефат',
  'Олусегун', 'Чукву', 'Кваме', 'Коджо', 'Чинеду', 'Тунде', 'Мамаду', 'Бакари',
  // Buryat, Kalmyk, Tuvan, Yakut.
  'Бато', 'Баатр', 'Цырен', 'Солбон', 'Аюр', 'Айдыс', 'Шолбан', 'Аяс', 'Кежик', 'Айаал',
  'Дьулустан', 'Ньургун',
];

const FEMININE = [
  // Spanish and Portuguese.
  'Химена', 'Лусия', 'Марисоль', 'Инмакулада', 'Гуадалупе', 'Консуэло', 'Бруна', 'Мадалена', 'Сесилия', 'Ампаро',
  'Бегонья', 'Росио', 'Фернанда', 'Жулиана', 'Летисия', 'Патрисия', 'Эстефания', 'Йоланда', 'Ремедиос', 'Соледад',
  'Мирейя', 'Ноэлия', 'Ксиомара', 'Лусиана', 'Тациана', 'Вивиана', 'Талита', 'Жессика', 'Ракел', 'Мирела',
  'Хосефина', 'Марибель', 'Гильермина', 'Лурдес',
  // Italian, French.
  'Паола', 'Лючия', 'Кьяра', 'Жюли', 'Орели', 'Камий', 'Анук', 'Маргерит', 'Вирджини', 'Хлое', 'Софи', 'Сильви',
  'Мирей', 'Одиль', 'Манон',
  // English.
  'Кэрол', 'Шэрон', 'Кимберли', 'Эми', 'Кейт', 'Хлоя', 'Меган', 'Эбигейл', 'Бриттани', 'Хизер', 'Эмбер', 'Сьюзан',
  'Шерил', 'Кейли', 'Ширли', 'Кэтлин', 'Рейчел', 'Тиффани', 'Джорджина', 'Эйлин', 'Шивон', 'Мэгги', 'Вивьен',
  // German, Dutch, Nordic.
  'Гудрун', 'Верена', 'Марейке', 'Маритье', 'Уте', 'Хайке', 'Зильке', 'Кирстен', 'Ильзе', 'Эбба', 'Йоханна',
  'Ханнелоре', 'Хильдегард', 'Беттина', 'Лизелотте', 'Сигрид', 'Линнеа', 'Тарья',
  // Arabic.
  'Сальма', 'Наджла', 'Хадиджа', 'Асма', 'Нахла', 'Лубна', 'Суад', 'Наима', 'Захра',
  // African.
  'Чиома', 'Чиамака', 'Нгози', 'Кадиату', 'Нджери', 'Вамбуи', 'Адвоа', 'Нкечи', 'Чинве', 'Тандиве', 'Номвула',
  'Линдиве', 'Мариату', 'Фунмилайо', 'Мариама', 'Айсату', 'Ндейе',
  // Buryat, Kalmyk, Tuvan, Yakut.
  'Дарима', 'Баярма', 'Цыцыгма', 'Сэсэг', 'Эржена', 'Саяна', 'Чодураа', 'Айлана', 'Сайзана',
  'Кюннэй',
];

type Gender = 'masc' | 'femn';
type Case = 'nomn' | 'gent' | 'datv' | 'accs' | 'ablt' | 'loct';

interface GivenNameForm {
  lemma: string;
  gender: Gender;
  case: Case;
}

/**
 * The case forms of a given name, by its ending as Russian declines foreign names: a man's on a hard
 * consonant ('Карлоса', 'Карлосу', 'Карлосом'), on -й or -ь ('Мигеля'); a woman's on -а ('Химены'), -ия
 * ('Лусии'), -я, -ь; a name on another vowel, and a woman's on a consonant, do not decline.
 */
export function caseForms(name: string, gender: Gender): Array<[Case, string]> {
  const w = name.toLowerCase();
  const stem = w.slice(0, -1);
  const hushing = /[жшчщц]$/u.test(stem);
  if (gender === 'femn' || /[ая]$/u.test(w)) {
    if (w.endsWith('ия')) return forms(w, stem.slice(0, -1) + 'и', { gent: 'и', datv: 'и', accs: 'ю', ablt: 'ей', loct: 'и' });
    if (w.endsWith('а')) return forms(w, stem, { gent: /[гкхжшчщ]$/u.test(stem) ? 'и' : 'ы', datv: 'е', accs: 'у', ablt: hushing ? 'ей' : 'ой', loct: 'е' });
    if (w.endsWith('я')) return forms(w, stem, { gent: 'и', datv: 'е', accs: 'ю', ablt: 'ей', loct: 'е' });
    if (w.endsWith('ь')) return forms(w, stem, { gent: 'и', datv: 'и', accs: 'ь', ablt: 'ью', loct: 'и' });
    return forms(w, w, {});
  }
  if (/[йь]$/u.test(w)) return forms(w, stem, { gent: 'я', datv: 'ю', accs: 'я', ablt: 'ем', loct: 'е' });
  if (/[бвгджзклмнпрстфхцчшщ]$/u.test(w)) return forms(w, w, { gent: 'а', datv: 'у', accs: 'а', ablt: /[жшчщц]$/u.test(w) ? 'ем' : 'ом', loct: 'е' });
  return forms(w, w, {});
}

/** The nominative, and each oblique case as the stem and its ending (the word itself where none is given). */
function forms(nominative: string, stem: string, endings: Partial<Record<Case, string>>): Array<[Case, string]> {
  const oblique: Case[] = ['gent', 'datv', 'accs', 'ablt', 'loct'];
  return [['nomn', nominative], ...oblique.map((c): [Case, string] => [c, endings[c] === undefined ? nominative : stem + endings[c]])];
}

let index: Map<string, GivenNameForm[]> | null = null;

/** Each form, lower case, with the names and cases it is a form of; built on first use. */
function formIndex(): Map<string, GivenNameForm[]> {
  if (index) return index;
  index = new Map();
  const add = (names: string[], gender: Gender): void => {
    for (const name of names) {
      for (const [c, form] of caseForms(name, gender)) {
        let list = index!.get(form);
        if (!list) index!.set(form, (list = []));
        list.push({ lemma: name.toLowerCase(), gender, case: c });
      }
    }
  };
  add(MASCULINE, 'masc');
  add(FEMININE, 'femn');
  return index;
}

/** Dictionary-like first-name parses of a capitalised word that is a form of one of these names, else none. */
export function givenNameParses(word: string): Parse[] {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return [];
  const found = formIndex().get(word.toLowerCase());
  return found ? found.map((f) => givenNameParse(word, f)) : [];
}

function givenNameParse(word: string, f: GivenNameForm): Parse {
  const grammemes = new Set(['NOUN', 'anim', f.gender, 'Name', 'sing', f.case]);
  return {
    lemma: f.lemma,
    pos: 'NOUN',
    grammemes,
    case: f.case,
    gender: f.gender,
    number: 'sing',
    score: 1,
    known: true,
    proper: 'Name',
    raw: {
      word: word.toLowerCase(),
      tag: { POS: 'NOUN', CAse: f.case, GNdr: f.gender, NMbr: 'sing', toString: () => [...grammemes].join(',') },
      score: 1,
      parser: 'GivenNames',
      normalize() { return { ...this, word: f.lemma }; },
      // The lemma is the name's nominative; no other form is asked of a first name.
      inflect: () => false,
    },
  };
}
