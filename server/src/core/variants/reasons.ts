/**
 * Why the matcher flags a pair, as codes with arguments: the edits (each with its kind), the evidence
 * for and the evidence against. The core words them in English (the CLI's and the cache's text); the
 * language server words the same codes in the user's language (server/src/l10n/reasons.ts).
 */
import { describeEdit, type Edit, type EditKind } from './align';

export type ReasonCode =
  // the edits
  | 'edit' // [the edit ('т/ч'), its kind]
  // evidence for
  | 'oblique' | 'rare' /* [rarer count, other count] */ | 'sameEntity' | 'sameRest' /* [words] */
  | 'sameWords' /* [words] */ | 'sameArticle' | 'sameArticles' /* [n] */ | 'neighbours' /* [n] */ | 'sameRole' /* [role] */
  // evidence against
  | 'shortWord' | 'firstLetter' | 'lastLetters' | 'commonWord' | 'bothFrequent' /* [count, count] */
  | 'twoTypes' /* [type, type] */ | 'otherWords' /* [words, words] */ | 'givenVsSurname';

export interface Reason {
  code: ReasonCode;
  args: Array<string | number>;
}

const FOR = new Set<ReasonCode>(['oblique', 'rare', 'sameEntity', 'sameRest', 'sameWords', 'sameArticle', 'sameArticles', 'neighbours', 'sameRole']);

export const reason = (code: ReasonCode, ...args: Array<string | number>): Reason => ({ code, args });

export const editReason = (e: Edit): Reason => reason('edit', describeEdit(e), e.kind);

/**
 * The reasons as the lines of an explanation: the edits joined in one, then '+ ' each reason for and
 * '− ' each reason against, each worded by `text`.
 */
export function renderReasons(reasons: readonly Reason[], text: (r: Reason) => string): string[] {
  const edits = reasons.filter((r) => r.code === 'edit').map(text).join(', ');
  const pro = reasons.filter((r) => FOR.has(r.code)).map((r) => `+ ${text(r)}`);
  const con = reasons.filter((r) => r.code !== 'edit' && !FOR.has(r.code)).map((r) => `− ${text(r)}`);
  return [edits, ...pro, ...con];
}

const KIND_WORDS: Record<EditKind, string> = {
  yo: 'ё/е', 'e-ye': 'э/е', 'y-i': 'ы/и', 'i-short': 'й/и', iotation: 'iotated vowel', 'soft-sign': 'soft sign',
  doubled: 'doubled letter', aspiration: 'aspiration', affricate: 'affricate (чж/дж/цз/ч)', 'ti-chi': 'т/ч', 'g-h': 'г/х',
  vowel: 'another vowel', consonant: 'another consonant', 'insert-vowel': 'an inserted vowel',
  'insert-consonant': 'an inserted consonant', syllable: 'a dropped syllable', other: 'an unusual edit',
  transcription: 'another rendering of a foreign sound',
};

/** A reason in English. */
export function englishReason({ code, args: [p, q] }: Reason): string {
  switch (code) {
    case 'edit': return `${p} (${KIND_WORDS[q as EditKind] ?? q})`;
    case 'oblique': return 'the rarer spelling seen once, in a case form';
    case 'rare': return `one spelling rare (${p}× against ${q}×)`;
    case 'sameEntity': return 'already one entity';
    case 'sameRest': return `same rest of the name (${p})`;
    case 'sameWords': return `same other words (${p})`;
    case 'sameArticle': return 'in the same article';
    case 'sameArticles': return `in ${p} of the same articles`;
    case 'neighbours': return `${p} other entit${p === 1 ? 'y' : 'ies'} around both`;
    case 'sameRole': return `same role (${p})`;
    case 'shortWord': return 'short word';
    case 'firstLetter': return 'the first letter differs';
    case 'lastLetters': return 'differs in the last letters';
    case 'commonWord': return 'a dictionary word on one side';
    case 'bothFrequent': return `both spellings frequent (${p}×, ${q}×)`;
    case 'twoTypes': return `recognised as ${p} and as ${q}`;
    case 'otherWords': return `different other words (${p} / ${q})`;
    case 'givenVsSurname': return 'a given name against a surname';
  }
}
