/**
 * "Use This Folder as a Corpus" and "Exclude This Folder" (explorer context menu on folders, and the
 * command palette): they edit the workspace settings corpusLens.files.include / exclude, and the
 * first one also creates `.vscode/corpus-lens.json`, the file that marks a corpus root (the
 * extension activates on it the next time the workspace opens).
 */
import * as vscode from 'vscode';
import { DEFAULT_INCLUDE, markerUri, relativeToFolder } from './corpusScope';

const EMPTY_WORKSPACE_FILE = `${JSON.stringify({ preferredSpellings: [], acceptedSpellings: [], aliases: [] }, null, 2)}\n`;

/** The folder a command was run on: the explorer's selection, or one the user picks. */
async function chosenFolder(arg: unknown, title: string): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) return arg;
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (!folders.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Corpus Lens: open a folder first (File > Open Folder…).'));
    return undefined;
  }
  const picked = await vscode.window.showOpenDialog({
    title, canSelectFolders: true, canSelectFiles: false, canSelectMany: false, defaultUri: folders[0].uri, openLabel: vscode.l10n.t('Select Folder'),
  });
  return picked?.[0];
}

/** The folder as a glob prefix relative to its workspace folder ('' for the workspace folder itself). */
function folderGlobBase(uri: vscode.Uri): { folder: vscode.WorkspaceFolder; base: string } | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return undefined;
  if (uri.path.replace(/\/$/, '') === folder.uri.path.replace(/\/$/, '')) return { folder, base: '' };
  const where = relativeToFolder(uri);
  return where ? { folder, base: where.rel.replace(/\/$/, '') } : undefined;
}

const includeGlob = (base: string) => (base ? `${base}/**/*.txt` : DEFAULT_INCLUDE[0]);
const excludeGlob = (base: string) => (base ? `${base}/**` : '**');

/** The workspace's own value of a list setting (undefined when it uses the default). */
function workspaceList(key: string): string[] | undefined {
  const inspected = vscode.workspace.getConfiguration('corpusLens').inspect<string[]>(key);
  return inspected?.workspaceValue;
}

async function setList(key: string, value: string[] | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('corpusLens').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** Creates `.vscode/corpus-lens.json` in the workspace folder if it is missing (needs a trusted workspace). */
async function ensureMarker(folder: vscode.WorkspaceFolder): Promise<'created' | 'exists' | 'untrusted'> {
  const marker = markerUri(folder);
  if (await vscode.workspace.fs.stat(marker).then(() => true, () => false)) return 'exists';
  if (!vscode.workspace.isTrusted) return 'untrusted';
  await vscode.workspace.fs.writeFile(marker, new TextEncoder().encode(EMPTY_WORKSPACE_FILE));
  return 'created';
}

/** The folder the command was given or the user picks, with its workspace folder; undefined (and a warning) outside the workspace. */
async function workspaceFolderFor(arg: unknown, title: string): Promise<ReturnType<typeof folderGlobBase>> {
  const uri = await chosenFolder(arg, title);
  if (!uri) return undefined;
  const where = folderGlobBase(uri);
  if (!where) void vscode.window.showWarningMessage(vscode.l10n.t('Corpus Lens: the folder is not inside the open workspace.'));
  return where;
}

export async function useFolderAsCorpus(arg: unknown): Promise<string[] | undefined> {
  const where = await workspaceFolderFor(arg, vscode.l10n.t('Corpus Lens: Use a Folder as a Corpus'));
  if (!where) return undefined;
  const glob = includeGlob(where.base);
  const current = workspaceList('files.include');
  const include = where.base === '' ? [glob] : [...new Set([...(current ?? []), glob])];
  await setList('files.include', include);
  const exclude = workspaceList('files.exclude');
  if (exclude?.includes(excludeGlob(where.base))) await setList('files.exclude', exclude.filter((g) => g !== excludeGlob(where.base)));
  const marker = await ensureMarker(where.folder);
  const name = where.base || where.folder.name;
  void vscode.window.showInformationMessage(marker === 'untrusted'
    ? vscode.l10n.t('Corpus Lens: the .txt articles under «{0}» are the corpus (trust the workspace to have .vscode/corpus-lens.json created, so Corpus Lens starts by itself next time).', name)
    : vscode.l10n.t('Corpus Lens: the .txt articles under «{0}» are the corpus.', name));
  return include;
}

export async function excludeFolder(arg: unknown): Promise<string[] | undefined> {
  const where = await workspaceFolderFor(arg, vscode.l10n.t('Corpus Lens: Exclude a Folder from the Corpus'));
  if (!where) return undefined;
  const glob = excludeGlob(where.base);
  const current = vscode.workspace.getConfiguration('corpusLens').get<string[]>('files.exclude') ?? [];
  const exclude = [...new Set([...current, glob])];
  await setList('files.exclude', exclude);
  const include = workspaceList('files.include');
  if (include?.includes(includeGlob(where.base))) {
    const rest = include.filter((g) => g !== includeGlob(where.base));
    await setList('files.include', rest.length ? rest : undefined);
  }
  void vscode.window.showInformationMessage(vscode.l10n.t('Corpus Lens: «{0}» is left out of the corpus.', where.base || where.folder.name));
  return exclude;
}
