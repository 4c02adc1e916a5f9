/** The export contract (version 1): documents with their mentions, and the entities linked across them. */
import type { Entity, EntityType } from '../../core/types';
import { foldCaps } from '../../core/variants/normalize';
import type { LoadedCorpus } from '../loadCorpus';
import type { IndexedDocument } from '../../index/corpusIndex';
import { dayOf, displayPath } from './corpusView';
import { hole, writeJson } from './jsonStream';
import type { Output } from './output';

export interface ExportMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Id shared by all mentions of one entity corpus-wide. */
  entity: string;
  /** Canonical nominative name of the entity; for DATE the ISO value. */
  name: string;
  /** DATE only: the ISO value. */
  value?: string;
  /** 'low' when the recognizer guessed the type (such mentions give no spelling findings). */
  confidence?: 'low';
}

export interface ExportDocument {
  path: string;
  title: string | null;
  date: string | null;
  mentions: ExportMention[];
}

export interface ExportEntity {
  id: string;
  type: EntityType;
  name: string;
  spellings: string[];
  mentions: number;
  documents: number;
}

export interface ExportCorpus {
  version: 1;
  documents: ExportDocument[];
  entities: ExportEntity[];
}

/** One document as the export contract gives it. */
export function exportDocument(corpus: LoadedCorpus, doc: IndexedDocument): ExportDocument {
  return {
    path: displayPath(corpus, doc.uri),
    title: doc.analysis.article.title,
    date: dayOf(doc.analysis.article.date?.value),
    mentions: corpus.index
      .mentionsIn(doc.uri)
      .map(({ mention, entity }): ExportMention => {
        const value = mention.type === 'DATE' ? (mention.date?.value ?? mention.name) : undefined;
        const base = { start: mention.start, end: mention.end, text: mention.text, type: mention.type, entity: entity.id };
        const named = value === undefined ? { ...base, name: entity.name } : { ...base, name: value, value };
        return mention.confidence ? { ...named, confidence: mention.confidence } : named;
      })
      .sort((a, b) => a.start - b.start),
  };
}

/** The documents in corpus order, each built when it is taken. */
export function* exportDocuments(corpus: LoadedCorpus): Generator<ExportDocument> {
  for (const doc of corpus.index.documents()) yield exportDocument(corpus, doc);
}

/**
 * The entity's spellings as its mentions write them. The linking folds ALL-CAPS words to normal case
 * (a headline's «МОСКВА» is «Москва»), so an acronym written only in capitals would be listed as
 * «Нато»: a spelling no mention writes is replaced by the mentions' own form that folds to it (the
 * most used, ties: the first), so every spelling listed occurs in the texts.
 */
export function writtenSpellings(spellings: readonly string[], names: readonly string[]): string[] {
  const written = new Map<string, number>();
  for (const name of names) written.set(name, (written.get(name) ?? 0) + 1);
  const out: string[] = [];
  for (const s of spellings) {
    let shown = s;
    if (!written.has(s)) {
      let best = 0;
      for (const [name, count] of written) {
        if (count > best && foldCaps(name) === s) {
          shown = name;
          best = count;
        }
      }
    }
    if (!out.includes(shown)) out.push(shown);
  }
  return out;
}

/** The spellings of an entity of the corpus, as written (see writtenSpellings). */
export function entitySpellings(corpus: LoadedCorpus, e: Entity): string[] {
  if (e.type === 'DATE') return e.spellings;
  return writtenSpellings(e.spellings, corpus.index.mentionsOf(e.id).map((h) => h.mention.name));
}

export function exportEntity(e: Entity, spellings: string[] = e.spellings): ExportEntity {
  return { id: e.id, type: e.type, name: e.name, spellings, mentions: e.mentions.length, documents: e.documents };
}

/** The entities by id, each built when it is taken. */
export function* exportEntities(corpus: LoadedCorpus): Generator<ExportEntity> {
  const entities = corpus.index.entities().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const e of entities) yield exportEntity(e, entitySpellings(corpus, e));
}

/** The export contract (json) written document by document, then entity by entity. */
export async function writeExportCorpus(corpus: LoadedCorpus, out: Output): Promise<void> {
  const template = { version: 1, documents: hole('documents'), entities: hole('entities') };
  await writeJson(out, template, { documents: exportDocuments(corpus), entities: exportEntities(corpus) });
}
