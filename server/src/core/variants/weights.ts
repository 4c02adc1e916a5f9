/**
 * Weights of the variant model (evidence.ts). Written by `node --import tsx test/variants-pairs/fit.ts`
 * from the labelled pairs in test/variants-pairs/pairs.txt (261 pairs, 171 fitted): do not edit by hand.
 */
export const FEATURE_NAMES = [
  'bias', 'cost', 'long', 'first', 'ending', 'short', 'russian', 'common', 'minCount', 'ratio', 'org', 'loc',
  'oblique', 'genderSlip', 'sameEntity', 'restAgree', 'restConflict', 'restOne', 'sameDoc', 'sharedNbr',
  'sameRole', 'partMismatch', 'k_yo', 'k_e_ye', 'k_y_i', 'k_i_short', 'k_iotation', 'k_soft_sign',
  'k_doubled', 'k_aspiration', 'k_affricate', 'k_ti_chi', 'k_g_h', 'k_vowel', 'k_consonant', 'k_insert_vowel',
  'k_insert_consonant', 'k_syllable', 'k_other', 'k_transcription',
] as const;

export const WEIGHTS: Partial<Record<(typeof FEATURE_NAMES)[number], number>> = {
  bias: 0.964,
  cost: -0.988,
  long: 0.459,
  first: 0.023,
  ending: -0.355,
  short: -0.456,
  russian: -0.192,
  common: -0.344,
  minCount: -0.997,
  ratio: 1.351,
  org: -0.407,
  loc: -0.153,
  oblique: 0.118,
  genderSlip: 0.105,
  sameEntity: 0,
  restAgree: 0.389,
  restConflict: 0,
  restOne: 0.095,
  sameDoc: 0.8,
  sharedNbr: 0.28,
  sameRole: 0.185,
  partMismatch: 0,
  k_yo: 0.02,
  k_e_ye: 0.17,
  k_y_i: -0.029,
  k_i_short: 0.031,
  k_iotation: -0.103,
  k_soft_sign: 0.091,
  k_doubled: 0.025,
  k_aspiration: 0.21,
  k_affricate: 0.073,
  k_ti_chi: 0.044,
  k_g_h: 0.107,
  k_vowel: -0.269,
  k_consonant: -0.487,
  k_insert_vowel: -0.215,
  k_insert_consonant: -0.326,
  k_syllable: -0.031,
  k_other: -0.039,
  k_transcription: 0.162,
};

export const THRESHOLDS = { sure: 0.85, plausible: 0.5 };
