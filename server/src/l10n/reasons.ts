/**
 * The variant matcher's reasons (core/variants/reasons.ts: codes with arguments) in the server's
 * language, for the possible-variant diagnostics and the possible-duplicates list.
 */
import * as l10n from '@vscode/l10n';
import type { EditKind } from '../core/variants/align';
import { renderReasons, type Reason } from '../core/variants/reasons';

/** An edit kind in words; the letter pairs ('т/ч') need no words. */
function kindWords(kind: EditKind): string {
  switch (kind) {
    case 'yo': return 'ё/е';
    case 'e-ye': return 'э/е';
    case 'y-i': return 'ы/и';
    case 'i-short': return 'й/и';
    case 'ti-chi': return 'т/ч';
    case 'g-h': return 'г/х';
    case 'iotation': return l10n.t('iotated vowel');
    case 'soft-sign': return l10n.t('soft sign');
    case 'doubled': return l10n.t('doubled letter');
    case 'aspiration': return l10n.t('aspiration');
    case 'affricate': return l10n.t('affricate (чж/дж/цз/ч)');
    case 'vowel': return l10n.t('another vowel');
    case 'consonant': return l10n.t('another consonant');
    case 'insert-vowel': return l10n.t('an inserted vowel');
    case 'insert-consonant': return l10n.t('an inserted consonant');
    case 'syllable': return l10n.t('a dropped syllable');
    case 'transcription': return l10n.t('another rendering of a foreign sound');
    default: return l10n.t('an unusual edit');
  }
}

/** An entity type inside a sentence. */
function type(t: string | number): string {
  switch (t) {
    case 'PER': return l10n.t('a person');
    case 'ORG': return l10n.t('an organization');
    case 'LOC': return l10n.t('a place');
    default: return String(t);
  }
}

/** One reason in the server's language. */
export function reasonText({ code, args: [p, q] }: Reason): string {
  switch (code) {
    case 'edit': return `${p} (${kindWords(q as EditKind)})`;
    case 'oblique': return l10n.t('the rarer spelling seen once, in a case form');
    case 'rare': return l10n.t('one spelling rare ({0}× against {1}×)', p, q);
    case 'sameEntity': return l10n.t('already one entity');
    case 'sameRest': return l10n.t('same rest of the name ({0})', p);
    case 'sameWords': return l10n.t('same other words ({0})', p);
    case 'sameArticle': return l10n.t('in the same article');
    case 'sameArticles': return l10n.t('articles in common: {0}', p);
    case 'neighbours': return l10n.t('other entities around both: {0}', p);
    case 'sameRole': return l10n.t('same role ({0})', p);
    case 'shortWord': return l10n.t('short word');
    case 'firstLetter': return l10n.t('the first letter differs');
    case 'lastLetters': return l10n.t('differs in the last letters');
    case 'commonWord': return l10n.t('a dictionary word on one side');
    case 'bothFrequent': return l10n.t('both spellings frequent ({0}×, {1}×)', p, q);
    case 'twoTypes': return l10n.t('recognised as {0} and as {1}', type(p), type(q));
    case 'otherWords': return l10n.t('different other words ({0} / {1})', p, q);
    case 'givenVsSurname': return l10n.t('a given name against a surname');
  }
}

/** The edits, then '+ ' the evidence for and '− ' the evidence against, joined. */
export function reasonsText(codes: readonly Reason[]): string {
  return renderReasons(codes, reasonText).filter(Boolean).join('; ');
}

/** The edits alone ('т/ч (т/ч), –/х (придыхание)'). */
export function editsText(codes: readonly Reason[]): string {
  return renderReasons(codes.filter((r) => r.code === 'edit'), reasonText)[0];
}
