/**
 * The mentions of the analysis cache, decoded per document on first use: a warm start restores the
 * stored link from numbers (core/linking/snapshot.ts) and needs no mention before the index is ready,
 * so the ~500,000 mention objects of 10,000 articles (and their words, names and dates: ~1.7 million
 * objects) are no longer built, and collected, all at once before it. Each document's mentions are
 * packed apart in one block, as msgpack records whose structures are shared by the whole block (stored
 * with it: a document's bytes define none, so decoding one document compiles no reader); their strings
 * are numbers into the cache's string table (stringTable.ts). An analysis read from the cache gets a
 * `mentions` property that decodes its bytes when first read, and says its number of mentions before
 * (`mentionCount`, see core/linking/snapshot.ts).
 */
import { Packr } from 'msgpackr';
import type { DocumentAnalysis, Mention } from '../../core/types';
import { NIL } from './stampedFile';
import { readStrings, type StringTableWriter } from './stringTable';

/** The packed mentions, in the order of the analyses: `ends[i]` is where document i's bytes end. */
export interface PackedMentions {
  bytes: Uint8Array;
  ends: number[];
  counts: number[];
  /** The record structures the bytes refer to (msgpackr's shared structures). */
  structures: string[][];
}

/** Enough for the few kinds of mention records (a dozen at 10,000 articles); more go inline per document. */
const MAX_SHARED = 8160;

const packrOf = (structures: string[][]) => new Packr({ useRecords: true, structures, maxSharedStructures: MAX_SHARED });

/**
 * Each document's mentions packed apart, with the record structures the block shares: one document at a
 * time (a caller may yield between documents), then `done` gives the block.
 */
export function mentionPacker(table: StringTableWriter): { add(mentions: readonly Mention[]): void; done(): PackedMentions } {
  const structures: string[][] = [];
  const packr = packrOf(structures);
  const parts: Buffer[] = [];
  const counts: number[] = [];
  return {
    add(mentions) {
      parts.push(Buffer.from(packr.pack(table.mentions(mentions))));
      counts.push(mentions.length);
    },
    done() {
      let end = 0;
      const ends = parts.map((p) => (end += p.length));
      return { bytes: Buffer.concat(parts), ends, counts, structures: structures.map((s) => [...s]) };
    },
  };
}

/** Reads the mentions of a block decoded from the cache; throws when its shape does not fit `n` documents. */
export class MentionReader {
  private readonly packr: Packr;
  /** The block's bytes, let go once every document is decoded. */
  private bytes: Uint8Array;
  private readonly ends: number[];
  private readonly counts: number[];
  private left: number;

  constructor(block: PackedMentions, n: number, private readonly strings: readonly string[]) {
    const { bytes, ends, counts, structures } = block ?? {};
    if (!(bytes instanceof Uint8Array) || !Array.isArray(ends) || !Array.isArray(counts) || !Array.isArray(structures)) throw new Error('malformed mentions');
    if (ends.length !== n || counts.length !== n || !counts.every((c) => Number.isInteger(c) && c >= 0)) throw new Error('malformed mentions');
    if (!ends.every((e, i) => Number.isInteger(e) && e >= (i ? ends[i - 1] : 0) && e <= bytes.length)) throw new Error('mention bytes out of range');
    if (!structures.every((s) => Array.isArray(s) && s.every((k) => typeof k === 'string'))) throw new Error('malformed mentions');
    this.bytes = new Uint8Array(bytes); // a copy (one memcpy): the file's buffer is let go
    this.ends = ends;
    this.counts = counts;
    this.left = n;
    this.packr = packrOf(structures.map((s) => [...s]));
  }

  /** Gives `analysis` (which has no mentions yet) the mentions of document `i`, decoded when first read. */
  attach(analysis: DocumentAnalysis, i: number): DocumentAnalysis {
    const count = this.counts[i];
    const reader = this;
    Object.defineProperty(analysis, 'mentions', {
      enumerable: true,
      configurable: true,
      get(this: DocumentAnalysis): Mention[] {
        const mentions = reader.read(i);
        Object.defineProperty(this, 'mentions', { value: mentions, enumerable: true, configurable: true, writable: true });
        return mentions;
      },
    });
    // The count without decoding; once decoded, the list's own length (core/linking/snapshot.ts: mentionCount).
    Object.defineProperty(analysis, 'mentionCount', {
      enumerable: false,
      configurable: true,
      get(this: DocumentAnalysis): number {
        const own = Object.getOwnPropertyDescriptor(this, 'mentions');
        return own && 'value' in own ? (own.value as Mention[]).length : count;
      },
    });
    return analysis;
  }

  /** Decodes document i's mentions (once: the getter then holds them). */
  private read(i: number): Mention[] {
    const { ends, counts } = this;
    const mentions = this.packr.unpack(this.bytes.subarray(i ? ends[i - 1] : 0, ends[i])) as Mention[];
    if (!Array.isArray(mentions) || mentions.length !== counts[i]) throw new Error('the analysis cache holds malformed mentions');
    if (--this.left === 0) {
      this.bytes = new Uint8Array(0);
      this.packr.unpack(NIL); // msgpackr keeps the last source until the next unpack
    }
    return readStrings({ mentions }, this.strings).mentions;
  }
}
