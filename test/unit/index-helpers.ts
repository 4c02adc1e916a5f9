/** Shared helpers for tests of the corpus index's findings: a few texts indexed with the shared engine. */
import { CorpusIndex } from '../../server/src/index/corpusIndex';
import { getEngine } from './engine-helpers';

/** The findings whose usual spelling is `preferred`, once the texts (file name -> text) are indexed. */
export async function findingsFor(texts: Record<string, string>, preferred: string) {
  const index = new CorpusIndex(await getEngine());
  await index.loading(async () => {
    for (const [name, text] of Object.entries(texts)) index.set(`file:///${name}`, text);
  });
  return index.findings().filter((f) => f.preferred === preferred);
}

/** The written words `findingsFor` flags in one text. */
export async function flaggedIn(text: string, preferred: string): Promise<string[]> {
  return (await findingsFor({ 'a.txt': text }, preferred)).map((f) => text.slice(f.start, f.end));
}
