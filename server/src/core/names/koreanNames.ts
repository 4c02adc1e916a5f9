import type { Morphology } from '../morphology/morph';

/**
 * Korean names in the Russian (Kontsevich) transcription news agencies use: a frequent family name first, then a given
 * name of one or two words made of Korean syllables ('Пак Сонмин', 'Ли Мин Хо', 'Мун Чжэ Ин'). General knowledge:
 * the national list of the commonest family names.
 */
const KOREAN_FAMILY_NAMES: ReadonlySet<string> = new Set([
  'Ким', 'Ли', 'Пак', 'Чхве', 'Чон', 'Кан', 'Чо', 'Юн', 'Чан', 'Лим', 'Им', 'Хан', 'О', 'Со', 'Син', 'Квон', 'Хван',
  'Ан', 'Сон', 'Ю', 'Хон', 'Ко', 'Мун', 'Ян', 'Пэ', 'Пэк', 'Хо', 'Нам', 'Сим', 'Но', 'Ха', 'Квак', 'Чу', 'У', 'Ку',
  'Мин', 'Рю', 'Чин', 'Чха', 'Пён', 'Ём', 'Вон', 'Чхон', 'Пан', 'Кон', 'Хён', 'Хам', 'Ом', 'Ок', 'Тхак',
]);

/** One to three Korean syllables: an initial consonant, a vowel (or a diphthong), a final consonant. */
const KOREAN_WORD = /^(?:(?:кк|тт|пп|сс|чч|чх|кх|тх|пх|чж|дж|к|н|т|р|л|м|п|с|ч|х|г|д|б)?(?:ва|вэ|ве|ви|во|ый|я|ё|ю|е|а|о|у|ы|и|э)(?:нъ|ль|н|к|т|м|п|г|л)?){1,3}$/u;

/**
 * A Korean family name, then one or two given-name words of Korean syllables the dictionary does not know ('Нам
 * Кёнсу'; not 'Пак Анну', a Russian given name that declines as it does anywhere).
 */
export function isKorean(morph: Morphology, words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3 || !KOREAN_FAMILY_NAMES.has(words[0])) return false;
  return words.slice(1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && KOREAN_WORD.test(w.toLowerCase()) && !morph.parse(w).some((p) => p.known));
}
