/**
 * Where a command's result goes, piece by piece: stdout or a file, in chunks of about 64 KB, waiting
 * when the reader is slower (a pipe) instead of holding the whole result in memory.
 */
import { promises as fs } from 'node:fs';

export interface Output {
  write(text: string): Promise<void>;
  /** Writes what is still buffered, then closes a file (stdout stays open). */
  end(): Promise<void>;
}

const CHUNK = 64 * 1024;

/** Buffers small writes into chunks for `flush`; `close` runs once, after the last chunk, even when it failed. */
export function chunked(flush: (text: string) => Promise<void>, close: () => Promise<void> = async () => undefined): Output {
  let pending = '';
  return {
    async write(text) {
      pending += text;
      if (pending.length < CHUNK) return;
      const chunk = pending;
      pending = '';
      await flush(chunk);
    },
    async end() {
      const chunk = pending;
      pending = '';
      try {
        if (chunk) await flush(chunk);
      } finally {
        await close();
      }
    },
  };
}

/** Writes to a stream such as process.stdout, waiting for 'drain' when its buffer is full. */
export function streamWriter(stream: NodeJS.WritableStream): (text: string) => Promise<void> {
  return (text) => new Promise((resolve) => (stream.write(text) ? resolve() : stream.once('drain', resolve)));
}

/** A new file (replaced if there); `end()` closes it. */
export async function fileOutput(file: string): Promise<Output> {
  const handle = await fs.open(file, 'w');
  return chunked(async (text) => void (await handle.write(text)), () => handle.close());
}

/** Writes each piece followed by a newline; a lone newline when there is none (as `join('\n')` printed with a newline). */
export async function writeLines(out: Output, pieces: Iterable<string>): Promise<void> {
  let any = false;
  for (const piece of pieces) {
    any = true;
    await out.write(`${piece}\n`);
  }
  if (!any) await out.write('\n');
}
