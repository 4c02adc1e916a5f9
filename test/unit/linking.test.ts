import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import { linkCorpus } from '../../server/src/core/linking/linkCorpus';
import { corpus, doc } from '../variants/build';
import { assertIncrementalEqualsFull } from './linking-helpers';
import { getEngine } from './engine-helpers';

function idsOf(linked: ReturnType<typeof linkCorpus>, uri: string): string[] {
  return linked.mentionEntity.get(uri)!;
}

describe('linkCorpus: persons', () => {
  it('joins inflected forms and a surname to the full name in the same article', () => {
    const docs = corpus({
      a: doc('Президент Касым-Жомарт Токаев прибыл. Токаеву вручили орден. С Токаевым говорили.', [
        ['Касым-Жомарт Токаев', 'PER', 'Касым-Жомарт Токаев'], ['Токаеву', 'PER', 'Токаев'], ['Токаевым', 'PER', 'Токаев'],
      ]),
    });
    const linked = linkCorpus(docs, EMPTY_CONFIG);
    assert.deepEqual(idsOf(linked, 'a'), Array(3).fill('PER:Касым-Жомарт Токаев'));
    assert.equal(linked.entities.get('PER:Касым-Жомарт Токаев')!.mentions.length, 3);
  });

  it('joins a surname corpus-wide only when one person has it', () => {
    const docs = corpus({
      a: doc('Кирилл Дмитриев заявил.', [['Кирилл Дмитриев', 'PER', 'Кирилл Дмитриев']]),
      b: doc('Дмитриев отметил.', [['Дмитриев', 'PER', 'Дмитриев']]),
      c: doc('Иван Петров и его сын Сергей Петров.', [['Иван Петров', 'PER', 'Иван Петров'], ['Сергей Петров', 'PER', 'Сергей Петров']]),
      d: doc('Петров сказал.', [['Петров', 'PER', 'Петров']]),
    });
    const linked = linkCorpus(docs, EMPTY_CONFIG);
    assert.equal(idsOf(linked, 'b')[0], 'PER:Кирилл Дмитриев');
    assert.notEqual(idsOf(linked, 'c')[0], idsOf(linked, 'c')[1], 'father and son are two people');
    assert.equal(idsOf(linked, 'd')[0], 'PER:Петров', 'ambiguous surname stays on its own');
  });

  it('is gender-aware and keeps a lone first name written before any full name apart', () => {
    const docs = corpus({
      a: doc('Мария Захарова и Николай Захаров. Автор: Владимир. Владимир Путин.', [
        { written: 'Мария Захарова', type: 'PER', name: 'Мария Захарова', gender: 'f' },
        { written: 'Николай Захаров', type: 'PER', name: 'Николай Захаров', gender: 'm' },
        { written: 'Владимир', type: 'PER', name: 'Владимир', first: true },
        ['Владимир Путин', 'PER', 'Владимир Путин'],
      ]),
      b: doc('Захаровой задали вопрос.', [{ written: 'Захаровой', type: 'PER', name: 'Захаров', gender: 'f' }]),
      c: doc('Наталья Никипелова сообщила. Никипелова добавила.', [
        { written: 'Наталья Никипелова', type: 'PER', name: 'Наталья Никипелова', gender: 'f' },
        { written: 'Никипелова', type: 'PER', name: 'Никипелов', gender: 'm' },
      ]),
    });
    const linked = linkCorpus(docs, EMPTY_CONFIG);
    const [maria, nikolai, vladimir, putin] = idsOf(linked, 'a');
    assert.equal(idsOf(linked, 'b')[0], maria, 'a female surname form joins the woman, not the man');
    assert.deepEqual(idsOf(linked, 'c'), ['PER:Наталья Никипелова', 'PER:Наталья Никипелова'], 'misread as the man\'s genitive');
    assert.notEqual(maria, nikolai);
    assert.equal(vladimir, 'PER:Владимир');
    assert.notEqual(vladimir, putin);
  });

  it('a lone word taken for a first name joins the person whose surname it is in the same article', () => {
    const docs = corpus({
      a: doc('Министр Нур-Ислам Абенов заявил. Абенов добавил.', [
        ['Нур-Ислам Абенов', 'PER', 'Нур-Ислам Абенов'], { written: 'Абенов', type: 'PER', name: 'Абенов', first: true },
      ]),
      b: doc('Абенов отметил.', [{ written: 'Абенов', type: 'PER', name: 'Абенов', first: true }]),
      c: doc('Рахим и Абенов. Президент Сердар Абенов. Абенов прибыл. Гурбан Абенов, его отец.', [
        { written: 'Абенов', type: 'PER', name: 'Абенов', first: true }, ['Сердар Абенов', 'PER', 'Сердар Абенов'],
        { written: 'Абенов', type: 'PER', name: 'Абенов', first: true }, ['Гурбан Абенов', 'PER', 'Гурбан Абенов'],
      ]),
    });
    const linked = linkCorpus(docs, EMPTY_CONFIG);
    assert.deepEqual(idsOf(linked, 'a'), ['PER:Нур-Ислам Абенов', 'PER:Нур-Ислам Абенов']);
    assert.equal(idsOf(linked, 'b')[0], 'PER:Абенов', 'only within the article');
    assert.deepEqual(idsOf(linked, 'c'), ['PER:Сердар Абенов', 'PER:Сердар Абенов', 'PER:Сердар Абенов', 'PER:Гурбан Абенов'],
      'two people with the surname: the nearest before, else the first named');
  });

  it('a bare given name joins the one person of its article so named before it', () => {
    const docs = corpus({
      a: doc('Вероника Седых выиграла. Вероника сказала. Иван Петрович Сидоров и Иван Сергеевич Орлов. Иван Петрович отметил.', [
        ['Вероника Седых', 'PER', 'Вероника Седых'], { written: 'Вероника', type: 'PER', name: 'Вероника', first: true },
        ['Иван Петрович Сидоров', 'PER', 'Иван Петрович Сидоров'], ['Иван Сергеевич Орлов', 'PER', 'Иван Сергеевич Орлов'],
        { written: 'Иван Петрович', type: 'PER', name: 'Иван Петрович', first: true },
      ]),
      b: doc('Вероника пришла.', [{ written: 'Вероника', type: 'PER', name: 'Вероника', first: true }]),
      c: doc('Анна Котова и Анна Белова. Анна ушла.', [
        ['Анна Котова', 'PER', 'Анна Котова'], ['Анна Белова', 'PER', 'Анна Белова'], { written: 'Анна', type: 'PER', name: 'Анна', first: true },
      ]),
    });
    docs.get('a')!.mentions[2].person = { first: 'Иван', middle: 'Петрович', last: 'Сидоров' };
    docs.get('a')!.mentions[3].person = { first: 'Иван', middle: 'Сергеевич', last: 'Орлов' };
    docs.get('a')!.mentions[4].person = { first: 'Иван', middle: 'Петрович' };
    const linked = linkCorpus(docs, EMPTY_CONFIG);
    const [veronika, bare, sidorov, orlov, ivan] = idsOf(linked, 'a');
    assert.equal(bare, veronika);
    assert.equal(ivan, sidorov, 'the patronymic tells the two Ivans apart');
    assert.notEqual(sidorov, orlov);
    assert.equal(idsOf(linked, 'b')[0], 'PER:Вероника', 'never across articles');
    assert.equal(idsOf(linked, 'c')[2], 'PER:Анна', 'two Annas: no link');
  });

  it('a surname with a particle, and a first surname written alone, join the full name', () => {
    const docs = corpus({
      a: doc('Лаура фон Эберсберг победила. Фон Эберсберг рада. Хуан Пабло Кастаньеда Рестрепо прибыл. Кастаньеды нет.', [
        ['Лаура фон Эберсберг', 'PER', 'Лаура фон Эберсберг'], ['Фон Эберсберг', 'PER', 'Фон Эберсберг'],
        ['Хуан Пабло Кастаньеда Рестрепо', 'PER', 'Хуан Пабло Кастаньеда Рестрепо'], ['Кастаньеды', 'PER', 'Кастаньеда'],
      ]),
      b: doc('Кастаньеда заявил.', [['Кастаньеда', 'PER', 'Кастаньеда']]),
    });
    docs.get('a')!.mentions[0].person = { first: 'Лаура фон', last: 'Эберсберг', gender: 'f' };
    docs.get('a')!.mentions[1].person = { first: 'Фон', last: 'Эберсберг', gender: 'm' };
    docs.get('a')!.mentions[2].person = { first: 'Хуан Пабло Кастаньеда', last: 'Рестрепо', gender: 'm' };
    const linked = linkCorpus(docs, EMPTY_CONFIG);
    assert.deepEqual(idsOf(linked, 'a'), [
      'PER:Лаура фон Эберсберг', 'PER:Лаура фон Эберсберг', 'PER:Хуан Пабло Кастаньеда Рестрепо', 'PER:Хуан Пабло Кастаньеда Рестрепо',
    ]);
    assert.equal(idsOf(linked, 'b')[0], 'PER:Кастаньеда', 'a first surname joins only within its article');
  });

  it('the incremental linker follows given names and first surnames as a full re-link does', () => {
    const named = doc('Вероника сказала. Вероника Седых и Хуан Пабло Кастаньеда Рестрепо. Вероника, Хуан и Кастаньеда ушли.', [
      { written: 'Вероника', type: 'PER', name: 'Вероника', first: true }, ['Вероника Седых', 'PER', 'Вероника Седых'],
      ['Хуан Пабло Кастаньеда Рестрепо', 'PER', 'Хуан Пабло Кастаньеда Рестрепо'],
      { written: 'Вероника', type: 'PER', name: 'Вероника', first: true }, { written: 'Хуан', type: 'PER', name: 'Хуан', first: true },
      ['Кастаньеда', 'PER', 'Кастаньеда'],
    ]);
    named.mentions[2].person = { first: 'Хуан Пабло Кастаньеда', last: 'Рестрепо' };
    const bare = doc('Вероника, Хуан и Кастаньеда ушли.', [
      { written: 'Вероника', type: 'PER', name: 'Вероника', first: true }, { written: 'Хуан', type: 'PER', name: 'Хуан', first: true },
      ['Кастаньеда', 'PER', 'Кастаньеда'],
    ]);
    assertIncrementalEqualsFull([['b', bare], ['a', bare], ['c', named], ['a', named], ['c', null], ['b', named], ['a', bare], ['a', null]]);
  });

  it('links spelling variants and records them on the entity', () => {
    const docs = corpus({
      a: doc('Тонглун Сисулит и Тхонглун Сисулит. Тхонглуна Сисулита.', [
        ['Тонглун Сисулит', 'PER', 'Тонглун Сисулит'], ['Тхонглун Сисулит', 'PER', 'Тхонглун Сисулит'],
        ['Тхонглуна Сисулита', 'PER', 'Тхонглун Сисулит'],
      ]),
    });
    const linked = linkCorpus(docs, EMPTY_CONFIG);
    const e = linked.entities.get('PER:Тхонглун Сисулит')!;
    assert.ok(e, 'the most used spelling is canonical');
    assert.equal(e.mentions.length, 3);
    assert.deepEqual(e.variants, [{ spelling: 'Тонглун Сисулит', kind: 'aspiration' }]);
  });
});

describe('linkCorpus: places, organizations, dates', () => {
  it('links aliases, also inside organization names, and folds ALL-CAPS', () => {
    const docs = corpus({
      a: doc('МОСКВА. МИД РФ и Российская Федерация. Москва.', [
        ['МОСКВА', 'LOC', 'МОСКВА'], ['МИД РФ', 'ORG', 'МИД РФ'], ['Российская Федерация', 'LOC', 'Российская Федерация'], ['Москва', 'LOC', 'Москва'],
      ]),
      b: doc('МИД России и РФ.', [['МИД России', 'ORG', 'МИД России'], ['РФ', 'LOC', 'РФ']]),
      c: doc('МИД Российской Федерации.', [['МИД Российской Федерации', 'ORG', 'МИД Российской Федерации']]),
    });
    const linked = linkCorpus(docs, EMPTY_CONFIG);
    assert.deepEqual(idsOf(linked, 'a'), ['LOC:Москва', 'ORG:МИД России', 'LOC:Россия', 'LOC:Москва']);
    assert.deepEqual(idsOf(linked, 'b'), ['ORG:МИД России', 'LOC:Россия']);
    assert.deepEqual(idsOf(linked, 'c'), ['ORG:МИД России']);
  });

  it('keeps look-alike places apart and uses configured aliases', () => {
    const docs = corpus({
      a: doc('Вьетнам, Вьентьян, Иран, Ирак, Австрия, Австралия.', [
        ['Вьетнам', 'LOC', 'Вьетнам'], ['Вьентьян', 'LOC', 'Вьентьян'], ['Иран', 'LOC', 'Иран'],
        ['Ирак', 'LOC', 'Ирак'], ['Австрия', 'LOC', 'Австрия'], ['Австралия', 'LOC', 'Австралия'],
      ]),
      b: doc('Компания Самолёт и Samolet Group.', [['Самолёт', 'ORG', 'Самолёт'], ['Samolet Group', 'ORG', 'Samolet Group']]),
    });
    assert.equal(new Set(idsOf(linkCorpus(docs, EMPTY_CONFIG), 'a')).size, 6);
    const config = { ...EMPTY_CONFIG, aliases: [['Самолёт', 'Samolet Group']] };
    const ids = idsOf(linkCorpus(docs, config), 'b');
    assert.equal(ids[0], ids[1]);
  });

  it('joins unknown variant spellings to a known place', () => {
    const docs = corpus({
      a: doc('Пхеньян, Пхеньян и Пеньян. Екатеринбург и Екатринбург.', [
        ['Пхеньян', 'LOC', 'Пхеньян'], ['Пхеньян', 'LOC', 'Пхеньян'], ['Пеньян', 'LOC', 'Пеньян'],
        ['Екатеринбург', 'LOC', 'Екатеринбург'], ['Екатринбург', 'LOC', 'Екатринбург'],
      ]),
    });
    const linked = linkCorpus(docs, EMPTY_CONFIG);
    assert.deepEqual(idsOf(linked, 'a'), ['LOC:Пхеньян', 'LOC:Пхеньян', 'LOC:Пхеньян', 'LOC:Екатеринбург', 'LOC:Екатеринбург']);
    assert.deepEqual(linked.entities.get('LOC:Пхеньян')!.variants, [{ spelling: 'Пеньян', kind: 'aspiration' }]);
  });

  it('an abbreviation introduced in parentheses names the full name across the corpus', () => {
    const intro = doc('Японское агентство международного сотрудничества (JICA) выделит кредит.', [
      ['Японское агентство международного сотрудничества', 'ORG', 'Японское агентство международного сотрудничества'], ['JICA', 'ORG', 'JICA'],
    ]);
    intro.mentions[1].aliasOf = 0;
    const docs = corpus({
      a: intro,
      b: doc('JICA и ОДКБ, ЕАЭС.', [['JICA', 'ORG', 'JICA'], ['ОДКБ', 'ORG', 'ОДКБ'], ['ЕАЭС', 'ORG', 'ЕАЭС']]),
    });
    const linked = linkCorpus(docs, EMPTY_CONFIG);
    const full = 'ORG:Японское агентство международного сотрудничества';
    assert.deepEqual(idsOf(linked, 'a'), [full, full]);
    assert.deepEqual(idsOf(linked, 'b'), [full, 'ORG:ОДКБ', 'ORG:Евразийский экономический союз']);
  });

  it('links dates by ISO value and gives stable ids', () => {
    const docs = corpus({
      a: doc('20 ноября и 20.11.2025.', [['20 ноября', 'DATE', '2025-11-20'], ['20.11.2025', 'DATE', '2025-11-20']]),
    });
    const first = linkCorpus(docs, EMPTY_CONFIG);
    assert.deepEqual(idsOf(first, 'a'), ['DATE:2025-11-20', 'DATE:2025-11-20']);
    assert.deepEqual([...linkCorpus(docs, EMPTY_CONFIG).entities.keys()], [...first.entities.keys()]);
  });

  it('survives empty documents and mentions without words', () => {
    const linked = linkCorpus(corpus({ a: doc('', []), b: doc('Лаос', [['Лаос', 'LOC', 'Лаос']]) }), EMPTY_CONFIG);
    assert.deepEqual(linked.mentionEntity.get('a'), []);
    assert.deepEqual(idsOf(linked, 'b'), ['LOC:Лаос']);
  });

  it('keeps two places the dictionary knows apart when one has a letter more (Светлогорск / Светогорск)', () => {
    const docs = () => corpus({
      a: doc('Фестиваль в Светлогорске.', [['Светлогорске', 'LOC', 'Светлогорск']]),
      b: doc('Паром из Светогорска.', [['Светогорска', 'LOC', 'Светогорск']]),
    });
    // An unknown spelling one letter short is still joined.
    assert.deepEqual(idsOf(linkCorpus(docs(), EMPTY_CONFIG), 'b'), ['LOC:Светлогорск']);
    const known = docs();
    for (const d of known.values()) for (const m of d.mentions) m.dictionaryPlace = true;
    const linked = linkCorpus(known, EMPTY_CONFIG);
    assert.deepEqual(idsOf(linked, 'b'), ['LOC:Светогорск']);
    assert.deepEqual(idsOf(linked, 'a'), ['LOC:Светлогорск']);
    assertIncrementalEqualsFull([['a', known.get('a')!], ['b', known.get('b')!], ['a', null]]);
  });
});

describe('linkCorpus: canonical names written with a dot or a hyphen', () => {
  it('counts parts joined by a dot as words: the spelling written most is the name', () => {
    const docs = corpus({
      a: doc('«Вектор.Групп» и снова «Вектор.Групп», потом «Вектор Групп».', [
        ['Вектор.Групп', 'ORG', 'Вектор.Групп'], ['Вектор.Групп', 'ORG', 'Вектор.Групп'], ['Вектор Групп', 'ORG', 'Вектор Групп'],
      ]),
    });
    assert.deepEqual(idsOf(linkCorpus(docs, EMPTY_CONFIG), 'a'), Array(3).fill('ORG:Вектор.Групп'));
  });
});

describe('linkCorpus: canonical names of places', () => {
  it('a place one mention writes as its name, of which the others are forms, is named so, not by a guess from an oblique case', async () => {
    const engine = await getEngine();
    const docs = new Map([
      ['a', engine.analyze('Заголовок\n\n12 марта 2026\n\nВ Клонмеле прошел плебисцит. Плебисцит в Клонмеле завершился. Итоги объявят в городе Клонмел в среду.')],
      ['b', engine.analyze('Заголовок\n\n14 марта 2026\n\nВ Клонмеле снова голосуют.')],
    ]);
    const linked = linkCorpus(docs, EMPTY_CONFIG);
    const places = [...linked.entities.values()].filter((e) => e.type === 'LOC');
    assert.deepEqual(places.map((e) => [e.name, e.mentions.length]), [['Клонмел', 4]]);
  });
});
