/** `corpus-lens duplicates`: possible duplicates with counts, context and reasons, as text and JSON. */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli, ROOT, seedCopy } from './helpers';

test('duplicates on the seeds lists the one pair, Тхонглун / Тонглун, with a context line and why', () => {
  const run = cli(['duplicates', '--format', 'json', 'seeds'], { cwd: ROOT });
  assert.notEqual(run.code, 2, run.stderr);
  const { pairs } = JSON.parse(run.stdout);
  assert.equal(pairs.length, 1);
  const [pair] = pairs;
  assert.deepEqual([pair.variant.spelling, pair.preferred.spelling].sort(), ['Тонглун', 'Тхонглун'].sort());
  assert.match(pair.variant.context.text, /\[Тхонглун\]/);
  const text = cli(['duplicates', 'seeds'], { cwd: ROOT });
  assert.match(text.stdout, /«Тхонглун».*«Тонглун»/);
});

test('duplicates and check honour the user\'s decisions: a pair marked distinct in the configuration is neither listed nor flagged', () => {
  const copy = seedCopy();
  try {
    const config = join(copy.dir, 'corpus-lens.json');
    writeFileSync(config, JSON.stringify({ distinct: [['Тхонглун', 'Тонглун']] }));
    const run = cli(['duplicates', '--format', 'json', '--config', config, copy.seeds], { cwd: copy.dir });
    assert.notEqual(run.code, 2, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout).pairs, []);
    const check = cli(['check', '--format', 'json', '--config', config, copy.seeds], { cwd: copy.dir });
    assert.equal(check.code, 0, check.stderr);
    assert.deepEqual(JSON.parse(check.stdout).diagnostics, []);
    const without = cli(['check', '--format', 'json', copy.seeds], { cwd: copy.dir });
    assert.equal(JSON.parse(without.stdout).diagnostics.length, 1, 'without the decision the pair is flagged');
  } finally {
    copy.cleanup();
  }
});

test('a name read both as an entity and as stray words is listed once', () => {
  const copy = seedCopy();
  try {
    const file = join(copy.dir, 'dacha.txt');
    writeFileSync(file, 'Суд взыскал деньги в пользу маркетплейса "Дача.РФ"\n\nМОСКВА, 3 марта. Маркетплейс "Дача.РФ" подал иск. Представитель "Дача.РФ" выступил в суде.\n\nМаркетплейс "Дача РФ" работает с 2018 года.\n');
    const run = cli(['duplicates', '--format', 'json', file], { cwd: copy.dir });
    assert.notEqual(run.code, 2, run.stderr);
    const pairs = JSON.parse(run.stdout).pairs as Array<{ variant: { spelling: string } }>;
    assert.equal(pairs.filter((p) => p.variant.spelling === 'Дача РФ').length, 1);
  } finally {
    copy.cleanup();
  }
});
