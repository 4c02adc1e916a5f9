/**
 * Entity-level figures: does hover name the right person, and do references from an entity's
 * first mention find its mentions across files. Pure functions over gold and predicted mentions.
 */
import { overlaps, ratio, sameName, type EvalMention } from './metrics';

/** The canonical name of each predicted entity: the most frequent name among its mentions. */
export function entityNames(pred: EvalMention[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const m of pred) {
    const c = counts.get(m.entity) ?? new Map<string, number>();
    c.set(m.name, (c.get(m.name) ?? 0) + 1);
    counts.set(m.entity, c);
  }
  const names = new Map<string, string>();
  for (const [id, c] of counts) names.set(id, [...c].sort((a, b) => b[1] - a[1])[0]![0]);
  return names;
}

/** The predicted mention a gold mention resolves to: same type, exact span first, else overlapping. */
export function resolvePred(g: EvalMention, pred: EvalMention[]): EvalMention | undefined {
  const same = pred.filter((p) => p.type === g.type && overlaps(p, g));
  return same.find((p) => p.start === g.start && p.end === g.end) ?? same[0];
}

export interface HoverResult {
  correct: number;
  total: number;
  accuracy: number;
  wrong: Array<{ gold: EvalMention; predName: string | null }>;
  /** Of the wrong, those whose names differ only by a patronymic (a convention the gold sets do not share). */
  patronymicOnly: number;
}

/** A Russian patronymic inside a name of three words or more ('Сергеевич', 'Ринатовна'). */
const PATRONYMIC = /^[А-ЯЁ][а-яё]+(?:вич|вна|ична|чна)$/u;

/** The name without its patronymic: 'Вадим Сергеевич Лузгарёв' -> 'Вадим Лузгарёв'. */
function withoutPatronymic(name: string): string {
  const words = name.trim().split(/\s+/);
  return words.length < 3 ? name : words.filter((w, i) => i === 0 || i === words.length - 1 || !PATRONYMIC.test(w)).join(' ');
}

/** Share of gold PER mentions whose predicted entity's canonical name equals the gold name. */
export function hoverNames(gold: EvalMention[], pred: EvalMention[], names = entityNames(pred)): HoverResult {
  const persons = gold.filter((g) => g.type === 'PER');
  const wrong: HoverResult['wrong'] = [];
  for (const g of persons) {
    const p = resolvePred(g, pred);
    const predName = p ? (names.get(p.entity) ?? p.name) : null;
    if (!sameName(predName ?? undefined, g.name)) wrong.push({ gold: g, predName });
  }
  const correct = persons.length - wrong.length;
  const patronymicOnly = wrong.filter((w) => w.predName !== null && sameName(withoutPatronymic(w.predName), withoutPatronymic(w.gold.name))).length;
  return { correct, total: persons.length, accuracy: ratio(correct, persons.length), wrong, patronymicOnly };
}

export interface EntityReferences {
  entity: string;
  goldMentions: number;
  found: number;
  /** null when the first mention resolves to no predicted entity. */
  precision: number | null;
  recall: number;
}

export interface ReferenceResult {
  entities: EntityReferences[];
  /** Macro averages over gold entities; precision over resolved entities only. */
  precision: number;
  recall: number;
  unresolved: number;
}

function groupByEntity(gold: EvalMention[]): Map<string, EvalMention[]> {
  const groups = new Map<string, EvalMention[]>();
  for (const g of gold) {
    if (g.type === 'DATE') continue;
    groups.set(g.entity, [...(groups.get(g.entity) ?? []), g]);
  }
  return groups;
}

function entityReferences(entity: string, mentions: EvalMention[], pred: EvalMention[]): EntityReferences {
  const first = resolvePred(mentions[0]!, pred);
  if (!first) return { entity, goldMentions: mentions.length, found: 0, precision: null, recall: 0 };
  const refs = pred.filter((p) => p.entity === first.entity);
  const covered = mentions.filter((g) => refs.some((r) => overlaps(r, g))).length;
  const right = refs.filter((r) => mentions.some((g) => overlaps(r, g))).length;
  return { entity, goldMentions: mentions.length, found: refs.length, precision: ratio(right, refs.length), recall: ratio(covered, mentions.length) };
}

/**
 * For each gold PER/ORG/LOC entity, from its first mention (gold order) take the predicted entity
 * and compare all its mentions (the references) with the gold mentions of the entity (overlap).
 */
export function references(gold: EvalMention[], pred: EvalMention[]): ReferenceResult {
  const entities = [...groupByEntity(gold)].map(([id, ms]) => entityReferences(id, ms, pred));
  const resolved = entities.filter((e) => e.precision !== null);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    entities,
    precision: ratio(sum(resolved.map((e) => e.precision!)), resolved.length),
    recall: ratio(sum(entities.map((e) => e.recall)), entities.length),
    unresolved: entities.length - resolved.length,
  };
}
