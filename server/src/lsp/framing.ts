/**
 * Keeps the stdio message stream in frame when a client sends a header without a usable
 * Content-Length. vscode-jsonrpc's reader then reports an error but leaves the message's body in
 * its buffer, where it is read as part of the next header: that message and the ones after it are
 * lost. This stream sits between stdin and the reader. Well-formed messages pass through unchanged
 * (bodies are streamed, not buffered); a header without a usable Content-Length is taken out
 * together with the JSON value that follows it (found by matching brackets), and reported to
 * `onBadFrame`, so the server can log it and answer a request with an error.
 */
import * as l10n from '@vscode/l10n';
import { Transform, type TransformCallback } from 'node:stream';

export interface BadFrame {
  /** Why the header was refused. */
  reason: string;
  /** The JSON message that followed, when it could be read. */
  message?: unknown;
}

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
/** A header block longer than this is not a header: it is dropped up to the next header. */
const MAX_HEADER = 8192;

export class FramingGuard extends Transform {
  private pending: Buffer = Buffer.alloc(0);
  /** Bytes of a well-formed body still to pass through. */
  private bodyLeft = 0;
  /** A header was refused: the JSON value after it is being skipped. */
  private skipping: string | null = null;

  constructor(private readonly onBadFrame: (bad: BadFrame) => void) {
    super();
  }

  _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let data = chunk;
    if (this.bodyLeft > 0) data = this.passBody(data);
    if (data.length) this.pending = this.pending.length ? Buffer.concat([this.pending, data]) : data;
    this.drain();
    done();
  }

  /** Pushes the part of `data` that belongs to the current body; returns the rest. */
  private passBody(data: Buffer): Buffer {
    const n = Math.min(this.bodyLeft, data.length);
    this.push(data.subarray(0, n));
    this.bodyLeft -= n;
    return data.subarray(n);
  }

  private drain(): void {
    while (this.pending.length) {
      if (this.skipping !== null ? !this.skipValue() : !this.readHeader()) return;
      if (this.bodyLeft > 0) this.pending = this.passBody(this.pending);
    }
  }

  /** Reads one header block; false when more input is needed. */
  private readHeader(): boolean {
    const end = this.pending.indexOf(HEADER_END);
    if (end < 0) {
      if (this.pending.length > MAX_HEADER) this.dropToNextHeader(l10n.t('a header block too long or without an end'));
      return false;
    }
    const header = this.pending.subarray(0, end).toString('ascii');
    const length = contentLength(header);
    if (length === null) {
      this.pending = this.pending.subarray(end + HEADER_END.length);
      this.skipping = /content-length/i.test(header) ? l10n.t('Content-Length is not a number') : l10n.t('no Content-Length header');
      return true;
    }
    this.push(this.pending.subarray(0, end + HEADER_END.length));
    this.pending = this.pending.subarray(end + HEADER_END.length);
    this.bodyLeft = length;
    return true;
  }

  /** Takes out the JSON value after a refused header; false when more input is needed. */
  private skipValue(): boolean {
    const start = this.pending.findIndex((b) => !isSpace(b));
    if (start < 0) return false;
    const opener = this.pending[start];
    if (opener !== 0x7b && opener !== 0x5b) {
      this.onBadFrame({ reason: l10n.t('{0}; the body is not JSON', this.skipping ?? '') });
      this.skipping = null;
      this.dropToNextHeader(null);
      return true;
    }
    const end = jsonValueEnd(this.pending, start);
    if (end < 0) return false;
    this.onBadFrame({ reason: this.skipping!, message: parseOrUndefined(this.pending.subarray(start, end)) });
    this.skipping = null;
    this.pending = this.pending.subarray(end);
    return true;
  }

  /** Drops input up to the next 'Content-Length' or 'Content-Type' (or all of it). */
  private dropToNextHeader(reason: string | null): void {
    const text = this.pending.toString('latin1');
    const next = text.slice(1).search(/content-(length|type)\s*:/i);
    if (reason) this.onBadFrame({ reason });
    this.pending = next < 0 ? Buffer.alloc(0) : this.pending.subarray(next + 1);
  }
}

/** The Content-Length of a header block, or null when it has none or it is not a number. */
function contentLength(header: string): number | null {
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0 || line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    return /^\d+$/.test(value) ? Number(value) : null;
  }
  return null;
}

/** The end (exclusive) of the JSON object or array starting at `start`, or -1 if it is not complete yet. */
function jsonValueEnd(bytes: Buffer, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (inString) {
      if (b === 0x5c) i++; // backslash: skip the escaped byte
      else if (b === 0x22) inString = false;
    } else if (b === 0x22) inString = true;
    else if (b === 0x7b || b === 0x5b) depth++;
    else if ((b === 0x7d || b === 0x5d) && --depth === 0) return i + 1;
  }
  return -1;
}

function parseOrUndefined(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}
