import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bratAnnotations } from '../../server/src/cli/format/brat';
import { cli, json, ROOT } from './helpers';

type Span = [number, number, string];

function exported(): any {
  const run = cli(['export', 'seeds', '--format', 'json']);
  assert.equal(run.code, 0, run.stderr);
  return json(run);
}

test('export json follows the contract', () => {
  const data = exported();
  assert.equal(data.version, 1);
  assert.equal(data.documents.length, 5);
  const ids = new Map(data.entities.map((e: any) => [e.id, e]));
  for (const doc of data.documents) {
    assert.match(doc.path, /^seeds\/[^/\\]+\.txt$/);
    assert.ok(doc.date === null || /^\d{4}-\d{2}-\d{2}$/.test(doc.date), `date ${doc.date}`);
    const text = readFileSync(join(ROOT, doc.path), 'utf8');
    for (const m of doc.mentions) {
      assert.equal(text.slice(m.start, m.end), m.text);
      assert.ok(['PER', 'ORG', 'LOC', 'DATE'].includes(m.type));
      const entity: any = ids.get(m.entity);
      assert.ok(entity, `entity ${m.entity} is listed`);
      assert.equal(entity.type, m.type);
      if (m.type === 'DATE') assert.equal(m.name, m.value);
      else assert.equal(m.name, entity.name);
      assert.equal('value' in m, m.type === 'DATE');
    }
  }
  const toka = data.entities.find((e: any) => e.name === 'Касым-Жомарт Токаев');
  assert.deepEqual(Object.keys(toka).sort(), ['documents', 'id', 'mentions', 'name', 'spellings', 'type']);
  const counted = data.documents.flatMap((d: any) => d.mentions).filter((m: any) => m.entity === toka.id).length;
  assert.equal(toka.mentions, counted);
  assert.ok(data.documents.some((d: any) => d.date === '2025-03-31'), 'a byline date with a time is cut to the day');
});

test('export jsonl: one article per line, the same documents as json', () => {
  const run = cli(['export', 'seeds', '--format', 'jsonl']);
  assert.equal(run.code, 0);
  const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines, exported().documents);
});

/** Rebuilds typed spans from `token TAG` lines, finding each token in the text in order. */
function spansFromConll(block: string, text: string): Span[] {
  const spans: Span[] = [];
  let at = 0;
  for (const line of block.split('\n')) {
    if (!line) continue;
    const [token, tag, extra] = line.split(' ');
    assert.equal(extra, undefined, `two columns: '${line}'`);
    const start = text.indexOf(token, at);
    assert.ok(start >= 0 && /^\s*$/.test(text.slice(at, start)), `token '${token}' follows the previous one`);
    at = start + token.length;
    const last = spans[spans.length - 1];
    if (tag.startsWith('B-')) spans.push([start, at, tag.slice(2)]);
    else if (tag.startsWith('I-')) {
      assert.equal(last?.[2], tag.slice(2), `I- continues a span: '${line}'`);
      last[1] = at;
    } else assert.equal(tag, 'O');
  }
  return spans;
}

test('export conll round-trips the entity spans of the json export', () => {
  const run = cli(['export', 'seeds', '--format', 'conll']);
  assert.equal(run.code, 0);
  const docs = run.stdout.split(/^-DOCSTART- .*\n/m).slice(1);
  const data = exported();
  assert.equal(docs.length, data.documents.length);
  assert.ok(run.stdout.includes('\n\n'), 'sentences are separated by blank lines');
  data.documents.forEach((doc: any, i: number) => {
    const text = readFileSync(join(ROOT, doc.path), 'utf8');
    const expected = doc.mentions.map((m: any) => [m.start, m.end, m.type]);
    assert.deepEqual(spansFromConll(docs[i], text), expected, doc.path);
  });
});

test('export brat: copies, .ann offsets that match the copies, annotation.conf', () => {
  const out = mkdtempSync(join(tmpdir(), 'corpus-lens-brat-'));
  try {
    const run = cli(['export', 'seeds', '--format', 'brat', '--out', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    const files = readdirSync(out);
    assert.equal(files.filter((f) => f.endsWith('.txt')).length, 5);
    const conf = readFileSync(join(out, 'annotation.conf'), 'utf8');
    for (const section of ['[entities]', '[relations]', '[events]', '[attributes]', '\nPER\n', '\nDATE\n']) assert.ok(conf.includes(section), section);
    const values = new Set(/^Entity Arg:<ENTITY>, Value:(.+)$/m.exec(conf)![1].split('|'));
    let count = 0;
    for (const name of files.filter((f) => f.endsWith('.txt'))) {
      const text = [...readFileSync(join(out, name), 'utf8')];
      for (const line of readFileSync(join(out, name.replace(/\.txt$/, '.ann')), 'utf8').trim().split('\n')) {
        const t = /^T(\d+)\t(PER|ORG|LOC|DATE) (\d+) (\d+)\t(.*)$/.exec(line);
        const a = /^A(\d+)\tEntity T(\d+) (\S+)$/.exec(line);
        assert.ok(t || a, `a T or A line: ${line}`);
        if (t) assert.equal(text.slice(Number(t[3]), Number(t[4])).join(''), t[5]);
        if (a) assert.ok(values.has(a[3]), `attribute value ${a[3]} is declared`);
        count += t ? 1 : 0;
      }
    }
    const total = exported().documents.reduce((n: number, d: any) => n + d.mentions.length, 0);
    assert.equal(count, total);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('export: brat without --out, unknown format, unknown option, missing path -> exit 2', () => {
  for (const args of [['--format', 'brat'], ['--format', 'xml'], ['--zip'], ['--out']]) {
    const run = cli(['export', 'seeds', ...args]);
    assert.equal(run.code, 2, args.join(' '));
    assert.equal(run.stdout, '');
    assert.ok(run.stderr.length > 0);
  }
  assert.equal(cli(['export', 'missing-folder']).code, 2);
});

test('brat offsets count characters, not UTF-16 units', () => {
  const text = '🙂 Лавров';
  const ann = bratAnnotations(text, [{ start: 3, end: 9, text: 'Лавров', type: 'PER', entity: 'PER:Сергей Лавров', name: 'Сергей Лавров' }]);
  assert.equal(ann, 'T1\tPER 2 8\tЛавров\nA1\tEntity T1 PER_Сергей_Лавров\n');
});

test('export json marks a mention whose type is a guess with confidence «low», and only those', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-lens-confidence-'));
  try {
    writeFileSync(join(dir, 'a.txt'), 'Заголовок новости\n\nМинистр иностранных дел России Сергей Лавров прибыл в Москву. Новинку показали гостям Qxzorb в пятницу.\n');
    const mentions = json(cli(['export', dir, '--format', 'json', '--no-cache'])).documents[0].mentions as Array<{ text: string; confidence?: string }>;
    assert.equal(mentions.find((m) => m.text === 'Qxzorb')?.confidence, 'low');
    for (const sure of ['России', 'Сергей Лавров', 'Москву']) assert.equal(mentions.find((m) => m.text === sure)?.confidence, undefined, sure);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
