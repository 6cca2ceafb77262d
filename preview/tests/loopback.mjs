// Shared by the browser tests: Debian's headless Chromium (not a Playwright download) and a page that may reach only
// this machine. Every request off 127.0.0.1 is refused and kept in `offsite`, so a test can fail on it.
import { chromium } from 'playwright-core';

export async function openLoopbackPage(script) {
  const url = process.argv[2];
  if (!url) {
    console.error(`usage: node tests/${script} <url of the bot>`);
    process.exit(2);
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage', '--no-first-run'],
  });
  const offsite = [];
  try {
    const page = await newLoopbackPage(browser, offsite);
    return { url, browser, page, offsite };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

// A page of `browser` that may reach only this machine; what it asks of other hosts goes into `offsite`.
export async function newLoopbackPage(browser, offsite) {
  const page = await browser.newPage();
  page.setDefaultTimeout(15000);
  await page.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    if (host === '127.0.0.1' || host === 'localhost') return route.continue();
    offsite.push(route.request().url());
    return route.abort();
  });
  return page;
}
