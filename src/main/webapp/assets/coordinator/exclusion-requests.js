// The counters' exclusion requests waiting for the coordinator (除外の依頼): confirm, which excludes
// the host, task or slot for the person, or decline with a reason the counter reads.
import { api } from '../api.js';
import { h, clear, field, showMessage, showFieldErrors, busy, formatDateTime } from '../ui.js';
import { dataTable } from './common.js';
import { EXCLUSION_REASONS } from '../vocabulary.js';

export { EXCLUSION_REASONS };

/**
 * The choice of level when excluding from a proposal, phrased from the proposal's side (the screens'
 * words, not the level's name, which the exclusions carry as levelJa).
 */
export function levelOptions() {
  return [['SLOT', 'この受入枠だけ'], ['TASK', 'この業務のすべての枠'], ['HOST', 'この事業所のすべての枠']];
}

/** What an exclusion or a request names, in words. */
export function exclusionTarget(x) {
  if (x.level === 'HOST') return `事業所「${x.hostName}」のすべての枠`;
  if (x.level === 'TASK') return `業務「${x.taskTitle}」（${x.hostName}）のすべての枠`;
  return `受入枠 ${x.slotId}（${x.hostName}・${x.taskTitle}）`;
}

/**
 * The waiting requests into `box`; `done(message)` is called after a decision, so that the page
 * reads the exclusions and drafts again.
 */
export async function drawExclusionRequests(box, done) {
  const requests = await api('GET', 'exclusion-requests');
  clear(box, h('h3', { id: 'exclusion-requests-heading' }, `窓口からの除外の依頼（確認待ち ${requests.length}件）`),
      dataTable('確認待ちの除外の依頼', [
        ['ケース', (r) => r.caseCode, 'nowrap'],
        ['依頼の内容', (r) => exclusionTarget(r)],
        ['理由', (r) => r.reasonJa + (r.note ? '：' + r.note : '')],
        ['依頼した窓口・日時', (r) => `${r.requestedBy}（${formatDateTime(r.requestedAt)}）`],
        ['判断', (r) => decision(box, r, done)],
      ], requests, { test: 'exclusion-requests-table', empty: '確認待ちの依頼はありません。' }));
}

function decision(box, r, done) {
  const confirm = h('button', { type: 'button', 'aria-label': `${r.caseCode} の依頼を確定して除外する` }, '確定して除外する');
  confirm.addEventListener('click', () => busy(confirm, async () => {
    try {
      await api('POST', `exclusion-requests/${r.id}/confirm`, { version: r.version });
      await done(`${r.caseCode} の${exclusionTarget(r)}を除外しました。再計算すると別の受入枠を探します。`);
    } catch (e) {
      showMessage(box, e);
    }
  }, '確定しています…'));
  const reason = field('reason', '見送る理由', { control: 'textarea', required: true,
    hint: '窓口に伝わります（1000字まで）。', attrs: { maxlength: 1000, rows: 2 } });
  const send = h('button', { type: 'submit', class: 'button-secondary' }, '見送る');
  const form = h('form', { novalidate: true, class: 'decline-request-form' }, reason, h('div', { class: 'actions' }, send));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!form.reason.value.trim()) {
      showFieldErrors(form, { reason: '見送る理由を書いてください。' });
      return;
    }
    busy(send, async () => {
      try {
        await api('POST', `exclusion-requests/${r.id}/decline`, { version: r.version, reason: form.reason.value });
        await done(`${r.caseCode} の依頼を見送りました。窓口に理由が伝わります。`);
      } catch (e) {
        showFieldErrors(form, e.fieldErrors);
        showMessage(box, e);
      }
    }, '送信しています…');
  });
  return h('div', {}, confirm, h('details', {}, h('summary', {}, '見送る（理由を書く）'), form));
}
