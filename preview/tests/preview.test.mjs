// Browser test of the preview page: node tests/preview.test.mjs http://127.0.0.1:<port>/
// Opens the page in headless Chromium (Debian's, not a Playwright download), asks a question, checks the card and the
// recognizer's choice, presses a card button and checks the answer. Any request off 127.0.0.1 fails the test.
// Prints PASS and exits 0, or prints what went wrong and exits 1.
import { openLoopbackPage } from './loopback.mjs';

const { url, browser, page, offsite } = await openLoopbackPage('preview.test.mjs');
const pageErrors = [];
try {
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
