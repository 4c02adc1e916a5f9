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
  bias: 0.844,
  cost: -1.218,
  first: 0.015,
  ending: -0.341,
  short: -0.438,
  russian: -0.03,
  common: -0.389,
  minCount: -1.013,
  ratio: 1.404,
  org: -0.309,
  loc: -0.164,
  sameEntity: 0,
  restAgree: 0.463,
  restConflict: 0,
  restOne: 0,
  sameDoc: 0.769,
  sharedNbr: 0.289,
  sameRole: 0.192,
  partMismatch: 0,
  k_yo: 0.027,
  k_e_ye: 0.214,
  k_y_i: -0.05,
  k_i_short: -0.01,
  k_iotation: -0.061,
  k_soft_sign: 0.132,
  k_doubled: 0.04,
  k_aspiration: 0.267,
  k_affricate: 0.099,
  k_ti_chi: 0.061,
  k_g_h: 0.129,
  k_vowel: -0.18,
  k_consonant: -0.443,
  k_insert_vowel: -0.241,
  k_insert_consonant: -0.399,
  k_syllable: -0.195,
  k_other: 0,
};

export const THRESHOLDS = { sure: 0.85, plausible: 0.5 };
