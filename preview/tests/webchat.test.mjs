// Browser test of the bot in Microsoft's Web Chat: node tests/webchat.test.mjs http://127.0.0.1:<port>/
// Puts the Direct Line stand-in (directline.mjs) in front of the bot, serves a page with Web Chat's own bundle from
// node_modules and drives it in headless Chromium (Debian's): a Dutch conversation (nl-NL) through the guided check to
// its verdict and on to a topic question, then an English one (en-US) with one question. Any browser console error,
// failed request, request off this machine, or bot card Web Chat could not render fails the test.
// Prints PASS and exits 0, or the failing step and a screenshot's path and exits 1.
// WEBCHAT_SHOTS=<folder> also keeps a screenshot after every step.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newLoopbackPage, openLoopbackPage } from './loopback.mjs';
import { startDirectLine } from './directline.mjs';

const bundle = fs.readFileSync(new URL('../node_modules/botframework-webchat/dist/webchat.js', import.meta.url));
const webChatVersion = JSON.parse(fs.readFileSync(new URL('../node_modules/botframework-webchat/package.json', import.meta.url))).version;
const html = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>PolicyBot in Web Chat</title><link rel="icon" href="data:,">
<style>html, body, #webchat { height: 100%; margin: 0 }</style></head>
<body><div id="webchat"></div>
<script src="/webchat.js"></script>
<script>
  const settings = new URLSearchParams(location.search);
  const directLine = WebChat.createDirectLine({
    domain: location.origin + '/v3/directline', webSocket: false, token: 'user:' + settings.get('user') });
  WebChat.renderWebChat({ directLine, userID: settings.get('user'), locale: settings.get('locale') },
    document.getElementById('webchat'));
</script></body></html>`;

const started = Date.now();
const { url, browser, page: firstPage, offsite } = await openLoopbackPage('webchat.test.mjs');
const directLine = await startDirectLine(new URL('api/messages', url).href, servePage);
let page = firstPage;
let step = 'starting';
let shots = 0;
try {
  await conversation(firstPage, 'nl-NL', 'user-nl', async () => {
    step = 'nl: a question about a team photo, answered with a topic that offers the check';
    await type('Mag ik een foto van mijn team op LinkedIn zetten?');
    await press('Vraag het voordat je', 'Mag ik dit delen?');

    const answers = [
      ['Wat wil je delen?', 'Foto of video'],
      ['Hoe zou je de toon omschrijven?', 'Positief of neutraal'],
      ['Staat er iets in wat nog niet openbaar is?', 'Nee, al openbaar'],
      ['Is er iemand herkenbaar te zien', 'Ja, met toestemming'],
      ['Post je als jezelf', 'Als mezelf'],
    ];
    for (const [question, answer] of answers) {
      step = `nl: the check asks "${question}", pressing "${answer}"`;
      await press(question, answer);
    }

    step = 'nl: the check ends in a Dutch verdict';
    const verdict = card('Delen mag, let wel even op');
    await verdict.waitFor();
    const verdictText = await verdict.innerText();
    if (!verdictText.includes('Je kunt dit delen') || !verdictText.includes('Waarom')) throw new Error(`the verdict is not the Dutch one: ${verdictText}`);
    if (/\bWhy\b/.test(verdictText)) throw new Error(`the verdict has English in it: ${verdictText}`);
    await shot('verdict');

    step = 'nl: a topic question after the verdict gets a Dutch answer';
    await type('Mag ik onze omzetcijfers op LinkedIn zetten?');
    await card('Deel online alleen wat al openbaar is').waitFor();
  });

  await conversation(await newLoopbackPage(browser, offsite), 'en-US', 'user-en', async () => {
    step = 'en: a question gets an English answer';
    await type('can I share our revenue figures on LinkedIn?');
    await card('Only share online what is already public').waitFor();
  });

  if (directLine.problems.length > 0) throw new Error(`the Direct Line stand-in saw: ${directLine.problems.join('; ')}`);
  const refused = [...directLine.conversations.values()].reduce((sum, c) => sum + c.updatesRefused, 0);
  console.log(`PASS in ${((Date.now() - started) / 1000).toFixed(1)} s: Web Chat ${webChatVersion}; ` +
    `Dutch check to its verdict and a topic answer, an English answer, every card rendered, no console errors or failed requests ` +
    `(the bot's ${refused} card updates refused with 405, as Direct Line does)`);
} catch (error) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'webchat-test-'));
  await page.screenshot({ path: path.join(folder, 'failure.png') }).catch(() => {});
  console.error(`FAIL at step "${step}": ${error.message}\nscreenshot: ${path.join(folder, 'failure.png')}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await directLine.close();
}

// One conversation on its own page: opens Web Chat in `locale`, waits for the welcome card, runs `talk`, then checks
// that Web Chat rendered every card the bot sent and that the page had no errors.
async function conversation(newPage, locale, user, talk) {
  page = newPage;
  await page.setViewportSize({ width: 700, height: 1000 });
  const problems = await watch(page);
  step = `${locale}: Web Chat opens and shows the welcome card`;
  await page.goto(`${directLine.baseUrl}?locale=${locale}&user=${user}`);
  await page.locator('.ac-adaptiveCard').first().waitFor();
  await shot('welcome');
  await talk();

  step = `${locale}: every card the bot sent is rendered`;
  const talked = [...directLine.conversations.values()].find((c) => c.user.id === user);
  const sent = talked.activities.flatMap((a) => a.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').length;
  await page.waitForFunction((n) => renderedCards() >= n, sent, { timeout: 5000 }).catch(() => {});
  const rendered = await page.evaluate(() => renderedCards());
  if (rendered !== sent) throw new Error(`the bot sent ${sent} cards, Web Chat shows ${rendered}`);
  const errorBoxes = await page.getByText(/Adaptive Card (parse|render) error|(Parseer|Weergave)fout adaptieve kaart/).count();
  if (errorBoxes > 0) throw new Error(`${errorBoxes} cards could not be rendered (Web Chat's error box)`);

  if (offsite.length > 0) throw new Error(`the page requested addresses off this machine: ${offsite.join(', ')}`);
  if (problems.length > 0) throw new Error(problems.join('; '));
  await shot('end');
  await page.close();
}

async function watch(watched) {
  const problems = [];
  watched.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  watched.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  watched.on('requestfailed', (request) => problems.push(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText}`));
  watched.on('response', (response) => response.status() >= 400 && problems.push(`request failed: ${response.request().method()} ${response.url()} ${response.status()}`));
  // Cards inside a card (Action.ShowCard) are counted with their card.
  await watched.addInitScript(() => {
    window.renderedCards = () => [...document.querySelectorAll('.ac-adaptiveCard')].filter((c) => !c.parentElement.closest('.ac-adaptiveCard')).length;
  });
  return problems;
}

// The newest card that says `text`.
function card(text) {
  return page.locator('.ac-adaptiveCard', { hasText: text }).last();
}

async function type(text) {
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill(text);
  await input.press('Enter');
}

// Presses the button `label` on the newest card that says `text`.
async function press(text, label) {
  const button = card(text).getByRole('button', { name: label, exact: true });
  await button.waitFor();
  await shot('card');
  await button.click();
}

async function shot(name) {
  if (!process.env.WEBCHAT_SHOTS) return;
  fs.mkdirSync(process.env.WEBCHAT_SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(process.env.WEBCHAT_SHOTS, `${String(++shots).padStart(2, '0')}-${name}.png`) });
}

async function servePage(request, response, pathname) {
  if (request.method !== 'GET') return false;
  if (pathname === '/') response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  else if (pathname === '/webchat.js') response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(bundle);
  else return false;
  return true;
}
