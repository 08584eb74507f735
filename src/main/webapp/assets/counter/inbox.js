// The counter's inbox (お知らせ): what needs acting on, with a link to where it lives.
import { api } from '../api.js';
import { h, clear, field, showMessage, busy, formatDateTime } from '../ui.js';

const WHERE = { proposal: '#proposal/', placement: '#placement/', candidate: '#person/' };

export async function showInbox(main) {
  const items = await api('GET', 'inbox');
  const list = h('ul', { class: 'cards inbox' }, items.map((n) => {
    const link = WHERE[n.subjectType] && n.subjectId ? h('a', { href: WHERE[n.subjectType] + n.subjectId }, '開く') : null;
    const state = h('span', { class: 'badge' }, n.read ? '既読' : '未読');
    const mark = n.read ? null : h('button', { type: 'button', class: 'button-secondary', onclick: async (event) => {
      const button = event.currentTarget;
      try {
        await busy(button, () => api('POST', `inbox/${n.id}/read`), '処理中…');
        state.textContent = '既読';
        button.closest('li').classList.remove('unread');
        button.remove();
      } catch (e) { showMessage(main, e); }
    } }, '既読にする');
    return h('li', { class: 'card' + (n.read ? '' : ' unread') },
        h('h2', { class: 'card-title' }, n.title), h('p', {}, `${n.kindLabel}・${formatDateTime(n.createdAt)} `, state),
        h('p', {}, n.body), h('div', { class: 'actions' }, link, mark));
  }));
  const filter = h('form', { class: 'filters', 'aria-label': 'お知らせの絞り込み' },
      field('shown', '表示するお知らせ', { control: 'select', options: [['all', 'すべて'], ['unread', '未読のみ']] }));
  filter.addEventListener('change', () => {
    const unreadOnly = filter.shown.value === 'unread';
    list.querySelectorAll('li').forEach((li) => { li.hidden = unreadOnly && !li.classList.contains('unread'); });
  });
  clear(main, h('h1', {}, 'お知らせ'),
      h('p', {}, `未読 ${items.filter((n) => !n.read).length}件／全 ${items.length}件（新しい順、最大200件）`),
      items.length ? [filter, list] : h('p', { class: 'empty' }, 'お知らせはありません。'));
}
