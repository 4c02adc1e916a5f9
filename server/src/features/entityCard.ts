/** The hover card of an entity: type, canonical name, roles, counts, spellings and a link to its first mention. */
import * as path from 'node:path';
import type { Entity } from '../core/types';
import type { CorpusIndex, MentionHit } from '../index/corpusIndex';
import { TYPE_LABELS } from '../../../common/protocol';
import { definingMention, mentionsOfEntity } from './entityLookup';

const MAX_ROLES = 6;
const MAX_SPELLINGS = 8;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

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
    return kind ? `${escapeMarkdown(s)} *(variant: ${kind})*` : escapeMarkdown(s);
  });
  const more = entity.spellings.length - shown.length;
  return shown.join(', ') + (more > 0 ? `, … (${more} more)` : '');
}

export function entityCard(index: CorpusIndex, hit: MentionHit): string {
  const { entity } = hit;
  const lines = [`**${TYPE_LABELS[entity.type].one}** · **${escapeMarkdown(entity.name)}**`, ''];
  if (entity.roles.length) {
    lines.push(`*${escapeMarkdown(entity.roles.slice(0, MAX_ROLES).join(', '))}*`, '');
  }
  return [...lines, ...entityFacts(index, hit)].join('\n');
}

/** The bullet lines of the card: counts, spellings, defining and first mentions. */
export function entityFacts(index: CorpusIndex, hit: MentionHit): string[] {
  const { entity } = hit;
  const articles = plural(entity.documents, 'article', 'articles');
  const lines = [`- Mentioned ${plural(entity.mentions.length, 'time', 'times')} in ${articles}`];
  if (entity.type !== 'DATE' && entity.spellings.length) lines.push(`- Spellings: ${spellingList(entity)}`);
  const first = definingMention(index, entity.id, hit.doc.uri);
  const corpusFirst = mentionsOfEntity(index, entity.id)[0];
  if (first) lines.push(`- Defined at: ${mentionLink(first)} («${escapeMarkdown(first.mention.text)}»)`);
  if (corpusFirst && corpusFirst.doc !== first?.doc) lines.push(`- First mention in the corpus: ${mentionLink(corpusFirst)}`);
  return lines;
}
