/**
 * Ctrl+T at corpus scale: the letter-mask prefilter never rejects a name the scorer would match, and
 * the bounded top-n selection gives exactly the first n of a full sort.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Entity } from '../../server/src/core/types';
import { foldForMatch, matchFolded, mayMatch } from '../../server/src/features/nameMatch';
import { best } from '../../server/src/features/symbolSearch';

const LETTERS = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяabcxyz-';
const word = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 9 }).map((a) => a.join(''));
const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
/** Queries built from the name (so that many match), or independent. */
const query = (n: string) => fc.oneof(
  fc.integer({ min: 0, max: n.length }).chain((i) => fc.integer({ min: i, max: n.length }).map((j) => n.slice(i, j))),
  fc.tuple(fc.integer({ min: 0, max: n.length }), fc.constantFrom(...LETTERS)).map(([i, c]) => n.slice(0, i) + c + n.slice(i + 1)),
  name,
);

describe('workspace symbols at scale', () => {
  it('the letter prefilter keeps every name the scorer matches', () => {
    let matched = 0;
    fc.assert(fc.property(name.chain((n) => fc.tuple(fc.constant(n), query(n))), ([n, q]) => {
      const fq = foldForMatch(q.trim());
      const fn = foldForMatch(n);
      if (matchFolded(fq, fn) === null) return;
      matched++;
      assert.ok(mayMatch(fq, fn.mask), `«${q}» matches «${n}» but the prefilter rejected it`);
    }), { seed: 20261203, numRuns: 3000 });
    assert.ok(matched > 500, `enough matching pairs were tried (${matched})`);
  });

  it('the prefilter rejects a name lacking two of the query letters', () => {
    assert.equal(mayMatch(foldForMatch('Лавров'), foldForMatch('Сисулит').mask), false);
    assert.equal(mayMatch(foldForMatch('Тхонглун'), foldForMatch('Тонглун').mask), true, 'one letter missing is a typo');
  });

  it('the bounded selection equals the first n of a full sort', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 30 })), { maxLength: 400 }),
      fc.integer({ min: 1, max: 50 }),
      (rows, n) => {
        const scored = rows.map(([score, count], i) => ({ score, entity: { id: `e${i}`, mentions: new Array(count) } as unknown as Entity }));
        const key = (s: { score: number; entity: Entity }) => `${s.score}/${s.entity.mentions.length}`;
        const full = [...scored].sort((a, b) => a.score - b.score || b.entity.mentions.length - a.entity.mentions.length).slice(0, n);
        assert.deepEqual(best([...scored], n).map(key), full.map(key));
      },
    ), { seed: 7, numRuns: 300 });
  });
});
