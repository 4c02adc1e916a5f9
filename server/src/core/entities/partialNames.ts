/**
 * Shorter references to a person the article names in full: a given name used alone where the
 * culture does so ('г-н Пичай' after 'Пичай Чуначон'), and the tail of a long name ('Абдель
 * Рахман' after 'Мохаммеда Абдель Рахмана'). Surname-only references are the linker's job, corpus-wide.
 */
import { isDictionaryFirstName } from '../morphology/classify';
import { foldLower } from '../morphology/morph';
import { FEMININE_ONLY, nameForms, PORTUGUESE_PARTICLES } from '../names/person';
import { pushTo } from '../util/multiMap';
import { claim, joined, release, type Candidate, type Context } from './context';
import { placeContext } from './placeContext';
import { afterSpeechCue, beforePersonalVerb } from './personCues';
import { caseHint } from './titles';

/** The article's full names, indexed by folded surname and by folded given name (lookups stay linear in the article). */
interface FullNames {
  byLast: Map<string, Candidate[]>;
  byFirst: Map<string, Candidate[]>;
}

export function resolvePartialNames(ctx: Context): void {
  // One candidate per distinct full name: a name repeated a thousand times is still one person to look up.
  const distinct = new Map<string, Candidate>();
  for (const c of ctx.candidates) if (c.type === 'PER' && c.words.length >= 2 && c.person?.first && c.person.last && !distinct.has(c.name)) distinct.set(c.name, c);
  const full = [...distinct.values()];
  if (full.length === 0) return;
  const index: FullNames = { byLast: new Map(), byFirst: new Map() };
  for (const f of full) {
    pushTo(index.byLast, fold(f.person!.last), f);
    pushTo(index.byFirst, fold(f.person!.first), f);
    // 'Хван' after 'Хван Тэ Ун': the first of several given-name words (an East Asian family name) alone.
    const family = f.person!.first!.split(' ');
    if (family.length > 1) pushTo(index.byFirst, fold(family[0]), f);
  }
  for (const c of ctx.candidates) {
    if (c.type !== 'PER' || !c.person) continue;
    const given = c.words.length === 1 ? givenNameOwner(ctx, c, index) : null;
    const owner = given ?? (c.words.length === 1 ? surnameOwner(ctx, c, index) : tailOwner(ctx, c, index) ?? headOwner(c, index));
    if (!owner) continue;
    c.person = { ...owner.person };
    c.name = owner.name;
    // A case form of the owner's word takes its nominative ('Саввинова' -> 'Саввинов'); another
    // spelling keeps its own, for the spelling check to see ('Монтейро' beside 'Монтейру').
    const part = c.words.length === 1 ? (given ? owner.person?.first : owner.person?.last) : undefined;
    if (part && singularCaseOf(ctx.text.slice(c.start, c.end), part)) c.words = [{ ...c.words[0], lemma: part }];
    else if (!part) c.words = tailLemmas(ctx, c, owner);
    if (!given && c.words.length === 1) takeFirstSurname(ctx, c, owner);
  }
}

/**
 * 'Гайтану Ларросе пришлось' after 'Хуан Игнасио Гайтан Ларроса': the free word right before a surname the
 * article gave in full is the owner's word before it, in a case form (the first of two surnames, which the
 * runs leave alone where it opens a sentence).
 */
function takeFirstSurname(ctx: Context, c: Candidate, owner: Candidate): void {
  const k = c.first - 1;
  const t = ctx.tokens[k];
  const previous = owner.words[owner.words.length - 2]?.lemma;
  if (!t || ctx.taken[k] || t.kind !== 'word' || !t.cap || !joined(ctx, k) || owner.words.length < 3 || !previous) return;
  if (!singularCaseOf(t.text, previous)) return;
  ctx.taken[k] = true;
  ctx.owner[k] = c;
  c.first = k;
  c.start = t.start;
  c.words = [{ start: t.start, end: t.end, lemma: previous }, ...c.words];
}

/** Endings of a name's singular cases (a person is one: 'Менсах' is no case of 'Менс'). */
const SINGULAR_ENDINGS = new Set(['', 'а', 'я', 'у', 'ю', 'ом', 'ем', 'ём', 'ым', 'им', 'ой', 'ей', 'е', 'ою', 'ею']);

/** The written word is a singular case form of the one-word name `part`. */
function singularCaseOf(written: string, part: string): boolean {
  if (/\s/.test(part)) return false;
  const w = fold(written);
  const p = fold(part);
  if ([p, p.replace(/[аяьй]$/, '')].some((stem) => stem.length >= 2 && w.startsWith(stem) && SINGULAR_ENDINGS.has(w.slice(stem.length)))) return true;
  // The genitive of a name on -а, -я ('Аспиллаги' of 'Аспиллага'); on a consonant -ы, -и is a plural.
  return /[ая]$/.test(p) && p.length >= 3 && w.length === p.length && w.startsWith(p.slice(0, -1)) && /[ыи]$/.test(w);
}

/**
 * One sense per article: 'Кан сообщил' after 'Наото Кана' is the person, though the gazetteer took the
 * word for a place; not after в / во / из ('в Кане' stays the place).
 */
export function surnamesOverPlaces(ctx: Context): void {
  const lasts = new Set<string>();
  const families = new Map<string, Candidate[]>();
  for (const c of ctx.candidates) {
    if (c.type !== 'PER' || c.words.length < 2 || !c.person?.last) continue;
    lasts.add(fold(c.person.last));
    if (c.person.first && !c.person.first.endsWith('.')) pushTo(families, fold(c.person.first.split(' ')[0]), c);
  }
  if (lasts.size === 0) return;
  for (const c of [...ctx.candidates]) {
    if (c.type !== 'LOC' || c.words.length !== 1 || c.end - c.start !== c.words[0].end - c.words[0].start) continue;
    const word = ctx.text.slice(c.start, c.end);
    const forms = [...nameForms(ctx.morph, word)];
    const family = forms.some((f) => lasts.has(f)) ? null : familyNameOwner(ctx, c, forms, families);
    if ((!family && !forms.some((f) => lasts.has(f))) || placeContext(ctx, c.first)?.evidence === 'place-preposition') continue;
    release(ctx, c);
    const person = family ? { ...family.person } : { last: word };
    claim(ctx, c.first, c.first + 1, { start: c.start, end: c.end, type: 'PER', name: family?.name ?? word, person, words: [{ ...c.words[0], lemma: word }] });
  }
}

/**
 * 'По словам Муна' after 'Мун Сон Гюн': the first word of a person's given names (an East Asian family
 * name) after a cue only a person follows; the one person of the article it begins.
 */
function familyNameOwner(ctx: Context, c: Candidate, forms: string[], families: Map<string, Candidate[]>): Candidate | null {
  const owners = forms.flatMap((f) => families.get(f) ?? []);
  // 'Вашингтон забил' after 'Вашингтон Феррейра дос Сантос': Brazilians go by their given name, cue or not.
  if (!afterSpeechCue(ctx, c.first) && !beforePersonalVerb(ctx, c.first) && !owners.every(portugueseName)) return null;
  return only(owners);
}

/** A name with a Portuguese particle ('Феррейра дос Сантос'). */
function portugueseName(c: Candidate): boolean {
  return c.name.split(' ').some((w) => PORTUGUESE_PARTICLES.has(w));
}

function fold(s: string | undefined): string {
  return foldLower(s ?? '');
}

/**
 * The one person whose given name this lone word is; never anyone's surname, nor a dictionary first name
 * (Владимир) except as the subject opening a sentence, which the runs take only for a first name the
 * article gave someone in full ('Вероника уходит' after 'Вероника С.'), or a Brazilian's.
 */
function givenNameOwner(ctx: Context, c: Candidate, index: FullNames): Candidate | null {
  const written = ctx.text.slice(c.start, c.end);
  if (!mayBeGivenName(written, index)) return null;
  const forms = [...nameForms(ctx.morph, written)];
  if (forms.some((f) => index.byLast.has(f))) return null;
  const owner = only(forms.flatMap((f) => index.byFirst.get(f) ?? []));
  // 'Зато Вандерсон забил' after 'Вандерсон Жоакин ду Насименту': Brazilians go by their given name.
  if (owner && isDictionaryFirstName(ctx.morph, written) && !ctx.tokens[c.first].sentStart && !portugueseName(owner)) return null;
  return owner;
}

/**
 * Every nominative of a Cyrillic word begins with its first letter: a word no given name of the article
 * begins like is nobody's given name (no synthesis). A combining mark may change that letter (и + ̆ = й).
 */
function mayBeGivenName(written: string, index: FullNames): boolean {
  const initial = foldLower(written.charAt(0));
  if (!/[а-я]/.test(initial) || /[\u0300-\u036f]/.test(written.charAt(1))) return true;
  for (const first of index.byFirst.keys()) if (first.startsWith(initial)) return true;
  return false;
}

/**
 * The one person of the article with this surname, in any case ('Сорокина', 'Сорокину' after 'Глеб
 * Сорокин'); the bare surname's own nominative may be a woman's surname the article gives nobody.
 */
function surnameOwner(ctx: Context, c: Candidate, index: FullNames): Candidate | null {
  const written = ctx.text.slice(c.start, c.end);
  // 'аль-Имари' after 'Абдель Карим ибн Хашим аль-Имари': a particle joined by a hyphen opens a surname.
  if (/^\p{Ll}/u.test(written) && !written.includes(' ') && !/^\p{Ll}+-\p{Lu}/u.test(written)) return null;
  // Case endings change a surname's end, not its start: no synthesis for words no surname begins like.
  const head = foldLower(written.slice(0, 3));
  let candidate = false;
  for (const last of index.byLast.keys()) if (last.startsWith(head)) candidate = true;
  if (!candidate) return null;
  const forms = new Set([...nameForms(ctx.morph, written), ...ctx.morph.lemmas(written), fold(c.person?.last)]);
  const owners = [...forms].flatMap((f) => index.byLast.get(f) ?? []);
  // 'По словам Куттыбаевой' after 'Ермухан Куттыбаев' and his daughter 'Аружан Куттыбаева': a form only a woman's
  // (or only a man's) surname takes names the one of that gender.
  const gender = FEMININE_ONLY.test(written) ? 'f' : MAN_ONLY.test(written) ? 'm' : null;
  return only(gender ? owners.filter((o) => womanSurname(o) === (gender === 'f')) : owners);
}

/** A woman's name: so read, or a surname written in a woman's nominative ('Куттыбаева', whatever gender a guess gave). */
function womanSurname(o: Candidate): boolean {
  return o.person?.gender === 'f' || /(?:ова|ева|ёва|ина|ына|ская|цкая)$/u.test(o.person?.last ?? '');
}

/** Surname forms only a man's name takes: 'Куттыбаевым', 'Жуковским' (a woman's only: FEMININE_ONLY, 'Куттыбаевой'). */
const MAN_ONLY = /(?:овым|евым|ёвым|иным|ыным|ским|цким|ского|цкого|скому|цкому)$/u;

/**
 * The one longer name ending in these words ('Абдель Рахман' in 'Мохаммед Абдель Рахман'), also in a case
 * form of each ('Аспиллаги Итурриаги' in 'Лусия Аспиллага Итурриага').
 */
function tailOwner(ctx: Context, c: Candidate, index: FullNames): Candidate | null {
  const written = writtenWords(ctx, c);
  const asWritten = writtenTailOwner(ctx, written, index);
  if (asWritten) return asWritten;
  const first = fold(c.person!.first);
  const last = fold(c.person!.last);
  if (!first || !last) return null;
  const firsts = c.words.length === 2 ? [first, ...nameForms(ctx.morph, written[0])] : [first];
  const lasts = new Set([last, ...nameForms(ctx.morph, written[written.length - 1])]);
  const sameLast = [...lasts].flatMap((l) => index.byLast.get(l) ?? []);
  return only(sameLast.filter((f) => f.words.length > c.words.length && firsts.some((g) => fold(f.person!.first).endsWith(` ${g}`))));
}

/**
 * 'Хуан Давид' after 'Хуан Давид Ривас Мухика': the one name two words or more longer that opens with these
 * words' nominatives, the given names of a Hispanic or Arabic name used alone.
 */
function headOwner(c: Candidate, index: FullNames): Candidate | null {
  const head = c.words.map((w) => fold(w.lemma));
  const longer = new Set([...index.byLast.values()].flat().filter((f) => f.words.length >= c.words.length + 2));
  return only([...longer].filter((f) => head.every((h, k) => fold(f.words[k].lemma) === h)));
}

/**
 * The one longer name whose last words are written exactly so ('По словам Таррафа ду Регу' after 'Мариана Таррафа
 * ду Регу'), however the words alone would read (here as a genitive of 'Тарраф').
 */
function writtenTailOwner(ctx: Context, written: readonly string[], index: FullNames): Candidate | null {
  const tail = ` ${written.join(' ')}`.toLowerCase();
  const longer = new Set([...index.byLast.values()].flat().filter((f) => f.words.length > written.length));
  return only([...longer].filter((f) => writtenWords(ctx, f).join(' ').toLowerCase().endsWith(tail)));
}

function writtenWords(ctx: Context, c: Candidate): string[] {
  return c.words.map((w) => ctx.text.slice(w.start, w.end));
}

/** The words of a tail take the owner's last words as lemmas where they are case forms of them. */
function tailLemmas(ctx: Context, c: Candidate, owner: Candidate): Candidate['words'] {
  const ownerWords = owner.words.slice(owner.words.length - c.words.length);
  return c.words.map((w, k) => {
    const lemma = ownerWords[k]?.lemma;
    return lemma && singularCaseOf(ctx.text.slice(w.start, w.end), lemma) ? { ...w, lemma } : w;
  });
}

/** The single person among the candidates (several mentions of one name count once). */
function only(cands: Candidate[]): Candidate | null {
  const names = new Set(cands.map((f) => f.name));
  return names.size === 1 ? cands[0] : null;
}

/**
 * 'Лючии Бонакорси' after 'Лючия Бонакорси', 'Химене Ортис де Сарате' after 'Химена ...': a full name whose
 * given name, unknown to the dictionary, is a case form of another full name's in the nominative, the rest written
 * alike (a surname that does not decline), names that person.
 */
export function givenNamesInOtherCases(ctx: Context): void {
  const full = ctx.candidates.filter((c) => c.type === 'PER' && c.words.length >= 2 && c.person?.first);
  const written = (c: Candidate) => writtenWords(ctx, c);
  for (const c of full) {
    const [given, ...rest] = written(c);
    if (NOMINATIVE_GIVEN.test(given)) continue;
    const same = full.find((o) => {
      const [g, ...r] = written(o);
      return o !== c && o.name === [g, ...r].join(' ') && r.join(' ') === rest.join(' ') && obliqueOfGiven(g, given);
    });
    if (same) adoptReading(c, same);
  }
}

/**
 * One sense per article: a full name written the same way twice is one reading; where the context read one
 * of them as written (the nominative), the others take it ('Бетти Намбоозе Твинемуго' after a title, then
 * 'С Бетти Намбоозе Твинемуго', not the genitive of 'Бетя').
 */
export function sameWrittenNames(ctx: Context): void {
  const groups = new Map<string, Candidate[]>();
  for (const c of ctx.candidates) {
    if (c.type === 'PER' && c.words.length >= 2 && c.person) pushTo(groups, writtenWords(ctx, c).join(' '), c);
  }
  for (const [written, cands] of groups) {
    const asWritten = cands.find((c) => c.name === written);
    if (!asWritten || cands.every((c) => c.name === written)) continue;
    for (const c of cands) if (c !== asWritten) adoptReading(c, asWritten);
  }
}

/**
 * One sense per article for a surname: where the context reads the surname alone as a nominative and it stays
 * as written ('Илоэгбу перевел', 'Бесса ду Вали признала'), the full name ending in the same words takes them
 * as written too ('Чинеду Илоэгбу', not 'Илоэгб'; 'Луана Бесса ду Вали', not 'Валя'), its given name as read.
 */
export function sameWrittenSurnames(ctx: Context): void {
  const nominative = new Map<string, Candidate>();
  for (const c of ctx.candidates) {
    if (c.type !== 'PER' || !c.person?.last || c.person.first) continue;
    const written = writtenWords(ctx, c).join(' ');
    if (c.name === written && nominativeInContext(ctx, c)) nominative.set(written, c);
  }
  if (nominative.size === 0) return;
  const writtenAlone = new Set(ctx.candidates.filter((c) => c.type === 'PER' && !c.person?.first).map((c) => writtenWords(ctx, c).join(' ')));
  for (const c of ctx.candidates) {
    if (c.type !== 'PER' || !c.person?.first || !c.person.last || c.words.length < 2) continue;
    const written = writtenWords(ctx, c);
    const lastWords = c.person.last.split(' ').length;
    const tail = written.slice(written.length - lastWords);
    const alone = nominative.get(tail.join(' '));
    // 'Аркадия Трусевича' stays Трусевич where the article writes 'Трусевич' too ('Танго Трусевича сыграет' is no subject).
    if (!alone || c.person.last === tail.join(' ') || alone.person?.gender !== c.person.gender || writtenAlone.has(c.person.last)) continue;
    // A given name the dictionary does not know was read in the case the surname seemed to show: as written too ('Эмека', not 'Эмек').
    const given = written.length - lastWords === 1 && !isDictionaryFirstName(ctx.morph, written[0]) ? written[0] : c.person.first;
    c.person = { ...c.person, first: given, last: tail.join(' ') };
    c.name = `${c.person.first} ${c.person.last}`;
    c.words = c.words.map((w, k) => (k >= written.length - lastWords || given === written[k] ? { ...w, lemma: written[k] } : w));
  }
}

/** The context of the candidate shows the nominative alone (a verb after it, a title before it). */
function nominativeInContext(ctx: Context, c: Candidate): boolean {
  let end = c.first;
  while (end < ctx.tokens.length && ctx.owner[end] === c) end++;
  const hint = caseHint(ctx, c.first, end);
  return !!hint && hint.cases.size === 1 && hint.cases.has('nomn');
}

/** The candidate takes another's reading of the same words: its person, name and word lemmas. */
function adoptReading(c: Candidate, donor: Candidate): void {
  c.person = { ...donor.person };
  c.name = donor.name;
  c.words = c.words.map((w, k) => ({ ...w, lemma: donor.words[k]?.lemma ?? w.lemma }));
}

/** A given name in the nominative: on -а / -я or a consonant ('Химена', 'Лючия', 'Леонор'). */
const NOMINATIVE_GIVEN = /(?:[ая]|[^аеёиоуыэюяй])$/u;

/** Is `form` an oblique case of the given name `nominative` ('Лючия' → 'Лючии', 'Нодар' → 'Нодара', not 'Нодари')? */
function obliqueOfGiven(nominative: string, form: string): boolean {
  const onVowel = /[ая]$/u.test(nominative);
  const stem = onVowel ? nominative.slice(0, -1) : nominative;
  if (!form.startsWith(stem)) return false;
  return (onVowel ? FEMININE_OBLIQUE : MASCULINE_OBLIQUE).has(form.slice(stem.length));
}

const FEMININE_OBLIQUE = new Set(['ы', 'и', 'е', 'у', 'ю', 'ой', 'ей', 'ою', 'ею']);
const MASCULINE_OBLIQUE = new Set(['а', 'я', 'у', 'ю', 'ом', 'ем', 'е']);
