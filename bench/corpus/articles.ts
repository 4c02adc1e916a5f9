/**
 * One generated article in one of the five layouts of the articles in seeds/: a ' date YYYY-MM-DD'
 * header line with or without the editorial and photo-credit lines (000, 004), a plain title and lead
 * then a 'МОСКВА, 20 ноября. /ТАСС/.' dateline (003), the 'Главная Авторское' page with 'Автор:'
 * bylines (002), and one paragraph per line without a dateline (001).
 */
import { declineGivenName, declineSurname, type Case, type Forms, type Person } from './names';
import type { Random } from './random';
import { CITIES, COUNTRIES, MONTHS_GEN, MONTHS_PREP, ROLES, type City, type Organization } from './world';

export const FORMATS = ['tass', 'tass-credit', 'tass-plain', 'author', 'lines'] as const;
export type Format = (typeof FORMATS)[number];

export interface ArticleDate {
  year: number;
  month: number; // 1-12
  day: number;
}

export interface GeneratedArticle {
  text: string;
  format: Format;
  date: ArticleDate;
  /** Indexes into the corpus's people of everyone the article names. */
  people: number[];
  /** Surname mentions written with the person's variant spelling. */
  variants: number;
}

export interface World {
  people: readonly Person[];
  organizations: readonly Organization[];
  /** Probability that a surname is written with its variant spelling. */
  variantRate: number;
}

/** Sentences naming one person; {P:case} is the person, {V:verb} agrees with the person. */
const PERSON_SENTENCES: readonly string[] = [
  '{P:nom} {V:заявил}, что стороны готовы расширить сотрудничество в сфере энергетики.',
  'Об этом {V:сообщил} {P:nom} в интервью газете «Известия».',
  '{P:nom} {V:провел} переговоры с представителями {O:gen} в {T:prep}.',
  '{P:nom} {V:подчеркнул}, что {D} стороны подписали меморандум о сотрудничестве.',
  'Как {V:рассказал} {P:nom}, {D} в {T:prep} пройдет очередной раунд консультаций.',
  '{P:nom} {V:отметил} исторически дружественный характер отношений между {C:ins} и {C:ins}.',
  '{P:nom} также {V:напомнил} о договоренностях, достигнутых в ходе визита в {C:acc}.',
  'По словам {P:gen}, реализация проекта займет не менее {N} лет.',
  'Визит {P:gen} в {T:acc} запланирован на {DD}.',
  'В пресс-службе {O:gen} подтвердили участие {P:gen} в переговорах.',
  'Кандидатуру {P:gen} поддержали в {O:prep}.',
  '{P:dat} предложили возглавить рабочую группу по развитию транспортных коридоров.',
  'Приглашение было направлено {P:dat} {D}.',
  'По данным источника, {P:dat} поручено подготовить доклад к {DD}.',
  'Журналисты попросили {P:acc} прокомментировать итоги переговоров.',
  'В {T:prep} {P:acc} встретили представители {O:gen}.',
  'Делегация {C:gen} пригласила {P:acc} на форум в {T:acc}.',
  'Накануне с {P:ins} встретились представители {O:gen}.',
  'Переговоры с {P:ins} прошли в {T:prep} {D}.',
  'Вместе с {P:ins} в поездке участвовали эксперты {O:gen}.',
  'На брифинге речь шла о {P:prep} и предложенных инициативах.',
  'В материале о {P:prep} говорится, что консультации продолжатся {D}.',
];

const QUOTES: readonly string[] = [
  '"Мы рассчитываем на дальнейшее развитие сотрудничества с партнерами из {C:gen}", - {V:отметил} {P:nom}.',
  '«Особое внимание будет уделено взаимодействию в рамках интеграционных механизмов», — {V:заявил} {P:nom}.',
  '"Объемы торговли продолжают расти, однако не соответствуют имеющемуся потенциалу", - {V:подчеркнул} {P:nom}.',
  '«Мы придаем очень важное значение этому событию и готовимся к нему», — {V:сказал} {P:nom}.',
];

const FILLER: readonly string[] = [
  '{C:nom} и {C:nom} ставят задачу по реализации крупных совместных инвестиционных проектов.',
  'В {Y} году объем двусторонней торговли вырос на {N}%.',
  '{O:nom} рассматривает возможность участия в строительстве порта в {T:prep}.',
  'Стороны обсудили реализацию совместных проектов в энергетике, промышленности, транспорте и логистике.',
  'Следующее заседание межправительственной комиссии запланировано на {DD} {Y} года в {T:prep}.',
  'Особое внимание было уделено развитию транспортных коридоров между {C:ins} и {C:ins}.',
  '{D} в {T:prep} состоялась встреча представителей {O:gen} и {O:gen}.',
  'По информации {O:gen}, переговоры продолжатся {D}.',
  'Стороны отметили поступательное расширение промышленной кооперации и инвестиционного сотрудничества.',
  'Рассматриваются пути налаживания железнодорожного пассажирского и грузового сообщения через территорию {C:gen}.',
  'Отдельное внимание было уделено перспективам реализации совместных проектов в сфере туризма.',
  'Значимая роль в этих вопросах принадлежит {O:dat}.',
  'Первоочередные задачи на этом направлении - создание новых транспортно-логистических маршрутов и поддержка малого бизнеса.',
  'До конца текущего года планируется запустить еще ряд крупных проектов, в том числе по производству строительной техники.',
  'В последние месяцы внимание мирового сообщества было приковано к рынку редкоземельных металлов.',
  'Делегации {C:gen} и {C:gen} обменялись мнениями по актуальным международным проблемам.',
];

const TITLES: readonly string[] = [
  '{S:nom}: {C:nom} и {C:nom} хотят сотрудничать в сферах энергетики и промышленности',
  '{S:nom} {V:провел} переговоры в {T:prep}',
  '{O:nom} и {O:nom} договорились о совместных проектах',
  'Визит {S:gen} в {T:acc}: итоги переговоров',
  '{S:nom} и глава МИД {C:gen} обсудят сотрудничество',
  '{C:nom} и {C:nom} проводят переговоры о сотрудничестве в сфере добычи редкоземельных элементов',
];

const LEADS: readonly string[] = [
  'Стороны обсудили перспективы сотрудничества в сферах энергетики, транспорта и логистики',
  'Ожидается, что министры сверят часы по важнейшим темам региональной и глобальной повестки дня',
  'Глава ведомства также отметил "хорошие перспективы в реализации проекта сооружения" нового порта',
  'Вице-премьер отметил дружественный характер многопланового взаимодействия, основанного на принципах равноправия',
];

const SUBHEADINGS = ['Экономические связи', 'Достижения и перспективы сотрудничества', 'Вечное союзничество', 'Энергетика и транспорт', 'Новые проекты', 'Итоги переговоров', 'Гуманитарное сотрудничество'];

/** Past-tense verb agreeing with the person: заявил -> заявила, встретился -> встретилась. */
function verb(v: string, person: Person | undefined): string {
  if (person?.gender !== 'f') return v;
  return v.endsWith('ся') ? `${v.slice(0, -2)}ась` : `${v}а`;
}

/** Upper-cases the first letter of a sentence (after an opening quote; not when it opens with a number). */
function capitalizeFirst(s: string): string {
  const j = s[0] === '«' || s[0] === '"' ? 1 : 0;
  return s.slice(0, j) + s[j].toUpperCase() + s.slice(j + 1);
}

/** 'о Иване' -> 'об Иване', 'в Владивосток' -> 'во Владивосток', 'с Свомовым' -> 'со Свомовым'. */
function fixPrepositions(s: string): string {
  return s
    .replace(/(^|[\s(«"])([Оо]) (?=[АОУЭИаоуэи])/g, '$1$2б ')
    .replace(/(^|[\s(«"])([Вв]) (?=[ВвФф][бвгджзклмнпрстфхцчшщ])/g, '$1$2о ')
    .replace(/(^|[\s(«"])([Сс]) (?=[СсЗзШшЖж][бвгджзклмнпрстфхцчшщ])/g, '$1$2о ');
}

class ArticleWriter {
  private readonly named = new Set<number>();
  variants = 0;

  constructor(
    private readonly rng: Random,
    private readonly world: World,
    readonly date: ArticleDate,
    readonly cast: number[],
  ) {}

  /** A person in a case: the full name (sometimes after a role) the first time, then the surname alone. */
  person(index: number, c: Case, allowFull = true): string {
    const p = this.world.people[index];
    const misspelt = this.rng.chance(this.world.variantRate);
    if (misspelt) this.variants++;
    const surname = declineSurname(misspelt ? p.variant : p.surname, p.gender)[c];
    const first = allowFull && !this.named.has(index);
    if (allowFull) this.named.add(index);
    if (!first && !this.rng.chance(0.12)) return surname;
    const full = `${declineGivenName(p.given, p.gender)[c]} ${surname}`;
    if (first && this.rng.chance(0.4)) return `${this.role(c)} ${full}`;
    return full;
  }

  private role(c: Case): string {
    return this.rng.pick(ROLES)[c].replace('{C}', this.rng.pick(COUNTRIES).gen).replace('{O}', this.rng.pick(this.world.organizations).forms.gen);
  }

  private dayMonth(): string {
    const day = this.rng.chance(0.5) ? this.date.day : this.rng.int(1, 28);
    return `${day} ${MONTHS_GEN[this.date.month - 1]}`;
  }

  private datePhrase(): string {
    const r = this.rng.next();
    if (r < 0.35) return this.dayMonth();
    if (r < 0.55) return `${this.dayMonth()} ${this.date.year} года`;
    if (r < 0.75) return `в ${MONTHS_PREP[this.rng.int(0, 11)]}`;
    if (r < 0.85) return `в ${MONTHS_PREP[this.rng.int(0, 11)]} ${this.date.year} года`;
    return `в ${this.date.year - this.rng.int(0, 1)} году`;
  }

  /** Fills a template; `who` is the person of {P}, {S} (surname only) and {V}. */
  fill(template: string, who?: number): string {
    const person = who === undefined ? undefined : this.world.people[who];
    const used = new Set<unknown>();
    /** A random item not yet used in this sentence ('между Японией и Японией' reads as an error). */
    const fresh = <T>(items: readonly T[]): T => {
      for (let i = 0; i < 8; i++) {
        const item = this.rng.pick(items);
        if (!used.has(item)) return used.add(item), item;
      }
      return this.rng.pick(items);
    };
    const out = template.replace(/\{([A-Z]+)(?::([а-яa-z]+))?\}/g, (_, slot: string, arg: string | undefined) => {
      const c = arg as Case;
      switch (slot) {
        case 'P': return this.person(who!, c);
        case 'S': return declineSurname(person!.surname, person!.gender)[c];
        case 'V': return verb(arg!, person);
        case 'O': return fresh(this.world.organizations).forms[c];
        case 'C': return fresh(COUNTRIES)[c];
        case 'T': return fresh(CITIES).forms[c];
        case 'D': return this.datePhrase();
        case 'DD': return this.dayMonth();
        case 'Y': return String(this.date.year - this.rng.int(0, 2));
        case 'N': return String(this.rng.int(2, 40));
        default: throw new Error(`unknown slot ${slot}`);
      }
    });
    return capitalizeFirst(fixPrepositions(out));
  }

  sentence(): string {
    if (this.rng.chance(0.55)) return this.fill(this.rng.pick(PERSON_SENTENCES), this.rng.pick(this.cast));
    return this.fill(this.rng.pick(FILLER));
  }

  paragraph(): string {
    if (this.rng.chance(0.15)) return this.fill(this.rng.pick(QUOTES), this.rng.pick(this.cast));
    const n = this.rng.int(2, 5);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.sentence());
    return out.join(' ');
  }
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function byteLength(lines: string[]): number {
  return Buffer.byteLength(lines.join('\n'), 'utf8');
}

/** Writes one article of about `targetBytes` UTF-8 bytes. */
export function writeArticle(rng: Random, world: World, format: Format, targetBytes: number): GeneratedArticle {
  const date: ArticleDate = { year: rng.int(2023, 2025), month: rng.int(1, 12), day: rng.int(1, 28) };
  const cast: number[] = [];
  const size = rng.int(3, 6);
  for (let i = 0; i < size * 3 && cast.length < size; i++) {
    const p = rng.skewed(world.people.length);
    if (!cast.includes(p)) cast.push(p);
  }
  const w = new ArticleWriter(rng, world, date, cast);
  const main = cast[0];
  const title = w.fill(rng.pick(TITLES), main);
  const lead = rng.pick(LEADS);
  const city: City = rng.chance(0.6) ? CITIES[0] : rng.pick(CITIES);
  const dateline = `${city.dateline}, ${date.day} ${MONTHS_GEN[date.month - 1]}. /ТАСС/.`;
  const opening = `${w.fill('{P:nom} {V:провел} переговоры с представителями {O:gen}.', main)} ${w.sentence()} ${w.sentence()}`;
  const iso = `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
  const lines: string[] = [];
  let body: string[] = [];
  switch (format) {
    case 'tass':
    case 'tass-credit': {
      lines.push(` date ${iso} ${title}`, '', lead, '');
      if (format === 'tass-credit') {
        const photographer = world.people[rng.skewed(world.people.length)];
        lines.push('Редакция сайта ТАСС', '', `© ${photographer.given} ${declineSurname(photographer.surname, photographer.gender).nom}/ ТАСС`, '');
      }
      lines.push(`${dateline} ${opening}`);
      body = lines;
      break;
    }
    case 'tass-plain':
      lines.push(title, '', lead, '', `${dateline} ${opening}`);
      body = lines;
      break;
    case 'author': {
      const author = world.people[rng.skewed(world.people.length)].given;
      const time = `${pad2(rng.int(8, 22))}:${pad2(rng.int(0, 59))}`;
      lines.push(`Главная Авторское ${title}`, '', title, '', `Автор: ${author}`, `Автор: ${author} | ${pad2(date.day)}.${pad2(date.month)}.${date.year}, ${time}`, '', opening);
      body = lines;
      break;
    }
    case 'lines':
      lines.push(`${title}.`, `${w.fill('В {T:prep}, во второй половине дня {DD}, состоялась встреча, которую {V:провел} {P:nom}.', main)} ${w.sentence()}`);
      body = lines;
      break;
  }
  const separator = format === 'lines' ? [] : [''];
  let subheadings = 0;
  while (byteLength(body) < targetBytes) {
    if (format !== 'lines' && subheadings < 2 && body.length > 8 && rng.chance(0.12)) {
      body.push(...separator, rng.pick(SUBHEADINGS));
      subheadings++;
    }
    if (format === 'lines' && rng.chance(0.2)) body.push('');
    body.push(...separator, w.paragraph());
  }
  if (format === 'author') body.push('', 'Вам может понравиться');
  return { text: body.join('\n') + '\n', format, date, people: cast, variants: w.variants };
}
