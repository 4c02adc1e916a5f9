/** Editor features through the protocol: semantic tokens, inlay hints, code lens, outline groups, the Entities requests. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { baseName, decodeTokens, openWorkspace, textAt, type Range, type Workspace } from './editorFixture';

interface Summary {
  id: string;
  type: string;
  name: string;
  mentions: number;
  documents: number;
}

describe('editor decorations and the Entities requests over the seeds', () => {
  let ws: Workspace;
  let legend: string[];

  before(async () => {
    ws = await openWorkspace();
    const init = await ws.client.initializeResult;
    legend = init.capabilities.semanticTokensProvider.legend.tokenTypes;
  });
  after(async () => ws?.close());

  const entityNamed = async (name: string): Promise<Summary> => {
    const list = await ws.client.request<Summary[]>('corpusLens/entities', { filter: name });
    const found = list.find((e) => e.name === name);
    assert.ok(found, `${name} not in ${list.map((e) => e.name).join(', ')}`);
    return found;
  };

  it('declares person, organization, location and date token types, full and range', async () => {
    assert.deepEqual([...legend].sort(), ['date', 'location', 'organization', 'person']);
    const caps = (await ws.client.initializeResult).capabilities.semanticTokensProvider;
    assert.equal(caps.full, true);
    assert.equal(caps.range, true);
  });

  it('semantic tokens cover every mention of Токаев as person tokens', async () => {
    const tokaev = await entityNamed('Касым-Жомарт Токаев');
    const mentions = await ws.client.request<Array<{ uri: string; range: Range }>>('corpusLens/mentions', { id: tokaev.id });
    assert.equal(mentions.length, tokaev.mentions);
    for (const uri of new Set(mentions.map((m) => m.uri))) {
      const result = await ws.client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
      const tokens = decodeTokens(result.data, legend);
      for (const m of mentions.filter((x) => x.uri === uri)) {
        const token = tokens.find((t) => t.line === m.range.start.line && t.start === m.range.start.character);
        assert.ok(token, `no token at ${baseName(uri)}:${m.range.start.line}:${m.range.start.character}`);
        assert.equal(token.type, 'person');
        assert.equal(token.length, m.range.end.character - m.range.start.character);
      }
    }
  });

  it('range tokens stay inside the range and include the entity in it', async () => {
    const line = ws.at('003', 'визита Токаева').line;
    const range = { start: { line, character: 0 }, end: { line: line + 1, character: 0 } };
    const result = await ws.client.request<{ data: number[] }>('textDocument/semanticTokens/range', { textDocument: { uri: ws.uri('003') }, range });
    const tokens = decodeTokens(result.data, legend);
    assert.ok(tokens.length > 0);
    assert.ok(tokens.every((t) => t.line === line), 'only the requested line');
    const texts = tokens.map((t) => textAt(ws.uri('003'), { start: { line, character: t.start }, end: { line, character: t.start + t.length } }));
    assert.ok(texts.some((t) => t.includes('Токаева')), texts.join(' | '));
  });

  it('the inlay hint after «20 ноября» in 000 is 2025-11-20', async () => {
    const hints = await ws.client.request<Array<{ position: { line: number; character: number }; label: string }>>('textDocument/inlayHint', {
      textDocument: { uri: ws.uri('000') }, range: { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } },
    });
    const at = ws.at('000', '20 ноября');
    const hint = hints.find((h) => h.position.line === at.line && h.position.character === at.character - 1 + '20 ноября'.length);
    assert.ok(hint, `hints: ${JSON.stringify(hints)}`);
    assert.equal(hint.label, '2025-11-20');
  });

  it('the code lens on the title counts the article entities and opens their list', async () => {
    const lenses = await ws.client.request<Array<{ range: Range; command: { title: string; command: string; arguments: unknown[] } }>>(
      'textDocument/codeLens', { textDocument: { uri: ws.uri('004') } });
    assert.equal(lenses.length, 1);
    const [lens] = lenses;
    assert.equal(lens.range.start.line, 0);
    assert.match(lens.command.title, /^\d+ (person|people) · \d+ organizations? · \d+ places? · \d+ dates?$/);
    assert.ok(Number(/^(\d+)/.exec(lens.command.title)?.[1]) >= 3, lens.command.title);
    assert.equal(lens.command.command, 'corpusLens.showArticleEntities');
    assert.deepEqual(lens.command.arguments, [ws.uri('004')]);
  });

  it('the outline lists People / Organizations / Places / Dates with mention counts', async () => {
    const [article] = await ws.client.request<any[]>('textDocument/documentSymbol', { textDocument: { uri: ws.uri('004') } });
    const groups = new Map<string, any>(article.children.map((c: any) => [c.name, c]));
    for (const name of ['People', 'Organizations', 'Places', 'Dates']) assert.ok(groups.has(name), `no ${name} group`);
    const starts = ['People', 'Organizations', 'Places', 'Dates'].map((n) => groups.get(n).range.start);
    const sorted = [...starts].sort((x, y) => x.line - y.line || x.character - y.character);
    assert.deepEqual(starts, sorted, 'sorted by position, the groups keep their order');
    const tokaev = groups.get('People').children.find((c: any) => c.name === 'Касым-Жомарт Токаев');
    assert.ok(tokaev, 'Токаев in People');
    assert.match(tokaev.detail, /^\d+ mentions$/);
    assert.ok(Number(tokaev.detail.split(' ')[0]) >= 5, tokaev.detail);
  });

  it('corpusLens/entities filters by name and by article', async () => {
    const all = await ws.client.request<Summary[]>('corpusLens/entities', {});
    const filtered = await ws.client.request<Summary[]>('corpusLens/entities', { filter: 'ТОКАЁВ' });
    assert.ok(filtered.length >= 1 && filtered.length < all.length);
    assert.ok(filtered.every((e) => /Токаев/i.test(e.name) || e.name.toLowerCase().includes('токаев')), filtered.map((e) => e.name).join(', '));
    const in000 = await ws.client.request<Summary[]>('corpusLens/entities', { uri: ws.uri('000') });
    assert.ok(in000.some((e) => e.name === 'Сергей Лавров'));
    assert.ok(!in000.some((e) => e.name === 'Касым-Жомарт Токаев'), 'Токаев is not in 000');
    const order = ['PER', 'ORG', 'LOC', 'DATE'];
    const types = all.map((e) => order.indexOf(e.type));
    assert.deepEqual(types, [...types].sort((a, b) => a - b), 'grouped by type');
  });

  it('bad requests get empty answers, not errors', async () => {
    assert.deepEqual(await ws.client.request('corpusLens/mentions', { id: 'PER:nobody' }), []);
    assert.deepEqual(await ws.client.request('corpusLens/mentions', {}), []);
    const tokens = await ws.client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: 'file:///nowhere.txt' } });
    assert.deepEqual(tokens.data, []);
    assert.deepEqual(await ws.client.request('textDocument/codeLens', { textDocument: { uri: 'file:///nowhere.txt' } }), []);
  });
});
