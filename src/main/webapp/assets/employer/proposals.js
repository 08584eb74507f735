// The people proposed to the host, once they consented to the referral: the short consented profile
// (only what the person agreed to share), the visits and first-day accompaniment booked, and the
// host's answer — confirm with a first day, or decline with a reason.
import { api } from '../api.js';
import { h, clear, field, showFieldErrors, formValues, busy, showMessage } from '../ui.js';
import { HOST_DECLINE_REASONS, weekdaysText, timeText, dayText, localDateTimeText, todayInJapan, addDays } from './labels.js';
import { flash, takeFlash, notFoundMessage, inWords } from './messages.js';
import { backLink } from './slots.js';

const STATE_CLASS = { ACCEPTED: 'badge-waiting', CONFIRMED: 'badge-open', DECLINED_BY_HOST: 'badge-closed' };

export async function showProposals({ main }) {
  const profiles = await api('GET', 'proposals/for-host');
  const waiting = profiles.filter((p) => p.state === 'ACCEPTED');
  const answered = profiles.filter((p) => p.state !== 'ACCEPTED');
  clear(main,
      h('h1', {}, '提案'),
      h('p', { class: 'lead' }, 'ご本人が紹介に同意した方だけが表示されます。ご本人が共有に同意した項目だけを見られます。'));
  takeFlash(main);
  main.append(
      h('h2', {}, '回答をお願いします（' + waiting.length + '件）'),
      waiting.length ? cards(waiting) : h('p', { class: 'empty' }, '回答を待っている提案はありません。'),
      h('h2', {}, '回答済み'),
      answered.length ? cards(answered) : h('p', { class: 'empty' }, '回答済みの提案はありません。'));
}

function cards(profiles) {
  return h('ul', { class: 'cards' }, profiles.map((p) => h('li', {},
      h('article', { class: 'card proposal-card', dataset: { proposalId: p.proposalId } },
          h('div', { class: 'card-title' },
              h('h3', {}, '受付番号 ' + p.proposalId),
              h('span', { class: 'badge ' + (STATE_CLASS[p.state] || '') }, p.stateJa)),
          h('dl', { class: 'facts' },
              fact('仕事', p.taskTitle),
              fact('曜日・時間', weekdaysText(p.weekdays) + ' ' + timeText(p.startTime) + 'から ' + p.slotHoursPerDay + '時間'),
              p.consentDate ? fact('同意日', dayText(p.consentDate)) : null,
              p.firstDay ? fact('初日', dayText(p.firstDay)) : null),
          h('div', { class: 'actions card-actions' },
              h('a', { class: 'button' + (p.state === 'ACCEPTED' ? '' : ' button-secondary'), href: '#proposal/' + p.proposalId,
                'aria-label': '受付番号 ' + p.proposalId + ' を' + (p.state === 'ACCEPTED' ? '見て回答する' : '見る') },
                  p.state === 'ACCEPTED' ? '見て回答する' : '詳しく見る'))))));
}

function fact(term, value) {
  return [h('dt', {}, term), h('dd', {}, value)];
}

function shared(value, render) {
  return value === null || value === undefined
    ? h('span', { class: 'not-shared' }, '共有されていません')
    : render(value);
}

export async function showProposal(context, id) {
  const { main } = context;
  let profile;
  try {
    profile = await api('GET', 'proposals/' + id + '/profile');
  } catch (e) {
    const box = h('div');
    clear(main, backLink('#proposals', '提案の一覧に戻る'), h('h1', {}, '提案'), box);
    showMessage(box, e.status === 404 ? notFoundMessage('この提案') : e);
    return;
  }
  const bookings = await api('GET', 'proposals/' + id + '/bookings').catch(() => null);
  const p = profile;
  clear(main,
      backLink('#proposals', '提案の一覧に戻る'),
      h('h1', {}, '受付番号 ' + p.proposalId),
      h('p', {}, h('span', { class: 'badge ' + (STATE_CLASS[p.state] || ''), 'data-test': 'proposal-state' }, p.stateJa)),
      h('section', { class: 'card', 'aria-labelledby': 'profile-heading' },
          h('h2', { id: 'profile-heading' }, 'ご本人のこと（同意を得た範囲）'),
          h('dl', { class: 'facts', 'data-test': 'profile' },
              fact('仕事', p.taskTitle),
              fact('受入枠', weekdaysText(p.weekdays) + ' ' + timeText(p.startTime) + 'から ' + p.slotHoursPerDay + '時間'),
              fact('同意日', dayText(p.consentDate)),
              fact('今のペース', shared(p.hoursPerDay, () => '1日' + p.hoursPerDay + '時間・週' + p.daysPerWeek + '日')),
              fact('必要な配慮', shared(p.accommodationsJa, (list) => list.length
                ? h('ul', { class: 'plain-list' }, list.map((a) => h('li', {}, a))) : '特になし')),
              fact('好きなこと・得意なこと', shared(p.interestsJa, (list) => list.length ? list.join('、') : '特になし')),
              fact('初日に必要なこと', shared(p.firstDayNeeds, (text) => text)),
              fact('相談窓口', shared(p.counterContact, (text) => text)),
              p.firstDay ? fact('初日', dayText(p.firstDay)) : null,
              p.hostNote ? fact('事業所からのメモ', p.hostNote) : null)),
      h('section', { 'aria-labelledby': 'bookings-heading' },
          h('h2', { id: 'bookings-heading' }, '見学会・同行の予定'),
          bookingList(bookings)));
  if (p.state === 'ACCEPTED') main.append(answerForms(context, p));
  takeFlash(main);
}

function bookingList(bookings) {
  if (bookings === null) return h('p', { class: 'empty' }, '予定を読み込めませんでした。');
  if (!bookings.length) return h('p', { class: 'empty' }, '予定はまだありません。相談窓口が予約すると、ここに表示されます。');
  return h('ul', { class: 'cards', 'data-test': 'bookings' }, bookings.map((b) => h('li', {},
      h('div', { class: 'card booking-card' },
          h('p', { class: 'booking-kind' }, h('span', { class: 'badge' }, b.kindLabel)),
          h('p', {}, localDateTimeText(b.startsAt) + '〜' + timeText(String(b.endsAt).split('T')[1])),
          b.note ? h('p', { class: 'note' }, b.note) : null))));
}

function answerForms(context, p) {
  const { main } = context;
  const today = todayInJapan();
  const confirmForm = h('form', { id: 'confirm-form', class: 'stack-form', novalidate: true },
      field('firstDay', '初日', { type: 'date', required: true, value: addDays(today, 7),
        hint: 'ご本人・相談窓口と決めた初日を選んでください。', attrs: { min: addDays(today, -90), max: addDays(today, 180) } }),
      field('note', 'ご本人・相談窓口へのメモ', { control: 'textarea', hint: '例：初日は9時に事務所へお越しください。',
        attrs: { maxlength: 1000 } }),
      h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'confirm-proposal' }, '受け入れる')));
  const declineForm = h('form', { id: 'host-decline-form', class: 'stack-form', novalidate: true },
      field('reason', '理由', { control: 'select', required: true, value: '',
        options: [['', '選んでください'], ...HOST_DECLINE_REASONS] }),
      field('note', '補足', { control: 'textarea', hint: '「その他」のときは必ず書いてください。', attrs: { maxlength: 1000 } }),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button-danger', id: 'decline-proposal' }, '今回は受け入れない')));

  const submit = (form, path, words) => form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = formValues(form);
    try {
      await busy(form.querySelector('button[type=submit]'),
          () => api('POST', 'proposals/' + p.proposalId + '/' + path, { ...values, version: p.version }), '送信中…');
      flash(words);
      await showProposal(context, p.proposalId);
      context.refreshUnread();
    } catch (e) {
      showFieldErrors(form, inWords(form, e.fieldErrors));
      showMessage(main, e.status === 409
        ? new Error(e.message + ' ほかの方が先に回答したか、相談窓口が状況を変えました。画面を読み込み直して確認してください。')
        : Object.keys(e.fieldErrors || {}).length ? new Error('入力内容を確認してください。赤く示した項目に理由を書いています。') : e);
      form.querySelector('.invalid input, .invalid select, .invalid textarea')?.focus();
    }
  });
  submit(confirmForm, 'confirm', '受入を決めました。相談窓口に知らせました。');
  submit(declineForm, 'host-decline', '今回は受け入れないと回答しました。相談窓口に知らせました。');
  return h('section', { class: 'answer', 'aria-labelledby': 'answer-heading' },
      h('h2', { id: 'answer-heading' }, '回答する'),
      h('div', { class: 'card' }, h('h3', {}, '受け入れる'), confirmForm),
      h('div', { class: 'card' }, h('h3', {}, '受け入れない'), declineForm));
}
