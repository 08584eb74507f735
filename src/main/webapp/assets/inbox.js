// Every role's inbox (お知らせ), one module: the notices newest first, each with a link to what it is
// about and a button to mark it read; and the unread count beside the menu's link to the inbox,
// which follows as notices are read and new ones arrive.
import { api } from './api.js';
import { h, clear, busy, showMessage, formatDateTime } from './ui.js';

/**
 * Puts the unread count on the menu's link to the inbox (`href`) and keeps it current: at once, every
 * minute while the page is shown, and whenever the answered function is called.
 */
export function unreadCounter(href) {
  const link = document.querySelector(`.site-header nav a[href="${href}"]`);
  const badge = h('span', { class: 'unread-count', id: 'unread-count', hidden: true });
  if (link) link.append(badge);
  const refresh = async () => {
    try {
      const { unread } = await api('GET', 'inbox/count');
      badge.hidden = unread === 0;
      clear(badge, h('span', { 'aria-hidden': 'true' }, String(unread)),
          h('span', { class: 'visually-hidden' }, `（未読 ${unread} 件）`));
      badge.dataset.count = String(unread);
    } catch (ignored) {
      // The count is a convenience; the inbox itself says what went wrong.
    }
  };
  refresh();
  setInterval(() => { if (!document.hidden) refresh(); }, 60000);
  return refresh;
}

/**
 * Draws the inbox into `box`. `where(notice)` answers [href, words] for what a notice is about, or
 * null; `refreshUnread` is called after a notice is read.
 */
export async function showInbox(box, { where, refreshUnread = () => null, headingLevel = 'h2' }) {
  const items = await api('GET', 'inbox');
  const summary = h('p', { role: 'status', 'aria-live': 'polite', 'data-test': 'inbox-unread' });
  const list = h('ul', { class: 'cards inbox' });
  const summarise = () => {
    const unread = list.querySelectorAll('.inbox-item.unread').length;
    summary.textContent = items.length ? `未読 ${unread}件／全 ${items.length}件（新しい順、最大200件）` : 'お知らせはありません。';
  };
  const filter = h('form', { class: 'filters', 'aria-label': 'お知らせの絞り込み' },
      h('div', { class: 'checkbox' }, h('input', { type: 'checkbox', id: 'unread-only', name: 'unreadOnly' }),
          h('label', { for: 'unread-only' }, '未読だけを表示')));
  filter.addEventListener('change', () => {
    const only = filter.unreadOnly.checked;
    list.querySelectorAll('.inbox-item').forEach((li) => { li.hidden = only && !li.classList.contains('unread'); });
  });
  const read = async (notice, element, button) => {
    try {
      await busy(button, () => api('POST', `inbox/${notice.id}/read`), '保存中…');
      element.classList.remove('unread');
      element.querySelector('[data-test=read-state]').textContent = '既読';
      button.remove();
      summarise();
      refreshUnread();
      const title = element.querySelector('.inbox-title');
      title.setAttribute('tabindex', '-1');
      title.focus();
    } catch (e) {
      showMessage(box, e);
    }
  };
  for (const notice of items) {
    const element = h('li', { class: 'card inbox-item' + (notice.read ? '' : ' unread'), 'data-test': 'inbox-item' });
    const link = where(notice);
    const mark = notice.read ? null : h('button', { type: 'button', class: 'button-secondary', 'data-test': 'mark-read',
      'aria-label': `「${notice.title}」を既読にする` }, '既読にする');
    mark?.addEventListener('click', () => read(notice, element, mark));
    element.append(
        h(headingLevel, { class: 'inbox-title card-title' }, notice.title),
        h('p', { class: 'inbox-meta' }, h('span', { class: 'badge' }, notice.kindLabel), ' ', formatDateTime(notice.createdAt),
            ' ', h('span', { 'data-test': 'read-state' }, notice.read ? '既読' : '未読')),
        h('p', {}, notice.body),
        h('div', { class: 'actions card-actions' },
            link ? h('a', { class: 'button button-secondary', href: link[0], 'data-test': 'inbox-link', onclick: () => {
              if (element.classList.contains('unread')) api('POST', `inbox/${notice.id}/read`).then(refreshUnread).catch(() => null);
            } }, link[1]) : null,
            mark));
    list.append(element);
  }
  clear(box, summary, items.length ? [filter, list] : null);
  summarise();
}
