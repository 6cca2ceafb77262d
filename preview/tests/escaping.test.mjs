// Browser test of the preview page's escaping: node tests/escaping.test.mjs http://127.0.0.1:<port>/
// Bot text (which can quote what the employee typed) goes through the page's own markdown renderer into innerHTML:
// quotes in it must not close an attribute, and markup must show as text. Any request off 127.0.0.1 fails the test.
// Prints PASS and exits 0, or prints what went wrong and exits 1.
import { openLoopbackPage } from './loopback.mjs';

const { url, browser, page, offsite } = await openLoopbackPage('escaping.test.mjs');
try {
  await page.goto(url);
  await page.locator('#status', { hasText: 'Content version' }).waitFor();

  // a link whose address carries quotes: before the fix they closed href and added an event handler
  await page.evaluate(() => addText('bot', 'see [the policy](https://example.com/"onmouseover="window.injected=1"x=")'));
  const link = page.locator('.message.bot a', { hasText: 'the policy' });
  await link.hover();
  const attributes = await link.evaluate((a) => a.getAttributeNames());
  if (attributes.some((name) => name.startsWith('on'))) throw new Error(`the link got attributes ${attributes.join(', ')}`);
  if (await page.evaluate(() => window.injected)) throw new Error('a quote in bot text ran script');

  const text = `He said "share it" & 'don't' <b>now</b>`;
  await page.evaluate((t) => addText('bot', t), text);
  const shown = await page.locator('.message.bot').last().textContent();
  if (shown !== text) throw new Error(`bot text shown as ${JSON.stringify(shown)}, not as typed`);

  if (offsite.length > 0) throw new Error(`the page requested addresses off this machine: ${offsite.join(', ')}`);
  console.log('PASS: quotes and markup in bot text stay text');
} catch (error) {
  console.error(`FAIL: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
