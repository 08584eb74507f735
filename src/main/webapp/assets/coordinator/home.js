// The coordinator's week at a glance: the figures that need attention, starting a round with its
// live progress, the rounds so far, and the pool per municipality.
import { api } from '../api.js';
import { h, clear, showMessage, field, busy, formatDateTime } from '../ui.js';
import { coordinatorPage, figure, dataTable, ROUND_STATUS, duration } from './common.js';
import { followRound, roundResult } from './round-progress.js';

const main = document.querySelector('main');
const figures = document.getElementById('figures');
const roundPanel = document.getElementById('round-panel');
const roundsBox = document.getElementById('rounds');
const poolBox = document.getElementById('pool');

async function showFigures() {
  const [overview, inbox] = await Promise.all([api('GET', 'overview'), api('GET', 'inbox/count')]);
  const round = overview.roundId ? `coordinator-round.html?round=${overview.roundId}` : null;
  clear(figures,
      figure('待機している人（次の回の対象）', overview.waiting + '人', 'waiting'),
      figure('実習中・受入先の回答待ちで継続する人', overview.holdingSlot + '人', 'holding-slot'),
      figure(`募集中の受入枠（定員 ${overview.openPlaces}人）`, overview.openSlots + '枠', 'open-slots', 'coordinator-registry.html'),
      figure('確認待ちの下書き提案', overview.draftProposals + '件', 'draft-proposals', round),
      figure('窓口の判断待ち（公開済み）', overview.awaitingCounter + '件', 'awaiting-counter', round),
      figure('受入先の回答待ち', overview.awaitingHost + '件', 'awaiting-host'),
      figure('未読のお知らせ', inbox.unread + '件', 'unread', 'coordinator-inbox.html'));
  const rows = overview.municipalities.filter((m) => m.waiting > 0 || m.hosts > 0)
      .sort((a, b) => b.waiting - a.waiting || a.code.localeCompare(b.code));
  clear(poolBox, dataTable('市町村別の待機者・受入先・募集中の受入枠', [
    ['市町村', (m) => m.name],
    ['圏域', (m) => m.wideArea || ''],
    ['待機している人', (m) => m.waiting, 'number'],
    ['受入先', (m) => m.hosts, 'number'],
    ['募集中の受入枠', (m) => m.openSlots, 'number'],
  ], rows, { test: 'pool-table' }));
}

async function showRounds() {
  const rounds = await api('GET', 'rounds');
  clear(roundsBox, dataTable('マッチングの回（新しい順）', [
    ['回', (r) => h('a', { href: `coordinator-round.html?round=${r.id}` }, `第${r.id}回`)],
    ['対象週', (r) => r.roundStart],
    ['状態', (r) => (ROUND_STATUS[r.status] || r.status) + (r.published ? '・公開済み' : '')],
    ['配置', (r) => `${r.placed} / ${r.candidates}人`],
    ['開始', (r) => formatDateTime(r.startedAt)],
    ['計算時間', (r) => duration(r.elapsedMillis)],
  ], rounds.slice().sort((a, b) => b.id - a.id).slice(0, 10), { empty: 'まだ回はありません。', test: 'rounds-table' }));
  return rounds;
}

function startForm() {
  const seconds = field('solveSeconds', '計算時間（秒）', { type: 'number', value: 30, required: true,
    hint: '1〜600秒。長いほど良い組み合わせが見つかりやすくなります。', attrs: { min: 1, max: 600, step: 1, inputmode: 'numeric' } });
  const button = h('button', { type: 'submit', 'data-test': 'start-round' }, 'マッチングを開始');
  const progress = h('div', { class: 'round-progress', 'aria-live': 'off' });
  const form = h('form', { novalidate: true, class: 'start-round' }, seconds, h('div', { class: 'actions' }, button));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = Number(form.solveSeconds.value);
    if (!Number.isInteger(value) || value < 1 || value > 600) {
      showMessage(roundPanel, new Error('計算時間は1〜600の整数（秒）で入力してください。'));
      form.solveSeconds.focus();
      return;
    }
    try {
      const round = await busy(button, () => api('POST', 'rounds', { solveSeconds: value }), '開始しています…');
      await follow(round, progress, button);
    } catch (e) {
      showMessage(roundPanel, e);
    }
  });
  clear(roundPanel, form, progress);
  return { progress, button };
}

async function follow(round, progress, button) {
  button.disabled = true;
  try {
    const saved = await followRound(progress, round);
    clear(progress, roundResult(saved));
    await Promise.all([showFigures(), showRounds()]);
  } finally {
    button.disabled = false;
  }
}

async function start() {
  await coordinatorPage('今週の状況');
  try {
    const { progress, button } = startForm();
    const [, rounds] = await Promise.all([showFigures(), showRounds()]);
    // A round started elsewhere (another tab, a colleague) is followed here too.
    const running = rounds.find((r) => r.status === 'RUNNING');
    if (running) await follow(running, progress, button);
  } catch (e) {
    showMessage(main, e);
  }
}

start();
