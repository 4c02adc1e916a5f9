/** Titles and roles written right before a person's name ('генеральный секретарь', 'президент Лаоса'). */
import { matchCase } from '../names/casing';
import { isFunctionWord } from '../morphology/classify';
import { hasLemma, isVerb, type Context } from './context';
import type { Parse } from '../morphology/morph';
import type { CaseHint } from '../names/person';
import { PLACE_CUES, TITLE_LEMMAS } from './data/lexicon';
import { RUSSIAN_LEGAL_FORMS } from './wordShapes';

const MAX_BACK = 8;
const LINKS = new Set(['и', 'в', 'во', 'по', 'при', 'на']);
const DASHES = new Set(['-', '–', '—']);
/** Marks a role may contain: dashes and the quotes of a quoted organization ('глава «Газпром нефти»'). */
const ROLE_MARKS = new Set([...DASHES, '«', '»', '"', '“', '”']);

/** Index of the title word the role starts at, for a person whose first token is p; -1 if none. */
export function titleStart(ctx: Context, p: number): number {
  let found = -1;
  let linked = false;
  for (let k = p - 1; k >= 0 && k >= p - MAX_BACK; k--) {
    const t = ctx.tokens[k];
    if (t.kind === 'punct' && !ROLE_MARKS.has(t.text)) break;
    if (t.kind === 'num') break;
    if (t.kind === 'punct') {
      linked ||= DASHES.has(t.text);
      continue;
    }
    const owner = ctx.owner[k];
    if (owner && owner.type === 'PER') break;
    if (isTitle(ctx, k)) {
      // An earlier title joins only through 'и', a dash, or as the head of a genitive title ('заместитель премьер-министра').
      if (found >= 0 && !linked && !isGenitive(ctx, found)) break;
      found = k;
      linked = false;
    } else if (t.text === 'и') linked = true;
    // 'директора ООО «Кубря Текстиль» Валерия ...': a legal form before its company's quoted name is part of the role.
    else if (legalFormBeforeName(ctx, k)) linked = false;
    else if (!owner && t.cap && !t.sentStart) break;
    else if (!owner && !LINKS.has(t.text) && !isModifier(ctx, k)) break;
    if (t.sentStart) break;
  }
  return found < 0 ? -1 : extendAdjectives(ctx, found);
}

function legalFormBeforeName(ctx: Context, k: number): boolean {
  return RUSSIAN_LEGAL_FORMS.has(ctx.tokens[k].text) && ctx.tokens[k + 1]?.text === '«';
}

/** A title noun ('после' is a preposition, not the locative of 'посол'). */
export function isTitle(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word') return false;
  const parses = ctx.morph.parse(t.text);
  return (!isFunctionWord(parses) && parses.some((p) => p.pos === 'NOUN' && TITLE_LEMMAS.has(p.lemma)) && !likelierOtherNoun(parses)) || deputyOf(ctx, t.text);
}

/** 'премьеру': the form of another noun ('премьера') the dictionary finds likelier than the title's. */
function likelierOtherNoun(parses: Parse[]): boolean {
  const title = Math.max(...parses.filter((p) => p.pos === 'NOUN' && TITLE_LEMMAS.has(p.lemma)).map((p) => p.score));
  return parses.some((p) => p.known && p.pos === 'NOUN' && !TITLE_LEMMAS.has(p.lemma) && !p.proper && p.score > title);
}

/** 'заммэра', 'Замгубернатора': 'зам' joined to a title in the genitive is a deputy's title. */
function deputyOf(ctx: Context, word: string): boolean {
  const m = /^[Зз]ам(\p{Ll}{3,})$/u.exec(word);
  return !!m && ctx.morph.parse(m[1]).some((p) => p.pos === 'NOUN' && p.case === 'gent' && TITLE_LEMMAS.has(p.lemma));
}

function isGenitive(ctx: Context, k: number): boolean {
  return ctx.morph.parse(ctx.tokens[k].text).some((p) => p.pos === 'NOUN' && TITLE_LEMMAS.has(p.lemma) && p.case === 'gent');
}

function isModifier(ctx: Context, k: number): boolean {
  // 'во главе с Натальей': a preposition ('с' is also an abbreviated noun) ends the role.
  const parses = ctx.morph.parse(ctx.tokens[k].text);
  return !isFunctionWord(parses) && parses.some((p) => p.pos === 'ADJF' || p.pos === 'NOUN');
}

function extendAdjectives(ctx: Context, k: number): number {
  let s = k;
  while (s > 0 && !ctx.tokens[s].sentStart && ctx.morph.parse(ctx.tokens[s - 1].text).some((p) => p.pos === 'ADJF' && p.known) && ctx.tokens[s - 1].kind === 'word' && !ctx.owner[s - 1]) s--;
  return s;
}

/** The roles written before a person: 'генеральный секретарь и президент Лаоса' -> two roles, nominative heads. */
export function rolesBefore(ctx: Context, p: number): string[] {
  const s = titleStart(ctx, p);
  if (s < 0) return [];
  const roles: string[] = [''];
  let words = 0;
  for (let k = s; k < p; k++) {
    const t = ctx.tokens[k];
    if ((t.text === 'и' || DASHES.has(t.text)) && startsTitle(ctx, k + 1)) {
      roles.push('');
      words = 0;
      continue;
    }
    const space = roles[roles.length - 1] && ctx.text.slice(ctx.tokens[k - 1].end, t.start).length > 0 ? ' ' : '';
    const leading = t.kind === 'word' && (words === 0 || isLeading(ctx, k, words));
    roles[roles.length - 1] += space + (t.kind === 'word' ? roleWord(ctx, k, leading) : t.text);
    if (t.kind === 'word') words++;
  }
  return roles.map((r) => r.trim()).filter((r) => r.length > 0);
}

function startsTitle(ctx: Context, k: number): boolean {
  return isTitle(ctx, k) || (isModifier(ctx, k) && isTitle(ctx, k + 1));
}

function isLeading(ctx: Context, k: number, wordsBefore: number): boolean {
  // Words up to and including the first title word are put into the nominative.
  for (let j = k - 1, seen = 0; j >= 0 && seen < wordsBefore; j--) {
    if (ctx.tokens[j].kind !== 'word') continue;
    if (isTitle(ctx, j)) return false;
    seen++;
  }
  return true;
}

function roleWord(ctx: Context, k: number, leading: boolean): string {
  const w = ctx.tokens[k].text;
  const lowerFirst = !ctx.tokens[k].allCaps ? w.charAt(0).toLowerCase() + w.slice(1) : w;
  if (!leading || ctx.tokens[k].allCaps) return ctx.owner[k] ? w : lowerFirst;
  const parses = ctx.morph.parse(w);
  const title = parses.find((p) => p.pos === 'NOUN' && TITLE_LEMMAS.has(p.lemma)) ?? parses.find((p) => p.pos === 'ADJF');
  if (!title) return lowerFirst;
  const form = title.pos === 'ADJF' ? ctx.morph.inflect(title, ['nomn', 'sing', 'masc']) : title.lemma;
  return matchCase(form ?? title.lemma, lowerFirst);
}

/** Parses of the title noun of the role starting at k (after its adjectives). */
function titleNoun(ctx: Context, k: number): Parse[] {
  for (let j = k; j < k + 3 && j < ctx.tokens.length; j++) {
    const title = ctx.morph.parse(ctx.tokens[j].text).filter((p) => p.pos === 'NOUN' && TITLE_LEMMAS.has(p.lemma));
    if (title.length) return title;
  }
  return [];
}

/** Cases of the title noun starting at k: a name in apposition shares them. */
function titleCases(ctx: Context, k: number): Set<string> {
  // One person's title is singular: 'директора' before one name is a genitive or accusative, no nominative plural.
  const title = titleNoun(ctx, k);
  const singular = title.filter((p) => p.number !== 'plur');
  return new Set((singular.length ? singular : title).map((p) => p.case).filter((c): c is string => !!c));
}

const NOMINATIVE = new Set(['nomn']);
/** A title the dictionary reads in this many cases or more does not decline. */
const INDECLINABLE_CASES = 5;
/**
 * Against a name's own evidence (a dictionary word form scores 2, a synthesized one 0.9 per word): an
 * apposition outweighs one word's ending, a following verb only tips a tie between endings.
 */
const TITLE_WEIGHT = 2.5;
const VERB_WEIGHT = 1;
/** An animate noun in apposition: less sure than a title (it may govern a genitive), more than a verb. */
const APPOSITION_WEIGHT = 1.5;

/**
 * The case the context shows for a person's name at tokens [i, j): a title before it in apposition
 * ('премьер-министр Португалии Жуану Мендешу') says it firmly; a finite verb right after it ('Ким Сопхеана
 * отметил') suggests the subject, the nominative.
 */
export function caseHint(ctx: Context, i: number, j: number): CaseHint | undefined {
  const title = titleStart(ctx, i);
  // An indeclinable deputy's title ('заммэра') tells no case.
  // 'Врачи больницы Кириллу Ажгирею': a title in the plural is no apposition to one person.
  const plural = title >= 0 && titleNoun(ctx, title).every((p) => p.number === 'plur');
  const kin = title >= 0 ? kinBefore(ctx, title) : [];
  // 'внучка композитора Мария ...': the relative before a title in the genitive is what the name is in apposition to.
  // Or the title itself ('дочь президента союза Карла-Хайнца ...'): either case, the name's own endings decide.
  if (kin.length) return { cases: new Set([...kin.map((p) => p.case as string), ...titleCases(ctx, title)]), weight: TITLE_WEIGHT };
  // An indeclinable title ('атташе', 'кюре') tells no case either: the verb after the name may.
  const shown = title >= 0 && !plural && !deputyOf(ctx, ctx.tokens[title].text) ? titleCases(ctx, title) : null;
  if (shown && shown.size < INDECLINABLE_CASES) return titleWithVerb(ctx, i, j, shown) ?? { cases: shown, weight: TITLE_WEIGHT, ...titleGender(ctx, title) };
  const apposition = appositionHint(ctx, i) ?? commaAppositionHint(ctx, i, j) ?? adjectiveHint(ctx, i) ?? participleHint(ctx, j) ?? coordinatedHint(ctx, i);
  if (apposition) return apposition;
  // 'Олеся Краснощекова' alone on its line (a byline, a signature): the nominative.
  if (aloneOnLine(ctx, i, j) || afterBylineLabel(ctx, i)) return { cases: NOMINATIVE, weight: TITLE_WEIGHT };
  // 'делегация во главе с Мохаммадом-Резой ... побывала': after a preposition the name is no subject.
  // 'Ирини Сидхом уже нашла': an adverb may stand between the subject and its verb.
  const verb = verbPastAdverb(ctx, j);
  if (subjectVerb(ctx, i, verb) && !afterPreposition(ctx, i)) return { cases: NOMINATIVE, weight: VERB_WEIGHT, ...verbGender(ctx, verb) };
  // 'Алисия Алонсо сама танцевала': 'сама' agrees with a woman in the nominative.
  if (ctx.tokens[j]?.text === 'сама' && !afterPreposition(ctx, i)) return { cases: NOMINATIVE, weight: VERB_WEIGHT, gender: 'f' };
  // 'Как отметила Щеглева, ...': a speech verb in the past right before a name that ends the clause.
  if (/^[,.;:!?)»"]$/.test(ctx.tokens[j]?.text ?? '.') && pastVerbGender(ctx, i - 1)) return { cases: NOMINATIVE, weight: VERB_WEIGHT, gender: 'f' };
  // 'возглавит Мохира Назаршоева, ...': after a verb news puts its subject after, a name closing the clause is the subject;
  // in the masculine past a man ('Как уточнил Вильянуева': no woman's surname on -ева).
  if (/^[,.;:!?)»"]$/.test(ctx.tokens[j]?.text ?? '.') && invertingVerb(ctx, i - 1)) return { cases: NOMINATIVE, weight: VERB_WEIGHT, ...masculineVerb(ctx, i - 1) };
  // 'хор, которым руководит Ильгиза Зинатуллина': after a relative pronoun in an oblique case and its verb, the subject.
  if (OBLIQUE_RELATIVES.has(ctx.tokens[i - 2]?.text.toLowerCase() ?? '') && isVerb(ctx, i - 1)) return { cases: NOMINATIVE, weight: TITLE_WEIGHT };
  // 'Финал выиграла Ульяна Пеших из ...': a woman's given name on -а/-я after a verb in the feminine past is its subject.
  if (feminineSubjectAfterVerb(ctx, i)) return { cases: NOMINATIVE, weight: VERB_WEIGHT, gender: 'f' };
  // 'опередила Алевтину Черепанову': after a transitive verb (none news puts its subject after) the object.
  // A name closing the clause after the verb is as often its subject ('Первый гол забил Паулу Бенту да Роша, ...').
  // 'вручил Нурмухаметову почетную грамоту': an accusative after the name is the object, the name the recipient.
  if (transitiveVerb(ctx, i - 1) && !/^[,.;:!?)»"]$/.test(ctx.tokens[j]?.text ?? '.') && !accusativeAt(ctx, j)) return { cases: ACCUSATIVE, weight: VERB_WEIGHT };
  return undefined;
}

/**
 * 'Член управления Дипика Дешпанде напомнила': a title that may be a nominative or an accusative ('член'), and a verb
 * in the feminine past right after the name that has it for its subject: the nominative, a woman's name.
 */
function titleWithVerb(ctx: Context, i: number, j: number, shown: Set<string>): CaseHint | undefined {
  if (shown.size < 2 || !shown.has('nomn') || afterPreposition(ctx, i)) return undefined;
  const verb = verbPastAdverb(ctx, j);
  return subjectVerb(ctx, i, verb) && pastVerbGender(ctx, verb) ? { cases: NOMINATIVE, weight: TITLE_WEIGHT, gender: 'f' } : undefined;
}

/** The verb at k, or right after a lower-case adverb at k ('уже нашла', 'впервые выступит'); else k. */
function verbPastAdverb(ctx: Context, k: number): number {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word' || t.cap || isVerb(ctx, k)) return k;
  const adverb = ctx.morph.parse(t.text).some((p) => p.known && p.pos === 'ADVB') && t.end < (ctx.tokens[k + 1]?.start ?? 0);
  return adverb && isVerb(ctx, k + 1) ? k + 1 : k;
}

/**
 * A verb right after the name that can have it for its subject: one person takes a verb in the singular
 * ('Даймары Понсе Сеспедес ждали' is an object), unless the name closes a pair ('Иванов и Петров заявили');
 * and none when a noun before the name owns the verb (nominativeNounBefore).
 */
function subjectVerb(ctx: Context, i: number, j: number): boolean {
  if (nominativeNounBefore(ctx, i) || governedAfterPreposition(ctx, i)) return false;
  return isVerb(ctx, j, 'sing') || (isVerb(ctx, j) && ctx.tokens[i - 1]?.text === 'и');
}

/**
 * 'Хор под управлением Кил Чжонхуна исполнил': a preposition and a noun in an oblique case before the name
 * govern it (a genitive complement); the verb after it belongs to the clause's own subject.
 */
function governedAfterPreposition(ctx: Context, i: number): boolean {
  const parses = lowerWordParses(ctx, i - 1);
  if (!parses.length || !parses.every((p) => p.pos === 'NOUN' && p.case !== 'nomn' && GOVERNING_NOUNS.has(p.lemma))) return false;
  const prep = ctx.tokens[i - 2];
  return !!prep && prep.kind === 'word' && ctx.morph.parse(prep.text.toLowerCase()).some((p) => p.known && p.pos === 'PREP');
}

/** Nouns that take a person's genitive after a preposition ('под управлением', 'при участии'), not time words ('в марте'). */
const GOVERNING_NOUNS = new Set([
  'управление', 'руководство', 'участие', 'председательство', 'эгида', 'авторство', 'редакция', 'патронаж',
  'контроль', 'покровительство', 'инициатива', 'исполнение', 'приглашение', 'просьба', 'опека',
]);

/**
 * 'подача Никиты Порываева принесла': a lower-case inanimate noun in the nominative before the name owns the verb
 * after it (an animate one stands in apposition: 'адвокат Алена Хмелевская заявила').
 */
function nominativeNounBefore(ctx: Context, i: number): boolean {
  const parses = lowerWordParses(ctx, i - 1);
  return parses.length > 0 && parses.every((p) => p.pos === 'NOUN' && !p.grammemes.has('anim')) && parses.some((p) => p.case === 'nomn' && p.number === 'sing');
}

/**
 * 'письма Сергея Рахманинова и Федора Шаляпина': after 'и' a name shares the case of the person before it (it
 * tips the tie between 'Федора' the woman and Фёдор's genitive).
 */
function coordinatedHint(ctx: Context, i: number): CaseHint | undefined {
  const before = ctx.owner[i - 2];
  if (ctx.tokens[i - 1]?.text !== 'и' || before?.type !== 'PER' || !before.person?.last) return undefined;
  const last = before.person.last.toLowerCase();
  // The surname's readings of that person's gender ('Рахманинова' is also a woman's nominative).
  const gender = before.person.gender === 'f' ? 'femn' : before.person.gender === 'm' ? 'masc' : null;
  const cases = ctx.morph.parse(ctx.tokens[i - 2].text).filter((p) => p.lemma === last && p.case && (!gender || p.gender === gender)).map((p) => p.case as string);
  return cases.length ? { cases: new Set(cases), weight: VERB_WEIGHT } : undefined;
}

function afterPreposition(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i - 1];
  // 'С Натальей Метель работает ...': a preposition opening the sentence is written with a capital.
  return !!t && t.kind === 'word' && (!t.cap || t.sentStart) && ctx.morph.parse(t.text.toLowerCase()).some((p) => p.known && p.pos === 'PREP');
}

/** A lower-case noun or adjective at k that can be an accusative (and is no preposition). */
function accusativeAt(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word' || t.cap) return false;
  const parses = ctx.morph.parse(t.text).filter((p) => p.known);
  return !parses.some((p) => p.pos === 'PREP') && parses.some((p) => (p.pos === 'NOUN' || p.pos === 'ADJF') && p.case === 'accs');
}

function transitiveVerb(ctx: Context, k: number): boolean {
  const parses = lowerWordParses(ctx, k);
  return parses.length > 0 && parses.every((p) => p.pos === 'VERB' && p.grammemes.has('tran') && !INVERTING.has(p.lemma));
}

function invertingVerb(ctx: Context, k: number): boolean {
  const parses = lowerWordParses(ctx, k);
  return parses.length > 0 && parses.every((p) => p.pos === 'VERB' && INVERTING.has(p.lemma));
}

/** Known readings of the lower-case word at k, one space before the next token (the name). */
function lowerWordParses(ctx: Context, k: number): Parse[] {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word' || t.cap || ctx.text.slice(t.end, ctx.tokens[k + 1].start) !== ' ') return [];
  return ctx.morph.parse(t.text).filter((p) => p.known && p.score > 0.1);
}

/** Verbs of saying, reporting and leading, whose subject news often writes after them ('заявил министр ...', 'возглавит ...'). */
const INVERTING = new Set([
  'сказать', 'заявить', 'сообщить', 'отметить', 'рассказать', 'пояснить', 'добавить', 'подчеркнуть', 'признать', 'заметить',
  'уточнить', 'напомнить', 'считать', 'говорить', 'сообщать', 'заявлять', 'отмечать', 'рассказывать', 'объяснить',
  'подтвердить', 'указать', 'предупредить', 'пообещать', 'возглавить', 'возглавлять',
  // 'дирижировать будет Олеся Парфирьева': the auxiliary of a future, its subject after it.
  'быть',
]);

const ACCUSATIVE = new Set(['accs']);

/** A verb after the name in the feminine past ('Щеглева отметила') says the person is a woman. */
function verbGender(ctx: Context, k: number): Pick<CaseHint, 'gender'> {
  return pastVerbGender(ctx, k) ? { gender: 'f' } : {};
}

/** Forms of 'который' that are never a subject: the name after the clause's verb is. */
const OBLIQUE_RELATIVES = new Set(['которым', 'которой', 'которую', 'которых', 'которого', 'которому', 'которыми']);

/**
 * A verb in the feminine past right before the name, whose first word ends in -а/-я and is a woman's given name
 * in the nominative or no given name the dictionary knows ('победила Сахая Софронеева'; not 'поддержала Ивана').
 */
function feminineSubjectAfterVerb(ctx: Context, i: number): boolean {
  const word = ctx.tokens[i]?.text ?? '';
  if (!pastVerbGender(ctx, i - 1) || !/\p{Ll}[ая]$/u.test(word)) return false;
  const names = ctx.morph.parse(word).filter((p) => p.known && p.proper === 'Name');
  return names.length === 0 || names.some((p) => p.case === 'nomn' && p.gender === 'femn');
}

/** The verb at k is known only in the masculine singular past ('уточнил', 'сказал'): its subject is a man. */
function masculineVerb(ctx: Context, k: number): Pick<CaseHint, 'gender'> {
  const parses = lowerWordParses(ctx, k);
  return parses.length > 0 && parses.every((p) => p.grammemes.has('past') && p.gender === 'masc' && p.number === 'sing') ? { gender: 'm' } : {};
}

/** The word at k is a known verb only in the feminine singular past ('отметила', 'сказала'). */
function pastVerbGender(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word' || t.cap) return false;
  const parses = ctx.morph.parse(t.text).filter((p) => p.known && p.score > 0.1);
  return parses.length > 0 && parses.every((p) => p.pos === 'VERB' && p.grammemes.has('past') && p.gender === 'femn' && p.number === 'sing');
}

/** The name at tokens [i, j) fills its line. */
/** 'Текст: Дина Бикташева / 19.01.2027': a byline's label at the start of its line names the author in the nominative. */
function afterBylineLabel(ctx: Context, i: number): boolean {
  const [label, colon] = [ctx.tokens[i - 2], ctx.tokens[i - 1]];
  return !!label && colon?.text === ':' && (i === 2 || label.newline) && BYLINE_LABELS.has(label.text.toLowerCase());
}

const BYLINE_LABELS = new Set(['автор', 'авторы', 'текст', 'фото', 'редактор', 'корреспондент']);

function aloneOnLine(ctx: Context, i: number, j: number): boolean {
  return (i === 0 || ctx.tokens[i].newline) && (j >= ctx.tokens.length || ctx.tokens[j].newline);
}

/** Nouns before a name that take it as a genitive complement, not in apposition ('жена Ивана', 'сын Петра'). */
const RELATIONAL = new Set([
  'жена', 'муж', 'сын', 'дочь', 'брат', 'сестра', 'отец', 'мать', 'внук', 'внучка', 'вдова', 'вдовец',
  'племянник', 'племянница', 'дед', 'бабушка', 'супруга', 'супруг', 'невеста', 'жених', 'наследник',
  'наследница', 'родственник', 'родственница', 'поклонник', 'поклонница', 'ученик', 'ученица', 'учитель',
  'сторонник', 'сторонница', 'соперник', 'соперница', 'тезка', 'тёзка', 'друг', 'подруга', 'адвокат',
]);

/**
 * 'бразильца Жоао Педру да Силвы', 'испанку Лусию', 'актрисе Марике ван Остен': a lower-case singular
 * animate noun right before a name stands in apposition, so the name shares its case (and a feminine
 * noun its gender).
 */
function appositionHint(ctx: Context, i: number): CaseHint | undefined {
  const k = appositionNounAt(ctx, i);
  const t = ctx.tokens[k];
  // 'Зоотехник Байрта ...': a common noun opening the sentence is written with a capital.
  if (!t || t.kind !== 'word' || (t.cap && !t.sentStart) || ctx.text.slice(t.end, ctx.tokens[k + 1].start) !== ' ') return undefined;
  const parses = ctx.morph.parse(t.text.toLowerCase());
  // 'замминистра Лусия ...': a deputy's title does not decline, whatever its last letters.
  if (isFunctionWord(parses) || deputyOf(ctx, t.text)) return undefined;
  const nouns = parses.filter((p) => p.known && p.pos === 'NOUN' && p.grammemes.has('anim') && p.number === 'sing' && !p.proper && !RELATIONAL.has(p.lemma));
  if (!nouns.length || nouns.length < parses.filter((p) => p.known && p.score > 0.1).length / 2) return undefined;
  const hint = agreementHint(nouns);
  // 'гляциолог Барака Кимаро': a noun only a nominative shows the case as firmly as a title ('Барака' is no genitive of Барак).
  if (hint?.cases.size === 1 && hint.cases.has('nomn')) return { ...hint, weight: TITLE_WEIGHT };
  // Across a place the name may belong to another noun of the phrase ('учительница языка из Джари Валентина ...'):
  // only a nominative reaches it.
  return k === i - 1 ? hint : undefined;
}

/**
 * The token of the noun a name at i may stand in apposition to: right before it, or before where it comes from
 * ('архитектор из Казани Тамта Чкадуа').
 */
function appositionNounAt(ctx: Context, i: number): number {
  const place = ctx.tokens[i - 1];
  const placeOwned = !!place && ctx.owner[i - 1]?.type === 'LOC' && ctx.owner[i - 1] !== ctx.owner[i - 2];
  if (!place?.cap || !placeOwned) return i - 1;
  // 'учительница из города Мехар Рухсана ...', 'депутат от провинции Коси Сушма ...': a place noun before the place.
  const cue = ctx.tokens[i - 2];
  const noun = cue && cue.kind === 'word' && !cue.cap && hasLemma(ctx, i - 2, PLACE_CUES) ? i - 3 : i - 2;
  const from = ctx.tokens[noun];
  return (from?.text === 'из' || (noun === i - 3 && from?.text === 'от')) && from.end < ctx.tokens[noun + 1].start ? noun - 1 : i - 1;
}

/**
 * 'Девочку, Амину Зиганшину, прооперировали': a name set off by commas after an animate noun shares its case
 * (and a feminine noun's gender).
 */
function commaAppositionHint(ctx: Context, i: number, j: number): CaseHint | undefined {
  if (ctx.tokens[i - 1]?.text !== ',' || ctx.tokens[j]?.text !== ',') return undefined;
  const t = ctx.tokens[i - 2];
  if (!t || t.kind !== 'word' || (t.cap && !t.sentStart)) return undefined;
  const parses = ctx.morph.parse(t.text.toLowerCase()).filter((p) => p.known && p.score > 0.1);
  const nouns = parses.filter((p) => p.pos === 'NOUN' && p.grammemes.has('anim') && p.number === 'sing' && !p.proper);
  if (!nouns.length || nouns.length < parses.length / 2) return undefined;
  return agreementHint(nouns);
}

/**
 * 'девятилетняя Сагаана Кекеева', 'знаменитого Федора Шаляпина': a lower-case adjective in the singular right
 * before a name agrees with it in case (and a feminine one in gender).
 */
function adjectiveHint(ctx: Context, i: number): CaseHint | undefined {
  const t = ctx.tokens[i - 1];
  if (!t || t.kind !== 'word' || t.cap || ctx.text.slice(t.end, ctx.tokens[i].start) !== ' ') return undefined;
  // A guess counts ('девятилетняя', '25-летняя' are in no dictionary) where its best reading is an adjective.
  const parses = ctx.morph.parse(t.text).filter((p) => p.score > 0.1);
  const adjectives = parses.filter((p) => p.pos === 'ADJF' && p.number === 'sing' && p.gender !== 'neut');
  if (parses[0]?.pos !== 'ADJF' || !adjectives.length || adjectives.length < parses.length / 2) return undefined;
  return agreementHint(adjectives);
}

/**
 * 'Альфия Хабибуллина, участвовавшая ...', 'память Валентина Скуратова, скончавшегося ...': a singular
 * participle after a comma agrees with the name before it in case and gender.
 */
function participleHint(ctx: Context, j: number): CaseHint | undefined {
  const t = ctx.tokens[j + 1];
  if (ctx.tokens[j]?.text !== ',' || !t || t.kind !== 'word' || t.cap) return undefined;
  const parts = ctx.morph.parse(t.text).filter((p) => p.known && p.pos === 'PRTF' && p.number === 'sing' && p.gender !== 'neut');
  if (!parts.length) return undefined;
  return agreementHint(parts);
}

/** The hint of words agreeing with a name: their cases, and a woman where every reading is feminine (no common gender). */
function agreementHint(readings: readonly Parse[]): CaseHint | undefined {
  // A person is animate: 'набравший' is no accusative of one (that is 'набравшего').
  const animate = readings.filter((p) => !(p.case === 'accs' && p.grammemes.has('inan')));
  const cases = new Set(animate.map((p) => p.case).filter((c): c is string => !!c));
  // 'торговый атташе Жанаина ...': a word that does not decline tells no case; the verb after the name may.
  if (!cases.size || cases.size >= INDECLINABLE_CASES) return undefined;
  const femn = animate.every((p) => p.gender === 'femn' && !p.grammemes.has('Ms-f'));
  return { cases, weight: APPOSITION_WEIGHT, ...(femn ? { gender: 'f' as const } : {}) };
}

/** A relative's noun right before the title at k ('внучка | композитора'), its readings in the singular; or none. */
function kinBefore(ctx: Context, k: number): Parse[] {
  const t = ctx.tokens[k - 1];
  if (!t || t.kind !== 'word' || t.cap || !/^\s+$/.test(ctx.text.slice(t.end, ctx.tokens[k].start))) return [];
  return ctx.morph.parse(t.text).filter((p) => p.pos === 'NOUN' && p.case && p.number === 'sing' && KIN.has(p.lemma));
}

const KIN = new Set(['внук', 'внучка', 'правнук', 'правнучка', 'сын', 'дочь', 'жена', 'муж', 'вдова', 'вдовец', 'супруга', 'супруг', 'брат', 'сестра', 'отец', 'мать', 'племянник', 'племянница', 'наследник', 'наследница']);

/** A feminine title ('актриса', 'королева') says the person is a woman. */
function titleGender(ctx: Context, k: number): Pick<CaseHint, 'gender'> {
  const title = titleNoun(ctx, k);
  return title.length && title.every((p) => p.gender === 'femn' && !p.grammemes.has('Ms-f')) ? { gender: 'f' } : {};
}
