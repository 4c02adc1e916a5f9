/** The export contract (version 1): documents with their mentions, and the entities linked across them. */
import type { Entity, EntityType } from '../../core/types';
import type { LoadedCorpus } from '../loadCorpus';
import { dayOf, displayPath } from './corpusView';

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

export function exportDocuments(corpus: LoadedCorpus): ExportDocument[] {
  return corpus.index.documents().map((doc) => ({
    path: displayPath(corpus, doc.uri),
    title: doc.analysis.article.title,
    date: dayOf(doc.analysis.article.date?.value),
    mentions: corpus.index
      .mentionsIn(doc.uri)
      .map(({ mention, entity }): ExportMention => {
        const value = mention.type === 'DATE' ? (mention.date?.value ?? mention.name) : undefined;
        const base = { start: mention.start, end: mention.end, text: mention.text, type: mention.type, entity: entity.id };
        return value === undefined ? { ...base, name: entity.name } : { ...base, name: value, value };
      })
      .sort((a, b) => a.start - b.start),
  }));
}

export function exportEntity(e: Entity): ExportEntity {
  return { id: e.id, type: e.type, name: e.name, spellings: e.spellings, mentions: e.mentions.length, documents: e.documents };
}

export function exportCorpus(corpus: LoadedCorpus): ExportCorpus {
  const entities = corpus.index.entities().map(exportEntity);
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { version: 1, documents: exportDocuments(corpus), entities };
}
