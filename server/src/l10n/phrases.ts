/**
 * The counted phrases of the editor (English forms; the bundles hold the other languages' forms under
 * "<English form>/plural:<category>", see plural.ts). Shared by the client and the server.
 */
import type { PluralForms } from './plural';

export const PHRASES = {
  mentions: { one: '{0} mention', other: '{0} mentions' },
  times: { one: '{0} time', other: '{0} times' },
  articles: { one: '{0} article', other: '{0} articles' },
  inArticles: { one: 'in {0} article', other: 'in {0} articles' },
  entities: { one: '{0} entity', other: '{0} entities' },
  people: { one: '{0} person', other: '{0} people' },
  organizations: { one: '{0} organization', other: '{0} organizations' },
  places: { one: '{0} place', other: '{0} places' },
  dates: { one: '{0} date', other: '{0} dates' },
  moreSpellings: { one: '{0} more', other: '{0} more' },
  daysBefore: { one: "{0} day before the article's date ({1})", other: "{0} days before the article's date ({1})" },
  daysAfter: { one: "{0} day after the article's date ({1})", other: "{0} days after the article's date ({1})" },
  replacements: { one: '{0} replacement', other: '{0} replacements' },
  filesSkipped: { one: '{0} file skipped:', other: '{0} files skipped:' },
  filesLeftOut: { one: '{0} file skipped', other: '{0} files skipped' },
  occurrences: { one: '{0} occurrence', other: '{0} occurrences' },
  spellingFindings: { one: '{0} spelling finding', other: '{0} spelling findings' },
} as const satisfies Record<string, PluralForms>;

/** Progress of the initial scan, chosen by the total: '40/120 articles' ({0} total, {1} done). */
export const PROGRESS_ARTICLES: PluralForms = { one: '{1}/{0} article', other: '{1}/{0} articles' };
