/** Reads test/variants-pairs/pairs.txt into matcher entities (shared by fit.ts and the unit tests). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MatchEntity, NamePart, NameType } from '../../server/src/core/variants/candidates';

export interface LabelledPair {
  line: number;
  label: boolean;
  a: MatchEntity;
  b: MatchEntity;
  common: Set<string>;
  text: string;
}

const NOT_FEMININE = new Set(['Илья', 'Никита', 'Фома', 'Савва', 'Кузьма', 'Лука']);

function entity(id: string, type: NameType, name: string, count: number, docs: string[], flags: Set<string>, neighbours: string[], roles: string[]): MatchEntity {
  const words = name.split(/\s+/);
  const asian = flags.has('asian');
  const person = type === 'PER' && !asian && words.length >= 2;
  const part = (i: number): NamePart => (!person ? 'other' : i === 0 ? 'first' : i === words.length - 1 ? 'last' : 'middle');
  const first = person ? words[0] : undefined;
  const last = words[words.length - 1];
  // A surname alone (a one-off lemma the engine left as written) reads its gender from its ending too.
  const surname = person || (type === 'PER' && !asian && words.length === 1);
  const feminine = flags.has('f') || (person && /[ая]$/.test(first!) && !NOT_FEMININE.has(first!)) || (surname && /(ова|ева|ёва|ина|ына|ская|цкая|ой)$/.test(last));
  return {
    id, type, name, mentions: count,
    words: words.map((w, i) => ({ spelling: w, count, part: part(i) })),
    names: [{ text: name, count }],
    documents: docs, roles, neighbours,
    gender: type === 'PER' && !asian ? (feminine ? 'f' : 'm') : undefined,
    first,
  };
}

export function readPairs(file = join(__dirname, 'pairs.txt')): LabelledPair[] {
  const out: LabelledPair[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 6) throw new Error(`pairs.txt:${i + 1}: expected 6 or 7 cells`);
    const [label, type, na, ca, nb, cb, flagText = ''] = cells;
    const flags = new Set(flagText.split(/\s+/).filter(Boolean));
    const common = new Set([...flags].filter((f) => f.startsWith('common=')).map((f) => f.slice(7)));
    const nbFlag = [...flags].find((f) => f.startsWith('nb='));
    const shared = nbFlag ? Number(nbFlag.slice(3)) : 0;
    const sharedIds = Array.from({ length: shared }, (_, k) => `n${k}`);
    const docsA = ['d1'];
    const docsB = flags.has('doc') ? ['d1'] : ['d2'];
    const roles = flags.has('role') ? ['министр'] : [];
    out.push({
      line: i + 1, label: label === '+', text: line, common,
      a: entity('a', type as NameType, na, Number(ca), docsA, flags, [...sharedIds, 'xa'], roles),
      b: entity('b', type as NameType, nb, Number(cb), docsB, flags, [...sharedIds, 'xb'], roles),
    });
  });
  return out;
}
