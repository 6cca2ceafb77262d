// PolicyBot preview: talks to /api/messages as the Emulator does (channelId "emulator", deliveryMode "expectReplies"),
// renders Adaptive Cards with the official renderer, and shows the recognizer and dialog traces per turn.
'use strict';

const messages = document.getElementById('messages');
const turns = document.getElementById('turns');
const input = document.getElementById('input');
const localeSelect = document.getElementById('locale');
const statusLine = document.getElementById('status');
const user = { id: 'preview-user', name: 'User', role: 'user' };
const bot = { id: 'policybot', name: 'Bot', role: 'bot' };
let conversationId = newConversationId();

function newConversationId() {
  return `${crypto.randomUUID()}|livechat`;
}

function activity(fields) {
  return {
    channelId: 'emulator',
    serviceUrl: location.origin,
    conversation: { id: conversationId },
    from: user,
    recipient: bot,
    locale: localeSelect.value,
    id: crypto.randomUUID(),
    timestamp: new Date().toISOString(),
    deliveryMode: 'expectReplies',
    ...fields,
  };
}

async function send(fields, said) {
  const turn = addTurn(said);
  const response = await fetch('/api/messages', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(activity(fields)),
  });
  if (!response.ok) {
    addText('event', `The bot answered HTTP ${response.status}.`);
    return;
  }
  const body = await response.json();
  for (const reply of body.activities ?? []) show(reply, turn);
  messages.scrollTop = messages.scrollHeight;
  refreshStatus();
}

function show(reply, turn) {
  if (reply.type === 'trace') return showTrace(reply, turn);
  if (reply.type === 'event') return addText('event', `event ${reply.name}: ${JSON.stringify(reply.value)}`);
  if (reply.type !== 'message') return;
  if (reply.text) addText('bot', reply.text, reply.suggestedActions);
  for (const attachment of reply.attachments ?? []) {
    if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') addCard(attachment.content);
  }
}

function addText(kind, text, suggestedActions) {
  const element = document.createElement('div');
  element.className = `message ${kind}`;
  if (kind === 'bot') element.innerHTML = markdown(text); else element.textContent = text;
  for (const action of suggestedActions?.actions ?? []) {
    const row = element.querySelector('.suggested') ?? element.appendChild(Object.assign(document.createElement('div'), { className: 'suggested' }));
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = action.title;
    button.onclick = () => action.type === 'postBack' || action.type === 'messageBack'
      ? submit(action.value, action.title)
      : say(String(action.value ?? action.title));
    row.appendChild(button);
  }
  messages.appendChild(element);
  return element;
}

function addCard(content) {
  const card = new AdaptiveCards.AdaptiveCard();
  card.hostConfig = hostConfig;
  card.onExecuteAction = (action) => {
    if (action instanceof AdaptiveCards.OpenUrlAction) window.open(action.url, '_blank', 'noopener');
    else if (action instanceof AdaptiveCards.SubmitAction || action instanceof AdaptiveCards.ExecuteAction) submit(action.data, action.title);
  };
  card.parse(content);
  const element = document.createElement('div');
  element.className = 'message bot card';
  element.appendChild(card.render());
  messages.appendChild(element);
}

// What Teams and Web Chat send for Action.Submit with object data: a message with that value and no text.
function submit(data, title) {
  addText('user', `[${title ?? 'button'}]`);
  return send({ type: 'message', value: typeof data === 'object' ? data : { choice: data } }, `pressed [${title ?? 'button'}]`);
}

function say(text) {
  addText('user', text);
  return send({ type: 'message', text, textFormat: 'plain' }, `“${text}”`);
}

function addTurn(said) {
  const element = document.createElement('div');
  element.className = 'turn';
  element.innerHTML = `<div class="said"></div>`;
  element.querySelector('.said').textContent = said;
  turns.prepend(element);
  return element;
}

function showTrace(trace, turn) {
  const part = document.createElement('div');
  part.dataset.trace = trace.name;
  if (trace.name === 'PolicyBot.Recognizer') {
    const value = trace.value ?? {};
    const chosen = value.topic
      ? `<span class="chosen">topic ${escapeHtml(value.topic)}</span> (score ${value.score})`
      : '<span class="none">no topic: nothing in the policy matches</span>';
    const rows = (value.candidates ?? []).map((c) => `<tr><td>${escapeHtml(c.topic)}</td><td>${c.score}</td></tr>`).join('');
    const notUsed = value.outcome === 'not-used' ? ' · not used: the text answered a question or was a command' : '';
    part.innerHTML = `<div>Recognizer: ${chosen}${value.handoff ? `, owner ${escapeHtml(value.handoff)}` : ''}${notUsed}</div>`
      + (rows ? `<table><tr><th>candidate</th><th>score</th></tr>${rows}</table>` : '');
  } else if (trace.name === 'PolicyBot.Dialog') {
    part.className = 'stack';
    part.textContent = `Dialogs after the turn: ${trace.label} · content version ${trace.value?.contentVersion ?? '?'}`;
    part.title = JSON.stringify(trace.value, null, 2);
  } else {
    part.textContent = `${trace.name}: ${trace.label ?? ''}`;
  }
  turn.appendChild(part);
}


async function refreshStatus() {
  try {
    const status = await (await fetch('/preview/status')).json();
    statusLine.dataset.version = status.contentVersion;
    if (status.errors.length > 0) {
      statusLine.className = 'errors';
      statusLine.textContent = `Content version ${status.contentVersion} in use; your latest edit has errors:\n${status.errors.join('\n')}`;
    } else {
      statusLine.className = '';
      statusLine.textContent = `Content version ${status.contentVersion} · ${status.topics} topics · ${status.warnings} warnings`;
    }
  } catch {
    statusLine.textContent = 'The bot is not reachable.';
  }
}

function start() {
  conversationId = newConversationId();
  messages.replaceChildren();
  turns.replaceChildren();
  send({ type: 'conversationUpdate', membersAdded: [user, bot] }, 'conversation started');
}

document.getElementById('composer').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  say(text);
});
document.getElementById('restart').addEventListener('click', start);
localeSelect.addEventListener('change', start);
setInterval(refreshStatus, 2000);
refreshStatus();
start();
