// The host organisation's notifications, newest first; each is marked read by the user who reads it.
import { api } from '../api.js';
import { h, clear, busy, showMessage, formatDateTime } from '../ui.js';

/** Where a notification's subject is shown on these screens. */
function subjectLink(item) {
  if (item.subjectType === 'proposal' && item.subjectId) return ['#proposal/' + item.subjectId, '提案を開く'];
  if (item.subjectType === 'placement' && item.subjectId) return ['#placement/' + item.subjectId, '出席の記録を開く'];
  return null;
}

export async function showInbox(context) {
  const { main } = context;
  const items = await api('GET', 'inbox');
  clear(main, h('h1', {}, 'お知らせ'), h('p', { class: 'lead', 'data-test': 'inbox-summary', 'aria-live': 'polite' }));
  if (items.length) main.append(h('ul', { class: 'cards inbox-list' }, items.map((item) => h('li', {}, card(context, item)))));
  summarise(main);
}

function summarise(main) {
  const all = main.querySelectorAll('.inbox-item').length;
  const unread = main.querySelectorAll('.inbox-item.unread').length;
  main.querySelector('[data-test=inbox-summary]').textContent = all ? '未読 ' + unread + '件・全' + all + '件' : 'お知らせはありません。';
}

function card(context, item) {
  const element = h('article', { class: 'card inbox-item' + (item.read ? '' : ' unread'), dataset: { notificationId: item.id } });
  const render = (n) => {
    const link = subjectLink(n);
    clear(element,
        h('div', { class: 'card-title' },
            h('h2', { class: 'inbox-title' }, n.title),
            h('span', { class: 'badge ' + (n.read ? '' : 'badge-waiting') }, n.read ? '既読' : '未読')),
        h('p', { class: 'inbox-meta' }, n.kindLabel + '・' + formatDateTime(n.createdAt)),
        h('p', {}, n.body),
        h('div', { class: 'actions card-actions' },
            link ? h('a', { class: 'button button-secondary', href: link[0],
              onclick: () => { if (!n.read) api('POST', 'inbox/' + n.id + '/read').then(context.refreshUnread).catch(() => null); } },
                link[1]) : null,
            n.read ? null : h('button', { type: 'button', class: 'button-secondary', 'data-test': 'mark-read',
              'aria-label': '「' + n.title + '」を既読にする', onclick: async (event) => {
                try {
                  const saved = await busy(event.currentTarget, () => api('POST', 'inbox/' + n.id + '/read'), '保存中…');
                  render(saved);
                  element.classList.remove('unread');
                  summarise(context.main);
                  context.refreshUnread();
                  element.querySelector('h2').setAttribute('tabindex', '-1');
                  element.querySelector('h2').focus();
                } catch (e) {
                  showMessage(context.main, e);
                }
              } }, '既読にする')));
  };
  render(item);
  return element;
}
