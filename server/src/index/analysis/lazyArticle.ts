/**
 * The articles' structure (title, paragraphs, quotations...) in the analysis cache, decoded on first
 * use: linking and findings never read it, only a feature on one document (outline, folding, hover on a
 * date) or an export does, so a warm start leaves ~30 objects per article undecoded (~300,000 at 10,000
 * articles). The articles are packed one by one into one block of bytes; an analysis read from the
 * cache gets an `article` property that unpacks its bytes the first time it is read, then holds the
 * object. Its bytes are kept for the next save, which writes them again without decoding them.
 */
import { Packr } from 'msgpackr';
import type { Article, DocumentAnalysis } from '../../core/types';

/** The packed articles, in the order of the analyses; `ends[i]` is where article i's bytes end. */
export interface PackedArticles {
  bytes: Uint8Array;
  ends: number[];
}

/** Records, their structures defined in each article's bytes: each article decodes alone. */
const packr = new Packr({ useRecords: true });
const rawOf = new WeakMap<DocumentAnalysis, Uint8Array>();

/** One article's bytes, in a buffer of their own (a worker hands them over to the main thread). */
export function packArticle(article: Article): Uint8Array {
  return new Uint8Array(packr.pack(article));
}

export function packArticles(analyses: readonly DocumentAnalysis[]): PackedArticles {
  const parts = analyses.map((a) => rawOf.get(a) ?? Buffer.from(packr.pack(a.article)));
  let end = 0;
  const ends = parts.map((p) => (end += p.length));
  return { bytes: Buffer.concat(parts), ends };
}

/**
 * An analysis (without its article: `rest` holds the other fields) whose article is unpacked from
 * bytes `start`..`end` of `bytes` when first read; throws when the bounds do not fit.
 */
export function withLazyArticle(rest: Partial<Omit<DocumentAnalysis, 'article'>>, bytes: Uint8Array, start: number, end: number): DocumentAnalysis {
  if (!(start >= 0 && start <= end && end <= bytes.length)) throw new Error('article bytes out of range');
  const raw = bytes.subarray(start, end);
  const analysis = {} as DocumentAnalysis;
  Object.defineProperty(analysis, 'article', {
    enumerable: true,
    configurable: true,
    get(this: DocumentAnalysis): Article {
      const article = packr.unpack(raw) as Article;
      Object.defineProperty(this, 'article', { value: article, enumerable: true, configurable: true, writable: true });
      return article;
    },
  });
  rawOf.set(analysis, raw);
  return Object.assign(analysis, rest);
}
