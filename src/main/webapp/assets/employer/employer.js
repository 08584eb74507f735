// The host organisation's screens (受入事業所), made for a phone first: its tasks and slots, the people
// proposed to it once they consented, attendance of its placements, and its inbox. One page; the
// part after # names the screen, so that the browser's back button and bookmarks work.
import { api } from '../api.js';
import { page, clear, showMessage } from '../ui.js';
import { showSlots, showSlotForm, showTaskForm } from './slots.js';
import { showProposals, showProposal } from './proposals.js';
import { showPlacements, showPlacement } from './placements.js';
import { showInbox } from './inbox.js';
import { unreadCounter } from '../inbox.js';
import { loadVocabulary } from '../vocabulary.js';

const LINKS = [
  ['受入枠', '#slots'],
  ['提案', '#proposals'],
  ['出席', '#placements'],
  ['お知らせ', '#inbox'],
];

const main = document.querySelector('main');

/** The screens by the first part of the address: #slot/12 → ROUTES.slot('12'). */
const ROUTES = {
  slots: (context) => showSlots(context),
  slot: (context, id) => showSlotForm(context, id === 'new' ? null : id),
  task: (context, id) => showTaskForm(context, id === 'new' ? null : id),
  proposals: (context) => showProposals(context),
  proposal: (context, id) => showProposal(context, id),
  placements: (context) => showPlacements(context),
  placement: (context, id) => showPlacement(context, id),
  inbox: (context) => showInbox(context),
};

async function start() {
  const session = await page({ role: 'EMPLOYER', title: '受入事業所', links: LINKS });
  await loadVocabulary();
  const context = { session, main, refreshUnread: unreadCounter('#inbox') };
  // The organisation's name under the brand: a colleague's phone shows whose screens these are.
  api('GET', 'hosts/' + session.hostId).then((host) => {
    const brand = document.querySelector('.site-header .brand-role');
    if (brand) brand.textContent = '受入事業所：' + host.name;
  }).catch(() => null);
  window.addEventListener('hashchange', () => route(context));
  await route(context);
}

function markCurrentLink() {
  const section = (location.hash.slice(1).split('/')[0]) || 'slots';
  const owner = { slot: 'slots', task: 'slots', proposal: 'proposals', placement: 'placements' }[section] || section;
  document.querySelectorAll('.site-header nav a').forEach((a) => {
    if (a.getAttribute('href') === '#' + owner) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
}

async function route(context) {
  const [name, id] = location.hash.slice(1).split('/');
  const show = ROUTES[name] || ROUTES.slots;
  markCurrentLink();
  clear(main);
  try {
    await show(context, id);
  } catch (e) {
    showMessage(main, e);
  }
  main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
  context.refreshUnread();
}

start().catch((e) => { if (e && e.status !== 401 && e.status !== 403) showMessage(main, e); });
