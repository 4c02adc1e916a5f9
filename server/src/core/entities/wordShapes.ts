/** Word shapes that decide where a run of capitalised words starts, continues and breaks. */
import type { Token } from '../text/tokenize';
import type { Context } from './context';
import { LAW_CODES } from './data/lexicon';
import { GENERATION, PARTICLES } from '../names/person';

/** 'Лула да Силва', 'Shipping Corporation of India': a lower-case particle inside a name. */
export function particleBetween(ctx: Context, j: number): boolean {
  const t = ctx.tokens[j];
  if (!t) return false;
  if (NAME_PARTICLES.has(t.text)) return true;
  return LATIN_CONNECTORS.has(t.text) && !!ctx.tokens[j - 1]?.latin && !!ctx.tokens[j + 1]?.latin;
}

export const LATIN_CONNECTORS = new Set(['of', 'and', 'for', 'the', 'to', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'y', '&', 'und', 'della', 'del', 'di', 'da', 'et', 'der', 'den', 'ter', 'het', 'dos', 'das', 'do', 'zu']);

/** A well-formed Roman numeral ('XXI', 'IV'); 'CCI' is an acronym. */
export const ROMAN = /^(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** A Roman numeral or a range of them ('XIX-XXI веков'): a number, never a name. */
export function romanNumerals(word: string): boolean {
  return word.split(/[-‑]/).every((part) => ROMAN.test(part));
}
/**
 * A capital inside a word without a hyphen: an acronym with an ending or a brand ('АВТОВАЗа', 'МегаФон');
 * not the prefixes of surnames ('МакКейн', 'ДеСантис', 'ДиКаприо') nor pairs ('США-Китай').
 */
export const INNER_CAPITALS = /^(?!(?:Мак|Де|Ди|Ле|Ла|Дю|Ван|Mc|Mac|De|Di|Le|La|Du|Van)\p{Lu})\p{Lu}\p{L}*\p{Lu}\p{L}*$/u;
/** The case ending of a declined acronym: 'АВТОВАЗа' -> 'АВТОВАЗ'. */
const ACRONYM_ENDING = /(?<=\p{Lu}{2})(?:а|у|ом|е|ы|ой|ов)$/u;
const HYPHEN_PARTICLES = new Set([
  'на', 'де', 'ла', 'да', 'эль', 'аль', 'ан', 'бен', 'ибн', 'фон', 'дер', 'ди', 'ле', 'сюр',
  // Romance and Arabic place names: 'Сьюдад-дель-Эсте', 'Мату-Гросу-ду-Сул', 'Умм-эн-Насан', 'Рас-эль-Хайма'.
  'дель', 'ду', 'до', 'дос', 'дас', 'лас', 'лос', 'эн', 'эр', 'эс', 'эт', 'эз', 'эд', 'эш', 'ар', 'ас', 'ат', 'аз', 'ад', 'аш', 'ам', 'им',
]);

/** 'Телеграм-каналов': a compound with a common word after the hyphen is not a name ('Ростов-на-Дону' is). */
export function commonCompound(word: string): boolean {
  return word.split(/[-‑]/).slice(1).some((part) => /^\p{Ll}/u.test(part) && !HYPHEN_PARTICLES.has(part) && !GENERATION.test(part));
}

/** Lower-case particles inside foreign names (Лула да Силва, Людвиг ван Бетховен): the names' own, and 'бинт', 'бинти' (daughter of; Malay 'бинти'). */
const NAME_PARTICLES: ReadonlySet<string> = new Set([...PARTICLES, 'бинт', 'бинти']);

/** A lower-case particle of a foreign name ('фон', 'да', 'бен'). */
export function isNameParticle(text: string): boolean {
  return NAME_PARTICLES.has(text);
}

/** A particle written with a capital at the start of a name ('Ван дер Линден', 'Фон Браун', 'Бен Аммар'). */
export function isCapitalParticle(text: string): boolean {
  return text.length > 1 && NAME_PARTICLES.has(text.toLowerCase()) && text !== text.toLowerCase() && text.slice(1) === text.slice(1).toLowerCase();
}

/** The case ending of a declined acronym removed: 'АВТОВАЗа' -> 'АВТОВАЗ'. */
export function acronymStem(word: string): string {
  return word.replace(ACRONYM_ENDING, '');
}

/**
 * Acronyms ('МИД Сергей Лавров', 'АВТОВАЗа Максим'), numbered names ('ГЭС-1') and Latin names beside
 * Cyrillic ones ('Vingroup Фам Ньят Выонг') are never part of a person's name.
 */
export function breaksName(t: Token, mixedScripts: boolean): boolean {
  return t.allCaps || /\d/.test(t.text) || INNER_CAPITALS.test(t.text) || (mixedScripts && t.latin);
}

/** Last words of company and body names written in Latin letters. */
const LATIN_ORG_WORDS = new Set([
  'corp', 'corporation', 'inc', 'ltd', 'llc', 'plc', 'group', 'berhad', 'bhd', 'bank', 'holding', 'holdings', 'company',
  'co', 'ag', 'sa', 'gmbh', 'nv', 'airlines', 'airways', 'energy', 'power', 'ports', 'industries', 'international',
  'petroleum', 'oil', 'gas', 'motors', 'technologies', 'systems', 'partners', 'capital', 'fund', 'agency', 'world',
]);

/** A run of Latin words naming an organization: a connector inside ('Bank of Georgia') or a company word ('… Berhad'). */
export function isLatinOrganization(ctx: Context, i: number, j: number): boolean {
  const run = ctx.tokens.slice(i, j);
  if (!run.every((t) => t.latin || LATIN_CONNECTORS.has(t.text))) return false;
  if (run.some((t) => LATIN_CONNECTORS.has(t.text))) return true;
  // Russian text writes people's names in Cyrillic: two or more Latin words name a company, a title or a brand.
  return run.filter((t) => t.kind === 'word').length >= 2 || LATIN_ORG_WORDS.has(run[run.length - 1].text.toLowerCase().replace(/\.$/, '')) || ctx.gazetteer.canonical(run.map((t) => t.text).join(' ')) !== null;
}

/** 'Industrial and Commercial Bank of China': a company word anywhere in a run of Latin words. */
export function hasLatinCompanyWord(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.latin && LATIN_ORG_WORDS.has(t.text.toLowerCase().replace(/\.$/, '')));
}

/** Legal forms written after a Latin company name, outside its name ('Kalinor Holdings Ltd'). */
/** Russian legal forms written before a company's quoted name ('ООО «...»'). */
export const RUSSIAN_LEGAL_FORMS: ReadonlySet<string> = new Set(['ООО', 'ЗАО', 'ОАО', 'АО', 'ПАО', 'НАО', 'ТОО', 'ИП', 'ГУП', 'МУП', 'ФГУП', 'АНО', 'НКО']);

export const LATIN_LEGAL_FORMS = new Set(['ltd', 'limited', 'llc', 'inc', 'co', 'corp', 'gmbh', 'kg', 'plc', 'ag', 'sa', 'se', 'nv', 'llp', 'jsc', 'pjsc', 'bv', 'oy', 'ab', 'spa', 'srl', 'sarl', 'pte', 'as', 'asa', 'aps', 'oyj', 'lda', 'bhd', 'sdn', 'pvt', 'kft', 'zrt', 'sro', 'doo', 'ehf', 'hf', 'ltda', 'sas', 'eireli']);

/** 'LLC', 'Ltd.', 'GmbH': a Latin legal form, never a name or a parent body of its own. */
export function isLatinLegalForm(t: Token): boolean {
  return t.latin && LATIN_LEGAL_FORMS.has(t.text.toLowerCase().replace(/\.$/, ''));
}

/** 'LLC', 'Ltd': the English limited company's forms, never a parent body's acronym ('Al Noor Contracting LLC'). */
export function isLimitedCompanyForm(t: Token): boolean {
  return t.latin && /^(?:llc|ltd\.?)$/i.test(t.text);
}

/** 'Co' of 'Haeyang Foods Co., Ltd': the company form before a limited one is outside the name too. */
export function companyBeforeLimited(tokens: readonly Token[], k: number): boolean {
  if (!/^co$/i.test(tokens[k]?.text ?? '')) return false;
  let p = k + 1;
  while (tokens[p] && (tokens[p].text === '.' || tokens[p].text === ',')) p++;
  return p > k + 1 && !!tokens[p] && isLimitedCompanyForm(tokens[p]);
}

/** Units after a number ('5 МВт', '3,5 ГГц', '10 кВт·ч'): never names. */
export const UNIT = /^(?:[кМГТмнµ]?(?:Вт|Гц|Па|Дж|Ом|Кл|Бк|бит|эВ|Б|В|А)(?:·?ч)?|Мбит|Гбит|Тбит|Мб|Гб|Тб|кВт|МВт|ГВт|ТВт)$/u;

/** 'статья 81 ТК РФ': the word at i follows a code of law's acronym, whose country it is. */
export function afterLawCode(ctx: Context, i: number): boolean {
  return i > 0 && LAW_CODES.has(ctx.tokens[i - 1].text) && ctx.tokens[i - 1].end + 1 === ctx.tokens[i].start;
}
