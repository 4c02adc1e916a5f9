/** What every LSP feature module exports, and what it is given. */
import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusLensSettings } from '../../../common/protocol';
import type { CorpusIndex } from '../index/corpusIndex';

export interface FeatureContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /**
   * Resolves with the index once the open documents are indexed (the rest of the corpus joins when the
   * scan ends), and, each time it is awaited, after the edits being analysed (at most ~100 ms), so a
   * request answers on the text it was sent after.
   */
  ready: PromiseLike<CorpusIndex>;
  settings(): CorpusLensSettings;
  /** Registers a listener for settings changes that do not change the corpus (e.g. severity). */
  settingsChanged?(listener: () => void): void;
}

export interface Feature {
  /** Merged into the initialize result. */
  capabilities: ServerCapabilities;
  register(ctx: FeatureContext): void;
}
