/** Terminal colour: only when stdout is a terminal and NO_COLOR is not set (https://no-color.org). */
export interface Palette {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
  magenta(s: string): string;
}

const wrap = (code: number) => (s: string) => `\x1b[${code}m${s}\x1b[0m`;
const plain = (s: string) => s;

export function palette(isTTY: boolean, env: NodeJS.ProcessEnv = process.env): Palette {
  const on = isTTY && !env.NO_COLOR;
  if (!on) return { bold: plain, dim: plain, red: plain, yellow: plain, cyan: plain, green: plain, magenta: plain };
  return { bold: wrap(1), dim: wrap(2), red: wrap(31), yellow: wrap(33), cyan: wrap(36), green: wrap(32), magenta: wrap(35) };
}
