/** Where the OpenCorpora dictionaries for `az` are: an explicit path, dist/dicts next to the bundle, or az's own. */
import * as fs from 'node:fs';
import * as path from 'node:path';

const REQUIRED_FILE = 'words.dawg';

export function resolveDictPath(explicit?: string): string {
  if (explicit) return explicit;
  const candidates: string[] = [];
  if (typeof __dirname === 'string') candidates.push(path.join(__dirname, 'dicts'));
  try {
    candidates.push(path.join(path.dirname(require.resolve('az/package.json')), 'dicts'));
  } catch {
    // az not resolvable from here (bundled): rely on the folder next to the bundle.
  }
  for (const c of candidates) if (fs.existsSync(path.join(c, REQUIRED_FILE))) return c;
  return candidates[0] ?? 'dicts';
}

/** A clear message when a dictionary folder is unusable, or null. */
export function checkDictPath(dir: string): string | null {
  if (!fs.existsSync(dir)) return `morphology dictionary folder not found: ${dir}`;
  if (!fs.existsSync(path.join(dir, REQUIRED_FILE))) return `morphology dictionary folder has no ${REQUIRED_FILE}: ${dir}`;
  return null;
}
