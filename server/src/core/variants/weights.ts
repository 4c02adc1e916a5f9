/**
 * Weights of the variant model (evidence.ts). Written by `node --import tsx test/variants-pairs/fit.ts`
 * from the labelled pairs in test/variants-pairs/pairs.txt (211 pairs, 139 fitted): do not edit by hand.
 */
export const FEATURE_NAMES = [
  'bias', 'cost', 'first', 'ending', 'short', 'russian', 'common', 'minCount', 'ratio', 'org', 'loc',
  'sameEntity', 'restAgree', 'restConflict', 'restOne', 'sameDoc', 'sharedNbr', 'sameRole', 'partMismatch',
  'k_yo', 'k_e_ye', 'k_y_i', 'k_i_short', 'k_iotation', 'k_soft_sign', 'k_doubled', 'k_aspiration',
  'k_affricate', 'k_ti_chi', 'k_g_h', 'k_vowel', 'k_consonant', 'k_insert_vowel', 'k_insert_consonant',
  'k_syllable', 'k_other',
] as const;

export const WEIGHTS: Partial<Record<(typeof FEATURE_NAMES)[number], number>> = {
  bias: 0.81,
  cost: -1.21,
  first: 0.262,
  ending: -0.33,
  short: -0.457,
  russian: -0.021,
  common: -0.385,
  minCount: -1.009,
  ratio: 1.4,
  org: -0.31,
  loc: -0.162,
  sameEntity: 0,
  restAgree: 0.459,
  restConflict: 0,
  restOne: 0,
  sameDoc: 0.768,
  sharedNbr: 0.283,
  sameRole: 0.188,
  partMismatch: 0,
  k_yo: 0.028,
  k_e_ye: 0.221,
  k_y_i: -0.048,
  k_i_short: -0.007,
  k_iotation: -0.057,
  k_soft_sign: 0.139,
  k_doubled: 0.049,
  k_aspiration: 0.229,
  k_affricate: 0.092,
  k_ti_chi: 0.063,
  k_g_h: 0.116,
  k_vowel: -0.163,
  k_consonant: -0.447,
  k_insert_vowel: -0.237,
  k_insert_consonant: -0.393,
  k_syllable: -0.194,
  k_other: 0,
};

export const THRESHOLDS = { sure: 0.85, plausible: 0.5 };
