// Read-only checks through the vscode API: activation and language, hover, references,
// document symbols, semantic tokens and the Entities view's data.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CorpusLensApi, articleWith, articles, corpusDocument, fileName, hoverText, inside, rangeOf, readyApi } from './helpers';

interface Token {
  line: number;
  start: number;
  length: number;
  type: string;
}

function decodeTokens(tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): Token[] {
  const out: Token[] = [];
  let line = 0;
  let start = 0;
  for (let i = 0; i + 4 < tokens.data.length; i += 5) {
    line += tokens.data[i];
    start = tokens.data[i] === 0 ? start + tokens.data[i + 1] : tokens.data[i + 1];
    out.push({ line, start, length: tokens.data[i + 2], type: legend.tokenTypes[tokens.data[i + 3]] ?? '?' });
  }
  return out;
}

async function lineTokens(doc: vscode.TextDocument, line: number): Promise<Token[]> {
  const range = doc.lineAt(line).range;
  const rangeLegend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentRangeSemanticTokensLegend', doc.uri);
  if (rangeLegend) {
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentRangeSemanticTokens', doc.uri, range);
    if (tokens) return decodeTokens(tokens, rangeLegend);
  }
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
  assert.ok(legend, 'no semantic tokens legend for corpus documents');
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
  assert.ok(tokens, 'no semantic tokens for the document');
  return decodeTokens(tokens, legend).filter((t) => t.line === line);
}

function symbolNames(symbols: Array<vscode.DocumentSymbol | vscode.SymbolInformation>): string[] {
  return symbols.flatMap((s) => [s.name, ...('children' in s ? symbolNames(s.children) : [])]);
}

function treeLabel(item: unknown): string {
  const record = item as { label?: string | { label: string }; name?: string };
  if (typeof record.label === 'string') return record.label;
  return record.label?.label ?? record.name ?? '';
}

describe('Corpus Lens in VS Code: reading the corpus', () => {
  let api: CorpusLensApi;

  before(async function () {
    this.timeout(90_000);
    const first = (await articles())[0];
    assert.ok(first, 'the workspace has no seeds/*.txt');
    await vscode.window.showTextDocument(first);
    api = await readyApi();
  });

  it('activates for seeds/*.txt, which the client gives the language corpus', async () => {
    const uris = await articles();
    assert.ok(uris.length >= 5, `expected the five seed articles, found ${uris.length}`);
    for (const uri of uris) await corpusDocument(uri);
  });

  it('hover on «Тхонглун» names the person', async () => {
    const doc = await articleWith('Тхонглун');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, inside(rangeOf(doc, 'Тхонглун')));
    const text = hoverText(hovers ?? []);
    assert.match(text, /Т(х)?онглун/, `hover does not name him: ${JSON.stringify(text)}`);
    assert.match(text, /Сисулит/, `hover lacks the surname: ${JSON.stringify(text)}`);
    assert.match(text, /Person|Персона/, `hover does not say he is a person: ${JSON.stringify(text)}`);
  });

  it('references from «Лавров» reach mentions in two files', async () => {
    const doc = await articleWith('Лавров');
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, inside(rangeOf(doc, 'Лавров')));
    const files = new Set((locations ?? []).map((l) => fileName(l.uri)));
    assert.ok(files.size >= 2, `references are in ${files.size} file(s): ${[...files].join(', ')}`);
    for (const l of locations ?? []) {
      const other = await vscode.workspace.openTextDocument(l.uri);
      assert.match(other.getText(l.range), /Лавров/, `reference ${fileName(l.uri)}:${l.range.start.line} is not a mention`);
    }
  });

  it('document symbols include the article title', async () => {
    const doc = await articleWith('Оверчук провел заседание');
    const title = doc.lineAt(0).text.trim();
    const symbols = await vscode.commands.executeCommand<Array<vscode.DocumentSymbol | vscode.SymbolInformation>>('vscode.executeDocumentSymbolProvider', doc.uri);
    const names = symbolNames(symbols ?? []);
    assert.ok(names.some((name) => name.includes(title)), `no symbol carries the title; symbols: ${names.slice(0, 8).join(' | ')}`);
  });

  it('semantic tokens of a line cover the entity', async () => {
    const doc = await articleWith('визита Токаева');
    const entity = rangeOf(doc, 'Токаева');
    const tokens = await lineTokens(doc, entity.start.line);
    const covering = tokens.find((t) => t.start <= entity.start.character && t.start + t.length >= entity.end.character);
    assert.ok(covering, `no token covers «Токаева» at ${entity.start.character}; tokens: ${JSON.stringify(tokens)}`);
    assert.equal(covering.type, 'person', 'the token over «Токаева» is not a person');
  });

  it('the Entities view lists Касым-Жомарт Токаев', async () => {
    const items = await api.entities();
    const labels = items.map(treeLabel);
    assert.ok(labels.some((label) => label.includes('Касым-Жомарт Токаев')), `entities: ${labels.slice(0, 15).join(' | ')}`);
  });
});
