/** The tokenizer's code-point scan finds exactly the spans of the regular expression it replaces. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TOKEN_PATTERN, tokenEnd, tokenStart } from '../../server/src/core/text/scan';
import { tokenize } from '../../server/src/core/text/tokenize';

function scanSpans(text: string): string[] {
  const out: string[] = [];
  for (let s = tokenStart(text, 0); s >= 0; ) {
    const e = tokenEnd(text, s);
    out.push(`${s}:${text.slice(s, e)}`);
    s = tokenStart(text, e);
  }
  return out;
}

function regexSpans(text: string): string[] {
  return [...text.matchAll(new RegExp(TOKEN_PATTERN.source, 'gu'))].map((m) => `${m.index}:${m[0]}`);
}

// Letters of several scripts (one outside the Basic Multilingual Plane), digits, combining marks, joiners,
// spaces of several kinds, punctuation, an emoji, a lone surrogate and a Cyrillic sign that is no letter.
const ALPHABET = [
  'а', 'Б', 'ё', 'Й', 'я', 'a', 'Z', 'é', '中', '𝐀', '0', '7', '٣', '\u0301', '\u0483', '-', '‑', '’', "'", ' ', '\n', '\t',
  '\u00a0', '\u2009', '\u3000', '\ufeff', '.', ',', '!', '«', '»', '—', '+', '😀', '\ud800', '҂', '_', '/',
];

function randomText(rng: () => number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(rng() * ALPHABET.length)];
  return s;
}

function lcg(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
}

test('the scan and the regular expression find the same tokens in random text', () => {
  const rng = lcg(42);
  for (let n = 0; n < 3000; n++) {
    const text = randomText(rng, 1 + Math.floor(rng() * 30));
    assert.deepEqual(scanSpans(text), regexSpans(text), JSON.stringify(text));
  }
});

test('the scan keeps hyphenated and apostrophised words whole and splits marks off', () => {
  const text = 'Санкт-Петербург, О’Нил и д\'Артаньян — 5-й раз; «ТАСС».  Конец -';
  assert.deepEqual(scanSpans(text), regexSpans(text));
  assert.deepEqual(tokenize(text).map((t) => t.text), ['Санкт-Петербург', ',', 'О’Нил', 'и', "д'Артаньян", '—', '5-й', 'раз', ';', '«', 'ТАСС', '»', '.', 'Конец', '-']);
  assert.deepEqual(tokenize('ОПЕК+ и NUR.KZ').map((t) => t.text), ['ОПЕК+', 'и', 'NUR.KZ']);
});
