// A stand-in for Direct Line 3.0 on 127.0.0.1, for the Web Chat test (webchat.test.mjs). Polling only: Web Chat runs
// with webSocket: false. Two sides, as the real service has them:
// - Web Chat's side: POST /v3/directline/conversations (start), POST and GET /v3/directline/conversations/{id}/activities.
// - The bot's side (the Bot Connector API, at this server's own address as serviceUrl): POST
//   /v3/conversations/{id}/activities[/{activityId}]; PUT is refused with 405, as Direct Line cannot update an activity.
// The token Web Chat starts with is "user:<id>", as if a token server had put the user's id in it: the conversation
// starts with that user, so the join (conversationUpdate, bot and user, no locale) reaches the bot at once.
// Anything the bot refuses, or any request this stand-in does not know, goes into `problems`.
import { randomUUID } from 'node:crypto';
import http from 'node:http';

export const CHANNEL_ID = 'webchat';
const BOT = { id: 'policybot', name: 'PolicyBot', role: 'bot' };

export async function startDirectLine(botUrl, servePage) {
  const conversations = new Map(); // id -> { id, user, activities (what Web Chat polls), updatesRefused }
  const problems = [];
  const server = http.createServer((request, response) =>
    handle(request, response).catch((error) => {
      problems.push(`${request.method} ${request.url}: ${error.message}`);
      reply(response, 500, { error: { code: 'ServiceError', message: error.message } });
    }));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${server.address().port}/`;

  async function handle(request, response) {
    const path = new URL(request.url, baseUrl).pathname;
    const clientSide = path.match(/^\/v3\/directline\/conversations(?:\/([^/]+)\/activities)?$/);
    const botSide = path.match(/^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/);
    if (clientSide && !clientSide[1] && request.method === 'POST') return start(request, response);
    const conversation = conversations.get(decodeURIComponent((clientSide ?? botSide ?? [])[1] ?? ''));
    if (clientSide && conversation && request.method === 'POST') return fromUser(conversation, await readJson(request), response);
    if (clientSide && conversation && request.method === 'GET') {
      const watermark = Number(new URL(request.url, baseUrl).searchParams.get('watermark') || 0);
      return reply(response, 200, { activities: conversation.activities.slice(watermark), watermark: String(conversation.activities.length) });
    }
    if (botSide && conversation && request.method === 'POST') return fromBot(conversation, await readJson(request), response);
    if (botSide && conversation && request.method === 'PUT') {
      conversation.updatesRefused++;
      return reply(response, 405, { error: { code: 'BadArgument', message: 'This channel does not support this operation' } });
    }
    if (servePage && (await servePage(request, response, path))) return;
    problems.push(`unknown request: ${request.method} ${request.url}`);
    reply(response, 404, { error: { code: 'NotFound', message: `${request.method} ${path}` } });
  }

  function start(request, response) {
    const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
    const user = { id: token.startsWith('user:') ? token.slice('user:'.length) : `dl_${conversations.size + 1}`, role: 'user' };
    const conversation = { id: randomUUID(), user, activities: [], updatesRefused: 0, count: 0 };
    conversations.set(conversation.id, conversation);
    reply(response, 201, { conversationId: conversation.id, token, expires_in: 3600 });
    // The real service tells the bot who joined, bot and user in one activity, and carries no locale.
    const join = stamp(conversation, { type: 'conversationUpdate', from: user, recipient: BOT, membersAdded: [BOT, user] });
    toBot(conversation, join).catch((error) => problems.push(`the join did not reach the bot: ${error.message}`));
  }

  async function fromUser(conversation, activity, response) {
    stamp(conversation, activity);
    activity.from = { ...conversation.user, name: activity.from?.name };
    activity.recipient = BOT;
    conversation.activities.push(activity); // Web Chat sees its own message come back, sent
    const sent = await toBot(conversation, activity);
    if (sent) reply(response, 200, { id: activity.id });
    else reply(response, 502, { error: { code: 'BotError', message: 'The bot did not accept the activity' } });
  }

  function fromBot(conversation, activity, response) {
    stamp(conversation, activity);
    conversation.activities.push(activity);
    reply(response, 200, { id: activity.id });
  }

  // Every activity gets what the service adds: its id in the conversation, the time, channel, conversation, serviceUrl.
  function stamp(conversation, activity) {
    conversation.count++;
    return Object.assign(activity, {
      id: `${conversation.id}|${String(conversation.count).padStart(7, '0')}`,
      timestamp: new Date().toISOString(),
      channelId: CHANNEL_ID,
      conversation: { id: conversation.id },
      serviceUrl: baseUrl,
    });
  }

  async function toBot(conversation, activity) {
    const answer = await fetch(botUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify(activity),
    });
    await answer.arrayBuffer();
    if (answer.ok) return true;
    problems.push(`the bot answered ${answer.status} to the ${activity.type} ${activity.id}`);
    return false;
  }

  return {
    baseUrl,
    conversations,
    problems,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

function reply(response, status, body) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

async function readJson(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}
