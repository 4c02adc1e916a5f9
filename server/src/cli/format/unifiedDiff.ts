/** A unified diff (as `diff -u` / git print it) between two versions of a text whose edits keep the line count. */

const CONTEXT = 3;

function splitLines(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  return lines.length && lines[lines.length - 1] === '' ? lines.slice(0, -1) : lines;
}

/** Groups changed line indexes into hunks [first, last] including context, merging hunks that touch. */
function hunkRanges(changed: number[], count: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const i of changed) {
    const from = Math.max(0, i - CONTEXT);
    const to = Math.min(count - 1, i + CONTEXT);
    const last = ranges[ranges.length - 1];
    if (last && from <= last[1] + 1) last[1] = to;
    else ranges.push([from, to]);
  }
  return ranges;
}

function line(prefix: string, text: string): string {
  return text.endsWith('\n') ? `${prefix}${text.slice(0, -1)}` : `${prefix}${text}\n\\ No newline at end of file`;
}

/** Empty string when nothing changed. Both texts must have the same number of lines. */
export function unifiedDiff(oldPath: string, newPath: string, before: string, after: string): string {
  const a = splitLines(before);
  const b = splitLines(after);
  if (a.length !== b.length) throw new Error('unifiedDiff: the edits changed the number of lines');
  const changed = a.map((_, i) => i).filter((i) => a[i] !== b[i]);
  if (!changed.length) return '';
  const out = [`--- ${oldPath}`, `+++ ${newPath}`];
  for (const [from, to] of hunkRanges(changed, a.length)) {
    const n = to - from + 1;
    out.push(`@@ -${from + 1},${n} +${from + 1},${n} @@`);
    for (let i = from; i <= to; i++) {
      if (a[i] === b[i]) out.push(line(' ', a[i]));
      else out.push(line('-', a[i]), line('+', b[i]));
    }
  }
  return out.join('\n');
}
