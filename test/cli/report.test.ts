import { test } from 'node:test';
import assert from 'node:assert/strict';
import { palette } from '../../server/src/cli/format/color';
import { cli, json } from './helpers';

const TOKAYEV = 'Касым-Жомарт Токаев';

/** The articles the export attributes to an entity (the same index the report reads). */
function articlesOf(name: string): string[] {
  const data = json(cli(['export', 'seeds', '--format', 'json']));
  const entity = data.entities.find((e: any) => e.type === 'PER' && e.name === name);
  assert.ok(entity, `the export has no PER entity '${name}'`);
  return data.documents.filter((d: any) => d.mentions.some((m: any) => m.entity === entity.id)).map((d: any) => d.path);
}

test('report (text) lists Касым-Жомарт Токаев with his articles, without colour when piped', () => {
  const run = cli(['report', 'seeds']);
  assert.equal(run.code, 0, run.stderr);
  const lines = run.stdout.split('\n');
  const at = lines.findIndex((l) => l.trim().startsWith(TOKAYEV));
  assert.ok(at >= 0, 'Токаев is listed under People');
  const articlesLine = lines.slice(at + 1).find((l) => l.trim().startsWith('articles:'))!;
  const expected = articlesOf(TOKAYEV);
  assert.ok(expected.length >= 2);
  for (const p of expected) assert.ok(articlesLine.includes(p.split('/').pop()!), `${p} is listed for Токаев`);
  assert.ok(!run.stdout.includes('\x1b['), 'no escape codes when stdout is not a terminal');
  for (const heading of ['Articles', 'People (PER)', 'Organizations (ORG)', 'Places (LOC)', 'Dates (DATE)', 'Inconsistent spellings']) {
    assert.ok(run.stdout.includes(heading), heading);
  }
});

test('report --format json has the articles, the entities with their articles and the findings', () => {
  const report = json(cli(['report', 'seeds', '--format', 'json']));
  assert.equal(report.version, 1);
  assert.equal(report.articles.length, 5);
  assert.ok(report.articles.every((a: any) => a.path.startsWith('seeds/') && typeof a.mentions === 'number'));
  const tokayev = report.entities.find((e: any) => e.name === TOKAYEV);
  assert.deepEqual(tokayev.articles, articlesOf(TOKAYEV));
  assert.ok(tokayev.forms.length > 1, 'inflected forms are listed');
  assert.ok(report.findings.some((f: any) => f.text === 'Тхонглун' && f.replacement === 'Тонглун'));
});

test('report --format markdown is a document with tables', () => {
  const run = cli(['report', 'seeds', '--format', 'markdown']);
  assert.equal(run.code, 0);
  assert.match(run.stdout, /^# Corpus Lens report/);
  assert.match(run.stdout, new RegExp(`^\\| ${TOKAYEV} \\| \\d+ \\|`, 'm'));
  assert.match(run.stdout, /^\|---\|---\|/m);
});

test('colour only on a terminal and never with NO_COLOR', () => {
  assert.equal(palette(true, {}).bold('x'), '\x1b[1mx\x1b[0m');
  assert.equal(palette(true, { NO_COLOR: '1' }).bold('x'), 'x');
  assert.equal(palette(false, {}).red('x'), 'x');
});

test('report: bad option value, unknown option, missing path -> exit 2, nothing on stdout', () => {
  for (const args of [['report', 'seeds', '--format', 'html'], ['report', 'seeds', '--colour'], ['report', 'no-such-folder'], ['report']]) {
    const run = cli(args);
    assert.equal(run.code, 2, args.join(' '));
    assert.ok(run.stderr.length > 0, 'a message on stderr');
    if (args[1] !== 'no-such-folder') assert.equal(run.stdout, '');
  }
  assert.match(cli(['report', 'no-such-folder']).stderr, /cannot read no-such-folder: no such file or folder/);
});

test('report --help prints the usage and exits 0', () => {
  const run = cli(['report', '--help']);
  assert.equal(run.code, 0);
  assert.match(run.stdout, /Usage: corpus-lens report/);
});
