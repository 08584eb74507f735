// The host registry: hosts (受入事業所), carved-out tasks (切り出した業務) and trial slots (受入枠);
// spreadsheet import with the line-numbered report of a broken file, and downloads for Excel.
import { api, apiUrl } from '../api.js';
import { h, clear, showMessage, field, busy, formatDate } from '../ui.js';
import { coordinatorPage, dataTable, namesByCode, CUSTOMER_CONTACT, HOST_KIND, PHYSICAL_LOAD, WORK_KIND, weekdays } from './common.js';

const main = document.querySelector('main');
const importBox = document.getElementById('import');
const exportBox = document.getElementById('export');
const controls = document.getElementById('list-controls');
const lists = document.getElementById('lists');

const FILES = [['hosts', '受入事業所'], ['tasks', '切り出した業務'], ['slots', '受入枠']];

let data = { hosts: [], tasks: [], slots: [] };
let municipalityNames = new Map();
const shown = { list: 'hosts', text: '' };

function drawImport() {
  const kind = field('file', '取り込むファイルの種類', { control: 'select', value: 'hosts', options: FILES, required: true });
  const file = field('csv', 'CSVファイル', { type: 'file', required: true, attrs: { accept: '.csv,text/csv' },
    hint: '書き出したファイルと同じ列のファイルを取り込めます。見出しは日本語でも列名（host_ref など）でもかまいません。' });
  const button = h('button', { type: 'submit', 'data-test': 'import' }, '取り込む');
  const report = h('div', { class: 'import-report', 'data-test': 'import-report' });
  const form = h('form', { novalidate: true }, h('div', { class: 'form-grid' }, kind, file), h('div', { class: 'actions' }, button));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = form.csv.files[0];
    if (!chosen) {
      showMessage(report, new Error('取り込む CSV ファイルを選んでください。'));
      form.csv.focus();
      return;
    }
    const name = form.file.value;
    try {
      // The file's bytes go as they are: the server tells Shift_JIS from UTF-8.
      const result = await busy(button, () => api('POST', `registry/${name}.csv`, chosen, { type: 'text/csv' }), '取り込んでいます…');
      showMessage(report, `「${chosen.name}」を取り込みました：${result.rows}行、追加 ${result.created}件、更新 ${result.updated}件。`);
      form.reset();
      await loadLists();
    } catch (e) {
      showMessage(report, e);
    }
  });
  clear(importBox, form, report);
}

function drawExport() {
  clear(exportBox, h('ul', { class: 'downloads' }, FILES.map(([name, label]) => h('li', {},
      `${label}：`,
      h('a', { href: apiUrl(`registry/${name}.csv?charset=Shift_JIS`), download: `${name}.csv`, 'data-test': `export-${name}` },
          `${name}.csv（Excel 用・Shift_JIS）`),
      ' ／ ',
      h('a', { href: apiUrl(`registry/${name}.csv`), download: `${name}-utf8.csv`, 'data-test': `export-${name}-utf8` }, 'UTF-8'),
      ' ／ ',
      h('a', { href: apiUrl(`registry/${name}.csv?headings=columns`), download: `${name}-columns.csv`,
        'data-test': `export-${name}-columns` }, '見出しを列名で（UTF-8・システム連携用）')))));
}

function drawControls() {
  const which = field('list', '表示する一覧', { control: 'select', value: shown.list, options: FILES });
  const text = field('text', '名称・参照番号で探す', { type: 'search', value: shown.text });
  which.querySelector('select').addEventListener('change', (e) => { shown.list = e.target.value; drawList(); });
  text.querySelector('input').addEventListener('input', (e) => { shown.text = e.target.value.trim(); drawList(); });
  clear(controls, h('div', { class: 'filters' }, which, text));
}

function matches(...values) {
  return !shown.text || values.some((v) => String(v ?? '').includes(shown.text));
}

function drawList() {
  const hosts = new Map(data.hosts.map((x) => [x.id, x]));
  const tasks = new Map(data.tasks.map((t) => [t.id, t]));
  let content;
  if (shown.list === 'hosts') {
    const rows = data.hosts.filter((x) => matches(x.name, x.externalRef));
    content = dataTable(`受入事業所（${rows.length}件）`, [
      ['参照番号', (x) => x.externalRef],
      ['名称', (x) => x.name],
      ['種別', (x) => HOST_KIND[x.kind] || x.kind],
      ['市町村', (x) => municipalityNames.get(x.municipalityCode) || x.municipalityCode],
      ['担当者', (x) => x.contactPerson || ''],
      ['連絡できる時間', (x) => x.contactHours || ''],
      ['受入', (x) => (x.activelyAccepting ? '受入中' : '休止中')],
      ['最後の受入', (x) => formatDate(x.lastTrialOn)],
    ], rows, { test: 'hosts-table' });
  } else if (shown.list === 'tasks') {
    const rows = data.tasks.filter((t) => matches(t.title, t.externalRef, hosts.get(t.hostId)?.name));
    content = dataTable(`切り出した業務（${rows.length}件）`, [
      ['受入事業所', (t) => hosts.get(t.hostId)?.name || ''],
      ['参照番号', (t) => t.externalRef],
      ['業務', (t) => t.title],
      ['種類', (t) => WORK_KIND[t.workKind] || t.workKind],
      ['体力の負担', (t) => PHYSICAL_LOAD[t.physicalLoad] || t.physicalLoad],
      ['接客', (t) => CUSTOMER_CONTACT[t.customerContact] || t.customerContact],
      ['指導担当（受け持てる人数）', (t) => `${t.supervisorName}（${t.supervisorCapacity}人）`],
    ], rows, { test: 'tasks-table' });
  } else {
    const rows = data.slots.filter((s) => matches(s.externalRef, hosts.get(s.hostId)?.name, tasks.get(s.taskId)?.title));
    content = dataTable(`受入枠（${rows.length}件）`, [
      ['受入事業所', (s) => hosts.get(s.hostId)?.name || ''],
      ['業務', (s) => tasks.get(s.taskId)?.title || ''],
      ['参照番号', (s) => s.externalRef],
      ['曜日・時間', (s) => `${weekdays(s.weekdays)} ${String(s.startTime || '').slice(0, 5)}から${s.hoursPerDay}時間`],
      ['期間', (s) => `${formatDate(s.openFrom)}〜${formatDate(s.openUntil)}`],
      ['定員', (s) => s.capacity + '人', 'number'],
      ['募集', (s) => (s.open ? '募集中' : '停止中')],
    ], rows, { test: 'slots-table' });
  }
  clear(lists, content);
}

async function loadLists() {
  const [hosts, tasks, slots] = await Promise.all([api('GET', 'hosts'), api('GET', 'tasks'), api('GET', 'slots')]);
  data = { hosts, tasks, slots };
  drawList();
}

async function start() {
  await coordinatorPage('受入先の登録');
  drawImport();
  drawExport();
  drawControls();
  try {
    municipalityNames = namesByCode(await api('GET', 'municipalities'));
    await loadLists();
  } catch (e) {
    showMessage(main, e);
  }
}

start();
