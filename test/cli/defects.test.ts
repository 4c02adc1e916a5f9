/** The smaller defects of issue 12: --version, missing and empty inputs, CoNLL -DOCSTART-, brat folders, yearless dates, written spellings. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writtenSpellings } from '../../server/src/cli/format/exportModel';
import { displayDate } from '../../server/src/cli/messages/dates';
import { setLang } from '../../server/src/cli/messages';
import { cli, json, ROOT, SEEDS } from './helpers';

function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-lens-defects-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const seedFiles = () => readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

test('--version prints the version of package.json and exits 0', () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const run = cli(['--version']);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout.trim(), version);
});

test('a missing path: no report (or other output) on stdout, a message on stderr, exit 2', () => {
  for (const command of ['report', 'check', 'outline', 'export']) {
    for (const format of command === 'report' ? ['text', 'json', 'markdown'] : [undefined]) {
      const args = [command, 'no-such-folder', ...(format ? ['--format', format] : [])];
      const run = cli(args);
      assert.equal(run.code, 2, args.join(' '));
      assert.equal(run.stdout, '', `${args.join(' ')} prints nothing on stdout`);
      assert.match(run.stderr, /cannot read no-such-folder: no such file or folder/);
    }
  }
});

test('an empty folder (no .txt file): a warning naming it, nothing on stdout, exit 2', () => {
  const { dir, cleanup } = tempDir();
  try {
    const empty = join(dir, 'empty');
    mkdirSync(join(empty, 'sub'), { recursive: true });
    writeFileSync(join(empty, 'notes.md'), '# not an article\n');
    for (const command of ['report', 'check', 'export', 'outline']) {
      const run = cli([command, empty]);
      assert.equal(run.code, 2, `${command}: ${run.stderr}`);
      assert.equal(run.stdout, '', command);
      assert.ok(run.stderr.includes(`warning: ${empty}: no .txt file in this folder`), run.stderr);
    }
    // Beside a folder with articles: those are reported, the empty one is warned about, exit 2.
    const both = cli(['report', empty, 'seeds', '--format', 'json']);
    assert.equal(both.code, 2);
    assert.equal(json(both).articles.length, 5);
    assert.ok(both.stderr.includes(`${empty}: no .txt file`), both.stderr);
    assert.match(cli(['report', '--help']).stdout, /no \.txt file/, '--help says what happens');
  } finally {
    cleanup();
  }
});

test('CoNLL: each -DOCSTART- line has the two columns of the token lines and names its file', () => {
  const run = cli(['export', 'seeds', '--format', 'conll']);
  assert.equal(run.code, 0, run.stderr);
  const lines = run.stdout.split('\n');
  const starts = lines.filter((l) => l.startsWith('-DOCSTART-'));
  const tokens = lines.filter((l) => l && !l.startsWith('-DOCSTART-'));
  const columns = new Set(tokens.map((l) => l.split(' ').length));
  assert.deepEqual([...columns], [2], 'token lines have two columns');
  const paths = json(cli(['export', 'seeds'])).documents.map((d: any) => d.path);
  assert.deepEqual(starts, paths.map((p: string) => `-DOCSTART- ${p}`));
});

test('CoNLL: a path with a space keeps the -DOCSTART- line at two columns', () => {
  const { dir, cleanup } = tempDir();
  try {
    mkdirSync(join(dir, 'my news'));
    copyFileSync(join(SEEDS, seedFiles()[0]), join(dir, 'my news', 'a b.txt'));
    const run = cli(['export', 'my news', '--format', 'conll', '--no-cache'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout.split('\n')[0], '-DOCSTART- my%20news/a%20b.txt');
  } finally {
    cleanup();
  }
});

test('brat: same-named files of different folders keep their folders under --out', () => {
  const { dir, cleanup } = tempDir();
  try {
    const [first, second] = seedFiles();
    mkdirSync(join(dir, 'corpus', 'a'), { recursive: true });
    mkdirSync(join(dir, 'corpus', 'b', 'c'), { recursive: true });
    copyFileSync(join(SEEDS, first), join(dir, 'corpus', 'a', 'x.txt'));
    copyFileSync(join(SEEDS, second), join(dir, 'corpus', 'b', 'c', 'x.txt'));
    const out = join(dir, 'out');
    const run = cli(['export', 'corpus', '--format', 'brat', '--out', out, '--no-cache'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    for (const [rel, source] of [['a/x.txt', first], ['b/c/x.txt', second]]) {
      assert.equal(readFileSync(join(out, rel), 'utf8'), readFileSync(join(SEEDS, source), 'utf8'), rel);
      assert.ok(existsSync(join(out, rel.replace(/\.txt$/, '.ann'))), `${rel}: its .ann beside it`);
    }
    assert.ok(existsSync(join(out, 'annotation.conf')));
    assert.ok(!existsSync(join(out, 'x.txt')) && !existsSync(join(out, 'x-2.txt')), 'no flattened copies');
  } finally {
    cleanup();
  }
});

test('dates without a year read as «2 December (year unknown)» in text and Markdown; JSON keeps the ISO value', () => {
  const text = cli(['report', 'seeds']);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /^ {2}2 December \(year unknown\) {2}1 mention in 1 article$/m);
  const markdown = cli(['report', 'seeds', '--format', 'markdown']).stdout;
  assert.match(markdown, /^\| 2 December \(year unknown\) \| 1 \|/m);
  for (const out of [text.stdout, markdown]) assert.ok(!/(^|[\s|])--\d\d/m.test(out), 'no --MM-DD value left');
  assert.match(cli(['report', 'seeds', '--lang', 'ru']).stdout, /^ {2}2 декабря \(год неизвестен\) {2}1 упоминание в 1 статье$/m);
  const report = json(cli(['report', 'seeds', '--format', 'json']));
  assert.ok(report.entities.some((e: any) => e.type === 'DATE' && e.name === '--12-02'), 'JSON keeps --12-02');
});

test('displayDate: month only, ranges, a time; dates with a year unchanged', () => {
  setLang('en');
  assert.equal(displayDate('--12-02'), '2 December (year unknown)');
  assert.equal(displayDate('--03'), 'March (year unknown)');
  assert.equal(displayDate('--12-02/--12-05'), '2 December – 5 December (year unknown)');
  assert.equal(displayDate('--05-09T10:30'), '9 May, 10:30 (year unknown)');
  assert.equal(displayDate('2025-12-02'), '2025-12-02');
  setLang('ru');
  assert.equal(displayDate('--05-09'), '9 мая (год неизвестен)');
  assert.equal(displayDate('--05'), 'май (год неизвестен)');
  setLang('en');
});

test('export json: an acronym written only in capitals is listed as written («НАТО», not «Нато»)', () => {
  const { dir, cleanup } = tempDir();
  try {
    const body = [
      'Генсек НАТО прибыл в Москву',
      '',
      '12 ноября 2025 года генеральный секретарь НАТО Марк Рютте заявил, что НАТО готово к переговорам. Представители НАТО встретились в Брюсселе.',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'a.txt'), body);
    const data = json(cli(['export', '.', '--no-cache'], { cwd: dir }));
    const nato = data.entities.find((e: any) => e.name === 'НАТО');
    assert.ok(nato, JSON.stringify(data.entities.map((e: any) => e.name)));
    assert.deepEqual(nato.spellings, ['НАТО']);
    for (const e of data.entities) for (const s of e.spellings) if (e.type !== 'DATE') assert.ok(body.includes(s.slice(0, -1)), `${s} is written in the text`);
    const report = json(cli(['report', '.', '--format', 'json', '--no-cache'], { cwd: dir }));
    assert.deepEqual(report.entities.find((e: any) => e.name === 'НАТО').spellings, ['НАТО']);
  } finally {
    cleanup();
  }
});

test('writtenSpellings: a folded spelling no mention writes becomes the written form; written ones stay', () => {
  assert.deepEqual(writtenSpellings(['Нато'], ['НАТО', 'НАТО']), ['НАТО']);
  assert.deepEqual(writtenSpellings(['Москва'], ['МОСКВА', 'Москва']), ['Москва']);
  assert.deepEqual(writtenSpellings(['Москва', 'Масква'], ['Москва', 'Масква']), ['Москва', 'Масква']);
});

test('SARIF related locations say what is written there («also written «…» here»), from the text at each', () => {
  const log = json(cli(['check', 'seeds', '--format', 'sarif']));
  const related = log.runs[0].results.flatMap((r: any) => r.relatedLocations);
  assert.ok(related.length >= 1);
  for (const r of related) {
    const { artifactLocation, region } = r.physicalLocation;
    const written = readFileSync(join(ROOT, artifactLocation.uri), 'utf8').substr(region.charOffset, region.charLength);
    assert.equal(r.message.text, `also written «${written}» here`);
  }
});
