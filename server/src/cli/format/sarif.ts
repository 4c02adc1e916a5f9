/** SARIF 2.1.0 output of `check`: one run of the corpus-lens tool with its three rules (a machine format: English whatever --lang says). */
import * as path from 'node:path';
import { version } from '../../../../package.json';
import type { LoadedCorpus } from '../loadCorpus';
import { displayPath } from './corpusView';
import type { CliDiagnostic, Severity } from './diagnostics';
import { hole, writeJson } from './jsonStream';
import { map } from './iterate';
import type { Output } from './output';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const RULES = [
  {
    id: 'spelling-variant',
    name: 'SpellingVariant',
    shortDescription: { text: 'One name spelled two ways across the corpus' },
    fullDescription: { text: 'A person, organization or place is written with a different spelling (not an inflection) than its usual one elsewhere in the corpus.' },
  },
  {
    id: 'mixed-script',
    name: 'MixedScript',
    shortDescription: { text: 'Latin letters inside a Cyrillic name' },
    fullDescription: { text: 'A name mixes Latin look-alike letters with Cyrillic ones, so it does not match its other mentions.' },
  },
  {
    id: 'possible-variant',
    name: 'PossibleVariant',
    shortDescription: { text: 'Two spellings that may be one name' },
    fullDescription: {
      text: 'Two names differ by an edit that is plausible for a spelling variant, but the evidence is not sure enough to warn: '
        + 'the user decides whether they are one entity (no fix is proposed; `corpus-lens duplicates` lists the pairs).',
    },
    defaultConfiguration: { level: 'note' },
  },
] as const;

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A relative, URI-encoded path with forward slashes, as SARIF's artifactLocation.uri. */
export function sarifUri(shown: string): string {
  const relative = path.isAbsolute(shown) ? path.relative(process.cwd(), shown).split(path.sep).join('/') : shown;
  return encodeURI(relative);
}

function region(corpus: LoadedCorpus, uri: string, start: number, end: number) {
  const doc = corpus.index.get(uri);
  const from = doc ? doc.lines.positionAt(start) : { line: 0, character: start };
  const to = doc ? doc.lines.positionAt(end) : { line: 0, character: end };
  return {
    startLine: from.line + 1,
    startColumn: from.character + 1,
    endLine: to.line + 1,
    endColumn: to.character + 1,
    charOffset: start,
    charLength: end - start,
  };
}

function location(corpus: LoadedCorpus, uri: string, start: number, end: number) {
  return { physicalLocation: { artifactLocation: { uri: sarifUri(displayPath(corpus, uri)) }, region: region(corpus, uri, start, end) } };
}

/** The text at a span. */
type TextAt = (uri: string, start: number, end: number) => string | undefined;

/** Texts kept by a SARIF log's reader: related locations mostly point to the same few articles. */
const TEXTS_KEPT = 64;

/** Reads texts again from disk, keeping the last TEXTS_KEPT used (not every article's). */
function textReader(corpus: LoadedCorpus): TextAt {
  const texts = new Map<string, string | undefined>();
  return (uri, start, end) => {
    let text = texts.get(uri);
    if (text === undefined && !texts.has(uri)) text = corpus.index.get(uri)?.text;
    texts.delete(uri);
    texts.set(uri, text);
    if (texts.size > TEXTS_KEPT) texts.delete(texts.keys().next().value as string);
    return text?.slice(start, end) || undefined;
  };
}

/** The replacement of the finding's span by the preferred spelling in its case form. */
function fixOf(corpus: LoadedCorpus, d: CliDiagnostic) {
  const f = d.finding;
  return {
    description: { text: `Replace «${f.text}» with «${f.replacement}»` },
    artifactChanges: [
      {
        artifactLocation: { uri: sarifUri(d.path) },
        replacements: [{ deletedRegion: region(corpus, f.uri, f.start, f.end), insertedContent: { text: f.replacement } }],
      },
    ],
  };
}

function result(corpus: LoadedCorpus, d: CliDiagnostic, textAt: TextAt) {
  const f = d.finding;
  const ruleIndex = RULES.findIndex((r) => r.id === f.code);
  return {
    ruleId: f.code,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [location(corpus, f.uri, f.start, f.end)],
    // Each related location says what is written there (the preferred spelling, in its own case form).
    relatedLocations: f.related.map((r, i) => ({
      id: i + 1,
      ...location(corpus, r.uri, r.start, r.end),
      message: { text: `also written «${textAt(r.uri, r.start, r.end) ?? f.preferred}» here` },
    })),
    // A possible variant is a question, not a defect: no fix is proposed for it.
    ...(f.code === 'possible-variant' ? {} : { fixes: [fixOf(corpus, d)] }),
  };
}

/** The SARIF log, written result by result. */
export async function writeSarif(corpus: LoadedCorpus, diagnostics: Iterable<CliDiagnostic>, out: Output): Promise<void> {
  const textAt = textReader(corpus);
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'corpus-lens', version, rules: RULES } },
        columnKind: 'utf16CodeUnits',
        results: hole('results'),
      },
    ],
  };
  await writeJson(out, log, { results: map(diagnostics, (d) => result(corpus, d, textAt)) });
}
