import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { cli, json, ROOT, seedCopy } from './helpers';

const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

const VARIANT = 'Тхонглун';

function variantFile(): string {
  const data = json(cli(['check', 'seeds', '--format', 'json']));
  return data.diagnostics.find((d: any) => read(d.path).slice(d.start, d.end) === VARIANT).path;
}

test('check (text) finds Тхонглун: exit 1, path:line:col: severity code message', () => {
  const run = cli(['check', 'seeds']);
  assert.equal(run.code, 1, run.stderr);
  const line = run.stdout.split('\n').find((l) => l.includes(VARIANT));
  assert.ok(line, 'a diagnostic names Тхонглун');
  const m = /^(seeds\/[^:]+):(\d+):(\d+): warning spelling-variant (.+)$/.exec(line!);
  assert.ok(m, line);
  const text = read(m![1]);
  const lineText = text.split('\n')[Number(m![2]) - 1];
  assert.equal(lineText.slice(Number(m![3]) - 1).slice(0, VARIANT.length), VARIANT, '1-based line and column point at the word');
});

test('check --format json: the contract, offsets into the text, 0-based positions', () => {
  const run = cli(['check', 'seeds', '--format', 'json', '--severity', 'error']);
  assert.equal(run.code, 1);
  const data = json(run);
  assert.equal(data.version, 1);
  const d = data.diagnostics.find((x: any) => x.message.includes(VARIANT));
  assert.deepEqual(Object.keys(d).sort(), ['character', 'code', 'end', 'line', 'message', 'path', 'related', 'severity', 'start'].sort());
  assert.equal(d.severity, 'error');
  assert.equal(d.code, 'spelling-variant');
  const text = read(d.path);
  assert.equal(text.slice(d.start, d.end), VARIANT);
  const before = text.slice(0, d.start).split('\n');
  assert.equal(d.line, before.length - 1);
  assert.equal(d.character, before[before.length - 1].length);
  assert.ok(d.related.length >= 1);
  for (const r of d.related) assert.equal(read(r.path).slice(r.start, r.end), 'Тонглун');
});

function sarifSchema() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(__dirname, 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8')));
}

test('check --format sarif validates against the SARIF 2.1.0 schema and carries the fix', () => {
  const run = cli(['check', 'seeds', '--format', 'sarif']);
  assert.equal(run.code, 1);
  const log = json(run);
  const schema = sarifSchema();
  const valid = (data: unknown): boolean => schema(data);
  assert.ok(valid(log), JSON.stringify(schema.errors, null, 2));
  assert.equal(valid({ ...log, version: '2.0.0' }), false, 'the validator does reject a wrong log');
  const driver = log.runs[0].tool.driver;
  assert.equal(driver.name, 'corpus-lens');
  assert.deepEqual(driver.rules.map((r: any) => r.id), ['spelling-variant', 'mixed-script', 'possible-variant']);
  const result = log.runs[0].results.find((r: any) => r.message.text.includes(VARIANT));
  const { artifactLocation, region } = result.locations[0].physicalLocation;
  assert.equal(artifactLocation.uri, variantFile());
  const text = read(artifactLocation.uri);
  assert.equal(text.substr(region.charOffset, region.charLength), VARIANT);
  assert.equal(text.split('\n')[region.startLine - 1].substr(region.startColumn - 1, VARIANT.length), VARIANT);
  assert.equal(region.endColumn - region.startColumn, VARIANT.length);
  assert.ok(result.relatedLocations.length >= 1);
  assert.equal(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, 'Тонглун');
});

test('SARIF: a possible variant is a note of its own rule, with no fix proposed', () => {
  const log = json(cli(['check', 'test/variants3/articles', '--format', 'sarif']));
  const schema = sarifSchema();
  const valid: boolean = schema(log);
  assert.ok(valid, JSON.stringify(schema.errors, null, 2));
  const rules = log.runs[0].tool.driver.rules;
  const possible = log.runs[0].results.filter((r: any) => r.ruleId === 'possible-variant');
  assert.ok(possible.length > 0, 'the set has possible variants');
  for (const r of possible) {
    assert.equal(rules[r.ruleIndex].id, 'possible-variant');
    assert.equal(r.level, 'note');
    assert.equal(r.fixes, undefined);
  }
  const sure = log.runs[0].results.filter((r: any) => r.ruleId === 'spelling-variant');
  assert.ok(sure.length > 0 && sure.every((r: any) => r.level === 'warning' && r.fixes.length === 1));
});

test('check a corpus without inconsistencies: exit 0, empty text output, valid empty SARIF', () => {
  const clean = json(cli(['check', 'seeds', '--format', 'json'])).diagnostics.map((d: any) => d.path);
  const file = json(cli(['export', 'seeds'])).documents.map((d: any) => d.path).find((p: string) => !clean.includes(p));
  const run = cli(['check', file]);
  assert.equal(run.code, 0, run.stdout);
  assert.equal(run.stdout, '');
  assert.deepEqual(json(cli(['check', file, '--format', 'sarif'])).runs[0].results, []);
});

test('check: usage and read errors exit 2', () => {
  const cases = [
    ['check', 'seeds', '--frobnicate'],
    ['check', 'seeds', '--format', 'xml'],
    ['check', 'seeds', '--severity', 'fatal'],
    ['check', 'seeds', '--dry-run'],
    ['check', 'no-such-folder'],
  ];
  for (const args of cases) {
    const run = cli(args);
    assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
    assert.ok(run.stderr.trim().length > 0);
  }
  assert.match(cli(['check', 'seeds', '--frobnicate']).stderr, /unknown option «--frobnicate»/);
});

test('check reads .vscode/corpus-lens.json upwards, and --config FILE; a missing --config file exits 2', () => {
  const copy = seedCopy();
  try {
    mkdirSync(join(copy.dir, '.vscode'));
    mkdirSync(join(copy.dir, 'sub'));
    writeFileSync(join(copy.dir, '.vscode', 'corpus-lens.json'), JSON.stringify({ preferredSpellings: [VARIANT] }));
    writeFileSync(join(copy.dir, 'accept.json'), JSON.stringify({ acceptedSpellings: [VARIANT] }));
    const pinned = json(cli(['check', '../seeds', '--format', 'json'], { cwd: join(copy.dir, 'sub') })).diagnostics;
    assert.ok(pinned.some((d: any) => d.message.includes('Тонглун') && d.path.startsWith('../seeds/')), 'found from sub/ upwards');
    assert.ok(pinned.every((d: any) => !readFileSync(join(copy.dir, 'sub', d.path), 'utf8').slice(d.start, d.end).includes(VARIANT)), 'the pinned spelling is not flagged');
    assert.equal(cli(['check', 'seeds', '--config', 'accept.json'], { cwd: copy.dir }).code, 0, 'an accepted spelling is not reported');
    const missing = cli(['check', 'seeds', '--config', 'nope.json'], { cwd: copy.dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.json/);
  } finally {
    copy.cleanup();
  }
});
