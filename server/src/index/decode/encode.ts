/** Text back to bytes in the encoding it was read in (the inverse of detect.ts), or why not. */
import { ENCODING_NAMES, type Encoding } from './detect';
import { encodeSingleByte } from './singleByte';

const BOMS: Partial<Record<Encoding, number[]>> = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] };

/** The bytes of `text` (after a BOM when `bom`), or a reason: a character the encoding cannot hold. */
export function encodeText(text: string, encoding: Encoding, bom: boolean): Uint8Array | { reason: string } {
  let body: Uint8Array;
  if (encoding === 'utf-8') body = Buffer.from(text, 'utf8');
  else if (encoding === 'utf-16le') body = Buffer.from(text, 'utf16le');
  else if (encoding === 'utf-16be') body = Buffer.from(text, 'utf16le').swap16();
  else {
    const single = encodeSingleByte(text, encoding);
    if (!(single instanceof Uint8Array)) return { reason: `${ENCODING_NAMES[encoding]} has no '${single.unmappable}'` };
    body = single;
  }
  const mark = bom ? BOMS[encoding] : undefined;
  return mark ? Buffer.concat([Buffer.from(mark), body]) : body;
}
