// Browser test of the preview page: node tests/preview.test.mjs http://127.0.0.1:<port>/
// Opens the page in headless Chromium (Debian's, not a Playwright download), asks a question, checks the card and the
// recognizer's choice, presses a card button and checks the answer. Any request off 127.0.0.1 fails the test.
// Prints PASS and exits 0, or prints what went wrong and exits 1.
import { chromium } from 'playwright-core';

const url = process.argv[2];
if (!url) {
  console.error('usage: node tests/preview.test.mjs <url of the bot>');
  process.exit(2);
}
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage', '--no-first-run'],
});
const offsite = [];
const pageErrors = [];
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(15000);
  await page.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    if (host === '127.0.0.1' || host === 'localhost') return route.continue();
    offsite.push(route.request().url());
    return route.abort();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await page.goto(url);
  await page.locator('#status', { hasText: 'Content version' }).waitFor();
  // the welcome card is rendered by the Adaptive Cards renderer
  await page.locator('.message.card .ac-adaptiveCard').first().waitFor();

  await page.fill('#input', 'can I share our revenue figures on LinkedIn?');
  await page.press('#input', 'Enter');
  const answer = page.locator('.message.card', { hasText: 'Only share online what is already public' });
  await answer.waitFor();
  await page.locator('#turns .turn', { hasText: 'topic confidential-information' }).waitFor();
  await page.locator('#turns .turn [data-trace="PolicyBot.Dialog"]').first().waitFor();

  await answer.locator('button', { hasText: 'Online is forever' }).click();
  // Only the pressed topic's own answer says this: the first answer card cannot satisfy the wait.
  await page.locator('.message.card', { hasText: 'Will you still stand behind it in five years?' }).waitFor();
  await page.locator('#turns .turn', { hasText: 'pressed [Online is forever]' }).waitFor();

  if (offsite.length > 0) throw new Error(`the page requested addresses off this machine: ${offsite.join(', ')}`);
  if (pageErrors.length > 0) throw new Error(`the page had script errors: ${pageErrors.join('; ')}`);
  console.log('PASS: question answered with a rendered card, recognizer trace shown, card button answered');
} catch (error) {
  console.error(`FAIL: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
