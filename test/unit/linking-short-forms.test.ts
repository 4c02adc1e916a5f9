/**
 * Short forms of organization names in their article (acronyms, compounds, some of the words), case
 * forms kept as written, federal bodies with and without the country; and the incremental linker
 * following these relations as a full re-link does.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import { linkCorpus, type LinkedCorpus } from '../../server/src/core/linking/linkCorpus';
import { caseSignature, isAcronymOf, isCompoundOf, isSubsetOf } from '../../server/src/core/linking/shortForms';
import type { DocumentAnalysis } from '../../server/src/core/types';
import { corpus, doc } from '../variants/build';
import { assertIncrementalEqualsFull } from './linking-helpers';

describe('short forms of a name', () => {
  it('acronyms: initials, a second letter from inside a word, hyphenated parts, a shared tail, a prefix of three letters', () => {
    assert.ok(isAcronymOf('СУМК', 'Среднеуральская медная компания'));
    assert.ok(isAcronymOf('ВОБ', 'Волго-Окский банк'));
    assert.ok(isAcronymOf('ИКИ РАН', 'Институт космических исследований РАН'));
    assert.ok(isAcronymOf('РЭК', 'Региональная энергетическая комиссия Омской области'));
    assert.ok(isAcronymOf('ЦБ', 'Центральный банк'));
    assert.ok(!isAcronymOf('ЦБ', 'Центральный банк Армении'), 'two letters must spell the whole name');
    assert.ok(!isAcronymOf('США', 'Совет Безопасности ООН'));
    assert.ok(!isAcronymOf('ИКИ ФИАН', 'Институт космических исследований РАН'), 'the tail differs');
  });

  it('compounds of word starts, in any order; Рос- for a federal service', () => {
    assert.ok(isCompoundOf('Минздрав', 'Министерство здравоохранения России'));
    assert.ok(isCompoundOf('Минобрнауки', 'Министерство науки и высшего образования России'));
    assert.ok(isCompoundOf('Минцифры', 'Министерство цифрового развития, связи и массовых коммуникаций России'));
    assert.ok(isCompoundOf('Рособрнадзор', 'Федеральная служба по надзору в сфере образования и науки'));
    assert.ok(!isCompoundOf('Роснефть', 'Российская нефтяная компания'));
    assert.ok(!isCompoundOf('Газпром', 'Газпром нефть'));
  });

  it('some of the words, an adjective for the eponym; case forms', () => {
    assert.ok(isSubsetOf('Кировский суд', 'Кировский районный суд Екатеринбурга'));
    assert.ok(isSubsetOf('Пушкинский музей', 'Государственный музей изобразительных искусств имени А. С. Пушкина'));
    assert.ok(!isSubsetOf('Ленинский суд', 'Кировский районный суд Екатеринбурга'));
    assert.ok(!isSubsetOf('Газпром', 'Газпром нефть'), 'one word is not a short form');
    assert.equal(caseSignature('Трактора'), caseSignature('Трактор'));
    assert.equal(caseSignature('Андалусии'), caseSignature('Андалусие'));
    assert.notEqual(caseSignature('Иран'), caseSignature('Ирак'));
    assert.equal(caseSignature('Уфы'), undefined, 'short words are kept apart');
    assert.equal(caseSignature('ФСБ'), undefined);
  });
});

const ids = (linked: LinkedCorpus, uri: string) => linked.mentionEntity.get(uri)!;

function articles(): Map<string, DocumentAnalysis> {
  return corpus({
    a: doc('ПАО «Среднеуральская медная компания» (СУМК) отчиталось. СУМК выросла. Кировский районный суд Екатеринбурга и Кировский суд.', [
      ['Среднеуральская медная компания', 'ORG', 'Среднеуральская медная компания'], ['СУМК', 'ORG', 'СУМК'], ['СУМК', 'ORG', 'СУМК'],
      ['Кировский районный суд Екатеринбурга', 'ORG', 'Кировский районный суд Екатеринбурга'], ['Кировский суд', 'ORG', 'Кировский суд'],
    ]),
    b: doc('СУМК и Кировский суд Перми. Кировский суд.', [
      ['СУМК', 'ORG', 'СУМК'], ['Кировский суд Перми', 'ORG', 'Кировский суд Перми'], ['Кировский суд', 'ORG', 'Кировский суд'],
    ]),
    c: doc('Министерство здравоохранения Российской Федерации и Минздрав. «Трактор» проиграл, у «Трактора» травмы. МВД России и МВД.', [
      ['Министерство здравоохранения Российской Федерации', 'ORG', 'Министерство здравоохранения Российской Федерации'], ['Минздрав', 'ORG', 'Минздрав'],
      ['Трактор', 'ORG', 'Трактор'], ['Трактора', 'ORG', 'Трактора'], ['МВД России', 'ORG', 'МВД России'], ['МВД', 'ORG', 'МВД'],
    ]),
    d: doc('Ленинский районный суд Самары и Ленинский районный суд Уфы. Ленинский суд.', [
      ['Ленинский районный суд Самары', 'ORG', 'Ленинский районный суд Самары'], ['Ленинский районный суд Уфы', 'ORG', 'Ленинский районный суд Уфы'],
      ['Ленинский суд', 'ORG', 'Ленинский суд'],
    ]),
    e: doc('МВД РФ сообщило.', [['МВД РФ', 'ORG', 'МВД РФ']]),
    f: doc('В МВД сообщили.', [['МВД', 'ORG', 'МВД']]),
  });
}

describe('linkCorpus: short forms in their article', () => {
  it('an acronym and some of the words name the longer name of their article only', () => {
    const linked = linkCorpus(articles(), EMPTY_CONFIG);
    const [full, a1, a2, court, short] = ids(linked, 'a');
    assert.deepEqual([a1, a2], [full, full]);
    assert.equal(short, court);
    const [acronym, perm, permShort] = ids(linked, 'b');
    assert.notEqual(acronym, full, 'another article: the acronym alone');
    assert.equal(permShort, perm, "in its article the short form is Perm's court");
    assert.notEqual(perm, court);
  });

  it('compounds, case forms as written, a federal body with and without the country; two candidates: none', () => {
    const [health, minzdrav, tractor, genitive, mvdRussia, mvd] = ids(linkCorpus(articles(), EMPTY_CONFIG), 'c');
    assert.equal(minzdrav, health);
    assert.equal(genitive, tractor);
    assert.equal(mvd, mvdRussia);
    assert.equal(ids(linkCorpus(articles(), EMPTY_CONFIG), 'f')[0], ids(linkCorpus(articles(), EMPTY_CONFIG), 'e')[0], 'across articles too');
    const [samara, ufa, lenin] = ids(linkCorpus(articles(), EMPTY_CONFIG), 'd');
    assert.notEqual(lenin, samara);
    assert.notEqual(lenin, ufa);
  });

  it('the incremental linker gives what a full re-link gives as articles come and go', () => {
    const all = articles();
    const steps: Array<[string, DocumentAnalysis | null]> = [
      ['b', all.get('b')!], ['a', all.get('a')!], ['c', all.get('c')!], ['d', all.get('d')!], ['e', all.get('e')!], ['a', null], ['f', all.get('f')!], ['b', all.get('a')!], ['e', null], ['a', all.get('c')!], ['c', null], ['e', all.get('e')!],
    ];
    assertIncrementalEqualsFull(steps);
  });
});
