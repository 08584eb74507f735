// The person page's exclusion requests (除外の依頼): the counter asks the coordinator not to propose a
// host or a task to the person again, with the reason, and sees where each request stands.
import { api, apiAll } from '../api.js';
import { h, clear, field, table, showMessage, showFieldErrors, formValues, busy, formatDateTime } from '../ui.js';
import { EXCLUSION_REASONS } from '../vocabulary.js';

/** How many published rounds back the person's proposals are offered as choices. */
const RECENT_ROUNDS = 4;
const BY_NUMBER = 'HOST:number';

function target(r) {
  if (r.level === 'HOST') return `事業所「${r.hostName}」（番号 ${r.hostId}）のすべての枠`;
  if (r.level === 'TASK') return `業務「${r.taskTitle}」（${r.hostName}）のすべての枠`;
  return `受入枠 ${r.slotId}（${r.hostName}・${r.taskTitle}）`;
}

function stateText(r) {
  if (r.state === 'DECLINED') return [h('strong', {}, r.stateJa), `：${r.declineReason}`];
  if (r.state === 'CONFIRMED' && r.exclusionActive === false) return '除外が確定（その後解除）';
  return r.state === 'PENDING' ? h('strong', {}, r.stateJa) : r.stateJa;
}

/** The person's proposals of the latest published rounds, newest first: the places to choose from. */
async function recentProposals(personId) {
  const rounds = (await api('GET', 'rounds')).filter((r) => r.published).sort((a, b) => b.id - a.id).slice(0, RECENT_ROUNDS);
  const lists = await Promise.all(rounds.map((r) => apiAll(`rounds/${r.id}/proposals`)));
  return lists.flat().filter((p) => p.candidateId === personId);
}

/** Choices of what to exclude: the host or the task of each proposal, once each, then a host by number. */
function targetOptions(proposals) {
  const options = [['', '選んでください']];
  const seen = new Set();
  for (const p of proposals) {
    const host = `HOST:${p.slotId}`;
    if (!seen.has('h' + p.hostId)) {
      seen.add('h' + p.hostId);
      options.push([host, `事業所「${p.hostName}」のすべての枠（第${p.roundId}回の提案から）`]);
    }
    if (!seen.has('t' + p.hostId + p.taskTitle)) {
      seen.add('t' + p.hostId + p.taskTitle);
      options.push([`TASK:${p.slotId}`, `業務「${p.taskTitle}」（${p.hostName}）のすべての枠（第${p.roundId}回の提案から）`]);
    }
  }
  options.push([BY_NUMBER, '事業所を番号で指定する']);
  return options;
}

/** The request body from the form; the server's complaint about the place is shown beside the choice. */
function requestBody(form) {
  const v = formValues(form);
  const body = { reason: v.reason, note: v.note };
  if (v.place === BY_NUMBER) {
    Object.assign(body, { level: 'HOST', hostId: v.hostId });
  } else if (v.place) {
    const [level, slotId] = v.place.split(':');
    Object.assign(body, { level, slotId: Number(slotId) });
  }
  return body;
}

function fieldErrorsOf(e, form) {
  const errors = { ...(e.fieldErrors || {}) };
  for (const name of ['level', 'slotId', 'taskId']) {
    if (errors[name]) errors.place = errors[name];
  }
  if (errors.hostId && form.place.value !== BY_NUMBER) errors.place = errors.hostId;
  return errors;
}

/** The section of the person page; it fills itself in once the requests and proposals are read. */
export function exclusionRequestSection(person) {
  const section = h('section', { class: 'exclusion-requests', 'aria-labelledby': 'exclusion-requests-heading' },
      h('h2', { id: 'exclusion-requests-heading' }, '紹介しない事業所・業務の依頼'),
      h('p', { class: 'hint' }, '以前の勤務先など、今後この方に提案しないでほしい事業所や業務を、コーディネーターに依頼します。'
          + 'コーディネーターが確定すると、次の計算から提案されません。'));
  const body = h('div', { role: 'region', 'aria-live': 'polite' }, h('p', {}, '読み込み中…'));
  section.append(body);
  draw(person, body);
  return section;
}

async function draw(person, body) {
  let requests;
  let proposals = [];
  try {
    [requests, proposals] = await Promise.all([api('GET', `candidates/${person.id}/exclusion-requests`),
      recentProposals(person.id).catch(() => [])]);
  } catch (e) {
    clear(body);
    showMessage(body, e);
    return;
  }
  const list = table('これまでの依頼', [
    ['依頼した内容', (r) => target(r)],
    ['理由', (r) => r.reasonJa + (r.note ? '：' + r.note : '')],
    ['依頼した人・日時', (r) => `${r.requestedBy}（${formatDateTime(r.requestedAt)}）`],
    ['状態', (r) => stateText(r)],
  ], requests, { empty: 'まだ依頼はありません。' });

  const save = h('button', { type: 'submit', id: 'request-exclusion' }, '除外を依頼する');
  const hostNumber = field('hostId', '事業所の番号', { type: 'number',
    hint: '「事業所を番号で指定する」を選んだときに入力します（社会資源の画面で番号を確認できます）。',
    attrs: { inputmode: 'numeric', min: 1 } });
  const form = h('form', { id: 'exclusion-request-form', novalidate: true, 'aria-label': '除外の依頼' },
      field('place', '提案しないでほしいもの', { control: 'select', required: true, options: targetOptions(proposals),
        hint: proposals.length ? 'これまでの提案の事業所・業務から選ぶか、事業所を番号で指定します。'
          : 'これまでの提案はありません。事業所を番号で指定してください。' }),
      hostNumber,
      field('reason', '理由', { control: 'select', required: true, options: [['', '選んでください'], ...EXCLUSION_REASONS] }),
      field('note', '補足', { control: 'textarea', hint: '理由が「その他」のときは必ず書きます（1000字まで）。氏名は書かないでください。',
        attrs: { maxlength: 1000, rows: 2 } }),
      h('div', { class: 'actions' }, save));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const local = {};
    if (!form.place.value) local.place = '提案しないでほしい事業所・業務を選んでください。';
    if (form.place.value === BY_NUMBER && !form.hostId.value) local.hostId = '事業所の番号を入力してください。';
    if (!form.reason.value) local.reason = '理由を選んでください。';
    if (form.reason.value === 'OTHER' && !form.note.value.trim()) local.note = '理由が「その他」のときは内容を書いてください。';
    if (Object.keys(local).length) {
      showFieldErrors(form, local);
      return;
    }
    try {
      await busy(save, () => api('POST', `candidates/${person.id}/exclusion-requests`, requestBody(form)), '送信中…');
      await draw(person, body);
      showMessage(body, '除外を依頼しました。コーディネーターが確認します。');
    } catch (e) {
      showFieldErrors(form, fieldErrorsOf(e, form));
      showMessage(body, e.status === 404
        ? new Error('この支援対象者は見つかりません。担当外の市町村の記録か、登録されていない番号です。') : e);
    }
  });
  clear(body, list, person.status === 'WITHDRAWN' ? null : form);
}
