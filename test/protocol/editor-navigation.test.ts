/** Editor features through the protocol: hover, definition, declaration, references, highlights, workspace symbols. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { baseName, openWorkspace, textAt, type Range, type Workspace } from './editorFixture';

interface Location {
  uri: string;
  range: Range;
}

describe('editor navigation over the seeds', () => {
  let ws: Workspace;
  const pos = (prefix: string, needle: string, occurrence = 1) => ({
    textDocument: { uri: ws.uri(prefix) }, position: ws.at(prefix, needle, occurrence),
  });
  const refs = (prefix: string, needle: string, includeDeclaration = true) =>
    ws.client.request<Location[]>('textDocument/references', { ...pos(prefix, needle), context: { includeDeclaration } });

  before(async () => {
    ws = await openWorkspace();
  });
  after(async () => ws?.close());

  it('hover on «Токаева» (003) names Касым-Жомарт Токаев, mentioned in more than one article', async () => {
    const hover = await ws.client.request('textDocument/hover', pos('003', 'Токаева'));
    const text: string = hover.contents.value;
    assert.match(text, /Касым-Жомарт Токаев/);
    assert.match(text, /Person/);
    const articles = Number(/in (\d+) articles/.exec(text)?.[1]);
    assert.ok(articles > 1, `hover: ${text}`);
    assert.equal(textAt(ws.uri('003'), hover.range), 'Токаева');
  });

  it('hover names the roles seen next to the person', async () => {
    const hover = await ws.client.request('textDocument/hover', pos('003', 'Токаева'));
    assert.match(hover.contents.value, /президент/);
  });

  it('hover on a date gives its ISO value, weekday and how the year was decided', async () => {
    const hover = await ws.client.request('textDocument/hover', pos('000', '20 ноября'));
    const text: string = hover.contents.value;
    assert.match(text, /2025-11-20/);
    assert.match(text, /Thursday/, 'weekday of 2025-11-20');
    assert.match(text, /header|byline|dateline/);
  });

  it('hover outside any mention is empty, and on an unknown file too', async () => {
    const outside = await ws.client.request('textDocument/hover', pos('000', ' и '));
    assert.equal(outside, null);
    const unknown = await ws.client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere/x.txt' }, position: { line: 0, character: 0 } });
    assert.equal(unknown, null);
  });

  it('references from «Лавров» in 000 include his mentions in 004', async () => {
    const found = await refs('000', 'Лавров');
    const files = new Set(found.map((l) => baseName(l.uri).slice(0, 3)));
    assert.ok(files.has('000') && files.has('004'), `files: ${[...files]}`);
    for (const l of found) assert.match(textAt(l.uri, l.range), /Лавров/);
  });

  it('references work from a file that was never opened', async () => {
    ws.client.open(ws.file('000'));
    const found = await refs('004', 'Токаев');
    assert.ok(found.some((l) => baseName(l.uri).startsWith('003')), 'reaches 003');
    assert.ok(found.filter((l) => baseName(l.uri).startsWith('004')).length >= 3, 'several mentions in 004');
  });

  it('references include inflected forms and honour includeDeclaration', async () => {
    const all = await refs('004', 'Токаевым');
    const forms = new Set(all.map((l) => textAt(l.uri, l.range)));
    assert.ok(forms.has('Токаев') && forms.has('Токаевым'), `forms: ${[...forms]}`);
    const without = await refs('004', 'Токаевым', false);
    assert.equal(without.length, all.length - 1);
    const def = await ws.client.request<Location>('textDocument/definition', pos('004', 'Токаевым'));
    assert.ok(!without.some((l) => l.uri === def.uri && l.range.start.line === def.range.start.line
      && l.range.start.character === def.range.start.character), 'the declaration is left out');
  });

  it('definition from «Кошербаева» lands on «Ермеком Кошербаевым»; declaration is the same', async () => {
    const def = await ws.client.request<Location>('textDocument/definition', pos('004', 'Кошербаева'));
    assert.equal(textAt(def.uri, def.range), 'Ермеком Кошербаевым');
    const decl = await ws.client.request<Location>('textDocument/declaration', pos('004', 'Кошербаева'));
    assert.deepEqual(decl, def);
  });

  it('definition of a surname-only mention goes to a full-name mention', async () => {
    const def = await ws.client.request<Location>('textDocument/definition', pos('004', 'Токаев,'));
    assert.match(textAt(def.uri, def.range), /Касым-Жомарт.+Токаев/);
  });

  it('document highlight marks the same entity in the current article only', async () => {
    const highlights = await ws.client.request<Array<{ range: Range; kind: number }>>('textDocument/documentHighlight', pos('004', 'Токаевым'));
    assert.ok(highlights.length >= 3, `${highlights.length} highlights`);
    const texts = highlights.map((h) => textAt(ws.uri('004'), h.range));
    assert.ok(texts.every((t) => /Токаев/.test(t)), texts.join(', '));
    assert.equal(highlights.filter((h) => h.kind === 3).length, 1, 'exactly one declaration (the defining mention)');
  });

  it('workspace symbol «токаев» finds the person, case- and ё-insensitively', async () => {
    for (const query of ['токаев', 'ТОКАЕВ', 'токаёв', 'Касым']) {
      const symbols = await ws.client.request<Array<{ name: string; kind: number; location: Location }>>('workspace/symbol', { query });
      const person = symbols.find((s) => s.name.includes('Токаев'));
      assert.ok(person, `${query}: ${symbols.map((s) => s.name).join(', ')}`);
      assert.equal(person.kind, 19, 'people are Object symbols');
      assert.equal(symbols[0].name, person.name, `${query}: the person comes first`);
      assert.match(textAt(person.location.uri, person.location.range), /Токаев/);
    }
  });

  it('workspace symbols tolerate one typo and do not match unrelated long names', async () => {
    const typo = await ws.client.request<Array<{ name: string }>>('workspace/symbol', { query: 'лавроф' });
    assert.ok(typo.some((s) => s.name.includes('Лавров')), typo.map((s) => s.name).join(', '));
    const none = await ws.client.request<Array<{ name: string }>>('workspace/symbol', { query: 'жжжжжж' });
    assert.deepEqual(none, []);
  });
});
