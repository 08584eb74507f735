// Proposals for my people (published rounds): why this host, the other choices, and the decision
// taken with the person — accept with consent and what the host may see, or decline with a reason —
// then the site visit and first-day accompaniment (見学会・同行).
import { api, apiAll } from '../api.js';
import { h, clear, table, field, showMessage, showFieldErrors, formValues, busy, formatDate, formatDateTime } from '../ui.js';
import { TRAVEL_MODES, WORK_KINDS, SHARED_ITEMS, DECLINE_REASONS, HOST_DECLINE_REASONS, BOOKING_KINDS, PROPOSAL_STATES, label, labels, weekdays, time } from './labels.js';

const NOT_FOUND = 'この提案は見つかりません。担当外の市町村の方への提案か、まだ公開されていない提案です。';
/** The states a counter sees (a draft is not yet theirs; a superseded proposal is gone from their list). */
const COUNTER_STATES = ['PUBLISHED', 'ACCEPTED', 'CONFIRMED', 'DECLINED_BY_PERSON', 'DECLINED_BY_HOST'];

function stateOptions() {
  return [['', 'すべて'], ...PROPOSAL_STATES.filter(([code]) => COUNTER_STATES.includes(code))];
}
/** How many recent published rounds the list reads: older ones are decided or superseded. */
const RECENT_ROUNDS = 4;

function today() {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

function travel(minutes, mode) {
  return `${label(TRAVEL_MODES, mode)}で片道${minutes}分`;
}

export async function showProposals(main, context) {
  const rounds = (await api('GET', 'rounds')).filter((r) => r.published).sort((a, b) => b.id - a.id).slice(0, RECENT_ROUNDS);
  const lists = await Promise.all(rounds.map((r) => apiAll(`rounds/${r.id}/proposals`)
      .then((ps) => ps.map((p) => ({ ...p, roundStart: r.roundStart })))));
  const proposals = lists.flat();
  const filters = h('form', { class: 'filters', role: 'search', 'aria-label': '提案の絞り込み' },
      field('state', '状態', { control: 'select', value: 'PUBLISHED', options: stateOptions() }),
      field('caseCode', 'ケース番号で検索', { type: 'search', attrs: { autocomplete: 'off' } }));
  const results = h('div', {});
  function draw() {
    const f = formValues(filters);
    const text = (f.caseCode || '').trim().toLowerCase();
    const shown = proposals.filter((p) => (!f.state || p.state === f.state) && (!text || p.caseCode.toLowerCase().includes(text)));
    clear(results, table('担当する方への提案', [
      ['ケース番号', (p) => h('a', { href: '#proposal/' + p.id, dataset: { test: 'proposal-link' } }, p.caseCode)],
      ['週', (p) => formatDate(p.roundStart)],
      ['受入先', (p) => p.hostName],
      ['業務', (p) => `${p.taskTitle}（${label(WORK_KINDS, p.workKind)}）`],
      ['通所', (p) => travel(p.travelMinutes, p.travelledBy)],
      ['代わりの候補', (p) => `${p.alternatives.length}件`],
      ['状態', (p) => h('span', { class: 'badge' }, p.stateJa)],
    ], shown, { empty: '条件に合う提案はありません。' }));
  }
  filters.addEventListener('input', draw);
  // A select may change without an input event; a text box's change (on leaving it) must not redraw
  // the table under the link being clicked.
  filters.addEventListener('change', (event) => { if (event.target.tagName === 'SELECT') draw(); });
  filters.addEventListener('submit', (e) => { e.preventDefault(); draw(); });
  clear(main, h('h1', {}, '提案'),
      h('p', {}, '県が公開した週ごとのマッチング案のうち、担当する方への提案です。ご本人と相談して、受け入れるか辞退するかを記録します。'),
      filters, results);
  draw();
}

function alternativeCard(a) {
  return h('li', { class: 'card', dataset: { test: 'alternative' } },
      h('h3', {}, `候補${a.rank}：${a.hostName}`),
      h('p', {}, `${a.taskTitle}（${label(WORK_KINDS, a.workKind)}）`),
      h('p', {}, `${weekdays(a.weekdays)}曜 ${time(a.startTime)}から${a.hoursPerDay}時間・${travel(a.travelMinutes, a.travelledBy)}`),
      h('p', {}, a.explanationJa),
      a.othersMoving ? h('p', { class: 'hint' }, `この候補を選ぶと、ほかの方${a.othersMoving}人の提案が入れ替わります。`) : null);
}

export async function showProposal(main, context, id) {
  let p;
  try {
    p = await api('GET', 'proposals/' + id);
  } catch (e) {
    clear(main, h('h1', {}, '提案'), h('p', {}, h('a', { href: '#proposals' }, '提案の一覧へ戻る')));
    showMessage(main, e.status === 404 ? new Error(NOT_FOUND) : e);
    return;
  }
  const parts = [
    h('h1', {}, `提案：${p.caseCode}`),
    h('p', {}, h('a', { href: '#proposals' }, '提案の一覧へ戻る')),
    h('dl', { class: 'summary' },
        h('dt', {}, '状態'), h('dd', {}, h('span', { class: 'badge', id: 'proposal-state' }, p.stateJa)),
        h('dt', {}, '受入先'), h('dd', {}, p.hostName),
        h('dt', {}, '業務'), h('dd', {}, `${p.taskTitle}（${label(WORK_KINDS, p.workKind)}）`),
        h('dt', {}, '通所'), h('dd', {}, travel(p.travelMinutes, p.travelledBy)),
        h('dt', {}, '市町村'), h('dd', {}, context.municipalityName(p.municipalityCode)),
        p.consentDate ? [h('dt', {}, '同意日'), h('dd', {}, formatDate(p.consentDate))] : null,
        p.sharedItems && p.sharedItems.length ? [h('dt', {}, '受入先に伝える内容'), h('dd', {}, labels(SHARED_ITEMS, p.sharedItems))] : null,
        p.firstDay ? [h('dt', {}, '初日'), h('dd', {}, formatDate(p.firstDay))] : null,
        p.declineReason ? [h('dt', {}, '辞退の理由'), h('dd', {}, label(DECLINE_REASONS, p.declineReason) + (p.declineNote ? `（${p.declineNote}）` : ''))] : null,
        p.hostDeclineReason ? [h('dt', {}, '受入先の辞退理由'), h('dd', {}, label(HOST_DECLINE_REASONS, p.hostDeclineReason) + (p.hostNote ? `（${p.hostNote}）` : ''))] : null),
    h('h2', {}, 'この受入先を提案する理由'),
    h('p', { id: 'explanation' }, p.explanationJa),
    h('h2', {}, '代わりの候補'),
    p.alternatives.length ? h('ul', { class: 'cards', id: 'alternatives' }, p.alternatives.map(alternativeCard))
      : h('p', { class: 'empty', id: 'alternatives' }, '代わりの候補はありません。'),
  ];
  if (p.state === 'PUBLISHED') parts.push(decisionSection(main, context, p));
  if (p.state === 'ACCEPTED' || p.state === 'CONFIRMED') parts.push(await bookingSection(main, context, p));
  clear(main, parts);
}

function decisionSection(main, context, p) {
  const choices = [{ slotId: '', text: `提案どおり：${p.hostName}・${p.taskTitle}` },
    ...p.alternatives.map((a) => ({ slotId: String(a.slotId), text: `候補${a.rank}：${a.hostName}・${a.taskTitle}` }))];
  const slotGroup = h('fieldset', { class: 'field', dataset: { field: 'slotId' }, 'aria-describedby': 'slot-error' },
      h('legend', {}, 'どの受入先にするか'),
      choices.map((c, i) => h('div', { class: 'checkbox' },
          h('input', { type: 'radio', name: 'slotId', id: 'slot-' + i, value: c.slotId, checked: i === 0 }),
          h('label', { for: 'slot-' + i }, c.text))),
      h('p', { class: 'field-error', id: 'slot-error', 'aria-live': 'polite' }));
  const acceptButton = h('button', { type: 'submit', id: 'accept' }, '同意を得て受け入れを申し込む');
  const accept = h('form', { id: 'accept-form', novalidate: true, 'aria-labelledby': 'accept-heading' },
      h('h3', { id: 'accept-heading' }, '受け入れる（ご本人の同意あり）'),
      slotGroup,
      field('consentDate', 'ご本人が同意した日', { type: 'date', value: today(), required: true }),
      field('sharedItems', '受入先に伝えてよい内容（ご本人の同意の範囲）', { control: 'checkboxes',
        value: ['PACING_STAGE', 'ACCOMMODATIONS', 'COUNTER_CONTACT'], options: SHARED_ITEMS,
        hint: '相談の経緯や健康のことは伝わりません。チェックした項目だけが受入先に表示されます。' }),
      field('firstDayNeeds', '初日に必要なこと', { control: 'textarea', attrs: { maxlength: 1000, rows: 3 },
        hint: '「初日に必要なこと」にチェックした場合に受入先に表示されます（1000字まで）。' }),
      h('div', { class: 'actions' }, acceptButton));
  accept.addEventListener('submit', async (event) => {
    event.preventDefault();
    const v = formValues(accept);
    const body = { version: p.version, slotId: v.slotId ? Number(v.slotId) : null, consentDate: v.consentDate,
      sharedItems: v.sharedItems || [], firstDayNeeds: v.firstDayNeeds };
    await decide(main, context, p, accept, acceptButton, 'accept', body, '受け入れの申し込みを記録しました。受入先の回答を待ちます。');
  });

  const declineButton = h('button', { type: 'submit', class: 'button-secondary', id: 'decline' }, '辞退を記録する');
  const decline = h('form', { id: 'decline-form', novalidate: true, 'aria-labelledby': 'decline-heading' },
      h('h3', { id: 'decline-heading' }, '辞退する'),
      field('reason', '辞退の理由', { control: 'select', required: true, options: [['', '選んでください'], ...DECLINE_REASONS],
        hint: '「時期が合わない」「体調」の場合、今週は別の提案をしません。' }),
      field('note', 'メモ', { control: 'textarea', attrs: { maxlength: 1000, rows: 2 } }),
      h('div', { class: 'actions' }, declineButton));
  decline.addEventListener('submit', async (event) => {
    event.preventDefault();
    const v = formValues(decline);
    await decide(main, context, p, decline, declineButton, 'decline', { version: p.version, reason: v.reason, note: v.note },
        '辞退を記録しました。この受入先はこの方に再び提案されません。');
  });
  return h('section', { 'aria-labelledby': 'decision-heading', class: 'decision' },
      h('h2', { id: 'decision-heading' }, 'ご本人との相談結果'), h('div', { class: 'decision-forms' }, accept, decline));
}

async function decide(main, context, p, form, button, action, body, success) {
  try {
    await busy(button, () => api('POST', `proposals/${p.id}/${action}`, body), '記録中…');
    await showProposal(main, context, p.id);
    showMessage(main, success);
    window.scrollTo(0, 0);
  } catch (e) {
    showFieldErrors(form, e.fieldErrors);
    if (e.status === 404) showMessage(main, new Error(NOT_FOUND));
    else if (e.status === 409) showMessage(main, new Error('この提案は先に変更されたため、記録しませんでした。' + (e.message ? `（${e.message}）` : '') + ' 画面を読み込み直して確認してください。'));
    else showMessage(main, e);
  }
}

async function bookingSection(main, context, p) {
  const [bookings, staff] = await Promise.all([api('GET', `proposals/${p.id}/bookings`), api('GET', 'staff')]);
  const section = h('section', { 'aria-labelledby': 'bookings-heading' }, h('h2', { id: 'bookings-heading' }, '見学会・同行の予定'));
  const list = table('予定', [
    ['種類', (b) => b.kindLabel],
    ['日時', (b) => `${formatDateTime(b.startsAt)} 〜 ${formatDateTime(b.endsAt)}`],
    ['同行する職員', (b) => (b.staff || []).map((s) => s.name).join('、')],
    ['メモ', (b) => b.note || ''],
    ['', (b) => h('button', { type: 'button', class: 'button-secondary', onclick: async (event) => {
      try {
        await busy(event.currentTarget, () => api('DELETE', 'bookings/' + b.id), '取消中…');
        await showProposal(main, context, p.id);
        showMessage(main, '予定を取り消しました。');
      } catch (e) { showMessage(main, e); }
    } }, '取り消す')],
  ], bookings, { empty: 'まだ予定はありません。' });
  const save = h('button', { type: 'submit', id: 'book' }, '予定を登録する');
  const form = h('form', { id: 'booking-form', novalidate: true, 'aria-labelledby': 'booking-heading' },
      h('h3', { id: 'booking-heading' }, '予定を登録する'),
      field('kind', '種類', { control: 'select', value: p.state === 'CONFIRMED' ? 'ACCOMPANIMENT' : 'VISIT', options: BOOKING_KINDS,
        hint: '見学会は初日より前に、同行は受入決定後の初日に行います。' }),
      h('div', { class: 'form-grid' },
          field('startsAt', '開始', { type: 'datetime-local', required: true }),
          field('endsAt', '終了', { type: 'datetime-local', required: true })),
      field('staffIds', '同行する職員', { control: 'checkboxes', required: true,
        options: staff.map((s) => [String(s.id), s.name + (s.prefectural ? '（県）' : '')]) }),
      field('note', 'メモ', { control: 'textarea', attrs: { maxlength: 1000, rows: 2 } }),
      h('div', { class: 'actions' }, save));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const v = formValues(form);
    const body = { kind: v.kind, startsAt: v.startsAt, endsAt: v.endsAt, staffIds: (v.staffIds || []).map(Number), note: v.note };
    try {
      await busy(save, () => api('POST', `proposals/${p.id}/bookings`, body), '登録中…');
      await showProposal(main, context, p.id);
      showMessage(main, '予定を登録しました。');
    } catch (e) {
      showFieldErrors(form, e.fieldErrors);
      showMessage(main, e);
    }
  });
  section.append(list, form);
  return section;
}
