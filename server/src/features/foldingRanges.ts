/** Folding: the body before the first subheading, each section (subheading to the next), each run of consecutive paragraph lines. */
import type { FoldingRange } from 'vscode-languageserver/node';
import type { IndexedDocument } from '../index/corpusIndex';
import { normalizeUri } from '../lsp/convert';
import type { Feature } from './feature';

export const foldingRanges: Feature = {
  capabilities: { foldingRangeProvider: true },
  register({ connection, ready }) {
    connection.onFoldingRanges(async ({ textDocument }) => {
      const doc = (await ready).get(normalizeUri(textDocument.uri));
      return doc ? articleFolds(doc) : [];
    });
  },
};

export function articleFolds(doc: IndexedDocument): FoldingRange[] {
  const a = doc.analysis.article;
  const line = (offset: number) => doc.lines.positionAt(offset).line;
  const folds: FoldingRange[] = [];
  const first = a.paragraphs[0];
  const starts = [first?.start ?? 0, ...a.subheadings.map((h) => h.start)];
  starts.forEach((start, i) => {
    const last = a.paragraphs.findLast((p) => p.section === i - 1);
    if (last && line(last.end) > line(start)) folds.push({ startLine: line(start), endLine: line(last.end), kind: 'region' });
  });
  let runStart = -1;
  let prevLine = -2;
  for (const p of a.paragraphs) {
    const l = line(p.start);
    if (l !== prevLine + 1) {
      if (runStart >= 0 && prevLine > runStart) folds.push({ startLine: runStart, endLine: prevLine });
      runStart = l;
    }
    prevLine = line(p.end);
  }
  if (runStart >= 0 && prevLine > runStart) folds.push({ startLine: runStart, endLine: prevLine });
  return folds;
}
