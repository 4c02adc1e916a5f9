/**
 * Packing a large file's lists in slices (the analysis cache, the stored link): each list goes as
 * msgpack chunks of CHUNK items, with a turn of the event loop whenever PACK_SLICE_MS of the main
 * thread are used (a save runs in an editor in use: one pack of 10,000 entries held it 150-500 ms).
 */
import type { Packr } from 'msgpackr';

/** Most of the main thread one slice of packing takes before requests waiting may run. */
export const PACK_SLICE_MS = 8;

/** Items per packed chunk. */
const CHUNK = 512;

/** Yields to the event loop once a slice's time is used. */
export class Slices {
  private t0 = performance.now();

  async next(): Promise<void> {
    if (performance.now() - this.t0 < PACK_SLICE_MS) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.t0 = performance.now();
  }
}

/** The list packed in chunks, a slice's time at most between turns of the event loop. */
export async function packChunks(packr: Packr, list: readonly unknown[], slices: Slices): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (let i = 0; i < list.length; i += CHUNK) {
    out.push(packr.pack(list.slice(i, i + CHUNK)));
    await slices.next();
  }
  return out;
}

/** The list packed in chunks (packChunks), read back; a malformed chunk throws. */
export function unchunk(packr: Packr, chunks: unknown): unknown[] {
  if (!Array.isArray(chunks)) throw new Error('malformed');
  const out: unknown[] = [];
  for (const chunk of chunks) {
    if (!(chunk instanceof Uint8Array)) throw new Error('malformed');
    const list = packr.unpack(chunk);
    if (!Array.isArray(list)) throw new Error('malformed');
    for (const x of list) out.push(x);
  }
  return out;
}
