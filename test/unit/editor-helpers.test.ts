/** Pure helpers of the editor features: name matching for Ctrl+T, date facts for the hover card. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../../server/src/core/types';
import { dateCard, distanceFromArticle, weekday, yearExplanation } from '../../server/src/features/dateCard';
import { matchScore, withinOneEdit } from '../../server/src/features/nameMatch';
import { documentTokens } from '../../server/src/features/semanticTokens';
import type { IndexedDocument } from '../../server/src/index/corpusIndex';
import { LineMap } from '../../server/src/index/lineMap';

const article = (value: string, source: 'header' | 'byline' | 'dateline' = 'header'): Article => ({
  title: 't', titleSpan: null, lead: null, date: { value, source, span: { start: 0, end: 0 } }, author: null, source: null,
  dateline: null, subheadings: [], paragraphs: [], quotations: [], furniture: [], length: 0,
});

describe('name matching', () => {
  it('ranks exact, prefix, word prefix, substring and fuzzy matches in that order', () => {
    assert.equal(matchScore('Мирзиёев', 'Мирзиеев'), 0, 'ё folds to е');
    assert.equal(matchScore('шавкат', 'Шавкат Мирзиёев'), 1);
    assert.equal(matchScore('МИРЗ', 'Шавкат Мирзиёев'), 2);
    assert.equal(matchScore('ш мир', 'Шавкат Мирзиёев'), 2, 'each query word starts a name word');
    assert.equal(matchScore('иёев', 'Шавкат Мирзиёев'), 3);
    assert.equal(matchScore('мирзияев', 'Шавкат Мирзиёев'), 5, 'one typo');
    assert.equal(matchScore('мрзв', 'Мирзиёев'), 6, 'compact subsequence');
  });

  it('rejects letters scattered over a long name', () => {
    assert.equal(matchScore('мрзв', 'Министерство по развитию внешних связей'), null);
    assert.equal(matchScore('абвгд', 'Ташкент'), null);
  });

  it('counts one edit, not two', () => {
    assert.ok(withinOneEdit('тхонглун', 'тонглун'));
    assert.ok(withinOneEdit('алматы', 'алмата'));
    assert.ok(!withinOneEdit('алматы', 'алмааа'));
  });
});

describe('date card facts', () => {
  it('gives the weekday in Russian and English, and none for a month', () => {
    assert.equal(weekday('2024-02-29'), 'Thursday');
    assert.equal(weekday('2025-03-31T18:28'), 'Monday');
    assert.equal(weekday('2025-11'), null);
    assert.equal(weekday('2025-02-30'), null, 'not a real day');
  });

  it('measures the distance from the article date', () => {
    assert.equal(distanceFromArticle('2025-01-01', article('2024-12-31')), "1 day after the article's date (2024-12-31)");
    assert.equal(distanceFromArticle('2025-03-01', article('2025-03-31T18:28')), "30 days before the article's date (2025-03-31)");
    assert.equal(distanceFromArticle('2025-03-31', article('2025-03-31')), "the article's date");
    assert.equal(distanceFromArticle('--03-31', article('2025-03-31')), null);
  });

  it('explains where the year came from, naming the article date source', () => {
    assert.match(yearExplanation('article-date', article('2025-05-04', 'byline')), /byline/);
    assert.match(yearExplanation('explicit', article('2025-05-04')), /written/);
    const card = dateCard('4 мая', { value: '2025-05-04', yearSource: 'article-date', partial: true }, article('2025-05-06'));
    assert.match(card, /2025-05-04/);
    assert.match(card, /Sunday/);
    assert.match(card, /2 days before/);
  });
});

describe('semantic tokens', () => {
  const text = 'Глава МИД\r\nРоссии Сергей Лавров\nи Ван И';
  const mention = (start: number, end: number, type: 'PER' | 'ORG') => ({ start, end, type, text: text.slice(start, end), name: '' });
  const doc: IndexedDocument = {
    uri: 'file:///a.txt', text, lines: new LineMap(text),
    analysis: { article: article('2025-01-01'), mentions: [mention(6, 17, 'ORG'), mention(18, 31, 'PER'), mention(34, 39, 'PER')] },
  };

  it('cuts a span crossing a line break into one token per line', () => {
    assert.deepEqual([...documentTokens(doc).data], [
      0, 6, 3, 1, 0,
      1, 0, 6, 1, 0,
      0, 7, 13, 0, 0,
      1, 2, 5, 0, 0,
    ]);
  });

  it('keeps only the mentions overlapping a range', () => {
    const range = { start: { line: 2, character: 0 }, end: { line: 2, character: 7 } };
    assert.deepEqual([...documentTokens(doc, range).data], [2, 2, 5, 0, 0]);
  });
});
