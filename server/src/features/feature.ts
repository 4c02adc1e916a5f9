/** What every LSP feature module exports, and what it is given. */
import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusLensSettings } from '../../../common/protocol';
import type { CorpusIndex } from '../index/corpusIndex';

export interface FeatureContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** Resolves with the index once the workspace has been indexed; handlers await it. */
  ready: Promise<CorpusIndex>;
  settings(): CorpusLensSettings;
}

export interface Feature {
  /** Merged into the initialize result. */
  capabilities: ServerCapabilities;
  register(ctx: FeatureContext): void;
}
