/**
 * The protocol and settings shared by the client and the server: custom requests and notifications,
 * command ids and the `corpusLens.*` settings. No imports: both sides bundle this file.
 */

export const LANGUAGE_ID = 'corpus';
export const DIAGNOSTIC_SOURCE = 'corpus-lens';

/** Settings under `corpusLens.*` (package.json `contributes.configuration` declares the same). */
export interface CorpusLensSettings {
  files: {
    /** Globs, relative to each workspace folder, of the files that form the corpus. */
    include: string[];
    exclude: string[];
  };
  /** Files larger than this many bytes are skipped with a message. */
  maxFileSize: number;
  diagnostics: {
    severity: 'error' | 'warning' | 'information' | 'hint' | 'off';
  };
}

export const DEFAULT_SETTINGS: CorpusLensSettings = {
  files: { include: ['**/*.txt'], exclude: ['**/node_modules/**', '**/.git/**', '**/.*/**'] },
  maxFileSize: 1_000_000,
  diagnostics: { severity: 'warning' },
};

/** The workspace file holding accepted / preferred spellings and aliases. */
export const WORKSPACE_CONFIG_FILE = '.vscode/corpus-lens.json';

export type EntityKind = 'PER' | 'ORG' | 'LOC' | 'DATE';

/** How the editor, the outline and the CLI name each entity type, in their display order. */
export const TYPE_LABELS: Record<EntityKind, { one: string; many: string }> = {
  PER: { one: 'Person', many: 'People' },
  ORG: { one: 'Organization', many: 'Organizations' },
  LOC: { one: 'Place', many: 'Places' },
  DATE: { one: 'Date', many: 'Dates' },
};

export const TYPE_ORDER: readonly EntityKind[] = ['PER', 'ORG', 'LOC', 'DATE'];

/** Server -> client notification: indexing state and corpus size. */
export const StatusNotification = 'corpusLens/status';
export interface StatusParams {
  state: 'indexing' | 'ready';
  articles: number;
  entities: number;
  /** Files left out, with the reason (too large, not text, unreadable). */
  skipped: Array<{ uri: string; reason: string }>;
}

/** Client -> server request: the entities of the corpus (or of one article), for the Entities view. */
export const EntitiesRequest = 'corpusLens/entities';
export interface EntitiesParams {
  /** Only the entities this article mentions. */
  uri?: string;
  /** Case- and ё-insensitive substring filter on the name. */
  filter?: string;
}
export interface EntitySummary {
  id: string;
  type: EntityKind;
  name: string;
  mentions: number;
  documents: number;
  spellings: string[];
  variants: string[];
}

/** Client -> server request: every mention of an entity, as LSP locations. */
export const MentionsRequest = 'corpusLens/mentions';
export interface MentionsParams {
  id: string;
}

/** Command ids (contributed in package.json). */
export const Commands = {
  showMentions: 'corpusLens.showMentions',
  showArticleEntities: 'corpusLens.showArticleEntities',
  refreshEntities: 'corpusLens.refreshEntities',
  filterEntities: 'corpusLens.filterEntities',
  acceptSpelling: 'corpusLens.acceptSpelling',
  preferSpelling: 'corpusLens.preferSpelling',
} as const;

/**
 * Possible duplicates: pairs of names that may be one name spelled two ways (the variant matcher's
 * 'sure' and 'plausible' pairs). The client's "Review Possible Duplicates" lists them; the two
 * decision commands run on the server (workspace/executeCommand) and record the user's choice in the
 * workspace file: the same entity (one alias group) or different entities ("distinct").
 */
export const DuplicateCommands = {
  /** Client command: the review list. */
  review: 'corpusLens.reviewDuplicates',
  /** Server command, argument DuplicateDecisionArgs: both names into one alias group. */
  sameEntity: 'corpusLens.sameEntity',
  /** Server command, argument DuplicateDecisionArgs: the pair recorded as distinct. */
  differentEntities: 'corpusLens.differentEntities',
} as const;

export interface DuplicateDecisionArgs {
  /** A document of the corpus (finds the workspace folder whose file is written). */
  uri: string;
  /** The two names (nominative), variant first. */
  a: string;
  b: string;
}

export const PossibleDuplicatesRequest = 'corpusLens/possibleDuplicates';
export interface PossibleDuplicatesParams {
  /** At most this many pairs, best first (default 200). */
  limit?: number;
}

export interface DuplicateContext {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** The line (or sentence) around the occurrence, trimmed. */
  line: string;
}

export interface DuplicateSide {
  /** The entity's canonical name. */
  name: string;
  /** The spelling compared (a word, or the whole name). */
  spelling: string;
  /** How often it is written in the corpus. */
  count: number;
  /** A few occurrences with their context. */
  contexts: DuplicateContext[];
}

export interface PossibleDuplicate {
  /** Stable for the pair (both spellings and entity ids). */
  id: string;
  level: 'sure' | 'plausible';
  score: number;
  /** Why: the edit, the evidence for and against, in the server's language. */
  explanation: string;
  /** The less used spelling. */
  variant: DuplicateSide;
  /** The more used spelling. */
  preferred: DuplicateSide;
  /** Linking already put both in one entity. */
  sameEntity: boolean;
}

export interface PossibleDuplicatesResult {
  pairs: PossibleDuplicate[];
  /** True while the corpus is still being indexed (the list may grow). */
  indexing: boolean;
}

/**
 * Server -> client notification: an open editor's text disagrees with the file as the server decoded
 * it (a buffer decoded with the wrong encoding, which the server then does not index). The client
 * reopens the document with `encoding`, or offers to.
 */
export const EncodingMismatchNotification = 'corpusLens/encodingMismatch';
export type CorpusEncoding = 'windows-1251' | 'koi8-r' | 'ibm866' | 'utf-16le' | 'utf-16be';
export interface EncodingMismatchParams {
  uri: string;
  encoding: CorpusEncoding;
  /** Human-readable, e.g. "001.txt is Windows-1251 but the editor decoded it as UTF-8". */
  message: string;
}

/** Client-side command ids (contributed in package.json): corpus folders and onboarding. */
export const FolderCommands = {
  useFolderAsCorpus: 'corpusLens.useFolderAsCorpus',
  excludeFolder: 'corpusLens.excludeFolder',
  getStarted: 'corpusLens.getStarted',
} as const;
