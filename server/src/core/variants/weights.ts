/**
 * Weights of the variant model (evidence.ts). Written by `node --import tsx test/variants-pairs/fit.ts`
 * from the labelled pairs in test/variants-pairs/pairs.txt (228 pairs, 147 fitted): do not edit by hand.
 */
export const FEATURE_NAMES = [
  'bias', 'cost', 'long', 'first', 'ending', 'short', 'russian', 'common', 'minCount', 'ratio', 'org', 'loc',
  'sameEntity', 'restAgree', 'restConflict', 'restOne', 'sameDoc', 'sharedNbr', 'sameRole', 'partMismatch',
  'k_yo', 'k_e_ye', 'k_y_i', 'k_i_short', 'k_iotation', 'k_soft_sign', 'k_doubled', 'k_aspiration',
  'k_affricate', 'k_ti_chi', 'k_g_h', 'k_vowel', 'k_consonant', 'k_insert_vowel', 'k_insert_consonant',
  'k_syllable', 'k_other',
] as const;

export const WEIGHTS: Partial<Record<(typeof FEATURE_NAMES)[number], number>> = {
  bias: 0.769,
  cost: -1.002,
  long: 0.524,
  first: 0.004,
  ending: -0.379,
  short: -0.434,
  russian: -0.136,
  common: -0.378,
  minCount: -1.007,
  ratio: 1.384,
  org: -0.387,
  loc: -0.14,
  sameEntity: 0,
  restAgree: 0.476,
  restConflict: 0,
  restOne: 0,
  sameDoc: 0.782,
  sharedNbr: 0.279,
  sameRole: 0.176,
  partMismatch: 0,
  k_yo: 0.024,
  k_e_ye: 0.196,
  k_y_i: -0.061,
  k_i_short: -0.015,
  k_iotation: -0.062,
  k_soft_sign: 0.124,
  k_doubled: 0.034,
  k_aspiration: 0.256,
  k_affricate: 0.092,
  k_ti_chi: 0.056,
  k_g_h: 0.112,
  k_vowel: -0.231,
  k_consonant: -0.506,
  k_insert_vowel: -0.214,
  k_insert_consonant: -0.421,
  k_syllable: -0.004,
  k_other: 0,
};

export const THRESHOLDS = { sure: 0.85, plausible: 0.5 };
