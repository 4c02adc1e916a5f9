/**
 * What follows an organization's name and belongs to it, found after every pass has claimed its names:
 * the person it is named after ('театр имени Е. Вахтангова', 'институт им. академика Н. Петрова': the
 * person is not a mention of its own), the parent bodies' acronyms ('Институт физики УрО РАН'), the
 * country of a federal body ('УФАС России') and the region of its territorial branch ('Главное
 * управление МЧС России по Тверской области'). Also a place adjective before a body's acronym
 * ('Омского УФАС', 'Омская РЭК').
 */
import type { Token } from '../text/tokenize';
import { isAcronym, phraseNominative } from '../names/nominal';
import { claim, hasLemma, joined, release, wordsOf, wordTexts, type Candidate, type Context } from './context';
import { AREA_HEADS, NON_ENTITY_ACRONYMS } from './data/lexicon';
import { isLatinLegalForm } from './wordShapes';
import { isState } from './countries';
import { orgTail } from './named';
import { isBodyCompound, isInitial } from './runs';
import { classifyWord } from '../morphology/classify';

export function extendOrganizations(ctx: Context): void {
  const orgs = ctx.candidates.filter((c) => c.type === 'ORG').sort((a, b) => a.start - b.start);
  for (const c of orgs) {
    // Released when an earlier name took its words.
    if (ctx.owner[c.first] !== c) continue;
    const i = c.first;
    const j = endOf(ctx, c);
    let end = honoreeEnd(ctx, acronymComplementEnd(ctx, c, quotedNameEnd(ctx, c, j)));
    // 'филиал МГТУ | имени Н. Э. Баумана': the parent's acronym, then its honoree.
    end = honoreeEnd(ctx, acronymChainEnd(ctx, complementBeforeParent(ctx, c, end)));
    end = honoreeSuffixEnd(ctx, i, parentEnd(ctx, c, eponymEnd(ctx, c, namesakeAfterAcronym(ctx, c, end))));
    // 'Институт проблем | Уральского отделения | Российской академии наук': a parent's own parent too.
    for (let withParent = parentBodyEnd(ctx, c, end); withParent > end; withParent = parentBodyEnd(ctx, c, end)) end = acronymChainEnd(ctx, withParent);
    end = institutionPlaceEnd(ctx, c, republicEnd(ctx, countryEnd(ctx, c, end)));
    const start = localBranchStart(ctx, c, missionAdjectiveStart(ctx, c, headStart(ctx, c, ordinalStart(ctx, i, agreeingAdjectiveStart(ctx, c, adjectiveStart(ctx, c, i, j))), end)));
    end = bracketedAcronymEnd(ctx, start, end);
    if (end > j || start < i || branchHead(ctx, c)) end = branchEnd(ctx, end);
    end = missionEnd(ctx, c, start, end);
    if (end === j && start === i) continue;
    merge(ctx, c, start, end);
  }
}

/**
 * 'Национальный исследовательский университет | «МЭИ»', 'Международный научный центр | «Хоомей»': an institution's
 * capitalised name (a head and the words before it) with its own name in quotes right after it is one name; a
 * lower-case 'институт «Микроб»' is the quoted name alone (its head is not part of a name).
 */
function quotedNameEnd(ctx: Context, c: Candidate, j: number): number {
  const open = ctx.tokens[j];
  if (!open || (open.text !== '«' && open.text !== '"') || !joined(ctx, j - 1)) return j;
  if (c.words.length < 2 || !ctx.tokens[c.first].cap || !institutionHeadIn(ctx, c.first, j)) return j;
  // Inside quotes itself, the name is a company's ('ООО «Аналитический центр «Колос»»': the innermost name alone).
  if (QUOTES.has(ctx.tokens[c.first - 1]?.text ?? '')) return j;
  const inner = ctx.owner[j + 1];
  if (!inner || inner.type !== 'ORG' || inner.start !== ctx.tokens[j + 1]?.start) return j;
  let k = j + 1;
  while (k < ctx.tokens.length && ctx.owner[k] === inner) k++;
  const close = ctx.tokens[k];
  return close && (close.text === '»' || close.text === '"') && close.start === inner.end ? k + 1 : j;
}

const QUOTES = new Set(['«', '"', '„', '“']);

/**
 * An institution's head among tokens [from, to) with only lower-case words after it: 'центр' in 'Государственный
 * научный центр вирусологии и биотехнологии' (not 'театр' in 'театре оперы и балета имени Мусы Джалиля').
 */
function institutionHeadIn(ctx: Context, from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) {
    if (hasLemma(ctx, k, INSTITUTION_HEADS)) return true;
    if (ctx.tokens[k].cap) return false;
  }
  return false;
}

const INSTITUTION_HEADS = new Set(['университет', 'институт', 'центр', 'музей', 'театр', 'академия', 'колледж', 'консерватория', 'библиотека', 'галерея', 'лаборатория', 'училище', 'техникум', 'лицей', 'гимназия']);

/**
 * 'Национальным институтом исследований | здравоохранения (NHRI)', 'Управление по делам турок | за рубежом и
 * родственных сообществ (YTB)': the lower-case words between a capitalised body's name and the acronym in brackets
 * that introduces it are the rest of its name (nouns, adjectives, prepositions and 'и' only, six at most).
 */
function bracketedAcronymEnd(ctx: Context, first: number, k: number): number {
  if (k - first < 2 || !ctx.tokens[first].cap || !joined(ctx, k - 1)) return k;
  let p = k;
  while (p - k < 6 && lowerNameWord(ctx, p) && joined(ctx, p)) p++;
  // '... управления сложными системами | РАН (ИПУСС РАН)': the parent's acronym may close the words.
  if (p > k && ctx.tokens[p]?.allCaps && ctx.owner[p]?.type === 'ORG' && joined(ctx, p)) p++;
  if (p === k || ctx.tokens[p]?.text !== '(' || !introducedAcronym(ctx, p + 1)) return k;
  return p;
}

function lowerNameWord(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word' || t.cap || ctx.owner[k]) return false;
  // 'и' the only conjunction ('за рубежом и родственных сообществ'); 'или', 'а', 'но' start another clause.
  if (t.text === 'и') return true;
  const parses = ctx.morph.parse(t.text);
  return parses.some((p) => NAME_PARTS.has(p.pos ?? '')) && !parses.some((p) => p.known && CLAUSE_PARTS.has(p.pos ?? ''));
}

const NAME_PARTS = new Set(['NOUN', 'ADJF', 'PREP']);
const CLAUSE_PARTS = new Set(['VERB', 'INFN', 'PRTS', 'GRND', 'NPRO']);

/** An acronym (one or two all-caps words) alone in brackets from k: '(NHRI)', '(УВКБ ООН)'. */
function introducedAcronym(ctx: Context, k: number): boolean {
  let e = k;
  while (e < k + 2 && ctx.tokens[e]?.allCaps && !NON_ENTITY_ACRONYMS.has(ctx.tokens[e].text)) e++;
  return e > k && ctx.tokens[e]?.text === ')';
}

function endOf(ctx: Context, c: Candidate): number {
  let j = c.first;
  while (j < ctx.tokens.length && ctx.owner[j] === c) j++;
  return j;
}

function isSurnameGenitive(ctx: Context, k: number): boolean {
  return ctx.morph.parse(ctx.tokens[k].text).some((x) => x.case === 'gent' && (x.proper === 'Surn' || !x.known));
}

/** Token index after 'имени [академика] [И. О.] Фамилии' / 'им. ...' at k, or k. */
/** How many capitalised words run from k, each joined to the next. */
function capitalisedRun(ctx: Context, k: number): number {
  let e = k;
  while (ctx.tokens[e]?.kind === 'word' && ctx.tokens[e].cap && (e === k || joined(ctx, e - 1))) e++;
  return e - k;
}

export function honoreeEnd(ctx: Context, k: number): number {
  const { tokens } = ctx;
  let p = k;
  // 'Институт физики | металлов имени ...': the rest of a lower-case complement the name stopped before.
  while (p < k + 6 && tokens[p] && tokens[p].kind === 'word' && !tokens[p].cap && !ctx.taken[p] && tokens[p].text !== 'имени' && tokens[p].text !== 'им' && joined(ctx, p - 1) && (tokens[p].text === 'и' || inGenitive(ctx, p))) p++;
  // 'училища (филиала) имени Ф. А. Модорова': the branch's word in brackets before its honoree.
  if (tokens[p]?.text === '(' && hasLemma(ctx, p + 1, BRANCH_WORDS) && tokens[p + 2]?.text === ')' && tokens[p + 3]?.text === 'имени') p += 3;
  if (tokens[p]?.text === 'имени' && joined(ctx, p - 1)) p++;
  else if (tokens[p]?.text === 'им' && tokens[p + 1]?.text === '.' && joined(ctx, p - 1)) p += 2;
  else return k;
  p = honoreeNameStart(ctx, p);
  let names = 0;
  let initials = 0;
  for (;;) {
    const t = tokens[p];
    // 'имени Абу Али ибн Сины': 'son of' between an Arabic honoree's names.
    if (t && names > 0 && SON_OF.has(t.text) && tokens[p + 1]?.cap && joined(ctx, p - 1) && joined(ctx, p)) {
      p++;
      continue;
    }
    if (!t || t.kind !== 'word' || !t.cap || t.allCaps && t.text.length > 1) break;
    if (t.text.length === 1 && tokens[p + 1]?.text === '.') {
      p += 2;
      initials++;
      continue;
    }
    if (names >= 3 || (ctx.owner[p] && ctx.owner[p]!.type === 'ORG')) break;
    // The honoree is in the genitive: 'имени Е. Петрова Сергей Иванов' ends before the nominative. After initials the
    // word is the surname whatever else the dictionary reads it as ('имени Г. П. Сомова': 'сомовый' only).
    if (initials === 0 && ctx.morph.parse(t.text).some((x) => x.known) && !ctx.morph.parse(t.text).some((x) => x.case === 'gent' || x.grammemes.has('Fixd'))) break;
    names++;
    p++;
    // 'имени А. Н. Сызганова Мирас Шалабаев': initials stand before the surname, which ends the honoree.
    if (!joined(ctx, p - 1) || (initials > 0 && tokens[p]?.text !== 'и')) break;
    // 'имени Станиславского и Немировича-Данченко': two honorees.
    if (tokens[p]?.text === 'и' && names === 1 && tokens[p + 1]?.cap && joined(ctx, p) && !ctx.owner[p + 1] && isSurnameGenitive(ctx, p + 1)) p++;
    // 'имени Ленсовета Ярослава ...': only a given name ('имени Башира Рамеева') has a word after it.
    // 'имени Фирдоуси Парванех Хадави': an unknown honoree before exactly two words more is one word, a person follows.
    else if (!givenNameGenitive(ctx, p - 1) && !(names === 1 && unknownBeforeSurname(ctx, p - 1) && capitalisedRun(ctx, p) !== 2)) break;
  }
  return names > 0 ? p : k;
}

const SON_OF = new Set(['ибн', 'бин', 'бен']);
const BRANCH_WORDS = new Set(['филиал']);

/**
 * 'Государственного музея Л. Н. Толстого', 'Театра А. П. Чехова': a museum, theatre or
 * library named after a person written with initials in the genitive, without 'имени' (the person is no mention
 * of its own). A name in quotes after it stays apart ('музей-заповедник А. П. Чехова | «Мелихово»').
 */
function eponymEnd(ctx: Context, c: Candidate, k: number): number {
  const person = ctx.owner[k];
  const t = ctx.tokens[k];
  if (!t || !person || person.type !== 'PER' || person.start !== t.start || !joined(ctx, k - 1) || !isInitial(ctx, k) || ctx.tokens[k + 1]?.text !== '.') return k;
  if (!c.words.some((w) => EPONYM_HEADS.has(w.lemma.toLowerCase()))) return k;
  const end = endOf(ctx, person);
  if (!ctx.morph.parse(ctx.tokens[end - 1].text).some((p) => p.case === 'gent')) return k;
  return end;
}

/**
 * 'НИИ Склифосовского', 'НИИ Бурденко': a research institute's acronym alone, then the surname it is named after in the
 * genitive (a form no nominative shares), is one body; the namesake is no mention of its own.
 */
function namesakeAfterAcronym(ctx: Context, c: Candidate, k: number): number {
  const t = ctx.tokens[k];
  if (k !== c.first + 1 || !RESEARCH_ACRONYMS.has(ctx.tokens[c.first].text) || !t?.cap || t.allCaps || !joined(ctx, k - 1)) return k;
  const owner = ctx.owner[k];
  if (owner && (owner.type !== 'PER' || owner.first !== k || endOf(ctx, owner) !== k + 1)) return k;
  const parses = ctx.morph.parse(t.text);
  const genitive = parses.some((p) => p.case === 'gent' && p.proper === 'Surn') || /(?:ского|цкого)$/u.test(t.text);
  return genitive && !parses.some((p) => p.case === 'nomn') ? k + 1 : k;
}

const RESEARCH_ACRONYMS = new Set(['НИИ', 'НИЦ', 'ЦНИИ', 'ВНИИ', 'НМИЦ']);

const EPONYM_HEADS = new Set(['музей', 'музей-усадьба', 'дом-музей', 'музей-заповедник', 'театр', 'библиотека', 'филармония', 'консерватория']);

function givenNameGenitive(ctx: Context, k: number): boolean {
  return ctx.morph.parse(ctx.tokens[k].text).some((x) => x.proper === 'Name' && x.known && x.case === 'gent');
}

/** 'имени Галиасгара Камала': a given name the dictionary does not know, before a name in the genitive (the surname). */
function unknownBeforeSurname(ctx: Context, k: number): boolean {
  const next = ctx.tokens[k + 1];
  if (!next?.cap || next.allCaps || ctx.owner[k + 1]?.type === 'ORG' || !joined(ctx, k)) return false;
  return !ctx.morph.parse(ctx.tokens[k].text).some((x) => x.known) && ctx.morph.parse(next.text).some((x) => x.case === 'gent' && (!x.known || x.proper === 'Surn' || x.proper === 'Name'));
}

function inGenitive(ctx: Context, p: number): boolean {
  return ctx.morph.parse(ctx.tokens[p].text).some((x) => (x.pos === 'NOUN' || x.pos === 'ADJF') && x.case === 'gent' && x.known);
}

/**
 * 'имени академика', 'имени Королевы Софии', 'имени первого Президента России Б. Н. Ельцина': the title before
 * the honoree's name (either case, an ordinal before it, a head of state's country after it); its end, or p.
 */
/** After 'имени' / 'им.' at p, where the honoree's name starts: past a title ('академика', 'ак.'), if any. */
function honoreeNameStart(ctx: Context, p: number): number {
  // 'им. ак. Е. Н. Мешалкина': the title abbreviated.
  if (ctx.tokens[p] && HONOREE_TITLE_ABBREVIATIONS.has(ctx.tokens[p].text) && ctx.tokens[p + 1]?.text === '.') return p + 2;
  return honoreeTitleEnd(ctx, p);
}

/**
 * 'университете имени М. В. Ломоносова', 'МНТК «Микрохирургия глаза» имени академика С. Н. Федорова': the person an
 * institution is named after is no person mention, though the institution's name was not read in full.
 */
export function releaseHonorees(ctx: Context): void {
  for (const c of [...ctx.candidates]) {
    if (c.type !== 'PER') continue;
    // 'имени' or 'им.' at most three tokens back (a title between), its name starting where the person does.
    const named = [1, 2, 3].some((back) => {
      const k = c.first - back;
      const start = ctx.tokens[k]?.text === 'имени' ? k + 1 : ctx.tokens[k]?.text === '.' && ctx.tokens[k - 1]?.text === 'им' ? k + 1 : -1;
      return start >= 0 && honoreeNameStart(ctx, start) === c.first;
    });
    if (named) release(ctx, c);
  }
}

function honoreeTitleEnd(ctx: Context, p: number): number {
  const { tokens } = ctx;
  const at = (k: number) => (tokens[k]?.kind === 'word' && joined(ctx, k - 1) ? tokens[k].text.toLowerCase() : '');
  const title = HONOREE_ORDINALS.has(at(p)) && !tokens[p].cap ? p + 1 : p;
  if (!HONOREE_TITLES.has(at(title)) && !HEAD_OF_STATE_TITLES.has(at(title))) return p;
  const country = tokens[title + 1];
  const ofCountry = HEAD_OF_STATE_TITLES.has(at(title)) && country?.cap && joined(ctx, title) && ctx.owner[title + 1]?.type === 'LOC' && isState(ctx.owner[title + 1]!.name) && tokens[title + 2]?.cap && joined(ctx, title + 1);
  return ofCountry ? title + 2 : title + 1;
}

const HONOREE_TITLE_ABBREVIATIONS = new Set(['ак', 'акад', 'проф', 'св']);
const HONOREE_TITLES = new Set(['академика', 'профессора', 'адмирала', 'генерала', 'маршала', 'святого', 'святой', 'святых', 'патриарха', 'космонавта', 'святителя', 'преподобного', 'композитора', 'поэта', 'писателя']);
const HEAD_OF_STATE_TITLES = new Set(['президента', 'короля', 'королевы', 'принца', 'принцессы', 'императора', 'императрицы', 'царя', 'царицы', 'шейха', 'султана', 'эмира']);
const HONOREE_ORDINALS = new Set(['первого', 'второго', 'третьего']);

/**
 * 'НИИ гриппа', 'НИИ скорой помощи', 'ЦНИИ робототехники и технической кибернетики': the acronym of a kind of
 * body (its last letter a head noun) takes a lower-case genitive complement like the head itself.
 */
function acronymComplementEnd(ctx: Context, c: Candidate, j: number): number {
  if (j !== c.first + 1 || !BODY_KIND_ACRONYMS.has(ctx.tokens[c.first].text)) return j;
  return orgTail(ctx, j);
}

/** Acronyms naming a kind of body, not one body: научно-исследовательский институт, конструкторское бюро. */
const BODY_KIND_ACRONYMS = new Set(['НИИ', 'ЦНИИ', 'ВНИИ', 'НИЦ', 'НИИЦ', 'ГНЦ', 'ФНЦ', 'НМИЦ', 'ОКБ', 'СКБ', 'НПЦ', 'ЦКБ', 'КБ']);

/** 'институт гриппа имени А. А. Смородинцева | Минздрава России': after the honoree, the ministry or body the name belongs to. */
function honoreeSuffixEnd(ctx: Context, i: number, k: number): number {
  if (!ctx.tokens.slice(i, k).some((t) => t.text === 'имени' || t.text === 'им')) return k;
  const owner = ctx.owner[k];
  const t = ctx.tokens[k];
  if (!t || !owner || owner.type !== 'ORG' || owner.start !== t.start || !joined(ctx, k - 1)) return k;
  const genitive = ctx.morph.parse(t.text).some((p) => p.case === 'gent');
  return (isBodyCompound(t.text) && genitive) || (t.allCaps && isBodyAcronym(ctx, k)) ? endOf(ctx, owner) : k;
}

/**
 * 'Управление | ФНС России по Челябинской области', 'Отделение | СФР': a capitalised head of a branch right
 * before the body it belongs to starts the name.
 */
function headStart(ctx: Context, c: Candidate, start: number, end: number): number {
  const h = start - 1;
  const t = ctx.tokens[h];
  if (start !== c.first || !t || t.allCaps || ctx.taken[h] || !ctx.tokens[start].allCaps || !joined(ctx, h)) return start;
  if (!ctx.morph.parse(t.text).some((p) => p.pos === 'NOUN' && p.number === 'sing' && PARENT_HEADS.has(p.lemma))) return start;
  if (t.cap) return h;
  // 'следственное управление | СК России по Кировской области': a territorial branch named in full, its kind in lower case.
  const a = h - 1;
  const kind = a >= 0 && !ctx.taken[a] && !ctx.tokens[a].cap && joined(ctx, a) && ctx.morph.parse(ctx.tokens[a].text).some((p) => p.pos === 'ADJF' && BRANCH_KINDS.has(p.lemma));
  return kind && ctx.tokens[end]?.text === 'по' ? a : start;
}

/** Kinds of territorial branches written before the head ('следственное управление', 'пограничное управление'). */
const BRANCH_KINDS = new Set(['следственный', 'главный', 'пограничный', 'территориальный']);

/**
 * 'Центральный НИИ эпидемиологии | Роспотребнадзора', 'Институт истории, языка и литературы | Уфимского федерального
 * исследовательского центра РАН': a research body's name takes the body it belongs to, named right after it in
 * the genitive (a federal agency, or a centre, academy or university).
 */
function parentBodyEnd(ctx: Context, c: Candidate, k: number): number {
  const owner = ctx.owner[k];
  const t = ctx.tokens[k];
  if (!t || !owner || owner === c || owner.type !== 'ORG' || owner.start !== t.start || !joined(ctx, k - 1)) return k;
  const head = ctx.tokens[c.first];
  const research = BODY_KIND_ACRONYMS.has(head.text) || c.words.some((w) => RESEARCH_HEADS.has(w.lemma.toLowerCase()));
  // 'Сибирский научный центр агробиотехнологий | Российской академии наук': a centre of an academy or its branch.
  const centre = c.words.some((w) => w.lemma.toLowerCase() === 'центр');
  if (!head.cap || !(research || centre)) return k;
  const end = endOf(ctx, owner);
  const genitive = (x: Token) => ctx.morph.parse(x.text).some((p) => p.case === 'gent');
  if (!genitive(t)) return k;
  // 'Росгидромета', 'Минобороны России': a ministry or agency by its compound name, with its country or not.
  if (research && isBodyCompound(t.text)) return end;
  if (end === k + 1) return k;
  const parents = research ? PARENT_BODIES : ACADEMIES;
  return ctx.tokens.slice(k, end).some((x, n) => hasLemma(ctx, k + n, parents) && genitive(x)) ? end : k;
}

const ACADEMIES = new Set(['академия', 'отделение']);

/**
 * 'Института проблем малочисленных народов Севера | СО РАН', 'Института биологии Коми | научного центра УрО РАН':
 * the rest of a research body's genitive complement (lower-case words, or an unclaimed capitalised noun), when the
 * parent body's acronym closes it; else k.
 */
function complementBeforeParent(ctx: Context, c: Candidate, k: number): number {
  if (!c.words.some((w) => RESEARCH_HEADS.has(w.lemma.toLowerCase()) || PARENT_BODIES.has(w.lemma.toLowerCase()))) return k;
  let p = k;
  while (p < k + 5 && !ctx.owner[p] && joined(ctx, p - 1) && complementWord(ctx, p)) p++;
  return p > k && ctx.tokens[p - 1].text !== 'и' && isBodyAcronym(ctx, p) && joined(ctx, p - 1) ? p : k;
}

function complementWord(ctx: Context, p: number): boolean {
  const t = ctx.tokens[p];
  if (t.kind !== 'word' || t.allCaps) return false;
  if (!t.cap) return t.text === 'и' || inGenitive(ctx, p);
  return ctx.morph.parse(t.text).some((x) => x.pos === 'NOUN' && x.case === 'gent' && x.known && !x.proper);
}

const RESEARCH_HEADS = new Set(['институт', 'лаборатория', 'отдел', 'обсерватория', 'станция', 'кафедра', 'нии', 'цнии']);
const PARENT_BODIES = new Set(['центр', 'академия', 'университет', 'отделение']);

/** Acronyms of bodies written after a name: 'УрО РАН', 'НИУ ВШЭ', 'МГУ'. */
function acronymChainEnd(ctx: Context, k: number): number {
  let p = k;
  while (p < ctx.tokens.length && joined(ctx, p - 1) && isBodyAcronym(ctx, p)) p = ctx.owner[p] ? endOf(ctx, ctx.owner[p]!) : p + 1;
  return p;
}

function isBodyAcronym(ctx: Context, p: number): boolean {
  const t = ctx.tokens[p];
  if (!t || t.kind !== 'word' || !/^\p{Lu}\p{L}*$/u.test(t.text) || NON_ENTITY_ACRONYMS.has(t.text) || isLatinLegalForm(t)) return false;
  if (!isAcronym(t.text) && !/^\p{Lu}{1,3}\p{Ll}{0,2}\p{Lu}{1,3}$/u.test(t.text)) return false;
  const owner = ctx.owner[p];
  if (!owner || (owner.type === 'ORG' && owner.start === t.start && owner.end === t.end)) return true;
  // 'КазНЦ РАН': a chain of acronyms claimed as one organization.
  return owner.type === 'ORG' && owner.start === t.start && ctx.tokens.slice(p, endOf(ctx, owner)).every((x) => x.allCaps || /^\p{Lu}{1,3}\p{Ll}{0,2}\p{Lu}{1,3}$/u.test(x.text));
}

/**
 * 'Главного управления | МЧС России', 'управление | Росприроднадзора': a name ending in an organization's
 * head noun takes the body it belongs to, named right after it.
 */
function parentEnd(ctx: Context, c: Candidate, k: number): number {
  const last = c.words[c.words.length - 1];
  const owner = ctx.owner[k];
  if (!last || !owner || owner === c || owner.type !== 'ORG' || owner.start !== ctx.tokens[k]?.start || !joined(ctx, k - 1)) return k;
  const lastToken = k - 1;
  // The head is the name's last word, or the acronym of one taken after it ('управление ГУ | МВД России'), or
  // its first word when a ministry follows ('Комитет гражданской авиации | Министерства транспорта ...').
  const headLast = ctx.tokens[lastToken].end === last.end && hasLemma(ctx, lastToken, PARENT_HEADS);
  if (!headLast && !PARENT_HEAD_ACRONYMS.has(ctx.tokens[lastToken].text) && !(hasLemma(ctx, c.first, PARENT_HEADS) && ministryInGenitive(ctx, k)) && !remitBeforeParent(ctx, c, k)) return k;
  let e = k;
  while (e < ctx.tokens.length && ctx.owner[e] === owner) e++;
  return acronymChainEnd(ctx, e);
}

/**
 * 'Государственная инспекция по маломерным судам | МЧС России': a name whose head (after its adjectives) is a
 * subdivision's noun and whose remit follows it, then the acronym of the body it belongs to.
 */
function remitBeforeParent(ctx: Context, c: Candidate, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t.allCaps || NON_ENTITY_ACRONYMS.has(t.text)) return false;
  let h = c.first;
  while (h < k && ctx.morph.parse(ctx.tokens[h].text).some((p) => p.pos === 'ADJF') && !hasLemma(ctx, h, PARENT_HEADS)) h++;
  return h < k - 2 && hasLemma(ctx, h, PARENT_HEADS) && ctx.tokens[h + 1].text === 'по';
}

function ministryInGenitive(ctx: Context, k: number): boolean {
  return ctx.morph.parse(ctx.tokens[k].text).some((p) => p.lemma === 'министерство' && p.case === 'gent');
}

const PARENT_HEADS = new Set(['управление', 'отделение', 'отдел', 'департамент', 'филиал', 'инспекция', 'институт', 'центр', 'лаборатория', 'комитет', 'служба', 'отряд']);
/** Acronyms of such heads: 'ГУ МВД России' (главное управление), 'ГСУ СК'. */
const PARENT_HEAD_ACRONYMS = new Set(['ГУ', 'ГСУ', 'СУ', 'УМВД', 'УФСБ']);
/** Heads of territorial bodies: 'Управление Росреестра по Тверской области'. */
const BRANCH_HEADS = new Set(['управление', 'главное', 'территориальный', 'отделение', 'отдел', 'департамент', 'инспекция', 'прокуратура', 'следственное', 'центр', 'комиссия', 'комитет', 'служба']);
/** Acronyms of territorial bodies, 'У' for управление: 'УФАС по Красноярскому краю', 'ГУ МВД по ...'. */
const BRANCH_ACRONYMS = /^(?:Г?У(?:ФАС|ФСБ|МВД|ФНС|ФССП|ФСИН|ФМС|ГИБДД|ФК|СК)|ГУ|ГСУ|СУ|УФ\p{Lu}+)$/u;

function branchHead(ctx: Context, c: Candidate): boolean {
  // 'Государственная инспекция труда в ...': the head may follow its adjectives.
  return c.words.slice(0, 3).some((w) => BRANCH_HEADS.has(w.lemma.toLowerCase())) || BRANCH_ACRONYMS.test(ctx.tokens[c.first].text);
}

/**
 * 'ФАС России', 'СК РФ': the country after a body's acronym; 'Минстроя России', 'Институт Пастера Ирана',
 * 'Пограничная служба ГКНБ Кыргызской Республики': a state in the genitive after a body the gazetteer does not
 * know (a known one took its country when it was found; 'помощь ООН Сирии' is a dative), unless it is an
 * acronym alone.
 */
function countryEnd(ctx: Context, c: Candidate, k: number): number {
  const prev = ctx.tokens[k - 1];
  if (!prev || prev.kind !== 'word' || !joined(ctx, k - 1)) return k;
  const owner = ctx.owner[k];
  if (!owner || owner.type !== 'LOC' || owner.start !== ctx.tokens[k].start) return k;
  if (prev.allCaps && owner.words.length === 1 && COUNTRY_FORMS.has(ctx.text.slice(owner.start, owner.end))) return k + 1;
  // 'ТФОМС | Удмуртской Республики', 'УФСИН | Тверской области': a region in the genitive after a body's acronym.
  const end = endOf(ctx, owner);
  // 'ТФОМС | Республики Башкортостан': the region word shows the genitive, the name after it stands in apposition.
  if (c.words.length === 1 && prev.allCaps && isRegion(ctx, k, end) && ctx.tokens.slice(k, end).some((t) => ctx.morph.parse(t.text).some((p) => p.case === 'gent'))) return end;
  // 'ВВС Бразилии', 'ВМС Индонезии': a state's armed forces or one of their branches is the state's.
  if (c.words.length === 1 && MILITARY_ACRONYMS.has(prev.text) && isState(owner.name)) return end;
  // 'министр по делам ВАС Уганды': after a lone acronym other than Russia's bodies' the state may be the title's.
  if ((c.words.length === 1 && prev.allCaps) || ctx.gazetteer.canonical(c.name) || !isState(owner.name)) return k;
  return ctx.tokens.slice(k, end).some((t) => ctx.morph.parse(t.text).some((p) => p.case === 'gent' || p.grammemes.has('Fixd'))) || ctx.tokens[k].allCaps ? end : k;
}

const COUNTRY_FORMS = new Set(['России', 'РФ', 'Российской Федерации']);

/** Armed forces and their branches: 'ВС', 'ВВС', 'ВМС', 'ВМФ', 'ВКС', 'ВДВ', 'СВ' (сухопутные войска). */
const MILITARY_ACRONYMS = new Set(['ВС', 'ВВС', 'ВМС', 'ВМФ', 'ВКС', 'ВДВ', 'СВ']);

/**
 * 'Министерство здравоохранения | Республики Сербия': a state's official name after a body, the word 'Республики' in the
 * genitive and the state's name in apposition.
 */
function republicEnd(ctx: Context, k: number): number {
  if (ctx.tokens[k]?.text !== 'Республики' || !joined(ctx, k - 1) || !joined(ctx, k)) return k;
  const owner = ctx.owner[k + 1];
  if (!owner || owner.type !== 'LOC' || owner.start !== ctx.tokens[k + 1].start || !isState(owner.name)) return k;
  return endOf(ctx, owner);
}

/**
 * 'Национального университета | Чеджу', 'университета | Чоннам': an institution's head and one foreign word the dictionary
 * does not know, the place it is in (not the surname of a person the article names, not the first word of a longer run).
 */
function institutionPlaceEnd(ctx: Context, c: Candidate, k: number): number {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word' || !t.cap || t.allCaps || t.latin || !joined(ctx, k - 1) || !hasLemma(ctx, k - 1, INSTITUTION_HEADS)) return k;
  const next = ctx.tokens[k + 1];
  if (next?.kind === 'word' && next.cap && joined(ctx, k)) return k;
  const owner = ctx.owner[k];
  if ((owner && (owner.type === 'ORG' || owner.first !== k || owner.words.length > 1)) || classifyWord(ctx.morph, t.text).known) return k;
  return namedSurname(ctx, t.text) ? k : k + 1;
}

/** A word the article writes as the last word of a person's full name (its first four letters). */
function namedSurname(ctx: Context, word: string): boolean {
  const stem = word.slice(0, 4).toLowerCase();
  return ctx.candidates.some((p) => p.type === 'PER' && p.words.length >= 2 && ctx.text.slice(p.words[p.words.length - 1].start, p.words[p.words.length - 1].end).slice(0, 4).toLowerCase() === stem);
}

/**
 * 'по Свердловской области', 'по г. Москве', 'по Алтайскому краю и Республике Алтай', 'в Краснодарском крае':
 * a territorial branch's region, a place in the dative after 'по' (a region in the locative after 'в').
 */
function branchEnd(ctx: Context, k: number): number {
  const t = ctx.tokens[k];
  if (!t || (t.text !== 'по' && t.text !== 'в') || !joined(ctx, k - 1) || !joined(ctx, k)) return k;
  const c = t.text === 'по' ? 'datv' : 'loct';
  const end = placeIn(ctx, townWord(ctx, k + 1, c), c);
  if (end === k + 1 || (c === 'loct' && !isRegion(ctx, k + 1, end))) return k;
  return regionListEnd(ctx, end, c);
}

/**
 * 'по Тюменской области | и Республике Алтай', 'по Тюменской области, Ямало-Ненецкому и Ханты-Мансийскому
 * автономным округам': more regions in the same case, listed with commas and a last 'и' (an adjective alone
 * shares the last region's head).
 */
function regionListEnd(ctx: Context, end: number, c: string): number {
  let e = end;
  for (let n = 0; n < 6; n++) {
    const sep = ctx.tokens[e]?.text;
    const listed = sep === 'и' ? joined(ctx, e - 1) : sep === ',' && ctx.tokens[e - 1].end === ctx.tokens[e].start;
    if (!listed || !joined(ctx, e)) return end;
    const item = placeIn(ctx, e + 1, c);
    if (item > e + 1 && isRegion(ctx, e + 1, item)) {
      if (sep === 'и') return item;
      e = item;
    } else if (sharedHeadAdjective(ctx, e + 1, c)) e += 2;
    else return end;
  }
  return end;
}

/** 'Ямало-Ненецкому' in 'Ямало-Ненецкому и Ханты-Мансийскому автономным округам': a capitalised adjective in case c. */
function sharedHeadAdjective(ctx: Context, k: number, c: string): boolean {
  const t = ctx.tokens[k];
  const next = ctx.tokens[k + 1]?.text;
  if (!t?.cap || t.allCaps || (ctx.owner[k] && ctx.owner[k]!.words.length > 1) || (next !== ',' && next !== 'и')) return false;
  return ctx.morph.parse(t.text).some((x) => x.pos === 'ADJF' && x.case === c);
}

/**
 * 'Следственный отдел по городу Туапсе | СУ СК России по ...', 'Отдел по Центральному району | ГСУ СК':
 * a local branch named by its head and its town or district, written right before its parent's acronym.
 */
function localBranchStart(ctx: Context, c: Candidate, start: number): number {
  const place = ctx.owner[start - 1];
  if (start !== c.first || !ctx.tokens[start].allCaps || !place || place.type !== 'LOC' || !joined(ctx, start - 1)) return start;
  let q = start - 1;
  while (q > 0 && ctx.owner[q] === place) q--;
  if (ctx.tokens[q]?.text === '.' && ctx.tokens[q - 1]?.text === 'г') q -= 2;
  else if (hasLemma(ctx, q, TOWN_NOUNS) && !ctx.tokens[q].cap) q--;
  const head = q - 1;
  if (ctx.tokens[q]?.text !== 'по' || !joined(ctx, q) || !joined(ctx, head) || ctx.taken[head] || !hasLemma(ctx, head, LOCAL_HEADS)) return start;
  let h = head;
  while (h > 0 && !ctx.taken[h - 1] && joined(ctx, h - 1) && ctx.morph.parse(ctx.tokens[h - 1].text).some((x) => x.pos === 'ADJF' && !x.grammemes.has('Apro'))) h--;
  return ctx.tokens[h].cap ? h : start;
}

const LOCAL_HEADS = new Set(['отдел', 'отделение', 'управление', 'пункт']);
const TOWN_NOUNS = new Set(['город', 'район', 'округ']);

/**
 * 'Посольство Испании | в России', 'посольство России | во Франции': a mission's host state; a capitalised consulate's
 * city too ('Генеральное консульство Норвегии | в Мурманске', '... | во Владивостоке': its official name says where it is;
 * 'Посольства Нидерландов | в Москве' names only where the embassy is).
 */
function missionEnd(ctx: Context, c: Candidate, start: number, k: number): number {
  const t = ctx.tokens[k];
  if (!t || (t.text !== 'в' && t.text !== 'во') || !joined(ctx, k - 1) || !joined(ctx, k)) return k;
  if (!c.words.some((w) => MISSIONS.has(w.lemma.toLowerCase()))) return k;
  const end = placeIn(ctx, k + 1, 'loct');
  const host = ctx.owner[k + 1];
  const consulate = ctx.tokens[start].cap && c.words.some((w) => CONSULATES.has(w.lemma.toLowerCase()));
  return end > k + 1 && host && (consulate || isState(host.name)) ? end : k;
}

const CONSULATES = new Set(['консульство', 'генконсульство']);

/** 'Генерального | консульства России', 'Постоянного | представительства': a mission's rank, capitalised, before it. */
function missionAdjectiveStart(ctx: Context, c: Candidate, start: number): number {
  const [a, head] = [ctx.tokens[start - 1], ctx.tokens[start]];
  if (start !== c.first || !a || !a.cap || head.cap || ctx.taken[start - 1] || !joined(ctx, start - 1) || !hasLemma(ctx, start, MISSIONS)) return start;
  return hasLemma(ctx, start - 1, MISSION_RANKS) ? start - 1 : start;
}

const MISSION_RANKS = new Set(['генеральный', 'постоянный', 'чрезвычайный', 'почётный', 'почетный', 'торговый']);

const MISSIONS = new Set(['посольство', 'консульство', 'генконсульство', 'представительство', 'торгпредство', 'постпредство']);

/** After 'г.' or 'городу' / 'городе' before the town's name, the name's start; else k. */
function townWord(ctx: Context, k: number, c: string): number {
  const t = ctx.tokens[k];
  if (t?.text === 'г' && ctx.tokens[k + 1]?.text === '.') return k + 2;
  return t?.text === (c === 'datv' ? 'городу' : 'городе') && joined(ctx, k) ? k + 1 : k;
}

/** The end of a place claimed at k whose last word is in case c, or the place's start when there is none. */
function placeIn(ctx: Context, k: number, c: string): number {
  const owner = ctx.owner[k];
  if (!owner || owner.type !== 'LOC' || owner.start !== ctx.tokens[k]?.start) return k;
  let e = k;
  while (e < ctx.tokens.length && ctx.owner[e] === owner) e++;
  // 'по Республике Алтай': the name in apposition stays in the nominative; another word shows the case.
  for (let p = k; p < e; p++) if (ctx.morph.parse(ctx.tokens[p].text).some((x) => x.case === c)) return e;
  return k;
}

function isRegion(ctx: Context, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (hasLemma(ctx, k, AREA_HEADS)) return true;
  return false;
}

/** 'Омского УФАС', 'Омская РЭК': a capitalised adjective right before a body's acronym. */
function adjectiveStart(ctx: Context, c: Candidate, i: number, j: number): number {
  if (j - i !== 1 || !ctx.tokens[i].allCaps || i === 0 || !joined(ctx, i - 1)) return i;
  const a = ctx.tokens[i - 1];
  if (!a.cap || a.allCaps || a.kind !== 'word') return i;
  // 'Загребной МГУ Иван ...': opening a sentence, only a place's adjective ('Омского УФАС') is the body's.
  if (a.sentStart && !/[сц]к\p{L}{2,3}$/u.test(a.text)) return i;
  const owner = ctx.owner[i - 1];
  if (owner && (owner.words.length !== 1 || owner.type === 'ORG')) return i;
  const parses = ctx.morph.parse(a.text);
  const adj = parses.find((p) => p.pos === 'ADJF' && !p.grammemes.has('Apro'));
  if (!adj || parses.some((p) => p.pos === 'NOUN' && p.known && p.score > adj.score)) return i;
  return hasLemma(ctx, i - 1, NOT_BODY_ADJECTIVES) ? i : i - 1;
}

/**
 * 'Первого Московского государственного университета', 'Второй Уральский оркестр': a capitalised ordinal
 * agreeing with the name's first adjective starts the name (the dictionary may read it as a person or a noun).
 */
function ordinalStart(ctx: Context, i: number, start: number): number {
  const [a, first] = [ctx.tokens[start - 1], ctx.tokens[start]];
  if (start !== i || !a || !a.cap || a.allCaps || a.kind !== 'word' || first.allCaps || !joined(ctx, start - 1)) return start;
  const owner = ctx.owner[start - 1];
  if (owner && (owner.words.length !== 1 || owner.type === 'ORG')) return start;
  const ordinal = ctx.morph.parse(a.text).filter((p) => p.pos === 'ADJF' && p.grammemes.has('Anum'));
  const adjective = ctx.morph.parse(first.text).filter((p) => p.pos === 'ADJF' && !p.grammemes.has('Anum'));
  const agrees = ordinal.some((o) => adjective.some((x) => x.case === o.case && x.number === o.number && (o.number === 'plur' || x.gender === o.gender)));
  return agrees ? start - 1 : start;
}

/** 'Первого' before 'Московского университета' -> 'Первый' (the dictionary's lemma of an ordinal is a cardinal), or null. */
function ordinalNominative(ctx: Context, i: number, c: Candidate): string | null {
  const t = ctx.tokens[i];
  // The name's first word in the nominative tells gender and number by its ending ('Санкт-Петербургский').
  const ending = /(?:ий|ый|ой|ая|яя|ое|ее|ые|ие)$/u.exec(c.name.split(' ')[0] ?? '')?.[0];
  const stem = /^(перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)/iu.exec(t.text)?.[0];
  if (!ending || !stem) return null;
  const agree = ({ ий: 0, ый: 0, ой: 0, ая: 1, яя: 1, ое: 2, ее: 2, ые: 3, ие: 3 } as Record<string, number>)[ending];
  const key = stem.toLowerCase().replace('ё', 'е');
  const endings = key === 'трет' ? ['ий', 'ья', 'ье', 'ьи'] : /^(втор|шест|седьм|восьм)$/.test(key) ? ['ой', 'ая', 'ое', 'ые'] : ['ый', 'ая', 'ое', 'ые'];
  return stem + endings[agree];
}

/** Adjectives that describe rather than name ('Новая АЭС' is not a name). */
/**
 * 'Государственного | Совета', 'Законодательного | Собрания', 'Конституционного | Суда', 'Городской | Думы': capitalised
 * adjectives agreeing with a body's capitalised head noun open its name (a lone adjective is no surname), with
 * lower-case ones between ('Костромской областной | Думы').
 */
function agreeingAdjectiveStart(ctx: Context, c: Candidate, start: number): number {
  const head = ctx.tokens[start];
  if (start !== c.first || !head.cap || head.allCaps) return start;
  const nouns = ctx.morph.parse(head.text).filter((p) => p.pos === 'NOUN' && p.known);
  // 'Костромской областной | Думы': lower-case adjectives between count only when a capitalised one opens them.
  let [s, open] = [start, start];
  while (s > 0 && start - s < 3 && nouns.length > 0) {
    const a = ctx.tokens[s - 1];
    const owner = ctx.owner[s - 1];
    if (a.allCaps || a.kind !== 'word' || !joined(ctx, s - 1) || hasLemma(ctx, s - 1, NOT_BODY_ADJECTIVES)) break;
    if (owner && (owner.words.length !== 1 || owner.type === 'ORG' || owner.type === 'DATE' || !a.cap)) break;
    const adjectives = ctx.morph.parse(a.text).filter((p) => p.pos === 'ADJF' && p.known && !p.grammemes.has('Apro') && !p.grammemes.has('Anum'));
    if (!nouns.some((n) => adjectives.some((x) => x.case === n.case && x.number === n.number && (n.number === 'plur' || x.gender === n.gender)))) break;
    s--;
    if (a.cap) open = s;
  }
  return open;
}

const NOT_BODY_ADJECTIVES = new Set(['новый', 'старый', 'большой', 'крупный', 'главный', 'первый', 'второй', 'весь', 'этот', 'тот', 'такой', 'каждый', 'другой']);

/** One organization over [i, j): the candidate's own name with what was added, written as it stands. */
function merge(ctx: Context, c: Candidate, i: number, j: number): void {
  for (let k = i; k < j; k++) {
    const o = ctx.owner[k];
    if (o && o !== c) release(ctx, o);
  }
  const cFirst = c.first;
  const cEnd = endOf(ctx, c);
  release(ctx, c);
  const ordinal = i === cFirst - 1 ? ordinalNominative(ctx, i, c) : null;
  const before = ordinal ? `${ordinal} ${c.name}` : i < cFirst ? phraseNominative(ctx.morph, wordTexts(ctx, i, cEnd), 'Orgn').name : c.name;
  const after = wordTexts(ctx, Math.max(cEnd, i), j);
  const name = j > cEnd ? `${before} ${ctx.text.slice(ctx.tokens[cEnd].start, ctx.tokens[j - 1].end).replace(/\s+/g, ' ')}` : before;
  const lemmas = [...(i < cFirst ? phraseNominative(ctx.morph, wordTexts(ctx, i, cEnd), 'Orgn').lemmas : c.words.map((w) => w.lemma)), ...after];
  claim(ctx, i, j, { start: ctx.tokens[i].start, end: ctx.tokens[j - 1].end, type: 'ORG', name, words: wordsOf(ctx, i, j, lemmas) });
}
