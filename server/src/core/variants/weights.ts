/**
 * Weights of the variant model (evidence.ts). Written by `node --import tsx test/variants-pairs/fit.ts`
 * from the labelled pairs in test/variants-pairs/pairs.txt (262 pairs, 172 fitted): do not edit by hand.
 */
export const FEATURE_NAMES = [
  'bias', 'cost', 'long', 'first', 'ending', 'short', 'russian', 'common', 'minCount', 'ratio', 'org', 'loc',
  'oblique', 'genderSlip', 'sameEntity', 'restAgree', 'restConflict', 'restOne', 'sameDoc', 'sharedNbr',
  'sameRole', 'partMismatch', 'k_yo', 'k_e_ye', 'k_y_i', 'k_i_short', 'k_iotation', 'k_soft_sign',
  'k_doubled', 'k_aspiration', 'k_affricate', 'k_ti_chi', 'k_g_h', 'k_vowel', 'k_consonant', 'k_insert_vowel',
  'k_insert_consonant', 'k_syllable', 'k_other', 'k_transcription',
] as const;

export const WEIGHTS: Partial<Record<(typeof FEATURE_NAMES)[number], number>> = {
  bias: 1.016,
  cost: -0.959,
  long: 0.447,
  first: 0.02,
  ending: -0.393,
  short: -0.429,
  russian: -0.197,
  common: -0.34,
  minCount: -1.006,
  ratio: 1.379,
  org: -0.414,
  loc: -0.108,
  oblique: 0.116,
  genderSlip: 0.078,
  sameEntity: 0,
  restAgree: 0.351,
  restConflict: 0,
  restOne: 0.094,
  sameDoc: 0.759,
  sharedNbr: 0.264,
  sameRole: 0.182,
  partMismatch: 0,
  k_yo: 0.02,
  k_e_ye: 0.183,
  k_y_i: -0.035,
  k_i_short: 0.108,
  k_iotation: -0.102,
  k_soft_sign: 0.087,
  k_doubled: 0.02,
  k_aspiration: 0.203,
  k_affricate: 0.087,
  k_ti_chi: 0.044,
  k_g_h: 0.104,
  k_vowel: -0.289,
  k_consonant: -0.506,
  k_insert_vowel: -0.222,
  k_insert_consonant: -0.266,
  k_syllable: -0.043,
  k_other: -0.04,
  k_transcription: 0.16,
};

export const THRESHOLDS = { sure: 0.85, plausible: 0.5 };
