/** Restores the letter case of a lemma from the word as written ('тхонглун' + 'Тхонглуна' -> 'Тхонглун'). */
export function matchCase(dictLemma: string, written: string): string {
  // The dictionary restores ё (Лихачёв); keep е when the text writes е.
  const lemma = /[ёЁ]/.test(written) ? dictLemma : dictLemma.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  const hyphen = written.lastIndexOf('-');
  if (hyphen > 0 && !lemma.includes('-')) return written.slice(0, hyphen + 1) + matchCase(lemma, written.slice(hyphen + 1));
  if (written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase()) {
    return lemma.toUpperCase();
  }
  const lemmaParts = lemma.split('-');
  const writtenParts = written.split('-');
  return lemmaParts
    .map((part, i) => {
      const w = writtenParts[Math.min(i, writtenParts.length - 1)] ?? '';
      return /^\p{Lu}/u.test(w) ? upperFirst(part) : part;
    })
    .join('-');
}

export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
