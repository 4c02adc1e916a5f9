/**
 * Saves of the analysis cache and the stored link wait for a quiet moment; an editor closed before one
 * comes still leaves them written: the shutdown request runs the pending saves.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { LspClient } from './lspClient';

const ROOT = path.resolve(__dirname, '..', '..');

describe('shutdown right after indexing', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'corpus-lens-shutdown-'));
  after(() => rmSync(work, { recursive: true, force: true }));

  it('writes the analysis cache and the stored link before it answers', async () => {
    const folder = path.join(work, 'corpus');
    const storage = path.join(work, 'storage');
    cpSync(path.join(ROOT, 'seeds'), folder, { recursive: true });
    const client = await LspClient.start({ folder, initializationOptions: { storagePath: storage } });
    try {
      await client.ready();
      await client.request('shutdown', null);
      assert.ok(existsSync(path.join(storage, 'cache', 'analyses.bin')), 'analyses.bin written');
      assert.ok(existsSync(path.join(storage, 'cache', 'link.bin')), 'link.bin written');
    } finally {
      client.notify('exit', null);
      await client.stop().catch(() => undefined);
    }
  });
});
