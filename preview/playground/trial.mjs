// A tester's run through the Microsoft 365 Agents Playground, driven in headless Chromium (README "Microsoft 365
// Agents Playground"). Not part of `dotnet test`: the Playground has Microsoft's own pre-release licence, so it is
// installed into a temporary folder at run time and never into this repository.
//
//   dotnet build PolicyBot.sln -c Release && (cd preview && npm ci) && node preview/playground/trial.mjs [shots folder]
//
// Starts the built bot on 127.0.0.1:3978 (PLAYGROUND_BOT_PORT) with a copy of Dialogs/Content in which Marketing's
// channel is the Playground's General (`team-id`), starts the Playground on 56150 (PLAYGROUND_PORT), then: the welcome,
// an answer with its citation and Teams feedback, an @mention in the group chat, a ticket posted to General, taken
// and answered, with the answer arriving in the personal chat, and the check answered in place. Screenshots of each
// step go to the shots folder; the exit code is 1 when a step did not show what it should.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const PlaygroundVersion = '0.2.28';
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const botPort = Number(process.env.PLAYGROUND_BOT_PORT ?? 3978);
const playgroundPort = Number(process.env.PLAYGROUND_PORT ?? 56150);
const shots = resolve(process.argv[2] ?? join(tmpdir(), 'policybot-playground-shots'));
const work = mkdtempSync(join(tmpdir(), 'policybot-playground-'));
const children = [];
let failures = 0;

function start(command, args, options) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  const log = [];
  child.stdout.on('data', d => log.push(String(d)));
  child.stderr.on('data', d => log.push(String(d)));
  children.push(child);
  return { child, log };
}

async function waitForPort(url, seconds) {
  for (let i = 0; i < seconds * 4; i++) {
    try { await fetch(url, { method: 'HEAD' }); return; } catch { await new Promise(r => setTimeout(r, 250)); }
  }
  throw new Error(`nothing answered at ${url} within ${seconds} s`);
}

async function step(page, name, body) {
  try {
    await body();
    console.log(`ok    ${name}`);
  } catch (error) {
    failures++;
    console.log(`FAIL  ${name}: ${String(error.message ?? error).split('\n')[0]}`);
  }
  await page.screenshot({ path: join(shots, `${name}.png`) });
}

const visible = (page, text, nth = 'last') => page.getByText(text, { exact: false })[nth]().waitFor({ timeout: 10_000 });

async function say(page, text) {
  await page.locator('[data-lexical-editor="true"]').last().click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function mention(page, text) {
  await page.locator('[data-lexical-editor="true"]').last().click();
  await page.keyboard.type('@');
  await page.waitForTimeout(800);
  await page.getByText('Test Bot', { exact: true }).last().click();
  await page.waitForTimeout(300);
  await page.keyboard.type(` ${text}`);
}

async function press(page, title, nth = 'last') {
  await page.getByRole('button', { name: title, exact: true })[nth]().click();
}

async function open(page, name) {
  await page.getByText(name, { exact: true }).first().click();
  await page.waitForTimeout(1500);
}

try {
  mkdirSync(shots, { recursive: true });
  const dll = join(repo, 'Bot', 'bin', 'Release', 'net10.0', 'PolicyBot.Bot.dll');
  if (!existsSync(dll)) throw new Error(`build first: ${dll} is missing`);

  // The Playground, installed for this run only.
  execFileSync('npm', ['install', '--prefix', work, '--no-save', '--no-audit', '--no-fund', `@microsoft/m365agentsplayground@${PlaygroundVersion}`], { stdio: 'inherit' });

  // The content with Marketing's tickets going to the Playground's General channel; the repository's stays as it is.
  const content = join(work, 'content');
  cpSync(join(repo, 'Dialogs', 'Content'), content, { recursive: true });
  const owners = join(content, 'owners.yaml');
  writeFileSync(owners, readFileSync(owners, 'utf8').replace('    teams-upn: marketing@contoso.com\n', '    teams-upn: marketing@contoso.com\n    teams-channel: "team-id"\n'));

  const bot = start('dotnet', [dll, '--urls', `http://127.0.0.1:${botPort}`, '--contentRoot', join(repo, 'Bot'),
    `--Storage:SqlitePath=${join(work, 'state.db')}`, `--Content:Path=${content}`, '--Content:Source=folder'],
    { env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Development' } });
  await waitForPort(`http://127.0.0.1:${botPort}/api/messages`, 60);

  start(join(work, 'node_modules', '.bin', 'agentsplayground'), ['-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '-p', String(playgroundPort), '--dt'],
    { cwd: work, env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' } });
  await waitForPort(`http://127.0.0.1:${playgroundPort}/`, 60);

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`http://127.0.0.1:${playgroundPort}/`, { waitUntil: 'networkidle' });

  await step(page, '01-welcome-once', async () => {
    await visible(page, "Hi! I'm PolicyBot");
    await page.waitForTimeout(1500);
    const count = await page.getByText("Hi! I'm PolicyBot", { exact: false }).count();
    if (count !== 1) throw new Error(`${count} welcome cards`);
  });
  await step(page, '02-answer-with-citation', async () => {
    await say(page, 'may I share a photo of a customer?');
    await page.locator('.fai-Citation').last().waitFor({ timeout: 10_000 });
    await page.locator('.fai-Citation').last().hover();
    await visible(page, 'Social media policy:');
  });
  await step(page, '03-teams-feedback', async () => {
    await page.locator('.fai-FeedbackButtons__positiveFeedbackButton').last().click();
    await page.locator('textarea').last().fill('Clear, thanks');
    await press(page, 'Submit');
    await visible(page, 'Thank you!');
    await press(page, 'Close');
  });
  await step(page, '04-group-chat-mention', async () => {
    await open(page, 'Group Chat');
    await mention(page, 'may I post about our new product?');
    await page.keyboard.press('Enter');
    await visible(page, 'Sharing company news');
  });
  await step(page, '05-ticket-posted', async () => {
    await open(page, 'General');
    await open(page, 'Personal Chat');
    await say(page, 'talk to someone');
    await press(page, 'Marketing');
    await visible(page, 'What would you like to ask Marketing?');
    await say(page, 'A journalist asked me about our launch, may I answer?');
    await press(page, 'Yes');
    await visible(page, "I've also posted your question in Marketing's Teams channel");
  });
  await step(page, '06-ticket-taken', async () => {
    await open(page, 'General');
    await press(page, "I'll take it", 'first');
    await visible(page, 'Picked up by Alex Wilber', 'first');
  });
  await step(page, '07-ticket-answered', async () => {
    await page.getByPlaceholder('Your answer for the employee').first().fill('Please send the journalist to press@contoso.com.');
    await press(page, 'Close with an answer', 'first');
    await visible(page, 'Answered by Alex Wilber', 'first');
  });
  await step(page, '08-answer-in-the-employees-chat', async () => {
    await open(page, 'Personal Chat');
    await visible(page, 'Alex Wilber from Marketing has answered your question:');
  });

  await step(page, '09-check-answered-in-place', async () => {
    // After the hand-off: typed text in the middle of a check is taken as an answer to its question.
    await say(page, 'check');
    await press(page, 'Photo or video');
    await visible(page, '✔ Photo or video');
    await visible(page, 'How would you describe the tone?');
  });

  await browser.close();
  const said = bot.log.join('');
  if (/journalist|customer|product/i.test(said)) { failures++; console.log('FAIL  the bot logged what the employee typed'); }
  console.log(`${failures === 0 ? 'passed' : `${failures} step(s) failed`}; screenshots in ${shots}`);
} catch (error) {
  failures++;
  console.error(error);
} finally {
  for (const child of children) child.kill();
  rmSync(work, { recursive: true, force: true });
  process.exitCode = failures === 0 ? 0 : 1;
}
