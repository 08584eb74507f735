// My people (支援対象者): the list with filters, and the form to register, edit or withdraw a person.
import { api, apiAll } from '../api.js';
import { h, clear, table, field, showMessage, showFieldErrors, formValues, busy, formatDate } from '../ui.js';
import { TRAVEL_MODES, PROGRAMMES, WORK_KINDS, WEEKDAYS, CANDIDATE_STATUS, PRIORITIES, label, time } from './labels.js';
import { latestRound, outcomeCell, outcomeSection, gapsSection } from './latest-round.js';
import { exclusionRequestSection } from './exclusion-requests.js';

/** A message to show on the next view (after saving, the list says so). */
let flash = null;

export function takeFlash(container) {
  if (flash) showMessage(container, flash);
  flash = null;
}

export function setFlash(text) {
  flash = text;
}

const NOT_FOUND = 'この支援対象者は見つかりません。担当外の市町村の記録か、登録されていない番号です。';

function today() {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

function stage(profile) {
  return `1日${profile.hoursPerDay}時間・週${profile.daysPerWeek}日`;
}

export async function showPeople(main, context) {
  const [people, latest] = await Promise.all([apiAll('candidates'), latestRound()]);
  const municipalityOptions = [['', 'すべて'], ...context.served.map((m) => [m.code, m.name])];
  const filters = h('form', { class: 'filters', role: 'search', 'aria-label': '支援対象者の絞り込み', id: 'people-filters' },
      field('status', '状態', { control: 'select', value: 'ACTIVE', options: [['', 'すべて'], ...CANDIDATE_STATUS] }),
      field('municipality', '市町村', { control: 'select', options: municipalityOptions }),
      field('programme', '支援メニュー', { control: 'select', options: [['', 'すべて'], ...PROGRAMMES] }),
      field('caseCode', 'ケース番号で検索', { type: 'search', attrs: { autocomplete: 'off', spellcheck: 'false' } }));
  const count = h('p', { id: 'people-count', role: 'status', 'aria-live': 'polite' });
  const results = h('div', { id: 'people-results' });

  function draw() {
    const f = formValues(filters);
    const text = (f.caseCode || '').trim().toLowerCase();
    const shown = people.filter((p) => (!f.status || p.status === f.status)
        && (!f.municipality || p.profile.municipalityCode === f.municipality)
        && (!f.programme || p.profile.programme === f.programme)
        && (!text || p.caseCode.toLowerCase().includes(text)));
    count.textContent = `${people.length}人中 ${shown.length}人を表示しています。`;
    clear(results, table('支援対象者の一覧', [
      ['ケース番号', (p) => h('a', { href: '#person/' + p.id, dataset: { test: 'person-link' } }, p.caseCode)],
      ['市町村', (p) => context.municipalityName(p.profile.municipalityCode)],
      ['支援メニュー', (p) => label(PROGRAMMES, p.profile.programme)],
      ['ステップ', (p) => stage(p.profile)],
      ['通所', (p) => `${label(TRAVEL_MODES, p.profile.travelMode)}・片道${p.profile.maxOneWayMinutes}分まで`],
      ['優先度', (p) => String(p.profile.priority)],
      ['待機開始', (p) => formatDate(p.profile.waitingSince)],
      ['状態', (p) => h('span', { class: 'badge' }, label(CANDIDATE_STATUS, p.status))],
      ['最新の提案', (p) => outcomeCell(latest, p)],
      ['マッチング同意', (p) => (p.profile.consentToMatching ? 'あり' : 'なし')],
    ], shown, { empty: '条件に合う支援対象者はいません。' }));
  }

  filters.addEventListener('input', draw);
  // A select may change without an input event; a text box's change (on leaving it) must not redraw
  // the table under the link being clicked.
  filters.addEventListener('change', (event) => { if (event.target.tagName === 'SELECT') draw(); });
  filters.addEventListener('submit', (e) => { e.preventDefault(); draw(); });
  clear(main,
      h('h1', {}, '支援対象者'),
      h('p', {}, '担当する市町村の支援対象者です。登録した内容をもとに、毎週のマッチングで受入先が提案されます。'),
      h('div', { class: 'actions' }, h('a', { class: 'button', href: '#person/new', id: 'new-person' }, '支援対象者を登録する')),
      gapsSection(latest), filters, count, results);
  takeFlash(main);
  draw();
}

/** The form's fields, filled from `p` (a person's profile and case code), in the order of an intake sheet. */
function personFields(context, p, editing) {
  const served = context.served.map((m) => [m.code, m.name]);
  return [
    h('fieldset', { class: 'form-section' }, h('legend', {}, '基本'),
        h('div', { class: 'form-grid' },
            field('caseCode', 'ケース番号', { value: p.caseCode, required: true,
              hint: editing ? '登録後は変更できません。' : '英数字・ハイフン・下線（例: MT-0123）。氏名は入力しないでください。',
              attrs: { autocomplete: 'off', spellcheck: 'false', maxlength: 40, readonly: editing || null } }),
            field('municipalityCode', '住所の市町村', { control: 'select', value: p.municipalityCode, required: true,
              options: served.length > 1 ? [['', '選んでください'], ...served] : served }),
            field('priority', '優先度', { control: 'select', value: String(p.priority ?? 3), required: true, options: PRIORITIES,
              hint: '数字が大きいほど優先して提案されます。' }),
            field('waitingSince', '待機開始日', { type: 'date', value: p.waitingSince, required: true }))),
    h('fieldset', { class: 'form-section' }, h('legend', {}, '通所'),
        h('div', { class: 'form-grid' },
            field('travelMode', '通所手段', { control: 'select', value: p.travelMode, required: true,
              options: [['', '選んでください'], ...TRAVEL_MODES] }),
            field('maxOneWayMinutes', '片道の上限（分）', { type: 'number', value: p.maxOneWayMinutes, required: true,
              hint: '5〜180 分', attrs: { inputmode: 'numeric', min: 5, max: 180 } }))),
    h('fieldset', { class: 'form-section' }, h('legend', {}, '支援メニューとステップ'),
        h('div', { class: 'form-grid' },
            field('programme', '支援メニュー', { control: 'select', value: p.programme, required: true,
              options: [['', '選んでください'], ...PROGRAMMES] }),
            field('programmeStart', '利用開始日', { type: 'date', value: p.programmeStart, required: true }),
            field('hoursPerDay', '1日の時間', { type: 'number', value: p.hoursPerDay, required: true, hint: '1〜8 時間',
              attrs: { inputmode: 'numeric', min: 1, max: 8 } }),
            field('daysPerWeek', '週の日数', { type: 'number', value: p.daysPerWeek, required: true, hint: '1〜6 日',
              attrs: { inputmode: 'numeric', min: 1, max: 6 } })),
        field('extensionReason', '就労準備支援の延長理由', { control: 'textarea', value: p.extensionReason,
          hint: '1年を超えて利用する場合に、支援調整会議で決めた理由を記録します（400字まで）。', attrs: { maxlength: 400, rows: 2 } })),
    h('fieldset', { class: 'form-section' }, h('legend', {}, '通える曜日と時間'),
        field('availableDays', '曜日', { control: 'checkboxes', value: p.availableDays, required: true, options: WEEKDAYS }),
        h('div', { class: 'form-grid' },
            field('availableFrom', '何時から', { type: 'time', value: time(p.availableFrom), required: true }),
            field('availableUntil', '何時まで', { type: 'time', value: time(p.availableUntil), required: true }))),
    h('fieldset', { class: 'form-section' }, h('legend', {}, '配慮と希望'),
        field('accommodationNeeds', '必要な配慮', { control: 'checkboxes', value: p.accommodationNeeds, options: context.accommodations }),
        field('interests', '関心のある仕事', { control: 'checkboxes', value: p.interests, options: WORK_KINDS }),
        field('excludedHostIds', '紹介しない受入事業所（番号）', { value: (p.excludedHostIds || []).join(', '),
          hint: '過去に合わなかった事業所などの番号を「,」で区切って入力します（社会資源の画面で番号を確認できます）。',
          attrs: { inputmode: 'numeric', autocomplete: 'off' } })),
    h('fieldset', { class: 'form-section' }, h('legend', {}, '同意'),
        h('div', { class: 'field checkbox', dataset: { field: 'consentToMatching' } },
            h('input', { type: 'checkbox', id: 'consentToMatching', name: 'consentToMatching', checked: Boolean(p.consentToMatching),
              'aria-describedby': 'consentToMatching-error' }),
            h('label', { for: 'consentToMatching' }, 'ご本人がマッチングへの参加に同意している'),
            h('p', { class: 'field-error', id: 'consentToMatching-error', 'aria-live': 'polite' })),
        field('consentDate', '同意した日', { type: 'date', value: p.consentDate, hint: '同意がある場合は必ず入力します。' })),
  ];
}

/** The body the API takes, from the form as typed (numbers as numbers, the host list as numbers). */
function personBody(form, version) {
  const v = formValues(form);
  const hosts = String(v.excludedHostIds || '').split(/[\s,、，]+/).filter(Boolean);
  v.excludedHostIds = hosts.map((x) => (/^\d+$/.test(x) ? Number(x) : x));
  v.priority = v.priority === null ? null : Number(v.priority);
  v.availableDays = v.availableDays || [];
  v.accommodationNeeds = v.accommodationNeeds || [];
  v.interests = v.interests || [];
  v.consentToMatching = form.querySelector('#consentToMatching').checked;
  if (version !== undefined) v.version = version;
  return v;
}

export async function showPerson(main, context, idOrNew) {
  const creating = idOrNew === 'new';
  let person = null;
  let latest = null;
  if (!creating) {
    try {
      [person, latest] = await Promise.all([api('GET', 'candidates/' + idOrNew), latestRound()]);
    } catch (e) {
      clear(main, h('h1', {}, '支援対象者'), h('p', {}, h('a', { href: '#people' }, '一覧へ戻る')));
      showMessage(main, e.status === 404 ? new Error(NOT_FOUND) : e);
      return;
    }
  }
  const profile = person ? { ...person.profile, caseCode: person.caseCode } : {
    caseCode: '', municipalityCode: context.served.length === 1 ? context.served[0].code : '',
    travelMode: '', programme: '', programmeStart: today(), hoursPerDay: 2, daysPerWeek: 2,
    availableDays: [], availableFrom: '09:00', availableUntil: '15:00', priority: 1, waitingSince: today(),
    consentToMatching: false, consentDate: null,
  };
  const withdrawn = person && person.status === 'WITHDRAWN';
  const save = h('button', { type: 'submit', id: 'save-person', disabled: withdrawn }, creating ? '登録する' : '変更を保存する');
  const form = h('form', { id: 'person-form', novalidate: true, 'aria-label': '支援対象者の内容' },
      personFields(context, profile, !creating),
      h('div', { class: 'actions' }, save, h('a', { class: 'button button-secondary', href: '#people' }, '一覧へ戻る')));

  // Consent is usually recorded on the day it is given: ticking it fills an empty date with today.
  const consent = form.querySelector('#consentToMatching');
  consent.addEventListener('change', () => {
    if (consent.checked && !form.consentDate.value) form.consentDate.value = today();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = personBody(form, person ? person.version : undefined);
    try {
      const saved = await busy(save, () => (creating
        ? api('POST', 'candidates', body) : api('PUT', 'candidates/' + person.id, body)), '保存中…');
      setFlash(`${saved.caseCode} を${creating ? '登録' : '保存'}しました。`);
      location.hash = '#people';
    } catch (e) {
      showFieldErrors(form, e.fieldErrors);
      if (e.status === 409 && !creating) {
        const box = showMessage(main, new Error(
            'ほかの職員が先にこの記録を変更したため、保存しませんでした。入力した内容は残っています。最新の内容を読み込んでから、もう一度変更してください。'));
        box.append(h('div', {}, h('button', { type: 'button', class: 'button-secondary', onclick: () => showPerson(main, context, idOrNew) },
            '最新の内容を読み込む')));
      } else if (e.status === 404) {
        showMessage(main, new Error(NOT_FOUND));
      } else {
        showMessage(main, Object.keys(e.fieldErrors || {}).length
          ? Object.assign(new Error('入力内容に誤りがあります。赤字の項目を確認してください。入力した内容は残っています。'), { status: e.status })
          : e);
      }
    }
  });

  const parts = [
    h('h1', {}, creating ? '支援対象者を登録する' : `支援対象者 ${person.caseCode}`),
    person ? h('p', {}, `状態：${label(CANDIDATE_STATUS, person.status)}　最終更新：${formatDate(person.updatedAt)}`) : null,
    withdrawn ? h('p', { class: 'message message-info' }, 'この方は支援を終了（取り下げ）しています。内容は記録として残っています。') : null,
    person ? outcomeSection(latest, person) : null,
    form,
  ];
  if (person) parts.push(exclusionRequestSection(person));
  if (person && !withdrawn) parts.push(withdrawalSection(main, context, person));
  clear(main, parts);
}

function withdrawalSection(main, context, person) {
  const confirmArea = h('div', { hidden: true, id: 'withdraw-confirm' },
      h('p', {}, 'マッチングの対象から外します。受入中や受入先の回答待ちのときは取り下げできません。記録は残ります。'),
      h('button', { type: 'button', class: 'button-danger', id: 'withdraw-confirm-button', onclick: async (event) => {
        try {
          await busy(event.currentTarget, () => api('POST', `candidates/${person.id}/withdrawal`), '処理中…');
          setFlash(`${person.caseCode} の支援を終了しました。`);
          location.hash = '#people';
        } catch (e) {
          showMessage(main, e.status === 404 ? new Error(NOT_FOUND) : e);
        }
      } }, '取り下げを確定する'));
  return h('section', { class: 'danger-zone', 'aria-labelledby': 'withdraw-heading' },
      h('h2', { id: 'withdraw-heading' }, '支援の終了（取り下げ）'),
      h('button', { type: 'button', class: 'button-secondary', id: 'withdraw', 'aria-controls': 'withdraw-confirm',
        onclick: (event) => { confirmArea.hidden = false; event.currentTarget.setAttribute('aria-expanded', 'true');
          confirmArea.querySelector('button').focus(); } }, '支援を終了する'),
      confirmArea);
}
