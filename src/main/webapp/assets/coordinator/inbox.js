// The coordinators' inbox (new proposals, answers, declines, overdue follow-ups...) with read marks,
// and the people whose programme reaches its one-year limit soon.
import { api } from '../api.js';
import { clear, showMessage, formatDate } from '../ui.js';
import { showInbox } from '../inbox.js';
import { coordinatorPage, dataTable, namesByCode } from './common.js';

const main = document.querySelector('main');
const inboxBox = document.getElementById('inbox');
const limitsBox = document.getElementById('limits');

/** Where a notice's subject is shown on the coordinator's screens. */
function where(notice) {
  if (!notice.subjectId) return null;
  switch (notice.subjectType) {
    case 'proposal': return [`coordinator-round.html?proposal=${notice.subjectId}`, '提案を開く'];
    case 'round': return [`coordinator-round.html?round=${notice.subjectId}`, 'マッチングの回を開く'];
    default: return null;
  }
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
  const session = await coordinatorPage('お知らせ');
  try {
    const names = namesByCode(await api('GET', 'municipalities'));
    await Promise.all([showInbox(inboxBox, { where, refreshUnread: session.refreshUnread, headingLevel: 'h3' }),
      loadLimits(names)]);
  } catch (e) {
    showMessage(main, e);
  }
}

start();
