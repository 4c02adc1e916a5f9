// What a user of the installed package sees on their own corpus, checked in one display language:
// the vsix suite runs these checks in English, the ru suite in Russian (expected strings from
// language.ts). The workspace (scripts/e2e/workspaces.mjs) has, in news/: seed articles 000 (Лавров,
// Лаос, «20 ноября») and 001 (Тонглун and once Тхонглун), hanoi-visit.txt («Тхонглуном», the variant in
// the instrumental case) and laos-railway-1251.txt (written in Windows-1251).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, type EntitySummary } from '../../common/protocol';
import { PHRASES } from '../../server/src/l10n/phrases';
import {
  type CorpusLensApi, articleWith, articles, corpusDiagnostics, corpusDocument, fileName, hoverText, inside, rangeOf, waitFor,
} from './helpers';
import type { Language } from './language';

export const VARIANT = 'Тхонглун';
export const PREFERRED = 'Тонглун';
const INFLECTED_VARIANT = 'Тхонглуном';
const INFLECTED_FIX = 'Тонглуном';
const VARIANT_ARTICLE = 'hanoi-visit.txt';
const CP1251_ARTICLE = 'laos-railway-1251.txt';
const CP1251_TITLE = 'Лаос и Вьетнам договорились о железной дороге';

async function hoverAt(doc: vscode.TextDocument, word: string): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, inside(rangeOf(doc, word)));
  return hoverText(hovers ?? []);
}

/** The hover on `word` in the article that has it. */
export async function hoverOn(word: string): Promise<string> {
  const doc = await articleWith(word);
  await corpusDocument(doc.uri);
  return hoverAt(doc, word);
}

async function entityNamed(api: CorpusLensApi, name: string): Promise<EntitySummary> {
  const all = (await api.entities()) as EntitySummary[];
  const entity = all.find((e) => e.name === name);
  assert.ok(entity, `no entity named «${name}» among ${all.length}`);
  return entity;
}

/** The card's heading and counts, as the server writes them (server/src/features/entityCard.ts). */
function assertEntityCard(lang: Language, card: string, entity: EntitySummary): void {
  assert.ok(card.startsWith(`**${lang.t('Person')}** · **${entity.name}**`), `card heading: ${card}`);
  const mentioned = lang.t('Mentioned {0} {1}', lang.count(PHRASES.times, entity.mentions), lang.count(PHRASES.inArticles, entity.documents));
  assert.ok(card.includes(`\n- ${mentioned}\n`), `the card does not say «${mentioned}»: ${card}`);
}

function corpusFindings(): Array<[vscode.Uri, vscode.Diagnostic[]]> {
  return vscode.languages.getDiagnostics()
    .map(([uri, list]): [vscode.Uri, vscode.Diagnostic[]] => [uri, list.filter((d) => d.source === DIAGNOSTIC_SOURCE)])
    .filter(([, list]) => list.length > 0);
}

const findingCount = (findings: Array<[vscode.Uri, vscode.Diagnostic[]]>) => findings.reduce((n, [, list]) => n + list.length, 0);

async function codeActions(doc: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range)) ?? [];
}

/**
 * The article in Windows-1251, opened as a user opens it: VS Code decodes it as UTF-8, the server
 * reports the mismatch and the client reopens it with the encoding the server detected.
 */
async function openCp1251Article(): Promise<vscode.TextDocument> {
  const [uri] = await vscode.workspace.findFiles(`news/${CP1251_ARTICLE}`);
  assert.ok(uri, `the workspace has no news/${CP1251_ARTICLE}`);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  return waitFor(`${CP1251_ARTICLE} to be reopened readable (Windows-1251)`, () =>
    vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.getText().startsWith(CP1251_TITLE)));
}

/** The text a location covers, read from its document (the Windows-1251 one decoded). */
async function locationText(location: vscode.Location): Promise<string> {
  const doc = fileName(location.uri) === CP1251_ARTICLE ? await openCp1251Article() : await vscode.workspace.openTextDocument(location.uri);
  return doc.getText(location.range);
}

/** The checks, as `it` blocks for the enclosing `describe`; `api` gives the ready extension's API. */
export function newsCorpusChecks(lang: Language, api: () => CorpusLensApi): void {
  it('hover on «Лавров»: the person card with its counts', async () => {
    const card = await hoverOn('Лавров');
    assertEntityCard(lang, card, await entityNamed(api(), 'Сергей Лавров'));
  });

  it('hover on «20 ноября»: the date, its weekday, and where its year comes from', async () => {
    const card = await hoverOn('20 ноября');
    const weekday = new Intl.DateTimeFormat(lang.tag, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2025, 10, 20));
    assert.match(card, /2025-11-20/, card);
    assert.ok(card.includes(`- ${lang.t('Weekday: {0}', weekday)}\n`), `no «${lang.t('Weekday: {0}', weekday)}»: ${card}`);
    assert.ok(card.includes(`- ${lang.t('Year: {0}', lang.t("taken from the article's date"))}`), `no year line: ${card}`);
  });

  it('references from «Лаос»: every mention, in every news article', async () => {
    const doc = await articleWith('Лаос');
    const locations = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, inside(rangeOf(doc, 'Лаос')))) ?? [];
    const files = [...new Set(locations.map((l) => fileName(l.uri)))].sort();
    assert.deepEqual(files, (await articles()).map(fileName).sort(), 'references are not in every article');
    assert.equal(locations.length, (await entityNamed(api(), 'Лаос')).mentions, 'references and the entity\'s mention count differ');
    for (const location of locations) assert.match(await locationText(location), /^Лаос/, `${fileName(location.uri)}:${location.range.start.line + 1}`);
  });

  it('the code lens counts the article\'s entities, in the plural forms of the language', async () => {
    const doc = await articleWith('Лавров');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    const title = lenses?.[0]?.command?.title ?? '';
    const numbers = (title.match(/\d+/g) ?? []).map(Number);
    assert.equal(numbers.length, 4, title);
    const forms = [PHRASES.people, PHRASES.organizations, PHRASES.places, PHRASES.dates];
    assert.equal(title, forms.map((f, i) => lang.count(f, numbers[i])).join(' · '));
  });

  it('the corpus-wide fix is offered with its count of replacements and articles', async () => {
    const doc = await articleWith(VARIANT);
    const warning = await waitFor(`the «${VARIANT}» diagnostic`, () => corpusDiagnostics(doc.uri).find((d) => d.message.includes(VARIANT)));
    await waitFor('the status bar to count every finding', () => api().findings() > 0 && api().findings() === findingCount(corpusFindings()));
    const findings = corpusFindings();
    const replacements = findingCount(findings);
    const title = lang.t('Fix all spelling variants in the corpus ({0})',
      `${lang.count(PHRASES.replacements, replacements)} ${lang.count(PHRASES.inArticles, findings.length)}`);
    const titles = (await codeActions(doc, warning.range)).map((a) => a.title);
    assert.ok(titles.includes(title), `no «${title}»: ${titles.join(' | ')}`);
  });

  it('«Тхонглуном»: the diagnostic, its related locations, and the quick fix that keeps the case ending', async () => {
    const doc = await corpusDocument((await articles()).find((uri) => fileName(uri) === VARIANT_ARTICLE)!);
    const warning = await waitFor(`the «${INFLECTED_VARIANT}» diagnostic`, () =>
      corpusDiagnostics(doc.uri).find((d) => doc.getText(d.range) === INFLECTED_VARIANT));
    const reason = lang.t('aspiration mark (х after т/п/к) dropped or added');
    assert.match(warning.message, lang.pattern('«{0}» ({1}×) is spelled «{2}» elsewhere ({3}×): {4}', VARIANT, /\d+/, PREFERRED, /\d+/, reason));
    assert.ok(warning.relatedInformation?.length, 'no related locations');
    for (const r of warning.relatedInformation) assert.match(r.message, lang.pattern('also written «{0}» here', /Тонглун[а-я]*/));
    const actions = await codeActions(doc, warning.range);
    const fix = actions.find((a) => a.title === lang.t('Replace with «{0}»', INFLECTED_FIX));
    assert.ok(fix?.edit, `no «${lang.t('Replace with «{0}»', INFLECTED_FIX)}»: ${actions.map((a) => a.title).join(' | ')}`);
    const before = doc.getText();
    const at = doc.offsetAt(warning.range.start);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(doc.getText(), before.slice(0, at) + INFLECTED_FIX + before.slice(at + INFLECTED_VARIANT.length));
    await waitFor('the diagnostic to clear', () => !corpusDiagnostics(doc.uri).some((d) => d.message.includes(VARIANT)));
  });

  it('the Windows-1251 article opens readable, and its names are entities', async () => {
    const doc = await openCp1251Article();
    assert.equal((doc as { encoding?: string }).encoding, 'windows1251');
    assert.ok(!doc.getText().includes('\uFFFD'), 'the decoded text has replacement characters');
    await corpusDocument(doc.uri);
    const card = await hoverAt(doc, 'Сисулит');
    const entity = await entityNamed(api(), 'Тонглун Сисулит');
    assertEntityCard(lang, card, entity);
    assert.equal(entity.documents, 3, 'Тонглун Сисулит is not found in all three articles that name him');
  });
}
