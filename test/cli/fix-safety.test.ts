/** Issue 15: `check --fix` writes each file back in its own encoding, or refuses it with a reason; nothing is lost. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyPlan, type FilePlan } from '../../server/src/cli/format/applyFixes';
import { encodeText } from '../../server/src/index/decode/encode';
import type { Encoding } from '../../server/src/index/decode/detect';
import { cli, SEEDS } from './helpers';

const TEXT = 'Визит в Ханой\n\nПрезидент Лаоса Тхонглун Сисулит прибыл в Ханой. Тхонглуна встретил То Лам.\n';
const FROM = 'Тхонглун';
const TO = 'Тонглун';

function bytesOf(text: string, encoding: Encoding, bom = false): Buffer {
  const b = encodeText(text, encoding, bom);
  assert.ok(b instanceof Uint8Array, 'encodable');
  return Buffer.from(b);
}

function withDir(run: (dir: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cl-fix-safety-'));
    try {
      await run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** A plan replacing every FROM by `to` in TEXT (offsets in the decoded text). */
function plan(file: string, to = TO): FilePlan {
  const edits = [...TEXT.matchAll(new RegExp(FROM, 'g'))].map((m) => ({ start: m.index, end: m.index + FROM.length, text: FROM, replacement: to }));
  return { uri: pathToFileURL(file).toString(), shown: 'a.txt', edits };
}

const FIXED = TEXT.replaceAll(FROM, TO);

for (const [encoding, bom] of [['koi8-r', false], ['ibm866', false], ['windows-1251', false], ['utf-16le', true], ['utf-16be', true], ['utf-8', true]] as const) {
  test(`fix: a ${encoding}${bom ? ' (BOM)' : ''} file is written back in ${encoding}`, withDir(async (dir) => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, bytesOf(TEXT, encoding, bom));
    const outcome = await applyPlan(plan(file), false);
    assert.equal(outcome.status, 'fixed', outcome.status === 'skipped' ? outcome.reason : '');
    assert.ok(readFileSync(file).equals(bytesOf(FIXED, encoding, bom)));
    assert.deepEqual(readdirSync(dir), ['a.txt'], 'no temporary file left');
  }));
}

test('fix: a replacement the encoding cannot hold is refused with the reason, the file untouched', withDir(async (dir) => {
  const file = join(dir, 'a.txt');
  const before = bytesOf(TEXT, 'koi8-r');
  writeFileSync(file, before);
  const outcome = await applyPlan(plan(file, 'Tōnglun'), false);
  assert.equal(outcome.status, 'skipped');
  assert.equal(outcome.status === 'skipped' && outcome.reason, "the fix cannot be written in KOI8-R: KOI8-R has no 'ō'");
  assert.ok(readFileSync(file).equals(before));
}));

test('fix: UTF-8 with invalid bytes is refused (a rewrite would replace them)', withDir(async (dir) => {
  const file = join(dir, 'a.txt');
  const before = Buffer.concat([Buffer.from(TEXT), Buffer.from([0xff]), Buffer.from('Конец.\n')]);
  writeFileSync(file, before);
  const outcome = await applyPlan(plan(file), false);
  assert.equal(outcome.status === 'skipped' && outcome.reason, 'it has 1 invalid UTF-8 byte sequence(s) that a rewrite would replace');
  assert.ok(readFileSync(file).equals(before));
}));

test('fix: a symbolic link is refused, and stays a link to the unchanged file', withDir(async (dir) => {
  const target = join(dir, 'real.txt');
  const link = join(dir, 'a.txt');
  writeFileSync(target, TEXT);
  symlinkSync(target, link);
  const outcome = await applyPlan(plan(link), false);
  assert.match(outcome.status === 'skipped' ? outcome.reason : 'fixed', /^it is a symbolic link/);
  assert.ok(lstatSync(link).isSymbolicLink());
  assert.equal(readFileSync(target, 'utf8'), TEXT);
}));

test('fix: a read-only file is refused', withDir(async (dir) => {
  const file = join(dir, 'a.txt');
  writeFileSync(file, TEXT);
  chmodSync(file, 0o444);
  const outcome = await applyPlan(plan(file), false);
  assert.equal(outcome.status === 'skipped' && outcome.reason, 'it is read-only');
  assert.equal(readFileSync(file, 'utf8'), TEXT);
}));

test('fix: a file with two hard links is refused; both names keep the same text', withDir(async (dir) => {
  const file = join(dir, 'a.txt');
  const other = join(dir, 'b.txt');
  writeFileSync(file, TEXT);
  linkSync(file, other);
  const outcome = await applyPlan(plan(file), false);
  assert.equal(outcome.status === 'skipped' && outcome.reason, 'it has 2 hard links; replacing it would leave the other names with the old text');
  assert.equal(lstatSync(file).ino, lstatSync(other).ino);
  assert.equal(readFileSync(file, 'utf8'), TEXT);
}));

test('fix: a change made while the fix is being written is kept, and the file refused', withDir(async (dir) => {
  const file = join(dir, 'a.txt');
  writeFileSync(file, TEXT);
  const theirs = `${TEXT}Абзац, дописанный в редакторе.\n`;
  const outcome = await applyPlan(plan(file), false, { beforeRename: (f) => writeFileSync(f, theirs) });
  assert.equal(outcome.status === 'skipped' && outcome.reason, 'it changed on disk while the fix was being written; left as it is now');
  assert.equal(readFileSync(file, 'utf8'), theirs);
  assert.deepEqual(readdirSync(dir), ['a.txt'], 'no temporary file left');
}));

test('fix: a same-size change of content is caught by the hash, even with the time put back', withDir(async (dir) => {
  const file = join(dir, 'a.txt');
  writeFileSync(file, TEXT);
  const { atime, mtime } = lstatSync(file);
  const swapped = TEXT.replace('Ханой.', 'Хошимин'.slice(0, 5) + '.');
  assert.equal(Buffer.byteLength(swapped), Buffer.byteLength(TEXT));
  const outcome = await applyPlan(plan(file), false, {
    beforeRename: async (f) => {
      writeFileSync(f, swapped);
      (await import('node:fs')).utimesSync(f, atime, mtime);
    },
  });
  assert.equal(outcome.status, 'skipped');
  assert.equal(readFileSync(file, 'utf8'), swapped);
}));

test('check --fix (built CLI): a KOI8-R article is fixed in KOI8-R, and says so', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cl-fix-koi8-'));
  try {
    const name = readdirSync(SEEDS).find((f) => readFileSync(join(SEEDS, f), 'utf8').includes(FROM))!;
    const text = readFileSync(join(SEEDS, name), 'utf8').replace(/[«»]/g, '"').replace(/[—–]/g, '-').replace(/©/g, '(c)').replace(/№/g, 'N');
    mkdirSync(join(dir, 'seeds'));
    writeFileSync(join(dir, 'seeds', name), bytesOf(text, 'koi8-r'));
    const run = cli(['check', '--fix', 'seeds'], { cwd: dir });
    assert.match(run.stderr, /seeds\/.+ was written back in KOI8-R, its own encoding/);
    const after = readFileSync(join(dir, 'seeds', name));
    assert.ok(after.equals(bytesOf(text.replaceAll(FROM, TO), 'koi8-r')), 'the variants replaced, every other byte kept');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
