/**
 * Classifies the difference between two spellings (nominative lemmas) of one name. Only differences
 * of a known kind count; inflection (an ending added or changed), look-alike but different known
 * names and arbitrary edits are never variants.
 */
import type { EntityType, VariantKind } from '../types';
import { builtinKnownNames, distinctKnown, type KnownNames } from './known';
import { cleanSpelling, fixHomoglyphs, isAllCaps, orgKey } from './normalize';

export interface VariantOptions {
  /** Entity type: case-only and cross-script differences are variants of organizations only. */
  type?: EntityType;
  known?: KnownNames;
}

export function variantKind(a: string, b: string, options: VariantOptions = {}): VariantKind | null {
  if (a === b || distinctKnown(a, b, options.known ?? builtinKnownNames())) return null;
  const na = a.normalize('NFC');
  const nb = b.normalize('NFC');
  if (na === nb) return decomposedKind(a + b);
  const ha = fixHomoglyphs(na);
  const hb = fixHomoglyphs(nb);
  if (ha === hb) return 'homoglyph';
  if (ha.replace(/[-‐‑]/g, ' ') === hb.replace(/[-‐‑]/g, ' ')) return 'hyphen-space';
  // 'Дата.Плюс' / 'ДатаПлюс', 'Лесо Крафт' / 'ЛесоКрафт': the same letters, parts joined or separated.
  if (/[\s.\-‐‑]/.test(ha + hb) && ha.replace(/[\s.\-‐‑]/g, '') === hb.replace(/[\s.\-‐‑]/g, '')) return 'hyphen-space';
  const wa = ha.split(/\s+/);
  const wb = hb.split(/\s+/);
  if (wa.length !== wb.length) return null;
  let kind: VariantKind | null = null;
  for (let i = 0; i < wa.length; i++) {
    if (wa[i] === wb[i]) continue;
    const k = wordKind(wa[i], wb[i], options.type);
    if (!k) return null;
    kind ??= k;
  }
  return kind;
}

/** A decomposed 'й' (и + U+0306) or 'ё' (е + U+0308) against the composed letter. */
function decomposedKind(both: string): VariantKind | null {
  if (both.includes('\u0306')) return 'i-short';
  if (both.includes('\u0308')) return 'yo';
  return null;
}

type Rule = [VariantKind, (w: string) => string];

const RULES: Rule[] = [
  ['yo', (w) => w.replace(/ё/g, 'е')],
  ['e-ye', (w) => w.replace(/э/g, 'е')],
  ['i-short', (w) => w.replace(/й/g, 'и')],
  ['aspiration', (w) => w.replace(/([тпк])х/g, '$1')],
  ['doubled-letter', (w) => w.replace(/(.)\1+/g, '$1')],
];

/** The kind of difference between two single words, or null. */
export function wordKind(x: string, y: string, type?: EntityType): VariantKind | null {
  const lx = x.toLowerCase();
  const ly = y.toLowerCase();
  if (lx === ly) return type === 'ORG' && innerCase(x, y) ? 'organization' : null;
  for (const [kind, fold] of RULES) {
    if (fold(lx) === fold(ly)) return kind === 'i-short' && finalDifference(lx, ly) ? null : kind;
  }
  if (droppedInside(lx, ly) || droppedInside(ly, lx)) return 'dropped-letter';
  if (type === 'ORG' && orgKey(x) === orgKey(y)) return 'organization';
  return null;
}

/** Capitals differ inside the word ('РусГидро'/'Русгидро'); not ALL-CAPS, not a sentence-initial capital. */
function innerCase(x: string, y: string): boolean {
  return !isAllCaps(x) && !isAllCaps(y) && x.slice(1) !== y.slice(1);
}

/** й/и in the last letter is inflection territory (Дмитрий/Дмитрии), not a variant. */
function finalDifference(a: string, b: string): boolean {
  return a.length === b.length && a[a.length - 1] !== b[b.length - 1];
}

/** The shortest word in which a dropped letter is believed (shorter words differ by design). */
export const MIN_DROPPED_LENGTH = 7;

/** `short` is `long` without one letter, neither the first nor in the last two (the ending). */
export function droppedInside(long: string, short: string): boolean {
  if (long.length !== short.length + 1 || long.length < MIN_DROPPED_LENGTH) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  if (i === 0 || i > long.length - 3) return false;
  return long.slice(i + 1) === short.slice(i);
}

/** Interior one-letter deletions of a skeleton word (the keys droppedInside pairs collide on). */
export function interiorDeletions(word: string): string[] {
  if (word.length < MIN_DROPPED_LENGTH) return [];
  const out: string[] = [];
  for (let i = 1; i <= word.length - 3; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** A spelling that is itself wrong whatever the corpus says: decomposed letters, Latin look-alikes. */
export function dirtyKind(written: string): VariantKind | null {
  if (cleanSpelling(written) === written) return null;
  return written.normalize('NFC') === written ? 'homoglyph' : decomposedKind(written) ?? 'homoglyph';
}
