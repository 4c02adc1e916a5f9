/**
 * Rename of an entity: every mention across the corpus, each keeping its case ending
 * (Токаева -> Новиковa). prepareRename answers the mention's range and the canonical name, and
 * refuses outside a mention and on dates.
 */
import { align } from '../core/variants/align';
import * as l10n from '@vscode/l10n';
import {
  LSPErrorCodes, ResponseError, type PrepareRenameParams, type Range, type RenameParams, type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { renameEdits } from '../core/consistency/findInconsistencies';
import type { CorpusIndex, MentionHit } from '../index/corpusIndex';
import { normalizeUri, toOffset, toRange } from '../lsp/convert';
import type { Feature } from './feature';
import { buildWorkspaceEdit } from './workspaceEdits';

export const rename: Feature = {
  capabilities: { renameProvider: { prepareProvider: true } },
  register({ connection, documents, ready }) {
    connection.onPrepareRename(async (params) => {
      const hit = renameTarget(await ready, params);
      return { range: toRange(hit.doc, hit.mention.start, hit.mention.end), placeholder: hit.entity.name } satisfies { range: Range; placeholder: string };
    });
    connection.onRenameRequest(async (params: RenameParams): Promise<WorkspaceEdit> => {
      const index = await ready;
      const hit = renameTarget(index, params);
      const newName = checkedName(params.newName);
      const analyses = new Map(index.documents().map((d) => [d.uri, d.analysis] as const));
      // Entities merged by a sure variant pair are renamed with it, word for word.
      const edits = index.mergedGroup(hit.entity.id).flatMap((e) =>
        renameEdits(analyses, index.link(), e.id, e.id === hit.entity.id ? newName : memberName(e.name, hit.entity.name, newName)));
      return buildWorkspaceEdit(index, documents, edits);
    });
  },
};

/** The renamable mention at the position, or a clear error. */
function renameTarget(index: CorpusIndex, params: PrepareRenameParams): MentionHit {
  const uri = normalizeUri(params.textDocument.uri);
  const doc = index.get(uri);
  if (!doc) throw failure(l10n.t('This file is not part of the corpus (see the corpusLens.files settings).'));
  const hit = index.mentionAt(uri, toOffset(doc, params.position));
  if (!hit) throw failure(l10n.t('Place the cursor on the name of a person, organization or place to rename it.'));
  if (hit.entity.type === 'DATE') throw failure(l10n.t('Dates cannot be renamed; only people, organizations and places.'));
  return hit;
}

function checkedName(newName: string): string {
  const name = newName.trim().replace(/\s+/g, ' ');
  if (!name) throw failure(l10n.t('The new name is empty.'));
  if (/[\r\n]/.test(newName)) throw failure(l10n.t('The new name must fit on one line.'));
  return name;
}

function failure(message: string): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestFailed, message);
}

/**
 * The new name of an entity merged into the renamed one: each of its words takes the new word at the
 * place of the renamed entity's most similar word ('Гиршфельд' of 'Йоав Хиршфельд' -> the new surname).
 */
export function memberName(member: string, renamed: string, newName: string): string {
  const from = renamed.split(/\s+/);
  const to = newName.trim().split(/\s+/).filter(Boolean);
  return member.split(/\s+/).map((w) => {
    let best = 0;
    from.forEach((v, i) => { if (align(w, v).cost < align(w, from[best]).cost) best = i; });
    return to[from.length === to.length ? best : Math.min(best, to.length - 1)] ?? w;
  }).join(' ');
}
