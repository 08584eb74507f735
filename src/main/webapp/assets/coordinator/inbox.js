// The coordinators' inbox (new proposals, answers, declines, overdue follow-ups...) with read marks,
// and the people whose programme reaches its one-year limit soon.
import { api } from '../api.js';
import { h, clear, showMessage, busy, formatDate, formatDateTime } from '../ui.js';
import { coordinatorPage, dataTable, namesByCode } from './common.js';

const main = document.querySelector('main');
const controls = document.getElementById('inbox-controls');
const inboxBox = document.getElementById('inbox');
const limitsBox = document.getElementById('limits');

let unreadOnly = false;

function drawControls() {
  const box = h('input', { type: 'checkbox', id: 'unread-only', checked: unreadOnly });
  box.addEventListener('change', () => { unreadOnly = box.checked; loadInbox(); });
  clear(controls, h('div', { class: 'checkbox' }, box, h('label', { for: 'unread-only' }, '未読だけを表示')));
}

async function loadInbox() {
  try {
    const [items, count] = await Promise.all([api('GET', 'inbox' + (unreadOnly ? '?unread=true' : '')), api('GET', 'inbox/count')]);
    clear(inboxBox,
        h('p', { role: 'status', 'data-test': 'inbox-unread' }, `未読 ${count.unread}件`),
        items.length ? h('ul', { class: 'cards inbox' }, items.map(item)) : h('p', { class: 'empty' }, 'お知らせはありません。'));
  } catch (e) {
    showMessage(inboxBox, e);
  }
}

function item(n) {
  const read = h('button', { type: 'button', class: 'button-secondary', 'aria-label': `「${n.title}」を既読にする` }, '既読にする');
  read.addEventListener('click', () => busy(read, async () => {
    try {
      await api('POST', `inbox/${n.id}/read`);
      await loadInbox();
    } catch (e) {
      showMessage(inboxBox, e);
    }
  }));
  return h('li', { class: 'card' + (n.read ? ' card-read' : ''), 'data-test': 'inbox-item' },
      h('p', { class: 'inbox-meta' }, h('span', { class: 'badge' }, n.kindLabel), ' ', formatDateTime(n.createdAt),
          n.read ? h('span', { class: 'read-mark' }, '　既読') : h('strong', { class: 'unread-mark' }, '　未読')),
      h('h3', {}, n.title),
      h('p', {}, n.body),
      n.read ? null : read);
}

async function loadLimits(names) {
  const limits = await api('GET', 'monitoring/programme-limits');
  clear(limitsBox, dataTable('利用期限が近い人', [
    ['ケース', (l) => l.caseCode],
    ['市町村', (l) => names.get(l.municipalityCode) || l.municipalityCode],
    ['利用開始', (l) => formatDate(l.programmeStart)],
    ['期限', (l) => formatDate(l.limitDate)],
    ['残り', (l) => (l.daysLeft < 0 ? `${-l.daysLeft}日超過` : `${l.daysLeft}日`), 'number'],
    ['いまの実習', (l) => (l.placedNow ? '実習中' : 'なし')],
  ], limits, { test: 'limits-table', empty: '期限が近い人はいません。' }));
}

async function start() {
  await coordinatorPage('お知らせ');
  drawControls();
  try {
    const names = namesByCode(await api('GET', 'municipalities'));
    await Promise.all([loadInbox(), loadLimits(names)]);
  } catch (e) {
    showMessage(main, e);
  }
}

start();
