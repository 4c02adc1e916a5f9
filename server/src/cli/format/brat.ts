/** brat standoff export: a .ann file per text (T lines + Entity attributes) and an annotation.conf. */
import type { EntityType } from '../../core/types';
import type { ExportMention } from './exportModel';

const TYPES: EntityType[] = ['PER', 'ORG', 'LOC', 'DATE'];

/** brat attribute values are single tokens: anything but letters, digits, '-' and '_' becomes '_'. */
export function bratValue(id: string): string {
  return id.replace(/[^\p{L}\p{N}_-]/gu, '_');
}

/** brat counts offsets in characters (code points), the editor in UTF-16 units: index i -> code point index. */
function codePointOffsets(text: string): Int32Array {
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (!(c >= 0xd800 && c <= 0xdbff && i + 1 < text.length)) cp++;
  }
  map[text.length] = cp;
  return map;
}

export function bratAnnotations(text: string, mentions: ExportMention[]): string {
  const at = codePointOffsets(text);
  const lines: string[] = [];
  [...mentions]
    .sort((a, b) => a.start - b.start)
    .forEach((m, i) => {
      const shown = text.slice(m.start, m.end).replace(/[\r\n]/g, ' ');
      lines.push(`T${i + 1}\t${m.type} ${at[m.start]} ${at[m.end]}\t${shown}`);
      lines.push(`A${i + 1}\tEntity T${i + 1} ${bratValue(m.entity)}`);
    });
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** Declares the four entity types and the Entity attribute with every entity id as a value. */
export function bratConf(entityIds: string[]): string {
  const values = [...new Set(entityIds.map(bratValue))].sort();
  return [
    '[entities]',
    ...TYPES,
    '',
    '[relations]',
    '',
    '[events]',
    '',
    '[attributes]',
    `Entity Arg:<ENTITY>${values.length ? `, Value:${values.join('|')}` : ''}`,
    '',
  ].join('\n');
}
