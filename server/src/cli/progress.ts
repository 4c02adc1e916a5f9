import { t } from './messages';

/** Progress on stderr for long runs: a bar with articles/s when stderr is a terminal, nothing otherwise. */
export interface Progress {
  start(total: number): void;
  tick(): void;
  end(): void;
}

export function stderrProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  let total = 0;
  let done = 0;
  let began = 0;
  let lastDraw = 0;
  const draw = () => {
    const width = 30;
    const filled = total ? Math.round((width * done) / total) : width;
    const rate = done / Math.max((Date.now() - began) / 1000, 0.001);
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${t().progress(done, total, Math.round(rate))}`);
  };
  if (!stream.isTTY) return { start() {}, tick() {}, end() {} };
  return {
    start(n) {
      total = n;
      began = Date.now();
    },
    tick() {
      done++;
      if (total >= 20 && Date.now() - lastDraw > 100) {
        lastDraw = Date.now();
        draw();
      }
    },
    end() {
      if (lastDraw) stream.write('\r\x1b[K');
    },
  };
}
