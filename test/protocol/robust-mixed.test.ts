/**
 * A messy archive (issue 15): the seeds next to every bad file of the issue — binary, KOI8-R,
 * UTF-16 LE and BE with a BOM, UTF-8 with one bad byte, too large, empty, a symbolic link to a file
 * outside the workspace. The seeds are indexed and answer, the readable files are decoded, and each
 * skipped or doubtful file is reported once with its reason (status `skipped` list, output channel).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { seedWorkspace, type Workspace } from './consistencyHelpers';
import { fileUri, positionOf } from './lspClient';
import { RawServer, type Message } from './robust-raw';

const MAX_FILE_SIZE = 100_000;

const prose = (name: string) =>
  `Министр ${name} провёл переговоры в Москве 20 ноября 2025 года. ${name} заявил, что Россия и Казахстан продолжат сотрудничество.\n`;

/** Encodes Russian text as KOI8-R (Node has only the decoder: the table is its inverse). */
function koi8r(text: string): Buffer {
  const decoder = new TextDecoder('koi8-r');
  const byteOf = new Map<string, number>();
  for (let b = 0; b < 256; b++) byteOf.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((c) => byteOf.get(c) ?? 0x3f));
}

/** The bad files, by name under seeds/, with what they hold. */
function writeBadFiles(seeds: string, outside: string): void {
  const write = (name: string, bytes: Buffer | string) => writeFileSync(path.join(seeds, name), bytes);
  write('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3, 0, 0xff, 0, 0]));
  write('koi8.txt', koi8r(`Переговоры в Москве\n\n${prose('Пётр Коишев').repeat(5)}`));
  const utf16 = (name: string) => Buffer.from(`Встреча в Казани\n\n${prose(name).repeat(3)}`, 'utf16le');
  write('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16('Ольга Шестнадцатова')]));
  write('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16('Борис Бигэндов').swap16()]));
  write('badbyte.txt', Buffer.concat([Buffer.from(`Новости дня\n\n${prose('Игорь Битов')}`), Buffer.from([0xff]), Buffer.from(prose('Игорь Битов'))]));
  write('large.txt', prose('Большой Файлов').repeat(Math.ceil(MAX_FILE_SIZE / 150)));
  write('empty.txt', '');
  writeFileSync(path.join(outside, 'secret.txt'), prose('Аркадий Внешнев'));
  symlinkSync(path.join(outside, 'secret.txt'), path.join(seeds, 'link.txt'));
}

describe('a workspace mixing every bad file with the seeds', () => {
  let ws: Workspace;
  let outside: string;
  let server: RawServer;
  let status: Message;
  const uriOf = (name: string) => fileUri(path.join(ws.dir, 'seeds', name));
  const symbols = async (query: string): Promise<string[]> =>
    (await server.response(server.request('workspace/symbol', { query }))).result.map((s: any) => `${s.name} ${path.basename(s.location.uri)}`);
  /** Output-channel lines naming the file. */
  const logged = (name: string) => server.logLines().filter((l) => l.includes(path.join(ws.dir, 'seeds', name)));

  before(async () => {
    ws = seedWorkspace();
    outside = mkdtempSync(path.join(tmpdir(), 'corpus-lens-outside-'));
    writeBadFiles(path.join(ws.dir, 'seeds'), outside);
    server = await RawServer.start(ws.dir, { maxFileSize: MAX_FILE_SIZE });
    status = await server.ready();
  });

  after(() => {
    server?.kill();
    ws?.remove();
    rmSync(outside, { recursive: true, force: true });
  });

  it('indexes the seeds, and their features work (hover on a seed name)', async () => {
    const answer = await server.response(server.request('textDocument/hover', {
      textDocument: { uri: ws.uri('000') }, position: positionOf(ws.seed('000'), 'Лавров'),
    }));
    assert.match(answer.result.contents.value, /Сергей Лавров/);
    assert.ok(status.params.articles >= 5, `${status.params.articles} articles`);
  });

  it('decodes KOI8-R, UTF-16 LE and BE with a BOM, and UTF-8 with a bad byte, each with one note naming the encoding', async () => {
    assert.deepEqual(await symbols('Коишев'), ['Пётр Коишев koi8.txt']);
    assert.deepEqual(await symbols('Шестнадцатова'), ['Ольга Шестнадцатова utf16le.txt']);
    assert.deepEqual(await symbols('Бигэндов'), ['Борис Бигэндов utf16be.txt']);
    assert.deepEqual(await symbols('Битов'), ['Игорь Битов badbyte.txt']);
    const notes: Array<[string, RegExp]> = [
      ['koi8.txt', /KOI8-R/], ['utf16le.txt', /UTF-16 LE/], ['utf16be.txt', /UTF-16 BE/], ['badbyte.txt', /invalid byte/],
    ];
    for (const [name, note] of notes) {
      assert.equal(logged(name).length, 1, `${name}: ${JSON.stringify(logged(name))}`);
      assert.match(logged(name)[0], note);
    }
  });

  it('skips the binary and the too-large file, each once in the status and the output channel, with its reason', () => {
    const skipped: Array<{ uri: string; reason: string }> = status.params.skipped;
    const reasons: Array<[string, RegExp]> = [['binary.txt', /not a text file/], ['large.txt', /larger than the 100000-byte limit/]];
    for (const [name, reason] of reasons) {
      const entries = skipped.filter((s) => s.uri === uriOf(name));
      assert.equal(entries.length, 1, `${name} in skipped: ${JSON.stringify(skipped)}`);
      assert.match(entries[0].reason, reason);
      assert.equal(logged(name).length, 1, `${name}: ${JSON.stringify(logged(name))}`);
    }
    assert.ok(!JSON.stringify(skipped).includes('seeds/00'), 'a seed was skipped');
  });

  it('does not index the file outside the workspace reached through the link', async () => {
    assert.deepEqual(await symbols('Внешнев'), []);
  });

  it('reports the empty file and the link that leads outside, once each with a reason', () => {
    for (const name of ['empty.txt', 'link.txt']) {
      const inStatus = status.params.skipped.filter((s: any) => s.uri === uriOf(name));
      assert.equal(inStatus.length + logged(name).length >= 1, true, `${name} is not reported`);
      assert.ok(logged(name).length <= 1, `${name} reported more than once`);
    }
  });

  it('a file-created event for the link that leads outside does not index the outside file', async () => {
    // Events are handled in order: once the new article after the link is indexed, the link has been handled.
    writeFileSync(path.join(ws.dir, 'seeds', 'new.txt'), prose('Семён Новичков'));
    const changes = [{ uri: uriOf('link.txt'), type: 1 }, { uri: uriOf('new.txt'), type: 1 }];
    server.send({ jsonrpc: '2.0', method: 'workspace/didChangeWatchedFiles', params: { changes } });
    for (let tries = 0; tries < 300 && (await symbols('Новичков')).length === 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.deepEqual(await symbols('Новичков'), ['Семён Новичков new.txt']);
    assert.deepEqual(await symbols('Внешнев'), []);
  });
});
