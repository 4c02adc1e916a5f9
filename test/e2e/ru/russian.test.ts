// The extension in a VS Code whose display language is Russian (the ru suite: code-server started
// with --locale ru and a Russian language pack; see scripts/e2e). VS Code then loads the extension's
// package.nls.ru.json and l10n/bundle.l10n.ru.json, and the client hands the bundle to the language
// server, so commands, the hover card, the diagnostic with its related locations, the quick fix and
// the code lens are all in Russian — with the Russian plural forms and no English words left.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../../../common/protocol';
import { articleWith, corpusDocument, extension, hoverText, inside, rangeOf, readyApi, waitFor } from '../helpers';

const VARIANT = 'Тхонглун';
const PREFERRED = 'Тонглун';

/** Latin words outside code spans and links (file names, link targets and ISO values are fine). */
function englishWords(markdown: string): string[] {
  const text = markdown.replace(/\]\([^)]*\)/g, ']').replace(/\[[^\]]*\]/g, '').replace(/`[^`]*`/g, '');
  return text.match(/\b[A-Za-z]{3,}\b/g) ?? [];
}

async function hoverOn(word: string): Promise<string> {
  const doc = await articleWith(word);
  await corpusDocument(doc.uri);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, inside(rangeOf(doc, word)));
  return hoverText(hovers ?? []);
}

describe('Corpus Lens in Russian', () => {
  before(async function () {
    this.timeout(90_000);
    await readyApi();
  });

  it('VS Code runs in Russian and loaded the extension\'s own Russian bundle', () => {
    assert.equal(vscode.env.language, 'ru', 'the display language is not Russian: is a Russian language pack installed and --locale ru given?');
    assert.ok(vscode.l10n.bundle, 'VS Code did not load l10n/bundle.l10n.ru.json');
    assert.equal(vscode.l10n.t('Person'), 'Персона');
  });

  it('the contributed commands carry their titles from package.nls.ru.json', async () => {
    // VS Code gives a localized title as { value, original } (the English one from package.nls.json).
    const commands: Array<{ command: string; title: string | { value: string; original: string } }> = extension().packageJSON.contributes.commands;
    const use = commands.find((c) => c.command === 'corpusLens.useFolderAsCorpus');
    assert.deepEqual(use?.title, { value: 'Использовать эту папку как корпус', original: 'Use This Folder as a Corpus' });
  });

  it('hover on «Токаева»: a Russian card with Russian plural forms', async () => {
    const text = await hoverOn('Токаева');
    assert.match(text, /\*\*Персона\*\* · \*\*Касым-Жомарт Токаев\*\*/, text);
    assert.match(text, /Упоминается \d+ раза? в \d+ стать(е|ях)/, text);
    assert.deepEqual(englishWords(text), [], `English words in the card: ${text}`);
  });

  it('hover on «20 ноября»: weekday and year in Russian only', async () => {
    const text = await hoverOn('20 ноября');
    assert.match(text, /2025-11-20/);
    assert.match(text, /День недели: четверг/, text);
    assert.match(text, /Год: взят из даты статьи/, text);
    assert.doesNotMatch(text, /Thursday|Weekday/, text);
  });

  it('the spelling diagnostic, its related locations and its quick fix are in Russian', async () => {
    const doc = await articleWith(VARIANT);
    await corpusDocument(doc.uri);
    const warning = await waitFor('the «Тхонглун» diagnostic', () =>
      vscode.languages.getDiagnostics(doc.uri).find((d) => d.source === DIAGNOSTIC_SOURCE && d.message.includes(VARIANT)));
    assert.match(warning.message, /^«Тхонглун» \(\d+×\), а в других местах пишется «Тонглун» \(\d+×\): пропущена или добавлена «х» после т\/п\/к$/);
    const related = warning.relatedInformation ?? [];
    assert.ok(related.length >= 1, 'no related locations');
    for (const r of related) assert.match(r.message, /^здесь написано «Тонглун[а-я]*»$/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, warning.range);
    const titles = (actions ?? []).map((a) => a.title);
    assert.ok(titles.includes(`Заменить на «${PREFERRED}»`), titles.join(' | '));
    assert.ok(titles.some((t) => /^Исправить все варианты написания в корпусе \(\d+ замен(а|ы)? в \d+ стать(е|ях)\)$/.test(t)), titles.join(' | '));
  });

  it('the code lens counts the article\'s entities with Russian plurals', async () => {
    const doc = await articleWith('Лавров');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    const title = lenses?.[0]?.command?.title ?? '';
    assert.match(title, /^\d+ персон[аы]? · \d+ организаци(я|и|й) · \d+ (место|места|мест) · \d+ (дата|даты|дат)$/, title);
  });
});
