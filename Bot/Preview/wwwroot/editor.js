// PolicyBot content editor: a topic's texts side by side in Dutch and English, validated by the bot as `check` does
// while you type, the card as Teams draws it, "try it" against the draft, publish with a diff first, history with
// rollback. The draft lives in this browser (localStorage) until it is published: a failed publish loses nothing.
'use strict';

const texts = {
  nl: {
    title: 'PolicyBot content-editor', language: 'Taal', topic: 'Onderwerp', card: 'Zo ziet het antwoord eruit in Teams',
    try: 'Probeer het', tryButton: 'Probeer', tryPlaceholder: 'Stel een testvraag, bijv. mag ik omzetcijfers delen?',
    publish: 'Publiceren', publishButton: 'Publiceer', showDiff: 'Toon wijzigingen', discard: 'Concept weggooien',
    messagePlaceholder: 'Wat heb je veranderd en waarom?', insights: 'Gebruik (afgelopen weken)', history: 'Geschiedenis',
    nl: 'Nederlands', en: 'Engels', topicSection: 'Onderwerp', ownerSection: 'Eigenaar', checkSection: 'Check',
    base: (v) => `Gepubliceerde versie ${v}`, draftChanged: 'concept met wijzigingen', draftClean: 'geen wijzigingen',
    valid: 'geen fouten', invalid: (n) => `${n} fout(en): los ze op voor je publiceert`,
    otherErrors: 'Fouten elders in de content:', noCard: 'Los eerst de fouten op; dan zie je hier de kaart.',
    chosen: (title, id, score) => `Gekozen onderwerp: ${title} (${id}, score ${score})`, noTopic: 'Geen onderwerp: niets in het beleid past bij deze vraag.',
    suggestions: 'Bedoelde je:', draftInvalid: 'Het concept heeft fouten; los ze eerst op.',
    refused: { message: 'Schrijf eerst een korte toelichting bij je wijziging.', unchanged: 'Er is niets veranderd om te publiceren.',
      errors: 'Niet gepubliceerd: de bot zou deze content weigeren. Je concept is bewaard.', 'no-such-version': 'Die versie bestaat niet.' },
    published: (v) => `Gepubliceerd als versie ${v}. Elke bot schakelt binnen enkele seconden over.`,
    noDiff: 'Geen wijzigingen ten opzichte van de gepubliceerde versie.', rollback: 'Zet terug',
    rollbackMessage: (v) => `Teruggezet naar versie ${v}`, running: 'in gebruik', forbidden: 'Je hebt geen toegang tot de editor.',
    failed: (s) => `De bot antwoordde met HTTP ${s}.`,
    usage: (i) => `Sinds ${i.fromWeek}: ${i.answered}× beantwoord, ${i.suggested}× voorgesteld, ${i.picked}× gekozen uit voorstellen, ${i.helped}× 👍, ${i.notHelped}× 👎. Vragen zonder onderwerp (hele bot): ${i.unmatched}.`,
    noTexts: 'Vragen zelf worden niet bewaard (Insights:CollectUnmatchedQuestions staat uit).',
    pickedQuestions: 'Gesteld en daarna dit onderwerp gekozen:', unmatchedQuestions: 'Vragen zonder onderwerp:',
    labels: { title: 'Titel', answer: 'Antwoord', principle: 'Principe', triggers: 'Triggerzinnen (één per regel)', owner: 'Eigenaar',
      related: 'Verwante onderwerpen', scenarios: 'Scenario\'s', 'starts-check': 'Start check', 'source.title': 'Bron: titel', 'source.url': 'Bron: link',
      name: 'Naam', handles: 'Behandelt', hours: 'Bereikbaar', intro: 'Inleiding' },
  },
  en: {
    title: 'PolicyBot content editor', language: 'Language', topic: 'Topic', card: 'The answer as Teams shows it',
    try: 'Try it', tryButton: 'Try', tryPlaceholder: 'Ask a test question, e.g. may I share revenue figures?',
    publish: 'Publish', publishButton: 'Publish', showDiff: 'Show changes', discard: 'Discard draft',
    messagePlaceholder: 'What did you change and why?', insights: 'Usage (last weeks)', history: 'History',
    nl: 'Dutch', en: 'English', topicSection: 'Topic', ownerSection: 'Owner', checkSection: 'Check',
    base: (v) => `Published version ${v}`, draftChanged: 'draft with changes', draftClean: 'no changes',
    valid: 'no errors', invalid: (n) => `${n} error(s): fix them before you publish`,
    otherErrors: 'Errors elsewhere in the content:', noCard: 'Fix the errors first; then the card shows here.',
    chosen: (title, id, score) => `Chosen topic: ${title} (${id}, score ${score})`, noTopic: 'No topic: nothing in the policy matches this question.',
    suggestions: 'Did you mean:', draftInvalid: 'The draft has errors; fix them first.',
    refused: { message: 'Write a short note about your change first.', unchanged: 'Nothing has changed to publish.',
      errors: 'Not published: the bot would refuse this content. Your draft is kept.', 'no-such-version': 'That version does not exist.' },
    published: (v) => `Published as version ${v}. Every bot switches within a few seconds.`,
    noDiff: 'No changes from the published version.', rollback: 'Roll back',
    rollbackMessage: (v) => `Rolled back to version ${v}`, running: 'running', forbidden: 'You have no access to the editor.',
    failed: (s) => `The bot answered HTTP ${s}.`,
    usage: (i) => `Since ${i.fromWeek}: answered ${i.answered}×, suggested ${i.suggested}×, picked from suggestions ${i.picked}×, ${i.helped}× 👍, ${i.notHelped}× 👎. Questions with no topic (whole bot): ${i.unmatched}.`,
    noTexts: 'The questions themselves are not kept (Insights:CollectUnmatchedQuestions is off).',
    pickedQuestions: 'Asked, then this topic picked:', unmatchedQuestions: 'Questions with no topic:',
    labels: { title: 'Title', answer: 'Answer', principle: 'Principle', triggers: 'Trigger phrases (one per line)', owner: 'Owner',
      related: 'Related topics', scenarios: 'Scenarios', 'starts-check': 'Starts check', 'source.title': 'Source: title', 'source.url': 'Source: link',
      name: 'Name', handles: 'Handles', hours: 'Hours', intro: 'Introduction' },
  },
};

const $ = (id) => document.getElementById(id);
const draftKey = 'policybot.editor.draft';
const uiLanguage = $('ui-language');
let edits = new Map(Object.entries(JSON.parse(localStorage.getItem(draftKey) ?? '{}')));
let topics = [];
let validateTimer = null;
let lastDraft = null;
// a topic switch or a keystroke while an earlier answer is still on its way: only the newest answer is shown
let requests = 0;

uiLanguage.value = localStorage.getItem('policybot.editor.language') ?? (navigator.language.startsWith('nl') ? 'nl' : 'en');
const t = () => texts[uiLanguage.value];

async function api(path, body) {
  const response = await fetch(`/editor/api/${path}`, body === undefined ? {} : {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
  if (response.status === 401) { location.reload(); throw new Error('signed out'); }
  if (response.status === 403) { $('status').textContent = t().forbidden; throw new Error('forbidden'); }
  const type = response.headers.get('Content-Type') ?? '';
  const content = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok && response.status !== 422) { $('status').textContent = t().failed(response.status); throw new Error(`HTTP ${response.status}`); }
  return { status: response.status, content };
}

function editList() {
  return [...edits.values()];
}

function saveDraft() {
  localStorage.setItem(draftKey, JSON.stringify(Object.fromEntries(edits)));
}

function applyTexts() {
  document.documentElement.lang = uiLanguage.value;
  for (const element of document.querySelectorAll('[data-text]')) element.textContent = t()[element.dataset.text];
  $('try-question').placeholder = t().tryPlaceholder;
  $('publish-message').placeholder = t().messagePlaceholder;
  for (const option of $('topic').options) {
    const topic = topics.find((x) => x.id === option.value);
    if (topic) option.textContent = `${topic[uiLanguage.value]} (${topic.id})`;
  }
}

async function loadTopics() {
  const { content } = await api('topics');
  topics = content.topics;
  const select = $('topic');
  select.replaceChildren(...topics.map((topic) => new Option(topic.id, topic.id)));
  select.value = new URLSearchParams(location.search).get('topic') ?? localStorage.getItem('policybot.editor.topic') ?? topics[0]?.id;
  applyTexts();
}

async function openTopic() {
  localStorage.setItem('policybot.editor.topic', $('topic').value);
  const request = ++requests;
  const { content } = await api('draft', { topic: $('topic').value, edits: editList() });
  if (request !== requests) return;
  renderFields(content);
  showDraft(content);
  loadInsights();
  loadHistory();
}

function label(field) {
  return t().labels[field.label] ?? field.label;
}

function renderFields(draft) {
  const container = $('sections');
  container.replaceChildren();
  for (const section of draft.sections) {
    const element = document.createElement(section.kind === 'topic' ? 'div' : 'details');
    element.className = 'section';
    element.dataset.kind = section.kind;
    const heading = document.createElement(section.kind === 'topic' ? 'h2' : 'summary');
    heading.textContent = `${t()[`${section.kind}Section`]}: ${section.id}`;
    element.appendChild(heading);
    const rows = new Map();
    for (const field of section.fields) {
      const rowKey = field.language ? field.path.slice(0, field.path.lastIndexOf('/')) : field.path;
      let row = rows.get(rowKey);
      if (!row) {
        row = document.createElement('div');
        row.className = field.language ? 'row' : 'row single';
        row.innerHTML = '<div class="label"></div>';
        row.querySelector('.label').textContent = label(field);
        rows.set(rowKey, row);
        element.appendChild(row);
      }
      row.appendChild(fieldElement(field));
    }
    container.appendChild(element);
  }
}

function fieldElement(field) {
  const wrapper = document.createElement('div');
  wrapper.className = 'field';
  const key = `${field.file}#${field.path}`;
  wrapper.dataset.key = key;
  if (field.language) {
    const lang = document.createElement('div');
    lang.className = 'lang';
    lang.textContent = t()[field.language];
    wrapper.appendChild(lang);
  }
  const area = document.createElement('textarea');
  area.dataset.path = field.path;
  area.dataset.file = field.file;
  if (field.language) area.dataset.language = field.language;
  area.lang = field.language ?? '';
  area.value = field.isList ? field.items.join('\n') : field.value;
  area.rows = Math.min(12, Math.max(1, area.value.split('\n').length + (area.value.length > 80 ? Math.floor(area.value.length / 80) : 0)));
  area.addEventListener('input', () => {
    edits.set(key, field.isList
      ? { file: field.file, path: field.path, items: area.value.split('\n') }
      : { file: field.file, path: field.path, value: area.value });
    saveDraft();
    $('publish').disabled = true;
    clearTimeout(validateTimer);
    validateTimer = setTimeout(validate, 300);
  });
  wrapper.appendChild(area);
  const errors = document.createElement('div');
  errors.className = 'field-errors';
  errors.setAttribute('role', 'alert');
  wrapper.appendChild(errors);
  return wrapper;
}

async function validate() {
  const request = ++requests;
  const { content } = await api('draft', { topic: $('topic').value, edits: editList() });
  if (request === requests) showDraft(content);
}

function showDraft(draft) {
  lastDraft = draft;
  const fields = draft.sections.flatMap((s) => s.fields);
  let count = draft.errors.length + draft.problems.length;
  for (const field of fields) {
    const wrapper = document.querySelector(`.field[data-key="${CSS.escape(`${field.file}#${field.path}`)}"]`);
    if (!wrapper) continue;
    wrapper.classList.toggle('invalid', field.errors.length > 0);
    wrapper.querySelector('.field-errors').textContent = field.errors.join('\n');
    count += field.errors.length;
  }
  const problems = [...draft.problems, ...draft.errors];
  $('problems').hidden = problems.length === 0;
  $('problems').textContent = problems.length ? `${t().otherErrors}\n${problems.join('\n')}` : '';
  $('status').textContent = `${t().base(draft.version)} · ${draft.changed ? t().draftChanged : t().draftClean} · ${draft.valid ? t().valid : t().invalid(count)}`;
  $('status').className = draft.valid ? '' : 'errors';
  renderCards(draft);
}

function renderCards(draft) {
  const cards = $('cards');
  cards.replaceChildren();
  if (!draft.valid || !draft.cards.nl) {
    cards.textContent = t().noCard;
    return;
  }
  for (const language of [uiLanguage.value, uiLanguage.value === 'nl' ? 'en' : 'nl']) {
    const caption = document.createElement('div');
    caption.className = 'card-lang';
    caption.textContent = t()[language];
    const card = new AdaptiveCards.AdaptiveCard();
    card.hostConfig = hostConfig;
    card.parse(draft.cards[language]);
    const element = document.createElement('div');
    element.className = 'card';
    element.dataset.language = language;
    element.appendChild(card.render());
    cards.append(caption, element);
  }
}

async function tryIt(event) {
  event.preventDefault();
  const question = $('try-question').value.trim();
  if (!question) return;
  const { content } = await api('try', { edits: editList(), question });
  const result = $('try-result');
  if (!content.valid) { result.textContent = t().draftInvalid; return; }
  const lang = uiLanguage.value;
  result.textContent = content.topic ? t().chosen(content[lang], content.topic, content.score) : t().noTopic;
  if (content.suggestions.length) result.textContent += ` ${t().suggestions} ${content.suggestions.map((s) => `${s[lang]} (${s.topic})`).join(', ')}`;
  result.dataset.topic = content.topic ?? '';
}

async function showDiff() {
  const { content } = await api('diff', { edits: editList(), message: '' });
  $('diff').hidden = false;
  $('diff').textContent = content.includes('hold the same files') ? t().noDiff : content;
  $('publish').disabled = content.includes('hold the same files');
}

async function publish() {
  const { status, content } = await api('publish', { edits: editList(), message: $('publish-message').value });
  const result = $('publish-result');
  if (status === 422) {
    result.className = 'errors';
    result.textContent = `${t().refused[content.refused] ?? content.refused}\n${content.errors.join('\n')}`;
    return;
  }
  result.className = 'ok';
  result.textContent = t().published(content.version);
  edits = new Map();
  saveDraft();
  $('publish-message').value = '';
  $('diff').hidden = true;
  $('publish').disabled = true;
  await openTopic();
}

async function loadHistory() {
  const { content } = await api('versions');
  const list = $('history');
  list.replaceChildren();
  content.versions.forEach((version, index) => {
    const item = document.createElement('li');
    item.dataset.version = version.number;
    const when = new Date(version.publishedAt).toLocaleString(uiLanguage.value === 'nl' ? 'nl-NL' : 'en-GB');
    item.textContent = `${version.number} · ${when} · ${version.kind} · ${version.author} · ${version.message}${version.number === content.running ? ` (${t().running})` : ''} `;
    if (index > 0) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = t().rollback;
      button.onclick = () => rollback(version.number);
      item.appendChild(button);
    }
    list.appendChild(item);
  });
}

async function rollback(number) {
  const message = $('publish-message').value.trim() || t().rollbackMessage(number);
  const { status, content } = await api('rollback', { version: number, message });
  const result = $('publish-result');
  result.className = status === 422 ? 'errors' : 'ok';
  result.textContent = status === 422 ? `${t().refused[content.refused] ?? content.refused}\n${content.errors.join('\n')}` : t().published(content.version);
  await openTopic();
}

async function loadInsights() {
  if (!$('topic').value) return;
  const { content } = await api(`insights/${encodeURIComponent($('topic').value)}`);
  const box = $('insights');
  box.replaceChildren();
  const summary = document.createElement('p');
  summary.textContent = t().usage(content);
  box.appendChild(summary);
  if (!content.textsCollected) {
    box.appendChild(Object.assign(document.createElement('p'), { className: 'lang', textContent: t().noTexts }));
    return;
  }
  for (const [key, heading] of [['pickedQuestions', t().pickedQuestions], ['unmatchedQuestions', t().unmatchedQuestions]]) {
    if (!content[key].length) continue;
    box.appendChild(Object.assign(document.createElement('div'), { textContent: heading }));
    const list = document.createElement('ul');
    for (const question of content[key]) list.appendChild(Object.assign(document.createElement('li'), { textContent: `[${question.language}] “${question.text}” ×${question.count}` }));
    box.appendChild(list);
  }
}

uiLanguage.addEventListener('change', () => {
  localStorage.setItem('policybot.editor.language', uiLanguage.value);
  applyTexts();
  if (lastDraft) { renderFields(lastDraft); showDraft(lastDraft); }
  loadInsights();
  loadHistory();
});
$('topic').addEventListener('change', openTopic);
$('try-form').addEventListener('submit', tryIt);
$('show-diff').addEventListener('click', showDiff);
$('publish').addEventListener('click', publish);
$('discard').addEventListener('click', () => { edits = new Map(); saveDraft(); openTopic(); });
applyTexts();
loadTopics().then(openTopic);
