/** The hover card of an entity: type, canonical name, roles, counts, spellings and a link to its first mention. */
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import type { Entity } from '../core/types';
import type { CorpusIndex, MentionHit } from '../index/corpusIndex';
import { count } from '../l10n';
import { kindLabel, typeName } from '../l10n/messages';
import { PHRASES } from '../l10n/phrases';
import { definingMention, mentionsOfEntity } from './entityLookup';

const MAX_ROLES = 6;
const MAX_SPELLINGS = 8;

/** A Markdown link that opens a mention (VS Code understands `#Lline,column`, 1-based). */
export function mentionLink(hit: MentionHit): string {
  const at = hit.doc.lines.positionAt(hit.mention.start);
  const file = decodeURIComponent(path.posix.basename(hit.doc.uri));
  return `[${file}:${at.line + 1}](${hit.doc.uri}#L${at.line + 1},${at.character + 1})`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`);
}

function spellingList(entity: Entity): string {
  const variants = new Map(entity.variants.map((v) => [v.spelling, v.kind] as const));
  const shown = entity.spellings.slice(0, MAX_SPELLINGS).map((s) => {
    const kind = variants.get(s);
    return kind ? `${escapeMarkdown(s)} *(${l10n.t('variant: {0}', kindLabel(kind))})*` : escapeMarkdown(s);
  });
  const more = entity.spellings.length - shown.length;
  return shown.join(', ') + (more > 0 ? `, … (${count(PHRASES.moreSpellings, more)})` : '');
}

export function entityCard(index: CorpusIndex, hit: MentionHit): string {
  const { entity } = hit;
  const lines = [`**${typeName(entity.type)}** · **${escapeMarkdown(entity.name)}**`, ''];
  if (entity.roles.length) {
    lines.push(`*${escapeMarkdown(entity.roles.slice(0, MAX_ROLES).join(', '))}*`, '');
  }
  return [...lines, ...entityFacts(index, hit)].join('\n');
}

/** The bullet lines of the card: counts, spellings, defining and first mentions. */
export function entityFacts(index: CorpusIndex, hit: MentionHit): string[] {
  const { entity } = hit;
  const times = count(PHRASES.times, entity.mentions.length);
  const lines = [`- ${l10n.t('Mentioned {0} {1}', times, count(PHRASES.inArticles, entity.documents))}`];
  if (entity.type !== 'DATE' && entity.spellings.length) lines.push(`- ${l10n.t('Spellings: {0}', spellingList(entity))}`);
  const first = definingMention(index, entity.id, hit.doc.uri);
  const corpusFirst = mentionsOfEntity(index, entity.id)[0];
  if (first) lines.push(`- ${l10n.t('Defined at: {0} («{1}»)', mentionLink(first), escapeMarkdown(first.mention.text))}`);
  if (corpusFirst && corpusFirst.doc !== first?.doc) lines.push(`- ${l10n.t('First mention in the corpus: {0}', mentionLink(corpusFirst))}`);
  return lines;
}
