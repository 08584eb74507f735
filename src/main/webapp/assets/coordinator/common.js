// What every coordinator screen shares: the navigation, Japanese words for the API's codes, and
// small builders for figures and progress.
import { page, h } from '../ui.js';
import { unreadCounter } from '../inbox.js';
import {
  loadVocabulary, byCode, WORK_KINDS, TRAVEL_MODES, HOST_KINDS, ROUND_STATUS as ROUND_STATUSES, WEEKDAYS, PHYSICAL_LOADS,
  CUSTOMER_CONTACTS,
} from '../vocabulary.js';

export const LINKS = [
  ['今週の状況', 'coordinator.html'],
  ['マッチング結果', 'coordinator-round.html'],
  ['地図とグラフ', 'coordinator-map.html'],
  ['受入先の登録', 'coordinator-registry.html'],
  ['お知らせ', 'coordinator-inbox.html'],
];

/**
 * Frames a coordinator screen (sign-in check, header, navigation with the unread count); answers the
 * session, with `refreshUnread` to call when a notice was read.
 */
export async function coordinatorPage(title) {
  const session = await page({ role: 'COORDINATOR', title, links: LINKS });
  await loadWords();
  return { ...session, refreshUnread: unreadCounter('coordinator-inbox.html') };
}

// The words for the codes, by code, from the service's own enums (../vocabulary.js): filled by
// coordinatorPage() before a screen draws.
export const WORK_KIND = {};
export const TRAVEL_MODE = {};
export const HOST_KIND = {};
export const ROUND_STATUS = {};
export const WEEKDAY = {};
export const PHYSICAL_LOAD = {};
export const CUSTOMER_CONTACT = {};

async function loadWords() {
  await loadVocabulary();
  Object.assign(WORK_KIND, byCode(WORK_KINDS));
  Object.assign(TRAVEL_MODE, byCode(TRAVEL_MODES));
  Object.assign(HOST_KIND, byCode(HOST_KINDS));
  Object.assign(ROUND_STATUS, byCode(ROUND_STATUSES));
  Object.assign(WEEKDAY, byCode(WEEKDAYS));
  Object.assign(PHYSICAL_LOAD, byCode(PHYSICAL_LOADS));
  Object.assign(CUSTOMER_CONTACT, byCode(CUSTOMER_CONTACTS));
}

export function weekdays(days) {
  return (days || []).map((d) => WEEKDAY[d] || d).join('・');
}

/** A large figure with its label; `test` names it for the browser test. */
export function figure(label, value, test, href) {
  const number = h('span', { class: 'figure-value', 'data-test': test }, String(value));
  return h('div', { class: 'figure' }, href ? h('a', { href }, number) : number, h('span', { class: 'figure-label' }, label));
}

/** "1分23秒" from milliseconds. */
export function duration(millis) {
  const seconds = Math.max(0, Math.round((millis || 0) / 1000));
  const minutes = Math.floor(seconds / 60);
  return (minutes ? minutes + '分' : '') + (seconds % 60) + '秒';
}

/** The municipality name by JIS code, from GET /municipalities (or the overview's rows). */
export function namesByCode(municipalities) {
  return new Map(municipalities.map((m) => [m.code, m.name]));
}

/** A short score in words: the solver's "0hard/-3medium/-120soft" read as 制約違反・優先度・適合度. */
export function scoreWords(score) {
  if (!score) return '—';
  const match = /^(-?\d+)hard\/(-?\d+)medium\/(-?\d+)soft$/.exec(score);
  if (!match) return score;
  return `必須条件の違反 ${Math.abs(Number(match[1]))}・配置できない人の重み ${Math.abs(Number(match[2]))}・適合度 ${match[3]}`;
}

/**
 * How an alternative compares with the proposal, as a sentence: the journey first (what the person
 * feels), then what the solver weighs, in words, e.g. 「移動が1分長くなります。適合度が12下がります。」.
 */
export function differenceWords(proposal, alternative) {
  const words = [];
  const minutes = alternative.travelMinutes - proposal.travelMinutes;
  if (minutes > 0) words.push(`移動が${minutes}分長くなります。`);
  else if (minutes < 0) words.push(`移動が${-minutes}分短くなります。`);
  else words.push('移動時間は変わりません。');
  const match = /^(-?\d+)hard\/(-?\d+)medium\/(-?\d+)soft$/.exec(alternative.scoreDifference || '');
  if (match) {
    const [hard, medium, soft] = match.slice(1).map(Number);
    if (hard < 0) words.push('必須条件を満たさなくなります。');
    if (medium < 0) words.push('優先度の高い人の配置が減ります。');
    if (soft < 0) words.push(`適合度が${-soft}下がります。`);
    else if (soft > 0) words.push(`適合度が${soft}上がります。`);
    if (hard === 0 && medium === 0 && soft === 0) words.push('全体の評価は同じです。');
  }
  return words.join('');
}

/**
 * A table like ui.js `table`, whose columns may be numbers (right-aligned): `columns` is a list of
 * [header, row => cell, 'number'?]. `test` names the table for the browser test.
 */
export function dataTable(caption, columns, rows, { empty = '該当するものはありません。', test, rowAttributes, className } = {}) {
  if (!rows.length) return h('p', { class: 'empty', 'data-test': test ? test + '-empty' : null }, empty);
  return h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': caption },
      h('table', { 'data-test': test, class: className },
          h('caption', {}, caption),
          h('thead', {}, h('tr', {}, columns.map(([header, , kind]) => h('th', { scope: 'col', class: kind }, header)))),
          h('tbody', {}, rows.map((row) => h('tr', rowAttributes ? rowAttributes(row) : {},
              columns.map(([, cell, kind]) => h('td', { class: kind }, cell(row))))))));
}
