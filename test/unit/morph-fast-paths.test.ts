/** The morphology's shortcuts give the answers of the long way: tag predicates answered once per tag, plain-Cyrillic fast paths. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Az = require('az');
import { dictionaryForm, foldYo, loadMorphology } from '../../server/src/core/morphology/morph';

// Known words, guessed names, abbreviations, hyphenated and Latin words: their parses carry many different tags.
const WORDS = ['кот', 'Москва', 'Иванова', 'Сезодский', 'Крожювовым', 'ООН', 'шёл', 'по-русски', 'Ростов-на-Дону', 'Google', 'XIV', '42', 'и', 'Пхонесай'];

test('memoised tag methods answer as az itself does, for every tag of every parse', async () => {
  await loadMorphology();
  const proto = Object.getPrototypeOf(Az.Morph('кот')[0].tag) as Record<string, unknown>;
  let checked = 0;
  for (const w of WORDS) {
    for (const p of Az.Morph(w)) {
      const tag = p.tag as unknown as Record<string, unknown>;
      // The predicates as az defines them, asked of the tag's own grammemes.
      const productive = !['NUMR', 'NPRO', 'PRED', 'PREP', 'CONJ', 'PRCL', 'INTJ', 'Apro', 'NUMB', 'ROMN', 'LATN', 'PNCT', 'UNKN'].some((g) => tag[g]);
      const capitalised = Boolean(tag.Name || tag.Surn || tag.Patr || tag.Geox || tag.Init);
      for (let k = 0; k < 2; k++) {
        assert.equal(Boolean((proto.isProductive as () => unknown).call(tag)), productive, `${w} ${String(p.tag)}`);
        assert.equal(Boolean((proto.isCapitalized as () => unknown).call(tag)), capitalised, `${w} ${String(p.tag)}`);
        assert.equal((proto.toString as () => string).call(tag), `${(tag.stat as string[]).join(',')} ${(tag.flex as string[]).join(',')}`.trim());
      }
      checked++;
    }
  }
  assert.ok(checked > 50, `only ${checked} parses checked`);
});

test('plain Cyrillic words pass through dictionaryForm and foldYo unchanged, others are still converted', () => {
  for (const w of ['Москва', 'Ростов-на-Дону', 'кот', '']) assert.equal(dictionaryForm(w), w);
  // и + combining breve becomes й; a Latin look-alike inside a Cyrillic word becomes Cyrillic.
  assert.equal(dictionaryForm('Сергеи\u0306'), 'Сергей');
  assert.equal(dictionaryForm('Mосква'), 'Москва');
  assert.equal(foldYo('Пётр Ёлкин'), 'Петр Елкин');
  assert.equal(foldYo('Петр'), 'Петр');
});
