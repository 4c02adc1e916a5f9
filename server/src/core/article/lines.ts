/** A line of text with its offsets (end excludes the line break). */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** Splits text into lines, handling \n, \r\n and lone \r. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    lines.push({ start, end: i, text: text.slice(start, i) });
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

/** The line with leading/trailing white space trimmed off, offsets adjusted. */
export function trimLine(line: Line): Line {
  const lead = line.text.length - line.text.trimStart().length;
  const text = line.text.trim();
  return { start: line.start + lead, end: line.start + lead + text.length, text };
}
