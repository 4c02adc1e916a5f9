/**
 * Localization coverage: every l10n.t message of the client and the server (all of client/src and
 * server/src but the CLI, which has its own catalog) is in both bundles; every %key% of package.json
 * is in both package.nls files, and the manifest's user-visible strings are keys; every walkthrough
 * page has a Russian page; the reading layer's English reasons and notes reach the user in Russian.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { getL10nJson } from '@vscode/l10n-dev';
import { configureL10n } from '../../server/src/l10n';
import { cacheProblem, configProblem, readingNote, readingReason } from '../../server/src/l10n/reading';
import { isRussianProse, nonProsePath } from '../../server/src/index/prose';
import { decodeBytes } from '../../server/src/index/decode/detect';
import { readFileBytes } from '../../server/src/index/corpusFiles';
import { loadConfigFile } from '../../server/src/index/configFile';
import { loadCache, CACHE_FILE } from '../../server/src/index/analysis/cache';

const ROOT = path.join(__dirname, '..', '..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));
const EN: Record<string, unknown> = readJson('l10n/bundle.l10n.json');
const RU: Record<string, string> = readJson('l10n/bundle.l10n.ru.json');
/** The CLI speaks through its own catalog (server/src/cli/messages). */
const NOT_SCANNED = path.join(ROOT, 'server', 'src', 'cli');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return file === NOT_SCANNED ? [] : sources(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}

/** Latin words left in a Russian text, but for encoding names, U+FFFD, JSON field names and file names. */
function englishWords(text: string): string[] {
  const rest = text.replace(/«[^»]*»/g, '').replace(/\S*[/\\.]\S*/g, '').replace(/\b(UTF|LE|BE|KOI|CP|Windows|NUL|U|FFFD|JSON)\b/g, '');
  return rest.match(/\b[A-Za-z]{3,}\b/g) ?? [];
}

describe('l10n.t messages of the client and the server', () => {
  const files = [...sources(path.join(ROOT, 'client', 'src')), ...sources(path.join(ROOT, 'server', 'src'))];
  const used = getL10nJson(files.map((file) => ({ extension: '.ts', contents: readFileSync(file, 'utf8') })));

  it('scans the client, the server entry, the index, the features, the LSP layer and the l10n modules', async () => {
    const rel = files.map((f) => path.relative(ROOT, f).split(path.sep).join('/'));
    for (const expected of ['client/src/duplicates.ts', 'client/src/duplicateItems.ts', 'server/src/server.ts', 'server/src/lsp/workspaceSync.ts', 'server/src/l10n/reading.ts']) {
      assert.ok(rel.includes(expected), expected);
    }
    assert.ok(rel.some((f) => f.startsWith('server/src/index/')));
    assert.ok(!rel.some((f) => f.startsWith('server/src/cli/')));
    assert.ok(Object.keys(await used).length >= 150, `only ${Object.keys(await used).length} messages found`);
  });

  it('every one is in the English bundle and translated in the Russian one', async () => {
    const keys = Object.keys(await used);
    assert.deepEqual(keys.filter((key) => !(key in EN)), [], 'run `npx @vscode/l10n-dev export` and add the new keys to both bundles');
    assert.deepEqual(keys.filter((key) => !(typeof RU[key] === 'string' && RU[key].trim())), [], 'not translated in bundle.l10n.ru.json');
  });

  it('the bundles hold no message the code no longer uses (plural forms aside)', async () => {
    const keys = new Set(Object.keys(await used));
    assert.deepEqual(Object.keys(EN).filter((key) => !key.includes('/plural:') && !keys.has(key)), []);
    assert.deepEqual(Object.keys(RU).filter((key) => !key.includes('/plural:') && !(key in EN)), [], 'Russian keys with no English key');
  });
});

describe('package.json', () => {
  const manifestText = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
  const manifest = JSON.parse(manifestText);
  const nls: Record<string, string> = readJson('package.nls.json');
  const nlsRu: Record<string, string> = readJson('package.nls.ru.json');
  const isKey = (value: unknown) => typeof value === 'string' && /^%[^%]+%$/.test(value);

  it('every %key% is in both package.nls files, which hold the same keys and no unused one', () => {
    const keys = [...manifestText.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length >= 40, `only ${keys.length} localized strings`);
    for (const key of keys) {
      assert.ok(nls[key]?.trim(), `package.nls.json lacks ${key}`);
      assert.ok(nlsRu[key]?.trim(), `package.nls.ru.json lacks ${key}`);
    }
    assert.deepEqual(Object.keys(nlsRu).sort(), Object.keys(nls).sort());
    assert.deepEqual(Object.keys(nls).filter((key) => !keys.includes(key)), [], 'keys no manifest value uses');
    assert.equal(manifest.l10n, './l10n');
  });

  it('names, descriptions and titles the user sees are keys', () => {
    const { contributes, capabilities } = manifest;
    const values: Array<[string, unknown]> = [
      ['displayName', manifest.displayName], ['description', manifest.description],
      ['untrustedWorkspaces', capabilities.untrustedWorkspaces.description], ['virtualWorkspaces', capabilities.virtualWorkspaces.description],
      ...contributes.commands.map((c: { command: string; title: string }) => [c.command, c.title]),
      ...contributes.views.explorer.map((v: { id: string; name: string }) => [v.id, v.name]),
      ...contributes.viewsWelcome.map((v: { when: string; contents: string }) => [v.when, v.contents]),
      ...contributes.walkthroughs.flatMap((w: { steps: Array<{ id: string; title: string; description: string }> }) =>
        w.steps.flatMap((s) => [[s.id, s.title], [s.id, s.description]])),
      ...Object.entries(contributes.configuration.properties).flatMap(([id, p]) => {
        const prop = p as { markdownDescription?: string; enumDescriptions?: string[] };
        return [[id, prop.markdownDescription], ...(prop.enumDescriptions ?? []).map((d) => [id, d])];
      }),
    ];
    for (const [where, value] of values) assert.ok(isKey(value), `${where}: ${String(value)}`);
  });

  it('Review Possible Duplicates is contributed with a title in both languages, in the palette once active', () => {
    const command = manifest.contributes.commands.find((c: { command: string }) => c.command === 'corpusLens.reviewDuplicates');
    assert.ok(command, 'not contributed');
    assert.notEqual(nls[command.title.slice(1, -1)], nlsRu[command.title.slice(1, -1)]);
    const palette = manifest.contributes.menus.commandPalette.find((m: { command: string }) => m.command === 'corpusLens.reviewDuplicates');
    assert.equal(palette?.when, 'corpusLens.activated');
  });
});

describe('walkthrough pages', () => {
  const steps: Array<{ id: string; media: { markdown?: string } }> = readJson('package.json').contributes.walkthroughs[0].steps;

  it('every step page has a Russian page next to it (VS Code reads <page>.nls.<language>.md), with no English prose', () => {
    const pages = steps.map((s) => s.media.markdown).filter((p): p is string => !!p);
    assert.equal(pages.length, steps.length);
    for (const page of pages) {
      const english = readFileSync(path.join(ROOT, page), 'utf8');
      const russian = readFileSync(path.join(ROOT, page.replace(/\.md$/, '.nls.ru.md')), 'utf8');
      assert.match(russian, /^# [А-ЯЁ]/, `${page}: the Russian page has no Russian heading`);
      const prose = russian.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, '');
      assert.deepEqual(englishWords(prose).filter((w) => !['Corpus', 'Lens', 'Ctrl', 'Cmd', 'Shift', 'macOS', 'SARIF', 'diff', 'Node', 'lang'].includes(w)), [], page);
      assert.equal((russian.match(/```/g) ?? []).length, (english.match(/```/g) ?? []).length, `${page}: code blocks differ`);
    }
  });
});

describe('the reading layer in Russian', () => {
  after(() => configureL10n({}));
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-lens-l10n-'));

  /** Every reason the reading layer gives for the cases below, and how the server shows it in Russian. */
  async function reasons(): Promise<string[]> {
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, 'x'.repeat(50));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const read = await Promise.all([readFileBytes(path.join(dir, 'missing.txt'), 1000), readFileBytes(path.join(dir, 'empty.txt'), 1000), readFileBytes(big, 10)]);
    const prose = ['', 'Да.', `${'word '.repeat(40)}.`, 'Слово 12345678901234567890 '.repeat(30), 'ключ = значение\n'.repeat(30), 'Москва\n'.repeat(40)]
      .map((text) => isRussianProse('news/a.txt', text).reason);
    const paths = ['node_modules/a.txt', '.hidden', 'run.log', 'data.csv', 'requirements.txt'].map(nonProsePath);
    const binary = decodeBytes(new Uint8Array([0x41, 0, 0x42, 0, 0, 0, 0x43]));
    return [...read.map((r) => (r.ok ? '' : r.reason)), ...prose, ...paths, binary.ok ? '' : binary.reason].map((r) => r ?? '');
  }

  it('every reason a file is left out, shown in Russian', async () => {
    const english = await reasons();
    assert.ok(english.every((r) => r.length > 0), JSON.stringify(english));
    configureL10n({ locale: 'ru' }, path.join(ROOT, 'l10n'));
    for (const reason of english) {
      const shown = readingReason(reason);
      assert.notEqual(shown, reason, `not translated: ${reason}`);
      assert.deepEqual(englishWords(shown), [], shown);
    }
    configureL10n({});
    assert.deepEqual(english.map(readingReason), english, 'English stays as it is');
  });

  it('how a file was decoded, the cache and the workspace file problems, in Russian', async () => {
    const cp1251 = decodeBytes(new Uint8Array(Buffer.from('d1e5f0e3e5e920cbe0e2f0eee220e220cce8ede8f1f2e5f0f1f2e2e520e8edeef1f2f0e0ededfbf520e4e5eb2e', 'hex')));
    assert.ok(cp1251.ok);
    const cacheDir = path.join(dir, 'cache');
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(path.join(cacheDir, CACHE_FILE), 'not a cache');
    const cache = await loadCache(cacheDir);
    const configFile = path.join(dir, 'corpus-lens.json');
    writeFileSync(configFile, '{ "aliases": 3, "acceptedSpellings": [1] ');
    const broken = await loadConfigFile(configFile);
    writeFileSync(configFile, '{ "aliases": 3, "acceptedSpellings": [1], "preferredSpellings": "x" }');
    const wrong = await loadConfigFile(configFile);
    configureL10n({ locale: 'ru' }, path.join(ROOT, 'l10n'));
    assert.match(readingNote(cp1251.message), /^прочитан как Windows-1251/);
    assert.equal(readingNote('read as UTF-8; 3 invalid byte sequence(s) replaced with U+FFFD'), 'прочитан как UTF-8; недопустимых последовательностей байтов заменено на U+FFFD: 3');
    assert.match(cacheProblem(cache.problem ?? ''), /^кэш анализа не использован/);
    const problems = [...broken.problems, ...wrong.problems].map((p) => configProblem(p, configFile));
    assert.equal(problems.length, 4, problems.join('\n'));
    for (const problem of problems) {
      assert.ok(problem.startsWith(`${configFile}: `), problem);
      assert.deepEqual(englishWords(problem.slice(configFile.length)), [], problem);
    }
  });
});
