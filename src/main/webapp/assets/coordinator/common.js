// What every coordinator screen shares: the navigation, Japanese words for the API's codes, and
// small builders for figures and progress.
import { page, h } from '../ui.js';

export const LINKS = [
  ['今週の状況', 'coordinator.html'],
  ['マッチング結果', 'coordinator-round.html'],
  ['地図とグラフ', 'coordinator-map.html'],
  ['受入先の登録', 'coordinator-registry.html'],
  ['お知らせ', 'coordinator-inbox.html'],
];

/** Frames a coordinator screen (sign-in check, header, navigation); answers the session. */
export function coordinatorPage(title) {
  return page({ role: 'COORDINATOR', title, links: LINKS });
}

export const WORK_KIND = {
  FARMING: '農作業', LIGHT_WORK: '軽作業', CLEANING: '清掃', KITCHEN_HELP: '調理補助', DATA_ENTRY: 'PC入力',
  SALES: '販売', CARE_ASSIST: '介護補助', OFFICE_ASSIST: '事務補助', MANUFACTURING: '製造', GARDENING: '園芸・緑化',
};

export const TRAVEL_MODE = { CAR: '自家用車', PUBLIC_TRANSPORT: '公共交通', BICYCLE: '自転車', WALK: '徒歩', PICK_UP: '送迎' };

export const HOST_KIND = {
  COMPANY: '企業', FARM: '農家', SOCIAL_WELFARE_CORPORATION: '社会福祉法人', NPO: 'NPO法人', SHOP: '商店',
  COMMUNITY_CAFE: '地域カフェ',
};

export const ROUND_STATUS = {
  RUNNING: '計算中', COMPLETED: '完了', STOPPED: '途中で停止（その時点の結果を保存）', FAILED: '失敗',
  ABANDONED: '中断（サーバー停止）',
};

export const WEEKDAY = { MONDAY: '月', TUESDAY: '火', WEDNESDAY: '水', THURSDAY: '木', FRIDAY: '金', SATURDAY: '土', SUNDAY: '日' };

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
