/** `corpus-lens duplicates`: possible duplicates with counts, context and reasons, as text and JSON. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cli, ROOT } from './helpers';

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
