import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { charKind, CYRILLIC, isRussianProse, LETTER, nonProsePath, OTHER, SPACE } from '../../server/src/index/prose';

/** Every article the project holds: the seeds, the held-out sets and the variants corpus. */
function articleFiles(): string[] {
  const dirs = ['seeds', ...['heldout', 'heldout2', 'heldout3', 'heldout4', 'variants'].map((d) => join('test', d, 'articles'))];
  return dirs.flatMap((dir) => {
    try {
      return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f));
    } catch {
      return [];
    }
  });
}

const ARTICLE = [
  'Мэр Казани открыл новый мост через Казанку',
  '12 марта 2025',
  'В среду в Казани открылся новый мост через реку Казанку, строительство которого заняло два года.',
  'По словам мэра города, мост разгрузит центральные улицы и сократит время в пути на двадцать минут.',
].join('\n');

describe('isRussianProse: articles', () => {
  it('accepts every article of the project (seeds, held-out sets, variants)', () => {
    const files = articleFiles();
    assert.ok(files.length >= 5, `found only ${files.length} articles`);
    for (const file of files) {
      const verdict = isRussianProse(file, readFileSync(file, 'utf8'));
      assert.deepEqual(verdict, { ok: true }, `${file}: ${verdict.reason}`);
    }
  });

  it('accepts a short article with a title, a date and two paragraphs', () => {
    assert.deepEqual(isRussianProse('news/kazan.txt', ARTICLE), { ok: true });
  });

  it('accepts Latin names and figures inside Russian text', () => {
    const text = 'Компания Apple и банк HSBC сообщили 3 апреля о сделке на 2,5 млрд долларов, сказано в пресс-релизе.\n'.repeat(3);
    assert.equal(isRussianProse('a.txt', text).ok, true);
  });

  it('judges only the file name of an absolute path (a corpus may live under a hidden folder)', () => {
    assert.equal(isRussianProse('/home/me/.local/corpus/news/a.txt', ARTICLE).ok, true);
    assert.equal(isRussianProse('C:\\Users\\me\\.corpus\\a.txt', ARTICLE).ok, true);
  });
});

const TABLE = ['Год 2020 2021 2022 2023', ...['ВВП', 'Инфляция', 'Безработица', 'Экспорт', 'Импорт', 'Долг', 'Ставка', 'Курс']
  .map((row, i) => `${row} ${i + 1},2 ${i + 3},4 ${i + 5},6 ${i + 7},8`)].join('\n');

describe('isRussianProse: files that are not articles', () => {
  const cases: Array<[string, string, string, RegExp]> = [
    ['requirements.txt', 'requirements.txt', 'numpy==1.26.4\nrequests>=2.31\npandas\n', /project file/],
    ['requirements-dev.txt', 'requirements-dev.txt', ARTICLE, /project file/],
    ['a licence, even in Russian', 'LICENSE.txt', ARTICLE, /project file/],
    ['a changelog', 'docs/CHANGELOG.txt', ARTICLE, /project file/],
    ['a log file', 'logs/server.log', ARTICLE, /\.log file/],
    ['a .log.txt file', 'run.log.txt', ARTICLE, /\.log file/],
    ['a file in node_modules', 'node_modules/pkg/readme.txt', ARTICLE, /node_modules/],
    ['a file in a dot-folder', '.venv/lib/notes.txt', ARTICLE, /\.venv/],
    ['a hidden file', 'news/.draft.txt', ARTICLE, /hidden/],
    ['an empty file', 'news/new.txt', '  \n\n', /empty/],
    ['a few words', 'news/stub.txt', 'Заголовок', /too little text/],
    ['English prose', 'notes.txt', 'This is a plain English note about the project. It has several sentences. Nothing Russian here at all, really.\n'.repeat(2), /not Russian/],
    ['a table of numbers', 'data.txt', TABLE, /digits and symbols|sentence-like/],
    ['a word list', 'stopwords.txt', 'и\nв\nне\nна\nчто\nон\nкак\nэто\nпо\nно\nиз\nза\nсвою\nтакже\nкоторый\nкогда\nпосле\nчерез\nможно\nнужно\n', /sentence-like/],
    ['a key-value file', 'strings.txt', 'title=Заголовок страницы новостей\nbutton.ok=Применить изменения и закрыть\nbutton.cancel=Отменить все изменения без сохранения\nerror.network=Нет соединения с сервером, попробуйте позже.\n', /key-value/],
  ];
  for (const [what, path, text, reason] of cases) {
    it(`refuses ${what}`, () => {
      const verdict = isRussianProse(path, text);
      assert.equal(verdict.ok, false, `${path} was taken as an article`);
      assert.match(verdict.reason ?? '', reason);
    });
  }
});

describe('nonProsePath', () => {
  it('lets ordinary article names through', () => {
    for (const path of ['seeds/001_4b8aedfbcee305d4.txt', 'news/2025/kazan.txt', 'Лавров.txt', 'history/lenin.txt']) {
      assert.equal(nonProsePath(path), undefined, path);
    }
  });

  it('names the reason before the file is read', () => {
    assert.match(nonProsePath('constraints.txt') ?? '', /project file/);
    assert.match(nonProsePath('src/.git/HEAD') ?? '', /\.git/);
    assert.match(nonProsePath('a\\node_modules\\b.txt') ?? '', /node_modules/);
  });
});

it('prose: the fast character classes agree with the Unicode properties on every BMP character', () => {
  const reference = (ch: string) => (/\s/u.test(ch) ? SPACE : !/\p{L}/u.test(ch) ? OTHER : /\p{Script=Cyrillic}/u.test(ch) ? CYRILLIC : LETTER);
  let checked = 0;
  for (let c = 0; c <= 0xffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (charKind(ch) !== reference(ch)) assert.fail(`U+${c.toString(16)}: ${charKind(ch)} instead of ${reference(ch)}`);
    checked++;
  }
  assert.equal(checked, 0x10000 - 0x800);
});
