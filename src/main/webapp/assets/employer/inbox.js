// The host organisation's notifications, newest first; each is marked read by the user who reads it.
import { h, clear } from '../ui.js';
import { showInbox as showNotices } from '../inbox.js';

/** Where a notification's subject is shown on these screens. */
function where(notice) {
  if (notice.subjectType === 'proposal' && notice.subjectId) return ['#proposal/' + notice.subjectId, '提案を開く'];
  if (notice.subjectType === 'placement' && notice.subjectId) return ['#placement/' + notice.subjectId, '出席の記録を開く'];
  return null;
}

export async function showInbox(context) {
  const box = h('div', { id: 'inbox' });
  clear(context.main, h('h1', {}, 'お知らせ'), box);
  await showNotices(box, { where, refreshUnread: context.refreshUnread });
}
