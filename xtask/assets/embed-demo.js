// The demo host page's script: the iframe embed's wiring, and a log of
// what both embeds report. This is the code a host writes.

const log = document.getElementById('demo-log');
function note(source, detail) {
  const item = document.createElement('li');
  item.textContent = `${source}: ${JSON.stringify(detail)}`;
  log.prepend(item);
}

// The script embed reports selections as DOM events.
for (const explorer of document.querySelectorAll('dossier-explorer')) {
  explorer.addEventListener('dossier-select', (event) => note(`<dossier-explorer id="${explorer.id}">`, event.detail));
}
// Linked embeds: an actor chosen in the actor map filters the timeline,
// through the timeline's `actor` attribute.
const timeline = document.getElementById('demo-timeline');
document.getElementById('demo-actors').addEventListener('dossier-select', (event) => {
  if (event.detail.actor) timeline.setAttribute('actor', event.detail.actor);
});
document.getElementById('all-actors').addEventListener('click', () => timeline.removeAttribute('actor'));
document.getElementById('clear-window').addEventListener('click', () => timeline.setWindow('', ''));

// The iframe embed: the page names its own origin in ?parent=, so the frame
// may send it selections, and listens only to that frame and its origin.
const app = new URL('./embed.html', import.meta.url);
const frame = document.getElementById('demo-frame');
const source = new URL(app);
source.searchParams.set('parent', window.location.origin);
source.hash = '#/places';
frame.src = source.href;
window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || event.origin !== app.origin) return;
  const { type, ...detail } = event.data ?? {};
  if (type === 'dossier:height') frame.style.height = `${Math.ceil(detail.height)}px`;
  if (type === 'dossier:select') note('iframe', detail);
});
