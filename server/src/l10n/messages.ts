/**
 * Words the editor features share, in the server's language: entity types, variant kinds, the
 * spelling findings' messages (the core gives their parts: problem, spellings, counts, kind) and
 * date values a reader can take in ('2 декабря (год неизвестен)' rather than '--12-02').
 */
import * as l10n from '@vscode/l10n';
import type { EntityKind } from '../../../common/protocol';
import type { Finding } from '../core/consistency/findInconsistencies';
import type { VariantKind } from '../core/types';
import { formatDate } from './index';
import { editsText, reasonsText } from './reasons';

/** 'Person', 'Организация', … (the card's heading). */
export function typeName(type: EntityKind): string {
  switch (type) {
    case 'PER': return l10n.t('Person');
    case 'ORG': return l10n.t('Organization');
    case 'LOC': return l10n.t('Place');
    case 'DATE': return l10n.t('Date');
  }
}

/** 'People', 'Организации', … (outline groups). */
export function typeGroupName(type: EntityKind): string {
  switch (type) {
    case 'PER': return l10n.t('People');
    case 'ORG': return l10n.t('Organizations');
    case 'LOC': return l10n.t('Places');
    case 'DATE': return l10n.t('Dates');
  }
}

/** How two spellings differ, in words. */
export function kindLabel(kind: VariantKind | 'other-edit'): string {
  switch (kind) {
    case 'aspiration': return l10n.t('aspiration mark (х after т/п/к) dropped or added');
    case 'yo': return l10n.t('ё or е');
    case 'e-ye': return l10n.t('э or е');
    case 'i-short': return l10n.t('й or и');
    case 'homoglyph': return l10n.t('Latin look-alike letters');
    case 'hyphen-space': return l10n.t('hyphen or space');
    case 'doubled-letter': return l10n.t('doubled letter');
    case 'dropped-letter': return l10n.t('a letter dropped');
    case 'organization': return l10n.t('organization name written two ways');
    case 'other-edit': return l10n.t('another spelling');
    default: return String(kind);
  }
}

/** The diagnostic message of a finding. */
export function findingMessage(f: Pick<Finding, 'problem' | 'kind' | 'variant' | 'preferred' | 'variantCount' | 'preferredCount' | 'text'> & Partial<Pick<Finding, 'pair'>>): string {
  switch (f.problem) {
    case 'mixed-script':
      return l10n.t('«{0}» mixes Latin look-alike letters into a Cyrillic word; «{1}» is the Cyrillic spelling', f.text, f.preferred);
    case 'decomposed':
      return l10n.t('«{0}» is written with a decomposed letter; «{1}» is the composed spelling', f.text, f.preferred);
    case 'possible-variant':
      return l10n.t('«{0}» ({1}×) may be «{2}» ({3}×) spelled another way: {4}', f.variant, f.variantCount, f.preferred, f.preferredCount, f.pair?.codes ? reasonsText(f.pair.codes) : f.pair?.edit ?? '');
    default:
      return l10n.t('«{0}» ({1}×) is spelled «{2}» elsewhere ({3}×): {4}', f.variant, f.variantCount, f.preferred, f.preferredCount, f.kind === 'other-edit' && f.pair ? pairEdit(f.pair) : kindLabel(f.kind));
  }
}

/** A pair's edits in the server's language (the English text when the pair has no codes). */
function pairEdit(pair: NonNullable<Finding['pair']>): string {
  return pair.codes ? editsText(pair.codes) : pair.edit;
}

/** The related-information text of a location where the preferred spelling is written. */
export function relatedMessage(written: string): string {
  return l10n.t('also written «{0}» here', written);
}

/**
 * A date value for the reader: full dates, months and years stay ISO (2025-11-20, 2025-11, 2025,
 * 2025-03-31T18:28); a day or month without a year reads '2 декабря (год неизвестен)' /
 * 'December 2 (year unknown)'.
 */
export function dateValueText(value: string): string {
  const day = /^--(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const time = Date.UTC(2000, Number(day[1]) - 1, Number(day[2])); // a leap year, for --02-29
    return l10n.t('{0} (year unknown)', formatDate(time, { day: 'numeric', month: 'long' }));
  }
  const month = /^--(\d{2})$/.exec(value);
  if (month) {
    return l10n.t('{0} (year unknown)', formatDate(Date.UTC(2000, Number(month[1]) - 1, 1), { month: 'long' }));
  }
  return value;
}

/** Whether a value has no year ('--12-02', '--12'). */
export function yearless(value: string): boolean {
  return value.startsWith('--');
}
