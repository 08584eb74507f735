// 仕事の切り出し / 受入枠: the host's carved-out tasks with their slots as cards, the forms to add and
// change them, and closing a slot to new people (the slot's "open" flag; the coordinator's round only
// proposes open slots). Every change sends the version it read; a stale one is explained, not lost.
import { api } from '../api.js';
import { h, clear, field, showFieldErrors, formValues, busy, showMessage } from '../ui.js';
import {
  WEEKDAYS, WORK_KINDS, PHYSICAL_LOADS, CUSTOMER_CONTACTS, PROGRAMMES, MONTHS, label, weekdaysText, timeText, dayText,
  todayInJapan, addDays,
} from './labels.js';
import { flash, takeFlash, notFoundMessage, inWords } from './messages.js';

const STALE = 'ほかの人（県の担当者や同じ事業所の方）が先にこの記録を変更しました。入力した内容は残してあります。'
    + '「最新の内容を読み込む」を押して、もう一度変更してください。';

export async function showSlots({ main }) {
  const [tasks, slots] = await Promise.all([api('GET', 'tasks'), api('GET', 'slots')]);
  clear(main,
      h('h1', {}, '仕事と受入枠'),
      h('p', { class: 'lead' }, '切り出した仕事（業務）ごとに、受け入れる曜日・時間・人数（受入枠）を登録します。'),
      h('div', { class: 'actions' },
          h('a', { class: 'button', href: '#slot/new', id: 'add-slot' }, '受入枠を追加'),
          h('a', { class: 'button button-secondary', href: '#task/new', id: 'add-task' }, '仕事を追加')));
  takeFlash(main);
  if (!tasks.length) {
    main.append(h('p', { class: 'empty' }, 'まだ仕事が登録されていません。「仕事を追加」から登録してください。'));
    return;
  }
  for (const task of tasks) {
    const own = slots.filter((s) => s.taskId === task.id);
    main.append(h('section', { class: 'task-section', 'aria-labelledby': 'task-' + task.id },
        h('div', { class: 'task-heading' },
            h('h2', { id: 'task-' + task.id }, task.title),
            h('p', { class: 'task-facts' },
                label(WORK_KINDS, task.workKind) + '・身体の負担 ' + label(PHYSICAL_LOADS, task.physicalLoad)
                + '・接客 ' + label(CUSTOMER_CONTACTS, task.customerContact) + '・担当 ' + task.supervisorName),
            h('a', { class: 'button button-secondary button-small', href: '#task/' + task.id,
              'aria-label': '仕事「' + task.title + '」を編集' }, '仕事を編集')),
        own.length
          ? h('ul', { class: 'cards' }, own.map((slot) => h('li', {}, slotCard(slot, task, main))))
          : h('p', { class: 'empty' }, 'この仕事の受入枠はまだありません。')));
  }
}

function slotCard(slot, task, main) {
  const card = h('article', { class: 'card slot-card' + (slot.open ? '' : ' slot-closed'), dataset: { slotId: slot.id } });
  const render = (s) => {
    clear(card,
        h('div', { class: 'card-title' },
            h('h3', {}, weekdaysText(s.weekdays) + ' ' + timeText(s.startTime) + '〜'),
            h('span', { class: 'badge ' + (s.open ? 'badge-open' : 'badge-closed'), 'data-test': 'slot-state' },
                s.open ? '受付中' : '受付終了')),
        h('dl', { class: 'facts' },
            fact('受入枠番号', s.externalRef),
            fact('時間', timeText(s.startTime) + 'から ' + s.hoursPerDay + '時間'),
            fact('期間', dayText(s.openFrom) + '〜' + dayText(s.openUntil)),
            fact('季節', s.seasonMonths.length ? s.seasonMonths.map((m) => m + '月').join('・') : '通年'),
            fact('定員', s.capacity + '人'),
            fact('送迎', s.pickUpFrom.length ? 'あり（' + s.pickUpFrom.length + '市町村）' : 'なし')),
        h('div', { class: 'actions card-actions' },
            h('a', { class: 'button button-secondary', href: '#slot/' + s.id,
              'aria-label': task.title + ' ' + weekdaysText(s.weekdays) + 'の受入枠を編集' }, '編集'),
            h('button', { type: 'button', class: s.open ? 'button-danger' : 'button-secondary', 'data-test': 'toggle-open',
              onclick: (event) => toggle(event.currentTarget, s) }, s.open ? '受付を終了' : '受付を再開')));
    card.classList.toggle('slot-closed', !s.open);
  };
  const toggle = async (button, s) => {
    try {
      const saved = await busy(button, () => api('PUT', 'slots/' + s.id, { ...slotInput(s), open: !s.open }), '保存中…');
      render(saved);
      showMessage(main, saved.open ? '受入枠の受付を再開しました。' : '受入枠の受付を終了しました。新しい提案には使われません。');
      card.querySelector('[data-test=toggle-open]').focus();
    } catch (e) {
      showMessage(main, e.status === 409 ? new Error(e.message + ' 画面を読み込み直してから、もう一度操作してください。') : e);
    }
  };
  render(slot);
  return card;
}

function fact(term, value) {
  return [h('dt', {}, term), h('dd', {}, value)];
}

/** What the API takes back of a slot it answered. */
function slotInput(s) {
  return {
    taskId: s.taskId, externalRef: s.externalRef, weekdays: s.weekdays, startTime: timeText(s.startTime),
    hoursPerDay: s.hoursPerDay, openFrom: s.openFrom, openUntil: s.openUntil, seasonMonths: s.seasonMonths,
    capacity: s.capacity, pickUpFrom: s.pickUpFrom, programmes: s.programmes, open: s.open, version: s.version,
  };
}

function newReference(prefix) {
  const bytes = crypto.getRandomValues(new Uint8Array(3));
  return prefix + '-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
}

export async function showSlotForm(context, id) {
  const { main } = context;
  let slot;
  try {
    slot = id ? await api('GET', 'slots/' + id) : null;
  } catch (e) {
    const box = h('div');
    clear(main, backLink('#slots', '仕事と受入枠に戻る'), h('h1', {}, '受入枠'), box);
    showMessage(box, e.status === 404 ? notFoundMessage('この受入枠') : e);
    return;
  }
  const [tasks, municipalities] = await Promise.all([api('GET', 'tasks'), api('GET', 'municipalities')]);
  if (!tasks.length) {
    clear(main, h('h1', {}, '受入枠を追加'),
        h('p', { class: 'empty' }, '先に仕事を登録してください。'), h('a', { class: 'button', href: '#task/new' }, '仕事を追加'));
    return;
  }
  const task = slot ? tasks.find((t) => t.id === slot.taskId) : null;
  const values = slot || {
    taskId: tasks[0].id, externalRef: newReference('S'), weekdays: [], startTime: '09:00', hoursPerDay: 2,
    openFrom: todayInJapan(), openUntil: addDays(todayInJapan(), 182), seasonMonths: [], capacity: 1,
    pickUpFrom: [], programmes: [], open: true,
  };
  const version = h('input', { type: 'hidden', name: 'version', value: slot ? slot.version : '' });
  const form = h('form', { id: 'slot-form', class: 'stack-form', novalidate: true },
      slot
        ? [h('input', { type: 'hidden', name: 'taskId', value: slot.taskId }),
           h('p', { class: 'readonly-fact' }, h('span', { class: 'readonly-label' }, '仕事'), task ? task.title : '')]
        : field('taskId', '仕事', { control: 'select', required: true, value: values.taskId,
            options: tasks.map((t) => [t.id, t.title]) }),
      field('externalRef', '受入枠番号', { value: values.externalRef, required: true,
        hint: slot ? '登録後は変更できません。' : '事業所の中でこの受入枠を見分ける番号です（英数字・ハイフン）。そのままでもかまいません。',
        attrs: { readonly: slot ? true : null, autocapitalize: 'none', spellcheck: 'false', maxlength: 40 } }),
      field('weekdays', '曜日', { control: 'checkboxes', value: values.weekdays, required: true, options: WEEKDAYS }),
      h('div', { class: 'form-grid' },
          field('startTime', '開始時刻', { type: 'time', value: timeText(values.startTime), required: true }),
          field('hoursPerDay', '1日の時間（時間）', { type: 'number', value: values.hoursPerDay, required: true,
            hint: '1〜8時間', attrs: { min: 1, max: 8, inputmode: 'numeric' } }),
          field('openFrom', '受入の開始日', { type: 'date', value: values.openFrom, required: true }),
          field('openUntil', '受入の終了日', { type: 'date', value: values.openUntil, required: true }),
          field('capacity', '定員（同時に受け入れる人数）', { type: 'number', value: values.capacity, required: true,
            hint: '1〜20人', attrs: { min: 1, max: 20, inputmode: 'numeric' } })),
      field('seasonMonths', '受け入れる月', { control: 'checkboxes', value: values.seasonMonths.map(String),
        options: MONTHS, hint: '選ばなければ通年です。' }),
      field('programmes', '対象の支援メニュー', { control: 'checkboxes', value: values.programmes, options: PROGRAMMES,
        hint: '選ばなければ、どの支援メニューの方も対象です。' }),
      h('details', { class: 'field-details', open: values.pickUpFrom.length ? true : null },
          h('summary', {}, '送迎できる市町村（' + values.pickUpFrom.length + '）'),
          field('pickUpFrom', '送迎できる市町村', { control: 'checkboxes', value: values.pickUpFrom,
            options: municipalities.map((m) => [m.code, m.name]), hint: '送迎しない場合は選ばないでください。' })),
      h('div', { class: 'field checkbox-field', dataset: { field: 'open' } },
          h('div', { class: 'checkbox' },
              h('input', { type: 'checkbox', id: 'slot-open', name: 'open', checked: values.open }),
              h('label', { for: 'slot-open' }, '新しい人を受け付ける（受付中）')),
          h('p', { class: 'field-error', 'aria-live': 'polite' })),
      version,
      h('div', { class: 'actions' },
          h('button', { type: 'submit', id: 'save-slot' }, slot ? '変更を保存' : '受入枠を登録'),
          h('a', { class: 'button button-secondary', href: '#slots' }, 'やめる')));
  clear(main, backLink('#slots', '仕事と受入枠に戻る'),
      h('h1', {}, slot ? '受入枠を編集' : '受入枠を追加'), form);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = formValues(form);
    input.taskId = Number(input.taskId);
    input.seasonMonths = (input.seasonMonths || []).map(Number);
    input.version = slot ? Number(version.value) : null;
    const button = form.querySelector('#save-slot');
    try {
      await busy(button, () => (slot ? api('PUT', 'slots/' + slot.id, input) : api('POST', 'slots', input)), '保存中…');
      flash(slot ? '受入枠の変更を保存しました。' : '受入枠を登録しました。');
      location.hash = '#slots';
    } catch (e) {
      refused(main, form, e, async () => {
        const fresh = await api('GET', 'slots/' + slot.id);
        showSlotForm(context, fresh.id);
      });
    }
  });
}

export async function showTaskForm(context, id) {
  const { main, session } = context;
  let task;
  try {
    task = id ? await api('GET', 'tasks/' + id) : null;
  } catch (e) {
    const box = h('div');
    clear(main, backLink('#slots', '仕事と受入枠に戻る'), h('h1', {}, '仕事'), box);
    showMessage(box, e.status === 404 ? notFoundMessage('この仕事') : e);
    return;
  }
  const accommodations = await api('GET', 'accommodations');
  const values = task || {
    hostId: session.hostId, externalRef: newReference('T'), title: '', workKind: '', physicalLoad: 'LIGHT',
    customerContact: 'NONE', accommodationsOffered: [], supervisorName: '', supervisorCapacity: 1,
  };
  const version = h('input', { type: 'hidden', name: 'version', value: task ? task.version : '' });
  const form = h('form', { id: 'task-form', class: 'stack-form', novalidate: true },
      h('input', { type: 'hidden', name: 'hostId', value: values.hostId }),
      field('title', '仕事の名前', { value: values.title, required: true, hint: '例：ハウスでのトマトの収穫、店内の品出し',
        attrs: { maxlength: 120 } }),
      field('externalRef', '仕事の番号', { value: values.externalRef, required: true,
        hint: task ? '登録後は変更できません。' : '事業所の中でこの仕事を見分ける番号です（英数字・ハイフン）。そのままでもかまいません。',
        attrs: { readonly: task ? true : null, autocapitalize: 'none', spellcheck: 'false', maxlength: 40 } }),
      field('workKind', '仕事の種類', { control: 'select', value: values.workKind, required: true,
        options: [['', '選んでください'], ...WORK_KINDS] }),
      h('div', { class: 'form-grid' },
          field('physicalLoad', '身体の負担', { control: 'select', value: values.physicalLoad, required: true, options: PHYSICAL_LOADS }),
          field('customerContact', '接客・人と話す機会', { control: 'select', value: values.customerContact, required: true,
            options: CUSTOMER_CONTACTS }),
          field('supervisorName', '現場の担当者', { value: values.supervisorName, required: true, attrs: { maxlength: 80 } }),
          field('supervisorCapacity', '担当者が一度に見られる人数', { type: 'number', value: values.supervisorCapacity,
            required: true, hint: '1〜20人', attrs: { min: 1, max: 20, inputmode: 'numeric' } })),
      field('accommodationsOffered', 'できる配慮', { control: 'checkboxes', value: values.accommodationsOffered,
        options: accommodations.map((a) => [a.code, a.labelJa]) }),
      version,
      h('div', { class: 'actions' },
          h('button', { type: 'submit', id: 'save-task' }, task ? '変更を保存' : '仕事を登録'),
          h('a', { class: 'button button-secondary', href: '#slots' }, 'やめる')));
  clear(main, backLink('#slots', '仕事と受入枠に戻る'), h('h1', {}, task ? '仕事を編集' : '仕事を追加'), form);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = formValues(form);
    input.hostId = Number(input.hostId);
    input.version = task ? Number(version.value) : null;
    const button = form.querySelector('#save-task');
    try {
      await busy(button, () => (task ? api('PUT', 'tasks/' + task.id, input) : api('POST', 'tasks', input)), '保存中…');
      flash(task ? '仕事の変更を保存しました。' : '仕事を登録しました。続けて受入枠を追加できます。');
      location.hash = '#slots';
    } catch (e) {
      refused(main, form, e, () => showTaskForm(context, task.id));
    }
  });
}

/**
 * A refusal: the form stays as typed; each field's complaint beside it, a stale version explained with
 * a way to load the record afresh.
 */
function refused(main, form, e, reload) {
  showFieldErrors(form, inWords(form, e.fieldErrors));
  form.querySelectorAll('details').forEach((d) => { if (d.querySelector('.invalid')) d.open = true; });
  if (e.status === 409 && form.querySelector('[name=version]').value) {
    const box = showMessage(main, new Error(STALE));
    box.append(h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'button-secondary', id: 'reload-record',
          onclick: (ev) => busy(ev.currentTarget, reload, '読み込み中…') }, '最新の内容を読み込む')));
    return;
  }
  const named = Object.keys(e.fieldErrors || {}).length;
  showMessage(main, named ? new Error('入力内容を確認してください。赤く示した項目に理由を書いています。') : e);
  if (named) form.querySelector('.invalid input, .invalid select, .invalid textarea')?.focus();
}

export function backLink(href, words) {
  return h('p', { class: 'back-link' }, h('a', { href }, '← ' + words));
}
