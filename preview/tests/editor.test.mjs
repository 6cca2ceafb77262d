// Browser test of the content editor: node tests/editor.test.mjs http://127.0.0.1:<port>/ <topic> <new Dutch answer> <new English answer> <question>
// Opens /editor/ in headless Chromium (signing in through whatever the bot redirects to on 127.0.0.1), changes the
// topic's Dutch answer, empties the English one and waits for the error beside it, tries to publish that (refused,
// and the draft survives a reload), fixes it, tries a question against
// the draft, looks at the diff and publishes. Prints PASS with the published version and exits 0, or FAIL and 1.
import { openLoopbackPage } from './loopback.mjs';

const [, , , topic, dutch, english, question] = process.argv;
const { url, browser, page, offsite } = await openLoopbackPage('editor.test.mjs');
// The diff and the draft's checks run the content loader on the server; on two cores busy with the rest of the
// suite one of them took longer than the usual 15 s once, and the diff longer than 45 s once (tenth session).
page.setDefaultTimeout(75000);
const pageErrors = [];
try {
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('response', (response) => { if (response.status() === 404) pageErrors.push(`404 for ${response.url()}`); });
  await page.goto(new URL('/editor/', url).toString());
  await page.locator('#ui-language').selectOption('en');
  await page.locator('#topic').selectOption(topic);
  const field = (language) => page.locator(`.section[data-kind="topic"] textarea[data-path$="/answer/${language}"]`);
  const errors = (language) => page.locator(`.section[data-kind="topic"] .field:has(textarea[data-path$="/answer/${language}"]) .field-errors`);
  await page.locator('.section[data-kind="topic"] h2', { hasText: topic }).waitFor();

  await field('nl').fill(dutch);
  await field('en').fill('');
  await errors('en').filter({ hasText: "empty 'en' text" }).waitFor();
  await page.locator('#status', { hasText: 'error' }).waitFor();
  if ((await page.locator('#cards .ac-adaptiveCard').count()) !== 0) throw new Error('a card was drawn for a draft with errors');

  // a publish with errors is refused, nothing is stored, and the draft survives even a reload of the page
  await page.fill('#publish-message', 'Attempt with an error');
  await page.click('#show-diff');
  await page.locator('#diff', { hasText: dutch }).waitFor();
  await page.click('#publish');
  await page.locator('#publish-result', { hasText: 'Not published' }).waitFor();
  await page.reload();
  await page.locator('.section[data-kind="topic"] h2', { hasText: topic }).waitFor();
  if ((await field('nl').inputValue()).trim() !== dutch) throw new Error('the draft was lost after a refused publish and a reload');
  await errors('en').filter({ hasText: "empty 'en' text" }).waitFor();

  await field('en').fill(english);
  await page.locator('#status', { hasText: 'no errors' }).waitFor();
  if ((await errors('en').textContent()) !== '') throw new Error('the English error stayed after the fix');
  await page.locator('#cards .card[data-language="nl"]', { hasText: dutch.replace(/\*/g, '') }).waitFor();
  await page.locator('#cards .card[data-language="en"]', { hasText: english.replace(/\*/g, '') }).waitFor();

  await page.fill('#try-question', question);
  await page.click('#try-form button');
  await page.locator(`#try-result[data-topic="${topic}"]`).waitFor();

  await page.fill('#publish-message', 'Clearer answer, written in the editor');
  await page.click('#show-diff');
  await page.locator('#diff', { hasText: dutch }).waitFor();
  await page.click('#publish');
  const published = await page.locator('#publish-result', { hasText: 'Published as version' }).textContent();
  const publishedAt = Date.now();
  await page.locator('#history li', { hasText: 'Clearer answer, written in the editor' }).waitFor();

  if (offsite.length > 0) throw new Error(`the page requested addresses off this machine: ${offsite.join(', ')}`);
  if (pageErrors.length > 0) throw new Error(`the page had script errors: ${pageErrors.join('; ')}`);
  console.log(`PASS: ${published} published-at-ms=${publishedAt}`);
} catch (error) {
  console.error(`FAIL: ${error.message}`);
  await page.screenshot({ path: process.env.EDITOR_SCREENSHOT ?? '/tmp/editor-fail.png', fullPage: true }).catch(() => {});
  process.exitCode = 1;
} finally {
  await browser.close();
}
