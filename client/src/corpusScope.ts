/**
 * Which files are the corpus, as the client sees it: `corpusLens.files.include` / `exclude` (globs
 * relative to each workspace folder, matched like the server does) and the prose check the server
 * applies too (server/src/index/prose.ts). Also the cheap look at a workspace that decides whether
 * the language server is worth starting.
 */
import * as vscode from 'vscode';
import { minimatch } from 'minimatch';
import { WORKSPACE_CONFIG_FILE } from '../../common/protocol';
import { isRussianProse, nonProsePath } from '../../server/src/index/prose';

export const DEFAULT_INCLUDE = ['**/*.txt'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/.*/**'];

export interface CorpusGlobs {
  include: string[];
  exclude: string[];
}

export function corpusGlobs(): CorpusGlobs {
  const config = vscode.workspace.getConfiguration('corpusLens');
  return {
    include: config.get<string[]>('files.include') ?? DEFAULT_INCLUDE,
    exclude: config.get<string[]>('files.exclude') ?? DEFAULT_EXCLUDE,
  };
}

/** The workspace folder of a file and the file's path relative to it (with / separators). */
export function relativeToFolder(uri: vscode.Uri): { folder: vscode.WorkspaceFolder; rel: string } | undefined {
  if (uri.scheme !== 'file') return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return undefined;
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  if (!uri.path.startsWith(base)) return undefined;
  return { folder, rel: uri.path.slice(base.length) };
}

/** Whether a file matches an include glob and no exclude glob. */
export function inCorpusGlobs(uri: vscode.Uri, globs = corpusGlobs()): boolean {
  const where = relativeToFolder(uri);
  if (!where) return false;
  const matches = (list: string[]) => list.some((g) => minimatch(where.rel, g));
  return matches(globs.include) && !matches(globs.exclude);
}

/** Whether an open document is an article of the corpus: inside the globs and Russian prose. */
export function isCorpusDocument(doc: vscode.TextDocument, globs = corpusGlobs()): boolean {
  const where = relativeToFolder(doc.uri);
  if (!where || !inCorpusGlobs(doc.uri, globs)) return false;
  return isRussianProse(where.rel, doc.getText()).ok;
}

/** Globs the document selector matches against absolute paths (a superset: the server filters). */
export function selectorPatterns(globs = corpusGlobs()): string[] {
  return [...new Set(globs.include.map((g) => (g.startsWith('**/') ? g : `**/${g}`)))];
}

export function markerUri(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, ...WORKSPACE_CONFIG_FILE.split('/'));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

const SAMPLE_BYTES = 20_000;
const MAX_FILES_LOOKED_AT = 200;
const MAX_FILES_READ = 20;

/** The start of a file as text: UTF-8, or Windows-1251 when UTF-8 does not fit. */
async function readStart(uri: vscode.Uri): Promise<string> {
  const bytes = (await vscode.workspace.fs.readFile(uri)).subarray(0, SAMPLE_BYTES);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('windows-1251').decode(bytes);
    } catch {
      return '';
    }
  }
}

/**
 * Whether this workspace holds a corpus, cheaply: a folder has `.vscode/corpus-lens.json`, an open
 * document already has the corpus language, or one of the first few files the include globs find
 * reads as Russian prose. Activation because the workspace has .txt files in a seeds/ folder is not
 * enough: a project may keep unrelated text files there.
 */
export async function workspaceHasCorpus(languageId: string): Promise<boolean> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  for (const folder of folders) if (await exists(markerUri(folder))) return true;
  if (vscode.workspace.textDocuments.some((d) => d.languageId === languageId)) return true;
  const globs = corpusGlobs();
  let read = 0;
  for (const folder of folders) {
    for (const glob of globs.include) {
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), '**/{node_modules,.git}/**', MAX_FILES_LOOKED_AT);
      for (const uri of found) {
        const where = relativeToFolder(uri);
        if (!where || nonProsePath(where.rel) || !inCorpusGlobs(uri, globs)) continue;
        if (read++ >= MAX_FILES_READ) return false;
        const text = await readStart(uri).catch(() => '');
        if (isRussianProse(where.rel, text).ok) return true;
      }
    }
  }
  return false;
}
