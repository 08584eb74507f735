// The counter's screens (自立相談支援機関): one page whose address after # names the view, so that
// the browser's back button and a bookmark work, and a slow PC loads the modules only once.
import { api } from '../api.js';
import { page, clear, h, showMessage } from '../ui.js';
import { showPeople, showPerson } from './people.js';
import { showProposals, showProposal } from './proposals.js';
import { showPlacements, showPlacement } from './placements.js';
import { showLimits } from './limits.js';
import { showInbox } from './inbox.js';
import { unreadCounter } from '../inbox.js';
import { loadVocabulary } from '../vocabulary.js';
import { showDirectory } from './directory.js';

const LINKS = [
  ['支援対象者', 'counter.html#people'],
  ['提案', 'counter.html#proposals'],
  ['受入中', 'counter.html#placements'],
  ['利用期限', 'counter.html#limits'],
  ['お知らせ', 'counter.html#inbox'],
  ['社会資源', 'counter.html#directory'],
];

const ROUTES = [
  [/^people$/, showPeople],
  [/^person\/(new|\d+)$/, showPerson],
  [/^proposals$/, showProposals],
  [/^proposal\/(\d+)$/, showProposal],
  [/^placements$/, showPlacements],
  [/^placement\/(\d+)$/, showPlacement],
  [/^limits$/, showLimits],
  [/^inbox$/, showInbox],
  [/^directory$/, showDirectory],
];

/** What every view needs: the session and the reference lists, read once per page load. */
async function loadContext(session) {
  const [municipalities, accommodations] = await Promise.all([api('GET', 'municipalities'), api('GET', 'accommodations'),
    loadVocabulary()]);
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const served = municipalities.filter((m) => (session.servedMunicipalities || []).includes(m.code));
  return {
    session,
    municipalities,
    served,
    accommodations: accommodations.map((a) => [a.code, a.labelJa]),
    municipalityName: (code) => (byCode.get(code) ? byCode.get(code).name : code || ''),
  };
}

function markCurrentLink(view) {
  const section = { person: 'people', proposal: 'proposals', placement: 'placements' }[view] || view;
  document.querySelectorAll('.site-header nav a').forEach((a) => {
    if (a.getAttribute('href') === 'counter.html#' + section) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
}

/**
 * Draws the view the address names into a fresh container: a view still loading when the clerk moves
 * on finishes into a container no longer on the page, instead of drawing over the next one.
 */
async function route(context) {
  const main = document.getElementById('main');
  const hash = decodeURIComponent(location.hash.replace(/^#/, '')) || 'people';
  const found = ROUTES.map(([pattern, view]) => [hash.match(pattern), view]).find(([match]) => match);
  markCurrentLink(hash.split('/')[0]);
  const container = h('div', { id: 'view' }, h('p', { class: 'message message-info', role: 'status' }, '読み込み中…'));
  clear(main, container);
  window.scrollTo(0, 0);
  if (!found) {
    clear(container, h('h1', {}, 'ページが見つかりません'),
        h('p', {}, h('a', { href: '#people' }, '支援対象者の一覧へ戻る')));
    return;
  }
  const [match, view] = found;
  try {
    await view(container, context, match[1]);
  } catch (e) {
    clear(container, h('h1', {}, 'この画面を表示できません'));
    showMessage(container, e);
  }
  if (container.isConnected) main.focus({ preventScroll: true });
}

async function start() {
  const session = await page({ role: 'COUNTER', title: '自立相談支援機関', links: LINKS });
  const refreshUnread = unreadCounter('counter.html#inbox');
  let context;
  try {
    context = { ...(await loadContext(session)), refreshUnread };
  } catch (e) {
    showMessage(document.getElementById('main'), e);
    return;
  }
  window.addEventListener('hashchange', () => route(context));
  await route(context);
}

start().catch(() => null);
