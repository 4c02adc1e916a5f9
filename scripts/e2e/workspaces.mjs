// The scratch workspaces the e2e suites open, each written into the suite's run folder.
import { chmodSync, copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.mjs';

const FIXTURES = join(ROOT, 'test', 'e2e', 'fixtures');

/** Copies the .txt files of `from` (or just `names`) into `to`, writable (the suites edit them). */
function copyArticles(from, to, names = readdirSync(from).filter((f) => f.endsWith('.txt'))) {
  mkdirSync(to, { recursive: true });
  for (const name of names) {
    copyFileSync(join(from, name), join(to, name));
    chmodSync(join(to, name), 0o644);
  }
}

/** Encodes Russian text as Windows-1251 (А-я at 0xC0-0xFF, Ё 0xA8, ё 0xB8; ASCII as is). */
export function windows1251(text) {
  const bytes = [...text].map((ch) => {
    const code = ch.codePointAt(0);
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (ch === 'Ё') return 0xa8;
    if (ch === 'ё') return 0xb8;
    throw new Error(`no Windows-1251 byte for ${ch}`);
  });
  return Buffer.from(bytes);
}

/** A short article the dev suite writes in Windows-1251, which VS Code opens as UTF-8 by default. */
const CP1251_ARTICLE = 'Москва готовит новый мост\n\nВ Москве в среду представили проект нового моста через реку, строительство займёт два года.\n';

/** The dev suite's workspace: seeds/ (a copy) plus the suite's extra article, and encodings/cp1251.txt. */
export function prepareSeedsWorkspace(runDir) {
  const workspace = join(runDir, 'workspace');
  copyArticles(join(ROOT, 'seeds'), join(workspace, 'seeds'));
  copyArticles(FIXTURES, join(workspace, 'seeds'));
  mkdirSync(join(workspace, 'encodings'), { recursive: true });
  writeFileSync(join(workspace, 'encodings', 'cp1251.txt'), windows1251(CP1251_ARTICLE));
  return workspace;
}

/** Seed articles copied into news/: Лавров and Лаос (000), Тхонглун / Тонглун (001). */
const NEWS_SEEDS = ['000_f6be1b102a5e9dba.txt', '001_4b8aedfbcee305d4.txt'];

/**
 * The installed-package suites' workspace, a corpus only by its marker file (an empty
 * .vscode/corpus-lens.json): in news/, two seed articles, fixtures/news/*.txt (those named *-1251.txt
 * written in Windows-1251), and a requirements.txt (not prose) at the top.
 */
export function prepareNewsWorkspace(runDir) {
  const workspace = join(runDir, 'workspace');
  const news = join(workspace, 'news');
  copyArticles(join(ROOT, 'seeds'), news, NEWS_SEEDS);
  const fixtures = join(FIXTURES, 'news');
  for (const name of readdirSync(fixtures).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(join(fixtures, name), 'utf8');
    writeFileSync(join(news, name), name.endsWith('-1251.txt') ? windows1251(text) : text);
  }
  mkdirSync(join(workspace, '.vscode'), { recursive: true });
  writeFileSync(join(workspace, 'requirements.txt'), 'numpy==2.1.0\nrequests>=2.32\n');
  writeFileSync(join(workspace, '.vscode', 'corpus-lens.json'), '{}\n');
  return workspace;
}

/** A project with a seeds/ folder of text files that are not articles. */
export function prepareQuietWorkspace(runDir) {
  const seeds = join(runDir, 'workspace', 'seeds');
  mkdirSync(seeds, { recursive: true });
  writeFileSync(join(seeds, 'notes.txt'), 'Seed data for the test database. Run make seed to load it; the users table comes first.\n');
  writeFileSync(join(seeds, 'users.txt'), 'id,name,email\n1,alice,alice@example.org\n2,bob,bob@example.org\n');
  return join(runDir, 'workspace');
}
