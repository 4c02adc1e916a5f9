/**
 * The frame of the files next to the analysis cache: a magic string, a JSON header (its length first,
 * 4 bytes little-endian) and a binary payload. Writes go to a temporary file renamed over the old one.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** A msgpack nil: unpacking it makes msgpackr let go of the previous source buffer. */
export const NIL = Buffer.from([0xc0]);

export async function writeStampedFile(file: string, magic: Buffer, header: object, payload: Uint8Array): Promise<void> {
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const handle = await fs.open(temp, 'w');
  try {
    await handle.writev([magic, length, head, payload]); // no concatenated copy of the payload
  } finally {
    await handle.close();
  }
  await fs.rename(temp, file);
}

/** The header and payload of a file's bytes; throws when they are not such a file or are cut short. */
export function readStampedFile<H>(bytes: Buffer, magic: Buffer, what: string): { header: H; payload: Buffer } {
  if (bytes.length < magic.length + 4 || !bytes.subarray(0, magic.length).equals(magic)) throw new Error(`not ${what}`);
  const headerEnd = magic.length + 4 + bytes.readUInt32LE(magic.length);
  if (headerEnd > bytes.length) throw new Error('truncated');
  return { header: JSON.parse(bytes.subarray(magic.length + 4, headerEnd).toString('utf8')) as H, payload: bytes.subarray(headerEnd) };
}

export function sha1(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** The same digest, the bytes hashed a megabyte at a time, `between` awaited after each (a host yields there). */
export async function sha1InSlices(bytes: Uint8Array, between: () => Promise<void>): Promise<string> {
  const hash = createHash('sha1');
  const step = 2 ** 20;
  for (let i = 0; i < bytes.length; i += step) {
    hash.update(bytes.subarray(i, i + step));
    await between();
  }
  return hash.digest('hex');
}
