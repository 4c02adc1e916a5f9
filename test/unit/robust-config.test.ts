/** Issue 15: the config file is bounded, and a file that is not JSON is named, never echoed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFIG_LIMITS, jsonErrorOffset, parseConfigText, readConfig } from '../../server/src/core/config';
import { loadConfigFile } from '../../server/src/index/configFile';

const PASSWD = 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n';

function tempFile(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cl-config-')), name);
  writeFileSync(file, content);
  return file;
}

test('config: a passwd-like file is reported by position, its content never echoed', async () => {
  const loaded = await loadConfigFile(tempFile('passwd', PASSWD));
  assert.equal(loaded.problems.length, 1);
  assert.match(loaded.problems[0], /not valid JSON at line 1, column 1$/);
  for (const secret of ['root', 'daemon', 'nologin', '/bin/bash']) assert.ok(!loaded.problems[0].slice(loaded.problems[0].indexOf(': ')).includes(secret), loaded.problems[0]);
  assert.deepEqual(loaded.config.aliases, []);
});

test('config: the position of a syntax error is its line and column', () => {
  assert.throws(() => parseConfigText('{\n  "aliases": [["А", "Б"],, ]\n}'), { message: 'at line 2, column 26' });
  assert.throws(() => parseConfigText('\ufeff{"a": tru}'), { message: 'at line 1, column 7' });
  assert.throws(() => parseConfigText('{} extra'), { message: 'at line 1, column 4' });
  assert.throws(() => parseConfigText(''), { message: 'at line 1, column 1' });
});

test('config: the JSON error locator agrees with JSON.parse on where documents stop being valid', () => {
  const broken = ['[1, 2', '{"a" 1}', '{"a": "x\ny"}', '[01]', '[1.]', '{"a": [}', '"\\q"', '{,}', '[' .repeat(100_000)];
  for (const s of broken) {
    assert.throws(() => JSON.parse(s));
    const at = jsonErrorOffset(s);
    assert.ok(at >= 0 && at <= s.length, `${s.slice(0, 20)}: ${at}`);
  }
  assert.equal(jsonErrorOffset('[1, 2'), 5);
  assert.equal(jsonErrorOffset('{"a" 1}'), 5);
  assert.equal(jsonErrorOffset('[' .repeat(100_000)), 100_000);
});

test('config: more alias groups than the limit: the rest ignored, one problem naming the limit', () => {
  const aliases = Array.from({ length: CONFIG_LIMITS.aliasGroups + 5 }, (_, i) => [`Имя${i}`, `Другое${i}`]);
  const { config, problems } = readConfig({ aliases });
  assert.equal(config.aliases.length, CONFIG_LIMITS.aliasGroups);
  assert.deepEqual(problems, [`"aliases" has ${CONFIG_LIMITS.aliasGroups + 5} groups; only the first ${CONFIG_LIMITS.aliasGroups} were read`]);
});

test('config: a group with more names than the limit keeps the first ones, with one problem', () => {
  const group = Array.from({ length: 250_000 }, (_, i) => `Имя${i}`);
  const { config, problems } = readConfig({ aliases: [group] });
  assert.equal(config.aliases[0].length, CONFIG_LIMITS.namesPerGroup);
  assert.equal(problems.length, 1);
  assert.match(problems[0], new RegExp(`only the first ${CONFIG_LIMITS.namesPerGroup} were read`));
});

test('config: the total of alias names is bounded too', () => {
  const aliases = Array.from({ length: 200 }, (_, g) => Array.from({ length: 1000 }, (_, i) => `И${g}_${i}`));
  const { config, problems } = readConfig({ aliases });
  const total = config.aliases.reduce((n, g) => n + g.length, 0);
  assert.ok(total <= CONFIG_LIMITS.aliasNames, String(total));
  assert.equal(problems.length, 1);
  assert.match(problems[0], new RegExp(`more than ${CONFIG_LIMITS.aliasNames} names in all`));
});

test('config: a million spellings and bad groups: bounded, a handful of problems, no stack overflow', () => {
  const spellings = new Array(1_000_000).fill('Тонглун');
  const aliases = Array.from({ length: 5000 }, () => [1, 'А']);
  const { config, problems } = readConfig({ preferredSpellings: spellings, acceptedSpellings: spellings, aliases });
  assert.equal(config.preferredSpellings.length, CONFIG_LIMITS.spellings);
  assert.ok(problems.length <= 4, problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('and 4999 more')), problems.join('\n'));
});

test('config: names longer than the limit are ignored with a problem', () => {
  const { config, problems } = readConfig({ acceptedSpellings: ['Я'.repeat(CONFIG_LIMITS.nameLength + 1), 'Лавров'] });
  assert.deepEqual(config.acceptedSpellings, ['Лавров']);
  assert.equal(problems.length, 1);
});
