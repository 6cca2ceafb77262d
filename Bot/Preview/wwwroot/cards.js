// Shared by the preview and the editor: cards drawn as Teams draws them, with the official Adaptive Cards renderer.
'use strict';

// A host config close to Teams' light theme.
const hostConfig = new AdaptiveCards.HostConfig({
  fontFamily: '"Segoe UI", system-ui, sans-serif',
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  actions: { maxActions: 6, buttonSpacing: 8, actionsOrientation: 'horizontal', actionAlignment: 'left', showCard: { actionMode: 'inline' } },
  containerStyles: {
    default: { backgroundColor: '#FFFFFF', foregroundColors: { default: { default: '#242424', subtle: '#616161' }, accent: { default: '#5B5FC7' }, good: { default: '#237B4B' }, warning: { default: '#835B00' }, attention: { default: '#C4314B' } } },
    emphasis: { backgroundColor: '#F5F5F5', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
  },
});

// Adaptive Cards leave markdown to the host; Teams supports a small subset: bold, italic, lists, line breaks, links.
AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = markdown(text);
  result.didProcess = true;
};

// Escapes first, quotes included: a quote in a link's address (bot text can quote the employee) must not close href.
function markdown(text) {
  const inline = escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*\n]+)\*/g, '$1<em>$2</em>')
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+|mailto:[^)\s]+)\)/g, '<a href="$2" target="_blank" rel="noopener">$1</a>');
  const lines = inline.split('\n');
  let html = '';
  let list = null;
  for (const line of lines) {
    const item = /^\s*(?:[-*]|(\d+)\.)\s+(.*)$/.exec(line);
    if (item) {
      const kind = item[1] ? 'ol' : 'ul';
      if (list !== kind) { if (list) html += `</${list}>`; html += `<${kind}>`; list = kind; }
      html += `<li>${item[2]}</li>`;
      continue;
    }
    if (list) { html += `</${list}>`; list = null; }
    html += line.trim() === '' ? '<br>' : `<p style="margin:0">${line}</p>`;
  }
  if (list) html += `</${list}>`;
  return html;
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
