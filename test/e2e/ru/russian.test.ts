// The installed .vsix in a VS Code whose display language is Russian (the ru suite: code-server started
// with --locale ru and a stub Russian language pack; see scripts/e2e), on the same news/ workspace as
// the vsix suite. VS Code then loads the extension's package.nls.ru.json and l10n/bundle.l10n.ru.json,
// and the client hands the bundle to the language server. The shared checks (../newsCorpus.ts) run
// with the Russian strings of l10n/bundle.l10n.ru.json; the cards must hold no English words.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { type CorpusLensApi, extension, readyApi } from '../helpers';
import { RUSSIAN } from '../language';
import { hoverOn, newsCorpusChecks } from '../newsCorpus';
import nls from '../../../package.nls.ru.json';

/** Latin words outside code spans and links (file names, link targets and ISO values are fine). */
function englishWords(markdown: string): string[] {
  const text = markdown.replace(/\]\([^)]*\)/g, ']').replace(/\[[^\]]*\]/g, '').replace(/`[^`]*`/g, '');
  return text.match(/\b[A-Za-z]{3,}\b/g) ?? [];
}

describe('Corpus Lens installed from the .vsix, on news/, in Russian', () => {
  let api: CorpusLensApi;

  before(async function () {
    this.timeout(90_000);
    api = await readyApi();
  });

  it('VS Code runs in Russian', () => {
    assert.equal(vscode.env.language, 'ru', 'the display language is not Russian: is a Russian language pack installed and --locale ru given?');
  });

  it('the contributed commands carry their titles from package.nls.ru.json', () => {
    // VS Code gives a localized title as { value, original } (the English one from package.nls.json).
    const commands: Array<{ command: string; title: string | { value: string; original: string } }> = extension().packageJSON.contributes.commands;
    const use = commands.find((c) => c.command === 'corpusLens.useFolderAsCorpus');
    assert.equal(typeof use?.title === 'object' ? use.title.value : use?.title, (nls as Record<string, string>)['command.useFolderAsCorpus']);
  });

  it('the hover cards hold no English words', async () => {
    for (const word of ['Лавров', '20 ноября']) {
      const card = await hoverOn(word);
      assert.deepEqual(englishWords(card), [], `English words in the card: ${card}`);
    }
  });

  // Literal Russian, not looked up in the bundle: a wrong translation or plural form fails here.
  it('the Russian texts themselves: a weekday, a plural, a diagnostic', async () => {
    assert.match(await hoverOn('20 ноября'), /День недели: четверг/);
    assert.match(await hoverOn('Лавров'), /Упоминается \d+ раза? в \d+ стать(е|ях)/);
    let messages: string[] = [];
    for (let tries = 0; tries < 60 && !messages.some((m) => m.includes('а в других местах пишется «Тонглун»')); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      messages = vscode.languages.getDiagnostics().flatMap(([, list]) => list).filter((d) => d.source === 'corpus-lens').map((d) => d.message);
    }
    assert.ok(messages.some((m) => /^«Тхонглун[а-я]*» \(\d+×\), а в других местах пишется «Тонглун» \(\d+×\)/.test(m)), messages.join('\n'));
  });

  newsCorpusChecks(RUSSIAN, () => api);
});
