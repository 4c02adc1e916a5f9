/**
 * Builds LSP WorkspaceEdits from offset edits on indexed documents: one TextDocumentEdit per file,
 * with the editor's version for open documents and null for files never opened, optionally annotated
 * (needsConfirmation makes VS Code show a preview before applying).
 */
import type {
  AnnotatedTextEdit, ChangeAnnotation, TextDocumentEdit, TextDocuments, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusIndex } from '../index/corpusIndex';
import { withoutOverlaps } from '../core/consistency/withoutOverlaps';
import { normalizeUri, toRange } from '../lsp/convert';
import { pushTo } from '../core/util/multiMap';

/** A replacement of text[start, end) in an indexed document. */
export interface OffsetEdit {
  uri: string;
  start: number;
  end: number;
  newText: string;
}

export interface EditAnnotation {
  id: string;
  annotation: ChangeAnnotation;
}

export function buildWorkspaceEdit(
  index: CorpusIndex,
  documents: TextDocuments<TextDocument>,
  edits: OffsetEdit[],
  annotate?: EditAnnotation,
): WorkspaceEdit {
  const documentChanges: TextDocumentEdit[] = [];
  for (const [uri, fileEdits] of groupByUri(edits)) {
    const doc = index.get(uri);
    if (!doc) continue;
    const open = documents.all().find((d) => normalizeUri(d.uri) === uri);
    const textEdits = withoutOverlaps(fileEdits).map((e): TextEdit | AnnotatedTextEdit => {
      const edit = { range: toRange(doc, e.start, e.end), newText: e.newText };
      return annotate ? { ...edit, annotationId: annotate.id } : edit;
    });
    documentChanges.push({ textDocument: { uri: open?.uri ?? uri, version: open?.version ?? null }, edits: textEdits });
  }
  const edit: WorkspaceEdit = { documentChanges };
  if (annotate) edit.changeAnnotations = { [annotate.id]: annotate.annotation };
  return edit;
}

/** Edits grouped per document, documents in uri order. */
function groupByUri(edits: OffsetEdit[]): Map<string, OffsetEdit[]> {
  const out = new Map<string, OffsetEdit[]>();
  for (const e of [...edits].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0))) {
    pushTo(out, e.uri, e);
  }
  return out;
}

