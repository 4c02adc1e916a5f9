// Drives the workbench page in Debian's chromium through playwright-core (no browser download).
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, PLAYWRIGHT_DIR } from './paths.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Marker the suite prints (through the extension host's console) to ask for a DOM check. */
export const DOM_CHECK_MARKER = 'corpus-lens-e2e:dom-check ';

/** Debian's chromium, headless, with a fresh temporary profile; returns the browser and one page. */
export async function launchBrowser() {
  const { chromium } = await import(pathToFileURL(join(PLAYWRIGHT_DIR, 'index.mjs')).href);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  return { browser, page };
}

/** Bounded close: the browser gets 10 s, then its whole process group is killed. */
export async function closeBrowser(browser) {
  const pid = browser.process?.()?.pid;
  const closed = browser.close().catch(() => undefined);
  await Promise.race([closed, new Promise((r) => setTimeout(r, 10_000))]);
  if (!pid) return;
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Returns the centre of the first occurrence of `word` in the visible editor lines. */
async function wordCentre(page, word) {
  return page.evaluate((needle) => {
    const lines = document.querySelectorAll('.monaco-editor .view-lines .view-line');
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent.indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    return undefined;
  }, word);
}

/** Text of the Outline view once it shows `expect` (bounded wait). */
async function outlineText(page, expect) {
  const outline = page.locator('.outline-pane').filter({ hasText: expect }).first();
  await outline.waitFor({ state: 'visible', timeout: 15_000 });
  return outline.innerText();
}

/**
 * Hovers `request.word` in the visible editor, waits for the hover card, writes a screenshot
 * of the workbench to `request.screenshot` and the outcome as JSON to `request.result`.
 */
export async function domCheck(page, request) {
  const outcome = { ok: false, hoverText: '', outlineText: '', screenshot: request.screenshot, error: '' };
  try {
    await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 15_000 });
    const centre = await wordCentre(page, request.word);
    if (!centre) throw new Error(`"${request.word}" is not visible in an editor`);
    await page.mouse.move(centre.x - 30, centre.y + 60);
    await page.mouse.move(centre.x, centre.y, { steps: 4 });
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: request.expect ?? '' }).first();
    await hover.waitFor({ state: 'visible', timeout: 15_000 });
    outcome.hoverText = await hover.innerText();
    outcome.outlineText = await outlineText(page, request.outlineExpect ?? '');
    outcome.ok = true;
  } catch (error) {
    outcome.error = String(error?.message ?? error).replace(/\u001b\[[0-9;]*m/g, '');
  }
  try {
    mkdirSync(dirname(request.screenshot), { recursive: true });
    await page.screenshot({ path: request.screenshot, timeout: 15_000 });
  } catch (error) {
    outcome.error += ` screenshot failed: ${error?.message ?? error}`;
  }
  writeFileSync(request.result, JSON.stringify(outcome, null, 2));
}
