/**
 * The CLI's stored link: the first run links and stores the link next to its analysis cache, the
 * second restores it (same output); a changed file links again; --no-cache reads and writes neither.
 */
import assert from 'node:assert/strict';
import { appendFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli, seedCopy } from './helpers';

const TRACE = { CORPUS_LENS_TRACE: '1' };
const linkStep = (stderr: string) => /trace: .* s (link restored|linked) \(/.exec(stderr)?.[1];

describe('stored link (CLI)', () => {
  it('is restored by a second run on the same files, and not after a change', () => {
    const { dir, seeds, cleanup } = seedCopy();
    try {
      const first = cli(['check', 'seeds', '--format', 'json'], { cwd: dir, env: TRACE });
      assert.equal(linkStep(first.stderr), 'linked');
      assert.ok(existsSync(join(dir, '.corpus-lens', 'cache', 'link.bin')));
      const second = cli(['check', 'seeds', '--format', 'json'], { cwd: dir, env: TRACE });
      assert.equal(linkStep(second.stderr), 'link restored');
      assert.equal(second.stdout, first.stdout);
      appendFileSync(join(seeds, readdirSync(seeds).find((f) => f.endsWith('.txt'))!), '\nЕщё одна фраза о Москве.\n');
      const third = cli(['check', 'seeds', '--format', 'json'], { cwd: dir, env: TRACE });
      assert.equal(linkStep(third.stderr), 'linked');
    } finally {
      cleanup();
    }
  });

  it('--no-cache neither restores nor stores', () => {
    const { dir, cleanup } = seedCopy();
    try {
      cli(['check', 'seeds'], { cwd: dir });
      const run = cli(['check', 'seeds', '--no-cache'], { cwd: dir, env: TRACE });
      assert.equal(linkStep(run.stderr), 'linked');
      assert.doesNotMatch(run.stderr, /link stored/);
      const fresh = seedCopy();
      try {
        cli(['check', 'seeds', '--no-cache'], { cwd: fresh.dir });
        assert.equal(existsSync(join(fresh.dir, '.corpus-lens')), false);
      } finally {
        fresh.cleanup();
      }
    } finally {
      cleanup();
    }
  });
});
