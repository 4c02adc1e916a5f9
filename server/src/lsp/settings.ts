/** Reading `corpusLens.*` settings from the client, falling back to the defaults for anything missing or wrong. */
import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_SETTINGS, type CorpusLensSettings } from '../../../common/protocol';

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

export async function fetchSettings(connection: Connection, supported: boolean): Promise<CorpusLensSettings> {
  if (!supported) return DEFAULT_SETTINGS;
  try {
    const [raw] = await connection.workspace.getConfiguration([{ section: 'corpusLens' }]);
    return sanitizeSettings(raw);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function sanitizeSettings(raw: unknown): CorpusLensSettings {
  const r = (raw ?? {}) as Record<string, any>;
  const globs = (v: unknown, fallback: string[]) =>
    Array.isArray(v) && v.every((g) => typeof g === 'string') ? (v as string[]) : fallback;
  const size = Number(r.maxFileSize);
  const severity = r.diagnostics?.severity;
  return {
    files: {
      include: globs(r.files?.include, DEFAULT_SETTINGS.files.include),
      exclude: globs(r.files?.exclude, DEFAULT_SETTINGS.files.exclude),
    },
    maxFileSize: Number.isFinite(size) && size > 0 ? size : DEFAULT_SETTINGS.maxFileSize,
    diagnostics: { severity: SEVERITIES.has(severity) ? severity : DEFAULT_SETTINGS.diagnostics.severity },
  };
}
