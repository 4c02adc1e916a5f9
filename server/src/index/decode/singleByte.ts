/**
 * The three single-byte encodings Russian plain text comes in, decoded by Node's TextDecoder (WHATWG
 * tables, every byte mapped) and encoded back through the inverse of the same table.
 */
export type SingleByteEncoding = 'windows-1251' | 'koi8-r' | 'ibm866';

export const SINGLE_BYTE_ENCODINGS: readonly SingleByteEncoding[] = ['windows-1251', 'koi8-r', 'ibm866'];

const inverses = new Map<SingleByteEncoding, Map<number, number>>();

/** Whether this Node can decode the encoding (a build without full ICU may not). */
export function canDecode(encoding: string): boolean {
  try {
    new TextDecoder(encoding);
    return true;
  } catch {
    return false;
  }
}

export function decodeSingleByte(bytes: Uint8Array, encoding: SingleByteEncoding): string {
  return new TextDecoder(encoding).decode(bytes);
}

function inverse(encoding: SingleByteEncoding): Map<number, number> {
  let table = inverses.get(encoding);
  if (!table) {
    table = new Map();
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const chars = decodeSingleByte(all, encoding);
    for (let b = 0; b < 256; b++) if (!table.has(chars.charCodeAt(b))) table.set(chars.charCodeAt(b), b);
    inverses.set(encoding, table);
  }
  return table;
}

/** The bytes of `text` in the encoding, or the first character it cannot hold. */
export function encodeSingleByte(text: string, encoding: SingleByteEncoding): Uint8Array | { unmappable: string } {
  const table = inverse(encoding);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = table.get(text.charCodeAt(i));
    if (b === undefined) return { unmappable: String.fromCodePoint(text.codePointAt(i) ?? 0) };
    out[i] = b;
  }
  return out;
}
