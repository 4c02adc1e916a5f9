/** Converts between UTF-16 offsets and zero-based line/character positions; keeps line starts, not the text. */
export interface Position {
  line: number;
  character: number;
}

/** Offsets where lines begin (after LF, CR or CRLF). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

export class LineMap {
  private readonly starts: Uint32Array;

  /** From the text, or from line starts and the text's length when the text is not at hand. */
  constructor(text: string);
  constructor(starts: readonly number[], length: number);
  constructor(textOrStarts: string | readonly number[], readonly length = textOrStarts.length) {
    this.starts = Uint32Array.from(typeof textOrStarts === 'string' ? lineStarts(textOrStarts) : textOrStarts);
  }

  lineStarts(): number[] {
    return Array.from(this.starts);
  }

  positionAt(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: at - this.starts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.length;
    const start = this.starts[Math.max(0, position.line)];
    const next = position.line + 1 < this.starts.length ? this.starts[position.line + 1] : this.length;
    return Math.min(start + Math.max(0, position.character), next);
  }
}
