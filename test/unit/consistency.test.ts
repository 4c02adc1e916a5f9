import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPTY_CONFIG, type CorpusConfig } from '../../server/src/core/config';
import { findInconsistencies, renameEdits } from '../../server/src/core/consistency/findInconsistencies';
import { linkCorpus } from '../../server/src/core/linking/linkCorpus';
import { corpus, doc } from '../variants/build';

const docs = corpus({
  a: doc('Генсек Тонглун Сисулит прибыл. Тонглуна Сисулита встретили.', [
    ['Тонглун Сисулит', 'PER', 'Тонглун Сисулит'], ['Тонглуна Сисулита', 'PER', 'Тонглун Сисулит'],
  ]),
  b: doc('Президент Тхонглун Сисулит. Встреча с Тхонглуном Сисулитом. Т\u006Fкаевым.', [
    ['Тхонглун Сисулит', 'PER', 'Тхонглун Сисулит'], ['Тхонглуном Сисулитом', 'PER', 'Тхонглун Сисулит'],
    ['Т\u006Fкаевым', 'PER', 'Т\u006Fкаев'],
  ]),
});

function run(config: CorpusConfig = EMPTY_CONFIG) {
  return findInconsistencies(docs, linkCorpus(docs, config), config);
}

describe('findInconsistencies', () => {
  it('reports each occurrence of the less used spelling, keeping the ending', () => {
    const spelling = run().filter((f) => f.code === 'spelling-variant');
    assert.equal(spelling.length, 2);
    assert.deepEqual(spelling.map((f) => [f.uri, f.text, f.replacement, f.kind]), [
      ['b', 'Тхонглун', 'Тонглун', 'aspiration'],
      ['b', 'Тхонглуном', 'Тонглуном', 'aspiration'],
    ]);
    const f = spelling[0];
    assert.equal(docs.get('b')!.mentions[0].text.slice(0, f.end - f.start), f.text);
    assert.equal(f.preferred, 'Тонглун');
    assert.equal(f.preferredCount, 2);
    assert.equal(f.variantCount, 2);
    assert.equal(f.related.length, 2);
    assert.match(f.message, /«Тхонглун» \(2×\).*«Тонглун».*\(2×\)/);
  });

  it('reports a Latin look-alike letter even in a name used once', () => {
    const mixed = run().filter((f) => f.code === 'mixed-script');
    assert.equal(mixed.length, 1);
    assert.equal(mixed[0].text, 'Т\u006Fкаевым');
    assert.equal(mixed[0].replacement, 'Токаевым');
    assert.equal(mixed[0].kind, 'homoglyph');
  });

  it('honours pinned and accepted spellings', () => {
    const pinned = run({ ...EMPTY_CONFIG, preferredSpellings: ['Тхонглун Сисулит'] }).filter((f) => f.code === 'spelling-variant');
    assert.deepEqual(pinned.map((f) => [f.uri, f.replacement]), [['a', 'Тхонглун'], ['a', 'Тхонглуна']]);
    const accepted = run({ ...EMPTY_CONFIG, acceptedSpellings: ['Тхонглун'] }).filter((f) => f.code === 'spelling-variant');
    assert.equal(accepted.length, 0);
    const mixed = run({ ...EMPTY_CONFIG, acceptedSpellings: ['Т\u006Fкаевым'] }).filter((f) => f.code === 'mixed-script');
    assert.equal(mixed.length, 0, 'an accepted mixed-script word is not reported');
  });
});

describe('renameEdits', () => {
  it('renames every written word of the entity keeping endings, variants included', () => {
    const linked = linkCorpus(docs, EMPTY_CONFIG);
    const id = linked.mentionEntity.get('a')![0];
    const edits = renameEdits(docs, linked, id, 'Тонглун Сисулитх');
    assert.deepEqual(edits.map((e) => e.newText), ['Сисулитх', 'Сисулитха', 'Тонглун', 'Сисулитх', 'Тонглуном', 'Сисулитхом']);
    assert.deepEqual(renameEdits(docs, linked, 'PER:nobody', 'X'), []);
  });
});

describe('ё/е', () => {
  it('an inflected form that loses ё (Пётр / Петра) is not a variant; a written е against ё is', () => {
    const yo = corpus({
      a: doc('Пётр Орлов приехал. Петра Орлова встретили. Пётр Орлов уехал.', [
        { written: 'Пётр Орлов', type: 'PER', name: 'Пётр Орлов' },
        { written: 'Петра Орлова', type: 'PER', name: 'Пётр Орлов' },
        { written: 'Пётр Орлов', type: 'PER', name: 'Пётр Орлов' },
      ]),
      b: doc('Дорин Берёзкин и Берёзкин. Дорин Березкина.', [
        ['Дорин Берёзкин', 'PER', 'Дорин Берёзкин'], ['Берёзкин', 'PER', 'Берёзкин'],
        { written: 'Дорин Березкина', type: 'PER', name: 'Дорин Берёзкин' },
      ]),
    });
    const findings = findInconsistencies(yo, linkCorpus(yo, EMPTY_CONFIG), EMPTY_CONFIG);
    assert.deepEqual(findings.map((f) => f.text), []);
    const nominative = corpus({ ...Object.fromEntries(yo), c: doc('Дорин Березкин.', [['Дорин Березкин', 'PER', 'Дорин Березкин']]) });
    const more = findInconsistencies(nominative, linkCorpus(nominative, EMPTY_CONFIG), EMPTY_CONFIG);
    assert.deepEqual(more.map((f) => [f.uri, f.text, f.kind]), [['c', 'Березкин', 'yo']]);
  });
});
