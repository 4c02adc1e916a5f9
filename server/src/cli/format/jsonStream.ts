/**
 * One JSON document written piece by piece, byte for byte as `JSON.stringify(value, null, 2)` would
 * print it: the value is given with placeholders (`hole(name)`) where long arrays go, and the arrays'
 * items are stringified and written one at a time.
 */
import type { Output } from './output';

/** A placeholder for the array named `name` in a template given to writeJson. */
export function hole(name: string): string {
  return `\u0000${name}\u0000`;
}

const HOLE = /"\\u0000(\w+)\\u0000"/g;

export async function writeJson(out: Output, template: unknown, arrays: Record<string, Iterable<unknown>>): Promise<void> {
  const text = JSON.stringify(template, null, 2);
  let from = 0;
  for (const m of text.matchAll(HOLE)) {
    const head = text.slice(from, m.index);
    await out.write(head);
    const line = head.slice(head.lastIndexOf('\n') + 1);
    await writeArray(out, arrays[m[1]] ?? [], line.length - line.trimStart().length);
    from = m.index + m[0].length;
  }
  await out.write(text.slice(from));
}

/** An array whose key is indented by `depth` spaces, as JSON.stringify(…, null, 2) nests it. */
async function writeArray(out: Output, items: Iterable<unknown>, depth: number): Promise<void> {
  const pad = ' '.repeat(depth);
  const inner = `\n${pad}  `;
  let first = true;
  for (const item of items) {
    const json = JSON.stringify(item, null, 2) ?? 'null';
    await out.write(`${first ? '[' : ','}${inner}${json.replace(/\n/g, inner)}`);
    first = false;
  }
  await out.write(first ? '[]' : `\n${pad}]`);
}

