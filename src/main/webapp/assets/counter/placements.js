// Placements of my people (受入中): follow-ups to record, step suggestions to take or set aside with
// the person, and the end of a placement with its outcome.
import { api } from '../api.js';
import { h, clear, table, field, showMessage, showFieldErrors, formValues, busy, formatDate } from '../ui.js';
import { PLACEMENT_OUTCOMES, SUGGESTION_STATES, label } from './labels.js';

const NOT_FOUND = 'この受入は見つかりません。担当外の市町村の方の記録か、存在しない番号です。';

function today() {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

function stage(s) {
  return s ? `1日${s.hoursPerDay}時間・週${s.daysPerWeek}日` : '';
}

export async function showPlacements(main, context) {
  const filters = h('form', { class: 'filters', 'aria-label': '受入の絞り込み' },
      field('active', '表示する受入', { control: 'select', value: 'true', options: [['true', '受入中のみ'], ['false', '終了したものも含む']] }));
  const results = h('div', {});
  async function draw() {
    const active = formValues(filters).active;
    const placements = await api('GET', 'placements?active=' + active);
    clear(results, table('担当する方の受入', [
      ['ケース番号', (p) => h('a', { href: '#placement/' + p.id }, p.caseCode)],
      ['受入先', (p) => `${p.hostName}・${p.taskTitle}`],
      ['開始日', (p) => formatDate(p.startDate)],
      ['ステップ', (p) => `1日${p.plannedHours}時間・週${p.plannedDays}日`],
      ['期限切れのフォローアップ', (p) => (p.overdueFollowUps ? h('span', { class: 'badge badge-alert' }, `${p.overdueFollowUps}件`) : 'なし')],
      ['状態', (p) => (p.state === 'ACTIVE' ? '受入中' : `終了：${p.outcomeJa || ''}`)],
    ], placements, { empty: '該当する受入はありません。' }));
  }
  filters.addEventListener('change', () => draw().catch((e) => showMessage(main, e)));
  await draw();
  clear(main, h('h1', {}, '受入中の方'), filters, results);
}

export async function showPlacement(main, context, id) {
  let p;
  try {
    p = await api('GET', 'placements/' + id);
  } catch (e) {
    clear(main, h('h1', {}, '受入'), h('p', {}, h('a', { href: '#placements' }, '一覧へ戻る')));
    showMessage(main, e.status === 404 ? new Error(NOT_FOUND) : e);
    return;
  }
  const reload = async (message) => { await showPlacement(main, context, id); showMessage(main, message); };
  const act = async (button, form, method, path, body, message) => {
    try {
      await busy(button, () => api(method, path, body), '記録中…');
      await reload(message);
    } catch (e) {
      if (form) showFieldErrors(form, e.fieldErrors);
      showMessage(main, e.status === 404 ? new Error(NOT_FOUND) : e);
    }
  };

  const followUps = table('フォローアップ', [
    ['内容', (f) => f.label],
    ['期日', (f) => [formatDate(f.dueOn), f.overdue ? h('span', { class: 'badge badge-alert' }, '期限切れ') : null]],
    ['実施', (f) => (f.doneOn ? `${formatDate(f.doneOn)} ${f.note || ''}` : doneForm(f))],
  ], p.followUps || [], { empty: 'フォローアップの予定はありません。' });

  function doneForm(f) {
    const button = h('button', { type: 'submit' }, '実施を記録');
    const form = h('form', { class: 'inline-form', novalidate: true, 'aria-label': `${f.label}の実施` },
        field('doneOn', '実施日', { type: 'date', value: today(), required: true }),
        field('note', 'メモ', { attrs: { maxlength: 2000 } }), button);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const v = formValues(form);
      act(button, form, 'POST', `placements/${p.id}/follow-ups/${f.id}/done`, { version: f.version, doneOn: v.doneOn, note: v.note },
          'フォローアップの実施を記録しました。');
    });
    return form;
  }

  const suggestions = (p.suggestions || []).map((s) => h('li', { class: 'card' },
      h('h3', {}, s.direction === 'UP' ? 'ステップアップの提案' : 'ステップを下げる提案'),
      h('p', {}, `${stage(s.from)} → ${stage(s.to)}`),
      h('p', {}, s.reasonJa),
      h('p', {}, `状態：${label(SUGGESTION_STATES, s.state)}`),
      s.state === 'OPEN' ? h('div', { class: 'actions' },
          h('button', { type: 'button', onclick: (e) => act(e.currentTarget, null, 'POST',
              `placements/${p.id}/step-suggestions/${s.id}/accept`, { version: s.version, currentSlotCanStepUp: true },
              'ステップの変更を記録しました。') }, '採用する（今の受入先で）'),
          h('button', { type: 'button', class: 'button-secondary', onclick: (e) => act(e.currentTarget, null, 'POST',
              `placements/${p.id}/step-suggestions/${s.id}/accept`, { version: s.version, currentSlotCanStepUp: false },
              'ステップの変更を記録しました。次回以降のマッチングで合う受入先を探します。') }, '採用する（別の受入先を探す）'),
          h('button', { type: 'button', class: 'button-secondary', onclick: (e) => act(e.currentTarget, null, 'POST',
              `placements/${p.id}/step-suggestions/${s.id}/dismiss`, { version: s.version }, '提案を見送りました。') }, '見送る'))
        : null));

  const parts = [
    h('h1', {}, `受入：${p.caseCode}`),
    h('p', {}, h('a', { href: '#placements' }, '一覧へ戻る')),
    h('dl', { class: 'summary' },
        h('dt', {}, '受入先'), h('dd', {}, `${p.hostName}・${p.taskTitle}`),
        h('dt', {}, '開始日'), h('dd', {}, formatDate(p.startDate)),
        h('dt', {}, 'ステップ'), h('dd', {}, `1日${p.plannedHours}時間・週${p.plannedDays}日`),
        h('dt', {}, '状態'), h('dd', {}, p.state === 'ACTIVE' ? '受入中' : `終了（${formatDate(p.endedOn)}）：${p.outcomeJa || ''} ${p.endReason || ''}`)),
    h('h2', {}, 'フォローアップ'), followUps,
    h('h2', {}, 'ステップの提案'),
    suggestions.length ? h('ul', { class: 'cards' }, suggestions) : h('p', { class: 'empty' }, 'ステップの提案はありません。'),
  ];
  if (p.attendance && p.attendance.length) {
    parts.push(h('h2', {}, '出席（受入先の記録）'), table('週ごとの出席', [
      ['週', (w) => formatDate(w.weekStart)], ['日数', (w) => `${w.daysAttended}日`], ['時間', (w) => `${w.hoursAttended}時間`],
    ], p.attendance));
  }
  if (p.state === 'ACTIVE') {
    const button = h('button', { type: 'submit', class: 'button-danger' }, '受入を終了する');
    const end = h('form', { novalidate: true, 'aria-labelledby': 'end-heading' },
        h('h2', { id: 'end-heading' }, '受入の終了'),
        h('div', { class: 'form-grid' },
            field('endedOn', '終了日', { type: 'date', value: today(), required: true }),
            field('outcome', '結果', { control: 'select', required: true, options: [['', '選んでください'], ...PLACEMENT_OUTCOMES] })),
        field('reason', '理由', { control: 'textarea', required: true, attrs: { maxlength: 1000, rows: 2 } }),
        h('div', { class: 'actions' }, button));
    end.addEventListener('submit', (event) => {
      event.preventDefault();
      const v = formValues(end);
      act(button, end, 'POST', `placements/${p.id}/end`, { version: p.version, endedOn: v.endedOn, outcome: v.outcome, reason: v.reason },
          `受入を終了しました（${label(PLACEMENT_OUTCOMES, v.outcome)}）。`);
    });
    parts.push(end);
  }
  clear(main, parts);
}
