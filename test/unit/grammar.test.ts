/** The TextMate grammar, tokenized with VS Code's own engine (vscode-textmate + Oniguruma). */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '../..');
let grammar: IGrammar;

/** Every token of a text as [text, scopes joined]. */
function tokenize(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let state = INITIAL;
  for (const line of text.split(/\r?\n/)) {
    const result = grammar.tokenizeLine(line, state);
    for (const t of result.tokens) out.push([line.slice(t.startIndex, t.endIndex), t.scopes.join(' ')]);
    state = result.ruleStack;
  }
  return out;
}

const scopeOf = (tokens: Array<[string, string]>, text: string) => tokens.find(([t]) => t === text)?.[1] ?? '';

describe('TextMate grammar', () => {
  before(async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
      loadGrammar: async () => parseRawGrammar(readFileSync(path.join(ROOT, 'syntaxes/corpus.tmLanguage.json'), 'utf8'), 'corpus.tmLanguage.json'),
    });
    grammar = (await registry.loadGrammar('text.corpus'))!;
  });

  it('colours the header date and the title after it', () => {
    const tokens = tokenize(' date 2025-11-20 Лавров: РФ и Лаос\n\nТекст.');
    assert.match(scopeOf(tokens, 'date'), /keyword\.other\.date-header/);
    assert.match(scopeOf(tokens, '2025-11-20'), /constant\.numeric\.date/);
    assert.match(scopeOf(tokens, 'Лавров: РФ и Лаос'), /markup\.heading\.title/);
  });

  it('colours a title on the first line without a header', () => {
    assert.match(scopeOf(tokenize('Заголовок статьи\nТекст.'), 'Заголовок статьи'), /markup\.heading\.title/);
  });

  it('colours a byline with author, date and time', () => {
    const tokens = tokenize('Т\nАвтор: Ирина Петрова | 31.03.2025, 18:28');
    assert.match(scopeOf(tokens, 'Ирина Петрова'), /variable\.other\.author/);
    assert.match(scopeOf(tokens, '31.03.2025'), /constant\.numeric\.date/);
    assert.match(scopeOf(tokens, '18:28'), /constant\.numeric\.time/);
  });

  it('colours a dateline: place, date and agency', () => {
    const tokens = tokenize('Т\nМОСКВА, 20 ноября. /ТАСС/. Россия и Лаос ставят задачу.');
    assert.match(scopeOf(tokens, 'МОСКВА'), /entity\.name\.tag\.dateline-place/);
    assert.match(scopeOf(tokens, '20 ноября'), /constant\.numeric\.date/);
    assert.match(scopeOf(tokens, '/ТАСС/'), /entity\.name\.type\.agency/);
  });

  it('colours quotations in «» and "" and numbers', () => {
    const tokens = tokenize('Т\nОн сказал: «Все хорошо» и "Группа ГАЗ" ждет 7 591 километр.');
    assert.match(scopeOf(tokens, 'Все хорошо'), /string\.quoted\.other\.guillemets/);
    assert.match(scopeOf(tokens, 'Группа ГАЗ'), /string\.quoted\.double/);
    assert.match(scopeOf(tokens, '7 591'), /constant\.numeric/);
  });

  it('colours short subheading lines but not sentences', () => {
    const tokens = tokenize('Т\nЭкономические связи\nЭто обычное предложение.');
    assert.match(scopeOf(tokens, 'Экономические связи'), /markup\.heading\.subheading/);
    assert.doesNotMatch(scopeOf(tokens, 'Это обычное предложение.'), /heading/);
  });

  it('tokenizes every seed without an error, the title first', () => {
    for (const file of readdirSync(path.join(ROOT, 'seeds'))) {
      const tokens = tokenize(readFileSync(path.join(ROOT, 'seeds', file), 'utf8'));
      assert.ok(tokens.some(([, s]) => /markup\.heading\.title/.test(s)), file);
    }
  });
});
