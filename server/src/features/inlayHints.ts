/** Inlay hints: the ISO value after relative or partial dates ('20 ноября' -> 2025-11-20). */
import type { InlayHint, Range } from 'vscode-languageserver/node';
import type { IndexedDocument } from '../index/corpusIndex';
import { normalizeUri, toOffset } from '../lsp/convert';
import { dateHintLabel, dateHintTooltip } from './dateCard';
import type { Feature } from './feature';

export const inlayHints: Feature = {
  capabilities: { inlayHintProvider: true },
  register({ connection, ready }) {
    connection.languages.inlayHint.on(async ({ textDocument, range }) => {
      const doc = (await ready).get(normalizeUri(textDocument.uri));
      return doc ? dateHints(doc, range) : [];
    });
  },
};

/** A hint after each date in the range whose text does not spell the full date. */
export function dateHints(doc: IndexedDocument, range?: Range): InlayHint[] {
  const from = range ? toOffset(doc, range.start) : 0;
  const to = range ? toOffset(doc, range.end) : doc.lines.length; // the text's length without reading it from disk
  const article = doc.analysis.article;
  return doc.analysis.mentions
    .filter((m) => m.date && (m.date.partial || m.date.yearSource !== 'explicit') && m.end >= from && m.start <= to)
    .map((m) => ({
      position: doc.lines.positionAt(m.end),
      label: dateHintLabel(m.date!),
      paddingLeft: true,
      tooltip: dateHintTooltip(m.date!, article),
    }));
}
