// The counter's inbox (お知らせ): what needs acting on, each notice linked to where it lives.
import { h, clear } from '../ui.js';
import { showInbox as showNotices } from '../inbox.js';

/** Where each kind of subject lives on the counter's screens. */
function where(notice) {
  if (!notice.subjectId) return null;
  switch (notice.subjectType) {
    case 'proposal': return ['#proposal/' + notice.subjectId, '提案を開く'];
    case 'placement': return ['#placement/' + notice.subjectId, '受入を開く'];
    case 'candidate': return ['#person/' + notice.subjectId, '支援対象者を開く'];
    default: return null;
  }
}

export async function showInbox(main, context) {
  const box = h('div', { id: 'inbox' });
  clear(main, h('h1', {}, 'お知らせ'), box);
  await showNotices(box, { where, refreshUnread: context.refreshUnread });
}
