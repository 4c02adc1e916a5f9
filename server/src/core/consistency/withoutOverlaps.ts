/** Edits sorted by offset, each one overlapping an edit kept before it dropped (LSP and files both reject overlaps). */
export function withoutOverlaps<T extends { start: number; end: number }>(edits: readonly T[]): T[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: T[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (!last || e.start >= last.end) out.push(e);
  }
  return out;
}
