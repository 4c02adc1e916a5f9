/** Spelling variants of names: the public surface of this folder. */
export { variantKind, wordKind, type VariantOptions } from './variantKind';
export { respell } from './respell';
export { cleanSpelling, fixHomoglyphs, hasHomoglyph, skeleton } from './normalize';
export type { SpellingGroup } from './spellingTable';
