/**
 * One sense per article: a word the article uses as a place or organization name means the same
 * wherever else it stands ('порты Актау и Жетыбай' ... 'линии Жетыбай - Алмас'), and a lone word read as a
 * person's name but written next to a place ('Алмас - Жетыбай') is a place, unless the article names a
 * person so.
 */
import { classifyWord, knownAs } from '../morphology/classify';
import { foldLower } from '../morphology/morph';
import { placeNominative } from '../names/placeName';
import { wordNominative } from '../names/nominal';
import { claim, claimWord, guessed, joined, release, wordsOf, type Candidate, type Context } from './context';
import { placeContext } from './placeContext';
import { sameCaseForms } from './caseForms';
import { modifiedNoun } from './runs';
import { afterLawCode } from './wordShapes';
import { titleStart } from './titles';

export function spreadNames(ctx: Context): void {
  adjectivePlacesInOtherCases(ctx);
  const named = namesByForm(ctx);
  ctx.tokens.forEach((t, i) => {
    const same = !ctx.taken[i] && t.kind === 'word' && t.cap && !knownSurname(ctx, i) && !afterLawCode(ctx, i) ? named.get(foldLower(t.text)) ?? caseFormOfPlace(ctx, i) : undefined;
    if (same) guessed(claimWord(ctx, i, same.type, same.name, same.words[0].lemma));
  });
  const surnames = new Set(ctx.candidates.filter((c) => c.type === 'PER' && c.words.length > 1).map((c) => foldLower(c.person?.last ?? '')));
  const firstNames = new Set(ctx.candidates.filter((c) => c.type === 'PER' && c.words.length > 1 && c.person?.first).map((c) => foldLower(c.person!.first!)));
  for (const c of [...ctx.candidates]) {
    if (c.type !== 'PER' || c.words.length !== 1 || (c.person?.first && c.person.last) || surnames.has(foldLower(c.person?.last ?? c.name))) continue;
    if (titleStart(ctx, c.first) >= 0 || knownSurname(ctx, c.first)) continue;
    // 'Регулятор энергетики Альберты' after 'в Альберте': another case form of a one-word place of the article.
    const same = named.get(foldLower(ctx.tokens[c.first].text)) ?? placeInOtherCase(ctx, c.first, firstNames);
    const where = same ? null : placeContext(ctx, c.first);
    if (!same && where?.evidence !== 'partner') continue;
    const word = ctx.tokens[c.first].text;
    release(ctx, c);
    // The type comes from one sense per article or from a neighbouring place only: a guess.
    if (same) guessed(claimWord(ctx, c.first, same.type, shorterWritten(same.name, word), same.words[0].lemma));
    else guessed(claimWord(ctx, c.first, 'LOC', placeNominative(word, where!.case) ?? wordNominative(ctx.morph, word, 'Geox')));
  }
}

/**
 * 'Кабардинки' after 'в селе Кабардинка': another case form of a one-word place of the article (by the
 * dictionary's lemmas, or by the endings for a word it does not know); no person's name.
 */
function caseFormOfPlace(ctx: Context, i: number): Named | undefined {
  const word = ctx.tokens[i].text;
  if (word.length < 5) return undefined;
  const evidence = classifyWord(ctx.morph, word);
  if (evidence.cls === 'Name' || evidence.cls === 'Surn' || evidence.cls === 'Patr') return undefined;
  // A dictionary word opening a sentence is its common sense ('Находки передадут музею'); an adjective names no place alone.
  if (evidence.known && ctx.tokens[i].sentStart) return undefined;
  const nouns = evidence.known ? new Set(ctx.morph.parse(word).filter((p) => p.pos === 'NOUN').map((p) => foldLower(p.lemma))) : null;
  // 'котельную Разумного' after 'Разумное': a village named by an adjective, in another case, modifying no noun.
  const adjectives = evidence.known && modifiedNoun(ctx, i) < 0 ? adjectiveLemmas(ctx, word) : null;
  const sameAdjective = (name: string) => !!adjectives && [...adjectiveLemmas(ctx, name)].some((l) => adjectives.has(l));
  const form = (name: string) => (nouns ? nouns.has(foldLower(name)) || sameAdjective(name) : sameCaseForms(name, word));
  return oneWordPlace(ctx, form);
}

/** The article's first place of one word (five letters or more) whose name `form` accepts. */
function oneWordPlace(ctx: Context, form: (name: string) => boolean): Named | undefined {
  return ctx.candidates.find((c): c is Named => c.type === 'LOC' && c.words.length === 1 && !/\s/.test(c.name) && c.name.length >= 5 && form(c.name));
}

/** 'Уэлен' beside a place named 'Уэлене' (an oblique case read as its name): the shorter, written form is the nominative. */
function shorterWritten(name: string, word: string): string {
  return name.length > word.length && foldLower(name).startsWith(foldLower(word)) ? word : name;
}

/**
 * A lone word read as a person's that is another case form of a one-word place of the article ('Альберты' after 'в
 * Альберте'), though a first name's form too, when no person of the article has it as a first name.
 */
function placeInOtherCase(ctx: Context, i: number, firstNames: ReadonlySet<string>): Named | undefined {
  const word = ctx.tokens[i].text;
  if (word.length < 5 || ctx.tokens[i].sentStart) return undefined;
  const place = oneWordPlace(ctx, (name) => !name.includes('-') && sameCaseForms(name, word));
  return place && !firstNames.has(foldLower(place.name)) && !firstNames.has(foldLower(word)) ? place : undefined;
}

/**
 * 'в центре Старой Руссы' after 'в Старой Руссе': another case form of a place of the article named by an
 * adjective and a noun, the adjective the same by the dictionary, the noun by its endings.
 */
function adjectivePlacesInOtherCases(ctx: Context): void {
  const places = ctx.candidates.filter((c) => c.type === 'LOC' && c.words.length === 2 && c.name.split(' ').length === 2)
    .map((c) => ({ c, noun: c.name.split(' ')[1], adjectives: adjectiveLemmas(ctx, c.name.split(' ')[0]) }));
  if (places.length === 0) return;
  for (let i = 0; i + 1 < ctx.tokens.length; i++) {
    const [a, b] = [ctx.tokens[i], ctx.tokens[i + 1]];
    if (ctx.taken[i] || ctx.taken[i + 1] || a.kind !== 'word' || b.kind !== 'word' || !a.cap || !b.cap || !joined(ctx, i)) continue;
    const adjectives = adjectiveLemmas(ctx, a.text);
    const place = places.find((p) => sameCaseForms(p.noun, b.text) && [...p.adjectives].some((l) => adjectives.has(l)))?.c;
    if (!place) continue;
    guessed(claim(ctx, i, i + 2, { start: a.start, end: b.end, type: 'LOC', name: place.name, words: wordsOf(ctx, i, i + 2, place.words.map((w) => w.lemma)) }));
    i++;
  }
}

function adjectiveLemmas(ctx: Context, word: string): Set<string> {
  return new Set(ctx.morph.parse(word).filter((p) => p.known && p.pos === 'ADJF' && p.number === 'sing').map((p) => p.lemma));
}

/**
 * A surname the dictionary knows: one place elsewhere in the article does not make 'Иванов' a place here.
 * 'через Муром' is no instrumental of 'Мур' when the article names the town so: a surname only in an oblique
 * case gives way.
 */
function knownSurname(ctx: Context, i: number): boolean {
  const word = ctx.tokens[i].text;
  return knownAs(ctx.morph, word, 'Surn') && ctx.morph.parse(word).some((p) => p.proper === 'Surn' && p.case === 'nomn');
}

type Named = Candidate & { type: 'LOC' | 'ORG' };

/** One-word places and organizations of the article by their written form. */
function namesByForm(ctx: Context): Map<string, Named> {
  const out = new Map<string, Named>();
  for (const c of ctx.candidates) {
    if (c.type !== 'PER' && c.type !== 'DATE' && c.words.length === 1 && c.end - c.start === c.words[0].end - c.words[0].start) {
      out.set(foldLower(ctx.text.slice(c.start, c.end)), c as Named);
    }
  }
  return out;
}
