/** Minimal typings for the parts of the `az` package (Az.js) this project uses. */
declare module 'az' {
  namespace Az {
    interface AzTag {
      POS?: string;
      CAse?: string;
      GNdr?: string;
      NMbr?: string;
      toString(): string;
      [grammeme: string]: unknown;
    }
    interface AzParse {
      word: string;
      tag: AzTag;
      score: number;
      parser?: string;
      normalize(keepPOS?: boolean): AzParse;
      inflect(grammemes: string[]): AzParse | false;
    }
    interface AzMorph {
      (word: string, options?: { ignoreCase?: boolean; parsers?: string[] }): AzParse[];
      init(path: string, callback: (err: unknown) => void): void;
    }
  }
  const Az: { Morph: Az.AzMorph };
  export = Az;
}
