import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyPlan } from '../../server/src/cli/format/applyFixes';
import { cli, json, ROOT, seedCopy, SEEDS } from './helpers';

function snapshot(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));
}

/** The replacements SARIF proposes, per file name: [charOffset, charLength, text]. */
function proposedFixes(cwd: string): Map<string, Array<[number, number, string]>> {
  const out = new Map<string, Array<[number, number, string]>>();
  for (const r of json(cli(['check', 'seeds', '--format', 'sarif'], { cwd })).runs[0].results) {
    const change = r.fixes[0].artifactChanges[0];
    const name = change.artifactLocation.uri.split('/').pop();
    for (const rep of change.replacements) {
      out.set(name, [...(out.get(name) ?? []), [rep.deletedRegion.charOffset, rep.deletedRegion.charLength, rep.insertedContent.text]]);
    }
  }
  return out;
}

function applyByHand(text: string, edits: Array<[number, number, string]>): string {
  return [...edits].sort((a, b) => b[0] - a[0]).reduce((t, [at, len, s]) => t.slice(0, at) + s + t.slice(at + len), text);
}

test('check --fix --dry-run prints a diff that applies, and writes nothing', () => {
  const copy = seedCopy();
  try {
    const before = snapshot(copy.seeds);
    const run = cli(['check', '--fix', '--dry-run', 'seeds'], { cwd: copy.dir });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /^--- a\/seeds\/.+\n\+\+\+ b\/seeds\/.+\n@@ -\d+,\d+ \+\d+,\d+ @@/m);
    assert.match(run.stdout, /^-.*Тхонглун/m);
    assert.match(run.stdout, /^\+.*Тонглун Сисулит высоко/m);
    assert.deepEqual(snapshot(copy.seeds), before, 'no file changed');
    assert.deepEqual(readdirSync(copy.seeds).sort(), [...before.keys()].sort(), 'no file added');
    writeFileSync(join(copy.dir, 'fix.patch'), `${run.stdout}\n`);
    const applied = spawnSync('git', ['apply', 'fix.patch'], { cwd: copy.dir, encoding: 'utf8' });
    assert.equal(applied.status, 0, applied.stderr);
    const fixed = cli(['check', 'seeds'], { cwd: copy.dir });
    assert.equal(fixed.code, 0, `after applying the diff: ${fixed.stdout}`);
  } finally {
    copy.cleanup();
  }
});

test('check --fix changes exactly the flagged words and nothing else', () => {
  const copy = seedCopy();
  try {
    const before = snapshot(copy.seeds);
    const fixes = proposedFixes(copy.dir);
    assert.ok(fixes.size >= 1, 'the seeds have something to fix');
    const run = cli(['check', '--fix', 'seeds'], { cwd: copy.dir });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^seeds\/.+:\d+:\d+: fixed «Тхонглун» → «Тонглун»$/m);
    for (const [name, bytes] of snapshot(copy.seeds)) {
      const edits = fixes.get(name);
      const expected = edits ? Buffer.from(applyByHand(before.get(name)!.toString('utf8'), edits), 'utf8') : before.get(name)!;
      assert.ok(bytes.equals(expected), `${name} holds exactly the expected bytes`);
    }
    assert.equal(readdirSync(copy.seeds).length, before.size, 'no temporary file left behind');
    assert.equal(cli(['check', 'seeds'], { cwd: copy.dir }).code, 0, 'nothing left to report');
  } finally {
    copy.cleanup();
  }
});

/** Windows-1251 bytes for the characters the seeds use (ASCII, Russian letters, «», —, ©). */
function cp1251(text: string): Buffer {
  const special: Record<string, number> = { 'Ё': 0xa8, 'ё': 0xb8, '«': 0xab, '»': 0xbb, '—': 0x97, '©': 0xa9 };
  return Buffer.from([...text].map((ch) => {
    const c = ch.charCodeAt(0);
    if (c < 0x80) return c;
    if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
    return special[ch] ?? 0x3f;
  }));
}

test('check --fix writes a windows-1251 file back in windows-1251', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-lens-1251-'));
  try {
    const name = readdirSync(SEEDS).find((f) => readFileSync(join(SEEDS, f), 'utf8').includes('Тхонглун'))!;
    const bytes = cp1251(readFileSync(join(SEEDS, name), 'utf8'));
    mkdirSync(join(dir, 'seeds'));
    writeFileSync(join(dir, 'seeds', name), bytes);
    assert.equal(cli(['check', 'seeds'], { cwd: dir }).code, 1, 'the variant is found in the decoded text');
    cli(['check', '--fix', 'seeds'], { cwd: dir });
    const after = readFileSync(join(dir, 'seeds', name));
    assert.ok(!after.equals(bytes), 'the file was fixed');
    const text = new TextDecoder('windows-1251').decode(after);
    assert.ok(!text.includes('Тхонглун') && text.includes('Тонглун'), 'the variant is replaced');
    assert.ok(after.equals(cp1251(text)), 'still windows-1251 bytes');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('applyPlan re-checks the text on disk and keeps a BOM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-lens-plan-'));
  try {
    const file = join(dir, 'a.txt');
    const original = '\ufeffПрезидент Тхонглуна принял.\n';
    writeFileSync(file, original);
    const plan = (start: number) => ({ uri: pathToFileURL(file).toString(), shown: 'a.txt', edits: [{ start, end: start + 9, text: 'Тхонглуна', replacement: 'Тонглуна' }] });
    const moved = await applyPlan(plan(11), false);
    assert.equal(moved.status, 'skipped');
    assert.equal(readFileSync(file, 'utf8'), original, 'a file whose text moved is not written');
    const done = await applyPlan(plan(10), false);
    assert.equal(done.status, 'fixed');
    assert.equal(readFileSync(file, 'utf8'), '\ufeffПрезидент Тонглуна принял.\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('check --fix leaves possible variants for the user (only sure ones are rewritten), and says so', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-lens-possible-'));
  try {
    const articles = join(dir, 'articles');
    cpSync(join(ROOT, 'test', 'variants3', 'articles'), articles, { recursive: true });
    const found = json(cli(['check', 'articles', '--format', 'json'], { cwd: dir })).diagnostics;
    const possible = found.filter((d: any) => d.code === 'possible-variant');
    const sure = found.filter((d: any) => d.code === 'spelling-variant');
    assert.ok(possible.length > 0 && sure.length > 0, 'the set has both kinds of finding');
    assert.ok(possible.every((d: any) => d.severity === 'information'), 'a possible variant is information, not a warning');
    // Sure fixes move offsets: count each possible spelling in its file instead.
    const words = possible.map((d: any) => [d.path, readFileSync(join(dir, d.path), 'utf8').slice(d.start, d.end)]);
    const counts = () => words.map(([path, word]: string[]) => readFileSync(join(dir, path), 'utf8').split(word).length - 1);
    const before = counts();
    const run = cli(['check', '--fix', 'articles'], { cwd: dir });
    assert.equal(run.code, 1, 'possible variants are still there to decide');
    assert.match(run.stderr, new RegExp(`left ${possible.length} possible variants? for you to decide`));
    assert.deepEqual(counts(), before, 'no possible variant was rewritten');
    assert.ok(!/possible/.test(run.stdout.split('\n').filter((l) => l.includes('fixed')).join('\n')));
    const left = json(cli(['check', 'articles', '--format', 'json'], { cwd: dir })).diagnostics;
    assert.equal(left.filter((d: any) => d.code === 'spelling-variant').length, 0, 'every sure variant was fixed');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
