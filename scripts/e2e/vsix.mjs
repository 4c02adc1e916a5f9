// The .vsix the installed-package suites use: made once per run by package.json's own `package`
// script, checked (no source maps, what VS Code loads is there), and an empty stand-in extension
// to pass as the development extension, so the installed package is what runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.mjs';

/** Files the package must hold (inside its extension/ folder). */
const REQUIRED = ['package.json', 'dist/extension.js', 'dist/server.js', 'l10n/bundle.l10n.ru.json', 'package.nls.ru.json', 'THIRD_PARTY_NOTICES.md'];

/** Runs `npm run package`'s command with the output in `dir`; returns the .vsix path. */
export function packageVsix(dir, log) {
  const script = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.package;
  const vsix = join(dir, 'corpus-lens.vsix');
  log(`packaging: ${script} (into the run folder)`);
  const command = script.replace(/-o\s+\S+/, `-o ${JSON.stringify(vsix)}`);
  const env = { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}` };
  const result = spawnSync(command, { cwd: ROOT, shell: true, stdio: 'inherit', timeout: 5 * 60_000, env });
  if (result.status !== 0 || !existsSync(vsix)) throw new Error(`npm run package failed (${result.error?.message ?? `exit ${result.status}`})`);
  return vsix;
}

/** The file names a zip archive lists in its central directory. */
export function zipEntries(file) {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error(`${file} is not a zip archive (no end of central directory)`);
  const names = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${i}`);
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

/** Fails when the package ships a source map or lacks a file VS Code or the server loads. */
export function checkPackage(vsix) {
  const names = zipEntries(vsix);
  const maps = names.filter((n) => n.endsWith('.map'));
  if (maps.length) throw new Error(`the .vsix ships ${maps.length} source map(s): ${maps.slice(0, 5).join(', ')}`);
  const missing = REQUIRED.filter((f) => !names.includes(`extension/${f}`));
  if (missing.length) throw new Error(`the .vsix lacks ${missing.join(', ')}`);
  return `${names.length} files, ${(statSync(vsix).size / 1e6).toFixed(2)} MB, no source maps`;
}

/** An empty extension to stand as the development extension. */
export function stubExtension(runDir) {
  const dir = join(runDir, 'stub-extension');
  mkdirSync(dir, { recursive: true });
  const manifest = { name: 'corpus-lens-e2e-stub', publisher: 'corpus-lens-e2e', version: '0.0.0', engines: { vscode: '^1.95.0' } };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  return dir;
}
