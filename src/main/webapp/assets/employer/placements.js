// Attendance (出席の記録) of the placements at the host: one small form per week, named by its Monday,
// from the week of the first day to this week. Recording a week again corrects it.
import { api } from '../api.js';
import { h, clear, field, showFieldErrors, formValues, busy, showMessage } from '../ui.js';
import { dayText, weekText, mondayOf, addDays, todayInJapan } from './labels.js';
import { takeFlash, notFoundMessage, inWords } from './messages.js';
import { backLink } from './slots.js';

export async function showPlacements({ main }) {
  const placements = await api('GET', 'placements');
  clear(main,
      h('h1', {}, '出席の記録'),
      h('p', { class: 'lead' }, '受け入れている方の、週ごとの出席日数と時間を記録します。相談窓口がご本人の様子を知る手がかりになります。'));
  takeFlash(main);
  if (!placements.length) {
    main.append(h('p', { class: 'empty' }, '今受け入れている方はいません。'));
    return;
  }
  const thisWeek = mondayOf(todayInJapan());
  main.append(h('ul', { class: 'cards' }, placements.map((p) => {
    const recorded = new Set((p.attendance || []).map((w) => w.weekStart));
    const weeks = weeksOf(p);
    const missing = weeks.filter((w) => !recorded.has(w)).length;
    return h('li', {}, h('article', { class: 'card placement-card', dataset: { placementId: p.id } },
        h('div', { class: 'card-title' },
            h('h3', {}, p.taskTitle),
            !weeks.length ? h('span', { class: 'badge' }, '初日前')
              : missing ? h('span', { class: 'badge badge-waiting' }, '未記録 ' + missing + '週')
                : h('span', { class: 'badge badge-open' }, '記録済み')),
        h('dl', { class: 'facts' },
            [h('dt', {}, '受付番号'), h('dd', {}, String(p.proposalId))],
            [h('dt', {}, '初日'), h('dd', {}, dayText(p.startDate))],
            [h('dt', {}, '予定'), h('dd', {}, '週' + p.plannedDays + '日・1日' + p.plannedHours + '時間')],
            [h('dt', {}, '今週'), h('dd', {}, recorded.has(thisWeek) ? '記録済み' : 'まだ記録していません')]),
        h('div', { class: 'actions card-actions' },
            h('a', { class: 'button', href: '#placement/' + p.id, 'aria-label': p.taskTitle + '（受付番号 ' + p.proposalId + '）の出席を記録' },
                '出席を記録'))));
  })));
}

/** The Mondays a host may record for a placement: from the week of its first day to this week, newest first. */
function weeksOf(placement) {
  const first = mondayOf(placement.startDate);
  const last = mondayOf(todayInJapan());
  const weeks = [];
  for (let week = last; week >= first; week = addDays(week, -7)) weeks.push(week);
  return weeks;
}

export async function showPlacement(context, id) {
  const { main } = context;
  let placement;
  try {
    placement = await api('GET', 'placements/' + id);
  } catch (e) {
    const box = h('div');
    clear(main, backLink('#placements', '出席の記録に戻る'), h('h1', {}, '出席の記録'), box);
    showMessage(box, e.status === 404 ? notFoundMessage('この受入') : e);
    return;
  }
  render(context, placement, null);
}

function render(context, placement, chosenWeek) {
  const { main } = context;
  const weeks = weeksOf(placement);
  if (!weeks.length) {
    clear(main, backLink('#placements', '出席の記録に戻る'), h('h1', {}, placement.taskTitle),
        h('p', { class: 'message message-info', role: 'status' },
            '初日は ' + dayText(placement.startDate) + ' です。初日の週から出席を記録できます。'));
    return;
  }
  const byWeek = new Map((placement.attendance || []).map((w) => [w.weekStart, w]));
  const week = chosenWeek || weeks.find((w) => !byWeek.has(w)) || weeks[0];
  const earlier = byWeek.get(week);
  const form = h('form', { id: 'attendance-form', class: 'stack-form', novalidate: true },
      field('weekStart', '週', { control: 'select', value: week, required: true,
        options: weeks.map((w) => [w, weekText(w) + (byWeek.has(w) ? '（記録済み）' : '')]) }),
      h('div', { class: 'form-grid' },
          field('daysAttended', '来た日数', { type: 'number', required: true, value: earlier ? earlier.daysAttended : '',
            hint: '予定は週' + placement.plannedDays + '日です（0〜7日）', attrs: { min: 0, max: 7, inputmode: 'numeric' } }),
          field('hoursAttended', '合計の時間', { type: 'number', required: true, value: earlier ? earlier.hoursAttended : '',
            hint: '予定は1日' + placement.plannedHours + '時間です。30分は 0.5 と入力します。',
            attrs: { min: 0, max: 80, step: 0.5, inputmode: 'decimal' } })),
      h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'save-attendance' }, 'この週の出席を記録')));
  const weekSelect = form.querySelector('select[name=weekStart]');
  weekSelect.addEventListener('change', () => {
    const recorded = byWeek.get(weekSelect.value);
    form.daysAttended.value = recorded ? recorded.daysAttended : '';
    form.hoursAttended.value = recorded ? recorded.hoursAttended : '';
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = formValues(form);
    try {
      const saved = await busy(form.querySelector('#save-attendance'), () => api('PUT',
          'placements/' + placement.id + '/attendance/' + values.weekStart,
          { daysAttended: values.daysAttended, hoursAttended: values.hoursAttended }), '記録中…');
      render(context, saved, values.weekStart);
      showMessage(main, weekText(values.weekStart) + 'の出席を記録しました。');
      main.querySelector('#attendance-heading').focus();
    } catch (e) {
      showFieldErrors(form, inWords(form, e.fieldErrors));
      showMessage(main, Object.keys(e.fieldErrors || {}).length
        ? new Error('入力内容を確認してください。赤く示した項目に理由を書いています。') : e);
      form.querySelector('.invalid input, .invalid select')?.focus();
    }
  });
  clear(main,
      backLink('#placements', '出席の記録に戻る'),
      h('h1', { id: 'attendance-heading', tabindex: -1 }, placement.taskTitle),
      h('p', {}, '受付番号 ' + placement.proposalId + '・初日 ' + dayText(placement.startDate)),
      h('section', { class: 'card', 'aria-labelledby': 'week-form-heading' },
          h('h2', { id: 'week-form-heading' }, '週の出席を記録'), form),
      h('section', { 'aria-labelledby': 'recorded-heading' },
          h('h2', { id: 'recorded-heading' }, 'これまでの記録'),
          byWeek.size
            ? h('ul', { class: 'week-list', 'data-test': 'recorded-weeks' }, [...byWeek.values()].reverse().map((w) => h('li', {},
                h('span', { class: 'week-name' }, weekText(w.weekStart)),
                h('span', { class: 'week-figures' }, w.daysAttended + '日・' + Number(w.hoursAttended) + '時間'),
                h('button', { type: 'button', class: 'button-secondary button-small',
                  'aria-label': weekText(w.weekStart) + 'の記録を直す',
                  onclick: () => { weekSelect.value = w.weekStart; weekSelect.dispatchEvent(new Event('change')); form.daysAttended.focus(); } },
                '直す'))))
            : h('p', { class: 'empty' }, 'まだ記録はありません。')));
}
