// Entry point VS Code loads in its extension host (--extensionTestsPath): runs every
// *.test.js beside it with mocha and prints a closing "e2e: N passed, N failed" line.
import * as path from 'node:path';
import { readdirSync } from 'node:fs';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passes = runner.stats?.passes ?? 0;
      console.log(`e2e: ${passes} passed, ${failures} failed, ${runner.stats?.pending ?? 0} skipped`);
      if (failures > 0) reject(new Error(`${failures} end-to-end test(s) failed`));
      else if (passes === 0) reject(new Error('no end-to-end test ran'));
      else resolve();
    });
  });
}
