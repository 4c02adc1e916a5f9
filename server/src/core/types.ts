/**
 * The analysis core's data model. Pure data: nothing here imports vscode or the LSP libraries.
 * All offsets are UTF-16 code units into the article text as decoded (BOM stripped).
 */

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'DATE';

export interface Span {
  start: number;
  end: number;
}

/** Where an article's publication date was read from. */
export type DateSource = 'header' | 'byline' | 'dateline' | 'none';

export interface ArticleDate {
  /** ISO date, YYYY-MM-DD, or YYYY-MM-DDTHH:MM when the byline gives a time. */
  value: string;
  source: DateSource;
  span: Span;
  /** Dateline dates only: the year was taken from a year written in the article's text. */
  yearInferred?: boolean;
  /** A second date on the same line ('Опубликовано: ... · Обновлено: 21 августа 2026, 15:20'), as written. */
  updated?: { value: string; span: Span };
}

export interface Paragraph extends Span {
  /** Index of the subheading section this paragraph belongs to (-1 before the first). */
  section: number;
}

export interface Quotation extends Span {
  /** The quoted text without the quote marks. */
  text: string;
}

/** The structure of one article, parsed from its text. */
export interface Article {
  title: string | null;
  titleSpan: Span | null;
  /** The lead (standfirst) paragraph right after the title, if any. */
  lead: Span | null;
  date: ArticleDate | null;
  author: { name: string; span: Span } | null;
  /** News agency named in the dateline (/ТАСС/) or a photo credit / editorial line. */
  source: { name: string; span: Span } | null;
  /** The dateline 'МОСКВА, 20 ноября. /ТАСС/.' */
  dateline: { place: string; placeSpan: Span; span: Span } | null;
  subheadings: Array<Span & { text: string }>;
  paragraphs: Paragraph[];
  quotations: Quotation[];
  /** Site furniture lines ('Главная Авторское', 'Вам может понравиться') to be ignored by NER. */
  furniture: Span[];
  /** Length of the text the article was parsed from. */
  length: number;
}

/** How a date mention's year was decided. */
export type YearSource = 'explicit' | 'article-date' | 'text-year' | 'past-tense' | 'future-tense' | 'unknown';

export interface DateInfo {
  /** ISO 8601: YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD, YYYY-MM-DDTHH:MM. */
  value: string;
  yearSource: YearSource;
  /** True when the text does not spell the full date ('20 ноября', 'в феврале'). */
  partial: boolean;
}

/** Parts of a person's name, nominative. */
export interface PersonName {
  first?: string;
  middle?: string;
  last?: string;
  gender?: 'm' | 'f';
}

/** One mention of an entity in one article, as the recognizer sees it. */
export interface Mention extends Span {
  /** The text as written (text.slice(start, end)). */
  text: string;
  type: EntityType;
  /**
   * The canonical nominative name this mention alone supports ('Сергея Лаврова' -> 'Сергей Лавров',
   * 'Токаевым' -> 'Токаев'). Corpus linking may replace it with a fuller name.
   * For DATE: the ISO value.
   */
  name: string;
  /** DATE only. */
  date?: DateInfo;
  /** PER only: name parts. */
  person?: PersonName;
  /** Roles and titles written next to the mention ('генеральный секретарь', 'президент Лаоса'). */
  roles?: string[];
  /**
   * Per word of the mention: the nominative form of that word as written, used to keep case endings
   * when replacing a spelling (['Тхонглуна'] -> stem 'Тхонглун', ending 'а').
   */
  words?: Array<Span & { lemma: string }>;
  /**
   * An abbreviation introduced for a full name written just before it ('Японское агентство
   * международного сотрудничества (JICA)'): the index of that full name's mention in the document.
   * Linking then treats the abbreviation as an alias of the full name across the corpus.
   */
  aliasOf?: number;
  /** 'low' when the type is a guess (weak context, one sense per article, a text in capitals). */
  confidence?: 'low';
  /**
   * LOC only: the dictionary knows a place by this very name ('Светогорск'); linking never takes it
   * for another known place with one letter more ('Светлогорск').
   */
  dictionaryPlace?: true;
}

/** The result of analysing one article. */
export interface DocumentAnalysis {
  article: Article;
  mentions: Mention[];
  /** Parts of the text a recognition step failed on (skipped, the rest analysed); absent when none. */
  failures?: Array<Span & { message: string }>;
}

/** Kinds of spelling difference the variants module knows. */
export type VariantKind =
  | 'aspiration'
  | 'yo'
  | 'e-ye'
  | 'i-short'
  | 'homoglyph'
  | 'hyphen-space'
  | 'doubled-letter'
  | 'dropped-letter'
  | 'organization';

/** A mention reference in the corpus: which document, which mention. */
export interface MentionRef {
  uri: string;
  index: number;
}

/** An entity linked across the corpus. */
export interface Entity {
  /** Stable id: type + ':' + normalized canonical name. */
  id: string;
  type: EntityType;
  /** Canonical nominative name (the fullest, most used spelling). */
  name: string;
  /** Distinct canonical spellings seen (nominative), most used first. */
  spellings: string[];
  /** The spellings that are variants of the preferred one, with their kind. */
  variants: Array<{ spelling: string; kind: VariantKind }>;
  mentions: MentionRef[];
  /** Distinct documents mentioned in. */
  documents: number;
  /** Roles seen next to its mentions. */
  roles: string[];
}
