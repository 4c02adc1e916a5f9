/**
 * npm run eval [-- --set seeds|heldout|heldout2|heldout3|heldout4] [--input EXPORT.json] [--json] [--verbose]
 *
 * Runs `node dist/cli.js export --format json <folder>` on the set's articles (or reads a saved
 * export with --input), compares it with the gold annotations and prints precision/recall/F1 per
 * type, canonical-name and date accuracy, B-cubed linking, hover and reference quality.
 * Exit 0 always, except 2 when an input is missing or unreadable.
 */
import { resolve } from 'node:path';
import { EvalInputError, align, parseExport, readJsonFile, runCliExport } from './io';
import { evaluate, formatText, toJson } from './report';

const ROOT = resolve(__dirname, '..', '..');

const SETS: Record<string, { folder: string; gold: string }> = {
  seeds: { folder: 'seeds', gold: 'test/gold/seeds.json' },
  heldout: { folder: 'test/heldout/articles', gold: 'test/heldout/gold.json' },
  heldout2: { folder: 'test/heldout2/articles', gold: 'test/heldout2/gold.json' },
  heldout3: { folder: 'test/heldout3/articles', gold: 'test/heldout3/gold.json' },
  heldout4: { folder: 'test/heldout4/articles', gold: 'test/heldout4/gold.json' },
  heldout5: { folder: 'test/heldout5/articles', gold: 'test/heldout5/gold.json' },
  heldout6: { folder: 'test/heldout6/articles', gold: 'test/heldout6/gold.json' },
  heldout7: { folder: 'test/heldout7/articles', gold: 'test/heldout7/gold.json' },
  heldout8: { folder: 'test/heldout8/articles', gold: 'test/heldout8/gold.json' },
  heldout9: { folder: 'test/heldout9/articles', gold: 'test/heldout9/gold.json' },
  heldout10: { folder: 'test/heldout10/articles', gold: 'test/heldout10/gold.json' },
  heldout11: { folder: 'test/heldout11/articles', gold: 'test/heldout11/gold.json' },
  heldout12: { folder: 'test/heldout12/articles', gold: 'test/heldout12/gold.json' },
  heldout13: { folder: 'test/heldout13/articles', gold: 'test/heldout13/gold.json' },
  heldout14: { folder: 'test/heldout14/articles', gold: 'test/heldout14/gold.json' },
  heldout15: { folder: 'test/heldout15/articles', gold: 'test/heldout15/gold.json' },
  heldout16: { folder: 'test/heldout16/articles', gold: 'test/heldout16/gold.json' },
  heldout17: { folder: 'test/heldout17/articles', gold: 'test/heldout17/gold.json' },
  heldout18: { folder: 'test/heldout18/articles', gold: 'test/heldout18/gold.json' },
  heldout19: { folder: 'test/heldout19/articles', gold: 'test/heldout19/gold.json' },
  heldout20: { folder: 'test/heldout20/articles', gold: 'test/heldout20/gold.json' },
  heldout21: { folder: 'test/heldout21/articles', gold: 'test/heldout21/gold.json' },
  heldout22: { folder: 'test/heldout22/articles', gold: 'test/heldout22/gold.json' },
  heldout23: { folder: 'test/heldout23/articles', gold: 'test/heldout23/gold.json' },
  heldout24: { folder: 'test/heldout24/articles', gold: 'test/heldout24/gold.json' },
  heldout25: { folder: 'test/heldout25/articles', gold: 'test/heldout25/gold.json' },
  heldout26: { folder: 'test/heldout26/articles', gold: 'test/heldout26/gold.json' },
  heldout27: { folder: 'test/heldout27/articles', gold: 'test/heldout27/gold.json' },
  heldout28: { folder: 'test/heldout28/articles', gold: 'test/heldout28/gold.json' },
  heldout29: { folder: 'test/heldout29/articles', gold: 'test/heldout29/gold.json' },
  heldout30: { folder: 'test/heldout30/articles', gold: 'test/heldout30/gold.json' },
  heldout31: { folder: 'test/heldout31/articles', gold: 'test/heldout31/gold.json' },
  heldout32: { folder: 'test/heldout32/articles', gold: 'test/heldout32/gold.json' },
  heldout33: { folder: 'test/heldout33/articles', gold: 'test/heldout33/gold.json' },
  heldout34: { folder: 'test/heldout34/articles', gold: 'test/heldout34/gold.json' },
  heldout35: { folder: 'test/heldout35/articles', gold: 'test/heldout35/gold.json' },
  heldout36: { folder: 'test/heldout36/articles', gold: 'test/heldout36/gold.json' },
  heldout37: { folder: 'test/heldout37/articles', gold: 'test/heldout37/gold.json' },
  heldout38: { folder: 'test/heldout38/articles', gold: 'test/heldout38/gold.json' },
  heldout39: { folder: 'test/heldout39/articles', gold: 'test/heldout39/gold.json' },
  heldout40: { folder: 'test/heldout40/articles', gold: 'test/heldout40/gold.json' },
  heldout41: { folder: 'test/heldout41/articles', gold: 'test/heldout41/gold.json' },
  heldout42: { folder: 'test/heldout42/articles', gold: 'test/heldout42/gold.json' },
  heldout43: { folder: 'test/heldout43/articles', gold: 'test/heldout43/gold.json' },
  heldout44: { folder: 'test/heldout44/articles', gold: 'test/heldout44/gold.json' },
  heldout45: { folder: 'test/heldout45/articles', gold: 'test/heldout45/gold.json' },
  heldout46: { folder: 'test/heldout46/articles', gold: 'test/heldout46/gold.json' },
  heldout47: { folder: 'test/heldout47/articles', gold: 'test/heldout47/gold.json' },
  heldout48: { folder: 'test/heldout48/articles', gold: 'test/heldout48/gold.json' },
  heldout49: { folder: 'test/heldout49/articles', gold: 'test/heldout49/gold.json' },
  heldout50: { folder: 'test/heldout50/articles', gold: 'test/heldout50/gold.json' },
};

interface Options {
  set: string;
  input?: string;
  json: boolean;
  verbose: boolean;
}

const USAGE = `usage: npm run eval -- [--set ${Object.keys(SETS).join('|')}] [--input EXPORT.json] [--json] [--verbose]`;

function parseArgs(argv: string[]): Options {
  const opts: Options = { set: 'seeds', json: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') opts.json = true;
    else if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--set' || a === '--input') {
      const v = argv[++i];
      if (!v) throw new EvalInputError(`${a} needs a value\n${USAGE}`);
      if (a === '--set') opts.set = v;
      else opts.input = v;
    } else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new EvalInputError(`unknown argument '${a}'\n${USAGE}`);
  }
  if (!SETS[opts.set]) throw new EvalInputError(`unknown set '${opts.set}' (${Object.keys(SETS).join(', ')})`);
  return opts;
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const set = SETS[opts.set]!;
  const gold = readJsonFile(resolve(ROOT, set.gold), 'gold file');
  const pred = opts.input
    ? readJsonFile(resolve(process.cwd(), opts.input), 'export file')
    : parseExport(runCliExport(ROOT, set.folder), 'CLI export');
  const aligned = align(gold, pred);
  const results = evaluate(opts.set, aligned.gold, aligned.pred);
  console.log(formatText(results, opts.verbose));
  if (opts.json) console.log(JSON.stringify(toJson(results), null, 2));
}

try {
  main();
} catch (e) {
  if (!(e instanceof EvalInputError)) throw e;
  console.error(`eval: ${e.message}`);
  process.exit(2);
}
