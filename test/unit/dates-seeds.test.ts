import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../server/src/core/article/parseArticle';
import { findDates } from '../../server/src/core/dates/findDates';

const SEEDS = join(__dirname, '..', '..', 'seeds');

/** The DATE mentions each seed must yield, in order: [text as written, ISO value] (see the guidelines). */
const EXPECTED: Record<string, Array<[string, string]>> = {
  '000_f6be1b102a5e9dba.txt': [['2025-11-20', '2025-11-20'], ['20 ноября', '2025-11-20']],
  '001_4b8aedfbcee305d4.txt': [['2 декабря', '--12-02']],
  '002_1ffd3e15c8a1fd14.txt': [['31.03.2025, 18:28', '2025-03-31T18:28'], ['феврале', '2025-02'], ['середину апреля', '2025-04']],
  '003_a7d368570fbe15a2.txt': [
    ['8 ноября', '2025-11-08'], ['2025 года', '2025'], ['2024 году', '2024'], ['12 ноября 2025 года', '2025-11-12'],
  ],
  '004_c78359815a5bd025.txt': [
    ['2025-10-21', '2025-10-21'], ['22 октября', '2025-10-22'], ['12 ноября', '2025-11-12'],
    ['ноябре 2024 года', '2024-11'], ['феврале', '2025-02'], ['10 октября', '2025-10-10'],
  ],
};

for (const [file, expected] of Object.entries(EXPECTED)) {
  test(`seed ${file} yields its dates`, () => {
    const text = readFileSync(join(SEEDS, file), 'utf8');
    const mentions = findDates(text, parseArticle(text));
    assert.deepEqual(mentions.map((m) => [m.text, m.name]), expected);
    for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
  });
}
