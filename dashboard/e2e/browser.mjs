import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/**
 * Debian's Chromium; playwright never downloads a browser here. Its headless shell
 * (`apt-get install chromium-headless-shell`, the build Playwright itself runs headless) when installed,
 * else the full browser (`chromium`) in headless mode: the shell draws the same pages without the
 * browser's own layers, and the e2e's Chromium took 25 CPU-s instead of 53.
 */
export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((candidate) => existsSync(candidate)) ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** @returns {Promise<import('playwright-core').Browser>} */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
