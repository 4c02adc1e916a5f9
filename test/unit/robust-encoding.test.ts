/** Issue 15: encoding detection that is right or says it is unsure. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeArticle, readArticleFile } from '../../server/src/index/corpusFiles';
import { UNSURE, type Encoding } from '../../server/src/index/decode/detect';
import { encodeSingleByte, SINGLE_BYTE_ENCODINGS, type SingleByteEncoding } from '../../server/src/index/decode/singleByte';

const ARTICLE = 'Встреча в Ханое\n\nХАНОЙ, 3 мая. Генеральный секретарь То Лам встретился с Сергеем Лавровым. «Мы обсудили энергетику», — сказал он.\n';

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  return order === 'le' ? le : le.swap16();
}

/** What a KOI8-R or CP866 writer would have written: their tables have no «» or dashes. */
function inSingleByte(text: string, encoding: SingleByteEncoding): Uint8Array {
  const plain = encoding === 'windows-1251' ? text : text.replace(/[«»]/g, '"').replace(/[—–]/g, '-').replace(/№/g, 'N').replace(/…/g, '...');
  const bytes = encodeSingleByte(plain, encoding);
  assert.ok(bytes instanceof Uint8Array, `unmappable in ${encoding}`);
  return bytes;
}

function read(bytes: Uint8Array) {
  const r = decodeArticle(bytes);
  assert.ok(r.ok, r.ok ? '' : r.reason);
  return r;
}

test('encoding: byte-order marks decide (UTF-8, UTF-16 LE, UTF-16 BE), stripped from the text', () => {
  const cases: Array<[Uint8Array, Encoding, string]> = [
    [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]), 'utf-8', 'read as UTF-8 (byte-order mark)'],
    [utf16(ARTICLE, 'le', true), 'utf-16le', 'read as UTF-16 LE (byte-order mark)'],
    [utf16(ARTICLE, 'be', true), 'utf-16be', 'read as UTF-16 BE (byte-order mark)'],
  ];
  for (const [bytes, encoding, message] of cases) {
    const r = read(bytes);
    assert.equal(r.text, ARTICLE);
    assert.equal(r.encoding, encoding);
    assert.equal(r.confidence, 1);
    assert.equal(r.message, message);
    assert.equal(r.bom, true);
  }
});

test('encoding: UTF-16 without a BOM is read when it decodes to text; binary with NUL bytes is refused', () => {
  assert.equal(read(utf16(ARTICLE, 'le', false)).encoding, 'utf-16le');
  assert.equal(read(utf16(ARTICLE, 'be', false)).text, ARTICLE);
  const binary = decodeArticle(Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256));
  assert.deepEqual(binary, { ok: false, reason: 'not a text file (contains NUL bytes)' });
});

test('encoding: UTF-8 with a few invalid bytes stays UTF-8, the bytes read as U+FFFD, with a warning', () => {
  const good = Buffer.from(ARTICLE);
  const bytes = Buffer.concat([good.subarray(0, 40), Buffer.from([0xff, 0xc0]), good.subarray(40)]);
  const r = read(bytes);
  assert.equal(r.encoding, 'utf-8');
  assert.equal(r.replaced, 1);
  assert.match(r.message, /^read as UTF-8; 1 invalid byte sequence\(s\) replaced with U\+FFFD$/);
  assert.ok(r.text.includes('\ufffd'));
  assert.ok(r.text.endsWith(ARTICLE.slice(-40)));
});

test('encoding: KOI8-R, CP866 and Windows-1251 articles are each read as what they are, sure of it', () => {
  for (const encoding of SINGLE_BYTE_ENCODINGS) {
    const r = read(inSingleByte(ARTICLE, encoding));
    assert.equal(r.encoding, encoding);
    assert.ok(r.confidence >= UNSURE, `${encoding}: ${r.confidence}`);
    assert.ok(r.text.includes('Генеральный секретарь То Лам'));
  }
  assert.equal(read(inSingleByte(ARTICLE, 'koi8-r')).message, 'read as KOI8-R');
  assert.equal(read(inSingleByte(ARTICLE, 'ibm866')).message, 'read as CP866');
});

test('encoding: a few non-ASCII bytes are a guess, and the message says so', () => {
  const r = read(inSingleByte('date 2025-12-12 ЕАЭС', 'koi8-r'));
  assert.ok(r.confidence < UNSURE, String(r.confidence));
  assert.match(r.message, /\(unsure: confidence 0\.\d\d\)$/);
});

test('encoding: readArticleFile reports the encoding, its confidence and the message', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'cl-enc-')), 'a.txt');
  writeFileSync(file, inSingleByte(ARTICLE, 'koi8-r'));
  const r = await readArticleFile(file, 1_000_000);
  assert.ok(r.ok);
  assert.deepEqual([r.encoding, r.message, r.confidence >= UNSURE], ['koi8-r', 'read as KOI8-R', true]);
});

/** Pieces of the held-out articles, in each single-byte encoding. */
function samples(size: number): Array<{ bytes: Uint8Array; encoding: SingleByteEncoding }> {
  const out: Array<{ bytes: Uint8Array; encoding: SingleByteEncoding }> = [];
  for (const set of ['heldout', 'heldout2']) {
    const dir = join('test', set, 'articles');
    for (const f of readdirSync(dir)) {
      const text = readFileSync(join(dir, f), 'utf8').replace(/[^\u0000-\u007f\u0401-\u045f«»—–№…]/g, ' ');
      for (let at = 0; at + size <= text.length && at < 3000; at += 700) {
        for (const encoding of SINGLE_BYTE_ENCODINGS) out.push({ bytes: inSingleByte(text.slice(at, at + size), encoding), encoding });
      }
    }
  }
  return out;
}

test('encoding: accuracy on generated samples, ours against jschardet (printed)', () => {
  const jschardet = optional('jschardet') as { detect(b: Buffer): { encoding: string | null } } | null;
  const JS_NAMES: Record<string, string> = { 'windows-1251': 'windows-1251', 'KOI8-R': 'koi8-r', IBM866: 'ibm866' };
  for (const size of [100, 300, 1000]) {
    const all = samples(size);
    const ours = all.filter((s) => read(s.bytes).encoding === s.encoding).length / all.length;
    const theirs = jschardet ? all.filter((s) => JS_NAMES[jschardet.detect(Buffer.from(s.bytes)).encoding ?? ''] === s.encoding).length / all.length : NaN;
    console.log(`${size} bytes, ${all.length} samples: ours ${(ours * 100).toFixed(1)}%, jschardet ${(theirs * 100).toFixed(1)}%`);
    assert.ok(all.length >= 40, String(all.length));
    assert.ok(ours >= 0.98, `ours ${ours}`);
    if (jschardet) assert.ok(ours >= theirs);
  }
});

function optional(name: string): unknown {
  try {
    return createRequire(__filename)(name);
  } catch {
    return null;
  }
}
