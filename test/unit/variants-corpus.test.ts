/**
 * The whole pipeline (engine + linking + findings) on the variants test corpus (test/variants/articles,
 * expectations in test/variants/expected.json) and on the seeds. Prints caught / missed / false flags.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { createEngine, type Engine } from '../../server/src/core/analyze';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import { findInconsistencies, type Finding } from '../../server/src/core/consistency/findInconsistencies';
import { linkCorpus } from '../../server/src/core/linking/linkCorpus';
import type { DocumentAnalysis, EntityType } from '../../server/src/core/types';
import { variantKind } from '../../server/src/core/variants/variantKind';

interface Expected {
  variants: Array<{ file: string; text: string; kind: string; preferred: string }>;
  traps: Array<{ file: string; text: string; why: string }>;
}

const ROOT = join(__dirname, '..', '..');
const expected: Expected = JSON.parse(readFileSync(join(ROOT, 'test/variants/expected.json'), 'utf8'));

function findingsIn(engine: Engine, dir: string): Finding[] {
  const docs = new Map<string, DocumentAnalysis>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    docs.set(f, engine.analyze(readFileSync(join(dir, f), 'utf8')));
  }
  return findInconsistencies(docs, linkCorpus(docs, EMPTY_CONFIG), EMPTY_CONFIG);
}

const key = (file: string, text: string) => `${file}\u0000${text}`;

describe('variants corpus, whole pipeline', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine();
  });

  it('catches the written variants with few false flags', () => {
    const findings = findingsIn(engine, join(ROOT, 'test/variants/articles'));
    const found = new Map(findings.map((f) => [key(f.uri, f.text), f]));
    const wanted = new Set(expected.variants.map((v) => key(v.file, v.text)));
    const caught = expected.variants.filter((v) => found.has(key(v.file, v.text)));
    const missed = expected.variants.filter((v) => !found.has(key(v.file, v.text)));
    const falseFlags = findings.filter((f) => !wanted.has(key(f.uri, f.text)));
    const wrongKind = caught.filter((v) => found.get(key(v.file, v.text))!.kind !== v.kind);
    console.log(`variants corpus: caught ${caught.length}/${expected.variants.length}, missed ${missed.length}, false flags ${falseFlags.length}`);
    for (const v of missed) console.log(`  missed: ${v.file} «${v.text}» (${v.kind})`);
    for (const f of falseFlags) console.log(`  false flag: ${f.uri} «${f.text}» -> «${f.replacement}» (${f.kind})`);
    assert.ok(caught.length >= expected.variants.length - 2, `caught ${caught.length} of ${expected.variants.length}`);
    assert.ok(falseFlags.length <= 1, `${falseFlags.length} false flags`);
    assert.deepEqual(wrongKind, [], 'caught variants have the expected kind');
    for (const trap of expected.traps) {
      assert.ok(!findings.some((f) => f.uri === trap.file && f.text.includes(trap.text)), `trap flagged: ${trap.text} (${trap.why})`);
    }
  });

  it('pairs no look-alikes on the seeds: of all same-type names and words only Тонглун/Тхонглун', () => {
    const forms = new Map<string, EntityType>();
    for (const f of readdirSync(join(ROOT, 'seeds')).sort()) {
      for (const m of engine.analyze(readFileSync(join(ROOT, 'seeds', f), 'utf8')).mentions) {
        if (m.type === 'DATE') continue;
        for (const form of [m.name, m.text, ...(m.words ?? []).map((w) => w.lemma)]) forms.set(`${m.type}:${form}`, m.type);
      }
    }
    const list = [...forms].map(([k, type]) => ({ type, form: k.slice(type.length + 1) }));
    const pairs: string[] = [];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (list[i].type === list[j].type && variantKind(list[i].form, list[j].form, { type: list[i].type })) pairs.push(`${list[i].form} ~ ${list[j].form}`);
      }
    }
    console.log(`seeds: ${list.length} distinct forms, ${pairs.length} variant pairs: ${pairs.join('; ')}`);
    assert.ok(list.length > 100);
    assert.ok(pairs.length > 0 && pairs.every((p) => /Тонглун/.test(p) && /Тхонглун/.test(p)), pairs.join('; '));
  });

  it('finds exactly one inconsistency on the seeds: Тонглун / Тхонглун in 001', () => {
    const findings = findingsIn(engine, join(ROOT, 'seeds'));
    assert.equal(findings.length, 1, findings.map((f) => f.message).join('\n'));
    const [f] = findings;
    assert.match(f.uri, /^001_/);
    assert.equal(f.text, 'Тхонглун');
    assert.equal(f.replacement, 'Тонглун');
    assert.equal(f.kind, 'aspiration');
  });
});
