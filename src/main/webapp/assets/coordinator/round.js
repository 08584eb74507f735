// One round's review: the proposals with their explanations and alternatives (chain moves
// included), pin and unpin, swap and exclusions; the people left unplaced with their reasons;
// publishing the round to the counters, or re-solving it first.
import { api, apiAll } from '../api.js';
import { h, clear, showMessage, showFieldErrors, field, busy, formatDateTime } from '../ui.js';
import { coordinatorPage, dataTable, differenceWords, namesByCode, ROUND_STATUS, TRAVEL_MODE, WORK_KIND, duration, scoreWords, weekdays } from './common.js';
import { followRound, roundResult } from './round-progress.js';
import { reasonList, smallestChangeText } from '../unplaced.js';
import { EXCLUSION_REASONS, EXCLUSION_SOURCES, label } from '../vocabulary.js';
import { drawExclusionRequests, exclusionTarget, levelOptions } from './exclusion-requests.js';

const main = document.querySelector('main');
const choice = document.getElementById('round-choice');
const summary = document.getElementById('summary');
const reviewActions = document.getElementById('review-actions');
const filtersBox = document.getElementById('proposal-filters');
const proposalsBox = document.getElementById('proposals');
const unplacedBox = document.getElementById('unplaced');
const exclusionsBox = document.getElementById('exclusions');
/** The counters' requests waiting for a decision, shown above the exclusions. */
const requestsBox = document.createElement('div');
requestsBox.className = 'exclusion-requests';

let municipalityNames = new Map();
let rounds = [];
let round = null;
let proposals = [];
/** Labels of the slots this round names, so that a chain move reads as hosts, not numbers. */
let slotLabels = new Map();
/** Case codes by person, for the people a chain move asks to move. */
let caseCodes = new Map();


const filters = { municipality: '', state: '', text: '' };

function slotLabel(slotId) {
  return slotLabels.get(slotId) || `受入枠 ${slotId}`;
}

/** A proposal a notice links to (?proposal=): its round is shown, and its row brought into view. */
const wantedProposal = Number(new URLSearchParams(location.search).get('proposal')) || null;

function chooseRound(roundOfWanted) {
  const requested = roundOfWanted || Number(new URLSearchParams(location.search).get('round'));
  const sorted = rounds.slice().sort((a, b) => b.id - a.id);
  return sorted.find((r) => r.id === requested)
      || sorted.find((r) => r.status === 'COMPLETED' || r.status === 'STOPPED' || r.status === 'RUNNING') || null;
}

function drawChoice() {
  if (!rounds.length) return clear(choice);
  const select = field('round', '表示する回', { control: 'select', value: round?.id,
    options: rounds.slice().sort((a, b) => b.id - a.id).map((r) => [r.id,
      `第${r.id}回（${r.roundStart}の週・${ROUND_STATUS[r.status] || r.status}${r.published ? '・公開済み' : ''}）`]) });
  select.querySelector('select').addEventListener('change', (event) => {
    location.search = '?round=' + encodeURIComponent(event.target.value);
  });
  clear(choice, h('div', { class: 'filters' }, select));
}

function drawSummary() {
  const drafts = proposals.filter((p) => p.state === 'DRAFT').length;
  clear(summary,
      h('dl', { class: 'round-facts' },
          fact('状態', (ROUND_STATUS[round.status] || round.status) + (round.published ? `・公開済み（${formatDateTime(round.publishedAt)}）` : '・未公開（下書き）')),
          fact('対象週', round.roundStart + ' から'),
          fact('配置', `${round.placed} / ${round.candidates}人`, 'summary-placed'),
          fact('受入枠', round.slots + '枠'),
          fact('継続中の人（前の回から）', round.continuing + '人'),
          fact('計算', `${duration(round.elapsedMillis)}（${round.startedBy}、${formatDateTime(round.startedAt)}）`),
          fact('評価', scoreWords(round.bestScore)),
          fact('下書きの提案', drafts + '件', 'summary-drafts')),
      round.summaryJa ? h('p', { class: 'round-summary' }, round.summaryJa) : null);
  drawReviewActions(drafts);
}

function fact(term, value, test) {
  return h('div', {}, h('dt', {}, term), h('dd', { 'data-test': test }, value));
}

function drawReviewActions(drafts) {
  const saved = round.status === 'COMPLETED' || round.status === 'STOPPED';
  if (!saved) return clear(reviewActions);
  const progress = h('div', { class: 'round-progress' });
  // A re-solve helps while drafts are under review or someone declined and may get another slot;
  // once everything is published and decided on, neither publishing nor re-solving is offered.
  const declined = proposals.some((p) => p.state === 'DECLINED_BY_PERSON' || p.state === 'DECLINED_BY_HOST');
  const publish = drafts > 0 ? h('button', { type: 'button', 'data-test': 'publish', 'aria-controls': 'publish-confirm' },
      `下書き ${drafts}件を公開する`) : null;
  const confirmBox = h('div', { id: 'publish-confirm', class: 'confirm-box', hidden: true });
  publish?.addEventListener('click', () => busy(publish, async () => {
    try {
      confirmPublication(await api('GET', `rounds/${round.id}/publication`), confirmBox, publish);
    } catch (e) {
      showMessage(reviewActions, e);
    }
  }, '確認しています…'));
  const seconds = field('solveSeconds', '再計算の時間（秒）', { type: 'number', value: 10, attrs: { min: 1, max: 600, inputmode: 'numeric' },
    hint: '固定した提案と公開済みの提案を残し、それ以外の下書きと辞退した人の受入枠を計算し直します。' });
  const resolve = h('button', { type: 'submit', class: 'button-secondary', 'data-test': 'resolve' }, '再計算する');
  const form = h('form', { novalidate: true, class: 'resolve-form' }, seconds, h('div', { class: 'actions' }, resolve));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = Number(form.solveSeconds.value);
    if (!Number.isInteger(value) || value < 1 || value > 600) {
      showMessage(reviewActions, new Error('再計算の時間は1〜600の整数（秒）で入力してください。'));
      return;
    }
    try {
      const running = await busy(resolve, () => api('POST', `rounds/${round.id}/resolve`, { solveSeconds: value }), '開始しています…');
      resolve.disabled = true;
      if (publish) publish.disabled = true;
      const done = await followRound(progress, running);
      clear(progress, roundResult(done));
      await reload();
    } catch (e) {
      showMessage(reviewActions, e);
    }
  });
  const nothingLeft = drafts === 0 && !declined;
  clear(reviewActions,
      round.published && drafts === 0 ? h('p', { 'data-test': 'nothing-to-publish' },
          'この回は公開済みです。窓口が本人と相談して判断します。') : null,
      publish ? h('div', { class: 'actions' }, publish) : null,
      confirmBox,
      nothingLeft ? null : h('details', { class: 'resolve' },
          h('summary', {}, drafts > 0 ? '公開の前に再計算する' : '辞退した人の受入枠を再計算する'), form),
      progress);
}

/** Asks before publishing, naming how many proposals each counter will be told of. */
function confirmPublication(shares, box, publish) {
  const total = shares.reduce((sum, s) => sum + s.proposals, 0);
  const go = h('button', { type: 'button', 'data-test': 'publish-confirm' }, `${shares.length}か所の窓口に公開する`);
  const cancel = h('button', { type: 'button', class: 'button-secondary', 'data-test': 'publish-cancel' }, 'やめる');
  cancel.addEventListener('click', () => { box.hidden = true; publish.hidden = false; publish.focus(); });
  go.addEventListener('click', () => busy(go, async () => {
    try {
      round = await api('POST', `rounds/${round.id}/publish`);
      await reload(`第${round.id}回を公開しました。各窓口に新しい提案として通知されます。`, reviewActions);
    } catch (e) {
      showMessage(reviewActions, e);
    }
  }, '公開しています…'));
  clear(box,
      h('h3', { id: 'publish-confirm-title', tabindex: -1 }, `下書き ${total}件を、次の窓口に公開します`),
      dataTable('公開先の窓口と提案の数', [
        ['窓口', (s) => s.counterName],
        ['提案', (s) => `${s.proposals}件`, 'number'],
      ], shares, { test: 'publication-table' }),
      h('p', {}, '公開すると、各窓口に通知が届き、窓口が本人と相談して判断します。公開した提案は取り消せません。'),
      h('div', { class: 'actions' }, go, cancel));
  box.hidden = false;
  publish.hidden = true;
  box.querySelector('h3').focus();
}

function drawFilters() {
  const municipalities = [...new Set(proposals.map((p) => p.municipalityCode))].sort();
  const states = [...new Map(proposals.map((p) => [p.state, p.stateJa])).entries()];
  const m = field('municipality', '市町村で絞り込む', { control: 'select', value: filters.municipality,
    options: [['', 'すべて'], ...municipalities.map((c) => [c, municipalityNames.get(c) || c])] });
  const s = field('state', '状態で絞り込む', { control: 'select', value: filters.state, options: [['', 'すべて'], ...states] });
  const t = field('text', 'ケース番号・受入先で探す', { type: 'search', value: filters.text });
  m.querySelector('select').addEventListener('change', (e) => { filters.municipality = e.target.value; drawProposals(); });
  s.querySelector('select').addEventListener('change', (e) => { filters.state = e.target.value; drawProposals(); });
  t.querySelector('input').addEventListener('input', (e) => { filters.text = e.target.value.trim(); drawProposals(); });
  clear(filtersBox, h('div', { class: 'filters' }, m, s, t));
}

function drawProposals() {
  const shown = proposals.filter((p) => (!filters.municipality || p.municipalityCode === filters.municipality)
      && (!filters.state || p.state === filters.state)
      && (!filters.text || (p.caseCode + ' ' + p.hostName + ' ' + p.taskTitle).includes(filters.text)));
  clear(proposalsBox,
      h('p', { role: 'status' }, `${proposals.length}件中 ${shown.length}件を表示`),
      dataTable(`第${round.id}回の提案`, [
        ['ケース', (p) => p.caseCode],
        ['市町村', (p) => municipalityNames.get(p.municipalityCode) || p.municipalityCode, 'nowrap'],
        ['受入先・業務', (p) => [h('strong', {}, p.hostName), h('br'), p.taskTitle, '（', WORK_KIND[p.workKind] || p.workKind, '）'], 'text-cell'],
        ['通所', (p) => `${TRAVEL_MODE[p.travelledBy] || p.travelledBy} ${p.travelMinutes}分`, 'nowrap'],
        ['状態', (p) => [h('span', { class: 'state' }, p.stateJa),
          p.pinned ? h('span', { class: 'badge badge-pinned' }, '固定') : null,
          p.keptFromLastRound ? h('span', { class: 'badge' }, '前回から') : null]],
        ['説明と他の候補', (p) => details(p)],
        ['操作', (p) => actions(p)],
      ], shown, { test: 'proposals-table', className: 'wide-table', empty: 'この回の提案はありません。',
        rowAttributes: (p) => ({ id: 'proposal-' + p.id, class: p.id === wantedProposal ? 'highlight' : null }) }));
}

function details(p) {
  return h('details', { class: 'proposal-details' },
      h('summary', {}, `説明と他の候補（${p.alternatives.length}件）`),
      h('p', { class: 'explanation', 'data-test': 'explanation' }, p.explanationJa),
      p.alternatives.length ? h('ol', { class: 'alternatives' }, p.alternatives.map((a) => alternative(p, a)))
          : h('p', {}, 'ほかに条件を満たす受入枠はありません。'),
      p.state === 'DRAFT' ? excludeForm(p) : null);
}

function alternative(p, a) {
  const swap = p.state === 'DRAFT'
      ? h('button', { type: 'button', class: 'button-secondary' }, 'この候補に変更') : null;
  swap?.addEventListener('click', () => busy(swap, async () => {
    try {
      await api('POST', `proposals/${p.id}/swap`, { version: p.version, slotId: a.slotId });
      await reload(`${p.caseCode} の提案を「${a.hostName}」に変更し、固定しました。`);
    } catch (e) {
      showMessage(proposalsBox, e);
    }
  }, '変更しています…'));
  return h('li', { class: 'alternative', 'data-test': 'alternative' },
      h('p', {}, h('strong', {}, `候補${a.rank}：${a.hostName}・${a.taskTitle}`),
          `（${weekdays(a.weekdays)} ${a.startTime ? a.startTime.slice(0, 5) : ''}から${a.hoursPerDay}時間、${TRAVEL_MODE[a.travelledBy] || a.travelledBy} ${a.travelMinutes}分）`),
      h('p', {}, a.explanationJa),
      h('p', { class: 'score-difference', 'data-test': 'score-difference' }, '提案と比べて：' + differenceWords(p, a)),
      a.moves.length ? h('div', { class: 'chain', 'data-test': 'chain' },
          h('p', {}, 'この枠は満員です。選ぶには、次の人が順に移ります（全員配置のまま）：'),
          h('ol', {}, a.moves.map((m) => h('li', {},
              `${caseCodes.get(m.candidateId) || 'ケース ' + m.candidateId}：${slotLabel(m.fromSlotId)} → ${slotLabel(m.toSlotId)}`
              + `（${TRAVEL_MODE[m.travelledBy] || m.travelledBy} ${m.travelMinutes}分）`)))) : null,
      swap);
}

function excludeForm(p) {
  const level = field('level', '除外の範囲', { control: 'select', value: 'SLOT', options: levelOptions(),
    hint: '以前の勤務先など、事業所そのものが合わない場合は「この事業所のすべての枠」を選びます。' });
  const reason = field('reason', '理由', { control: 'select',
    options: [['', '選んでください（受入枠だけなら任意）'], ...EXCLUSION_REASONS] });
  const note = field('note', '補足（任意）', { hint: '除外すると、解除するまでこの人には提案されません。理由が「その他」のときは必ず書きます。' });
  const button = h('button', { type: 'submit', class: 'button-danger' }, '除外する');
  const form = h('form', { novalidate: true, class: 'exclude-form' }, level, reason, note, button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const local = {};
    if (form.level.value !== 'SLOT' && !form.reason.value) local.reason = '業務・事業所ごと除外するときは理由を選んでください。';
    if (form.reason.value === 'OTHER' && !form.note.value.trim()) local.note = '理由が「その他」のときは内容を書いてください。';
    showFieldErrors(form, local);
    if (Object.keys(local).length) return;
    busy(button, async () => {
      try {
        const made = await api('POST', 'exclusions', { candidateId: p.candidateId, slotId: p.slotId, level: form.level.value,
          reason: form.reason.value || null, note: form.note.value || null });
        await reload(`${p.caseCode} について${exclusionTarget(made)}を除外しました。再計算すると別の受入枠を探します。`);
      } catch (e) {
        showFieldErrors(form, e.fieldErrors);
        showMessage(proposalsBox, e);
      }
    }, '除外しています…');
  });
  return form;
}

function actions(p) {
  if (p.state !== 'DRAFT') return '';
  const pin = h('button', { type: 'button', class: 'button-secondary', 'data-test': p.pinned ? 'unpin' : 'pin',
    'aria-label': `${p.caseCode} の提案を${p.pinned ? '固定解除' : '固定'}` }, p.pinned ? '固定解除' : '固定');
  pin.addEventListener('click', () => busy(pin, async () => {
    try {
      await api('POST', `proposals/${p.id}/${p.pinned ? 'unpin' : 'pin'}`, { version: p.version });
      await reload(`${p.caseCode} の提案を${p.pinned ? '固定解除' : '固定'}しました。`);
    } catch (e) {
      showMessage(proposalsBox, e);
    }
  }));
  return pin;
}

async function drawUnplaced() {
  const unplaced = await api('GET', `rounds/${round.id}/unplaced`);
  clear(unplacedBox, dataTable(`第${round.id}回で配置できなかった人（${unplaced.length}人）`, [
    ['ケース', (u) => u.caseCode, 'nowrap'],
    ['市町村', (u) => municipalityNames.get(u.municipalityCode) || u.municipalityCode],
    ['理由（外れた受入枠の数）', (u) => reasonList(u)],
    ['選択肢が生まれる変更', (u) => smallestChangeText(u)],
    ['まとめ', (u) => u.summaryJa, 'text-cell'],
  ], unplaced, { test: 'unplaced-table', className: 'wide-table', empty: 'この回で配置できなかった人はいません。' }));
}

async function drawExclusions() {
  const [exclusions] = await Promise.all([api('GET', 'exclusions'), drawExclusionRequests(requestsBox, (message) => reload(message, exclusionsBox))]);
  clear(exclusionsBox, requestsBox, dataTable('除外中の組み合わせ', [
    ['ケース', (x) => x.caseCode, 'nowrap'],
    ['除外の範囲', (x) => (x.level === 'SLOT' && slotLabels.has(x.slotId) ? slotLabel(x.slotId) : exclusionTarget(x))],
    ['きっかけ・理由', (x) => [label(EXCLUSION_SOURCES, x.source), x.reasonJa ? '：' + x.reasonJa : '', x.note ? '：' + x.note : '']],
    ['除外した人・日時', (x) => `${x.createdBy}（${formatDateTime(x.createdAt)}）`],
    ['操作', (x) => {
      const lift = h('button', { type: 'button', class: 'button-secondary', 'aria-label': `${x.caseCode} の除外を解除` }, '解除');
      lift.addEventListener('click', () => busy(lift, async () => {
        try {
          await api('DELETE', `exclusions/${x.id}`);
          await reload(`${x.caseCode} の除外を解除しました。次の計算から提案されることがあります。`);
        } catch (e) {
          showMessage(exclusionsBox, e);
        }
      }));
      return lift;
    }],
  ], exclusions, { test: 'exclusions-table', empty: '除外している組み合わせはありません。' }));
}

/** Reads the round again after a change and says what was done, where the change was asked for. */
async function reload(message, where = proposalsBox) {
  try {
    rounds = await api('GET', 'rounds');
    round = rounds.find((r) => r.id === round.id) || round;
    await drawRound();
    if (message) showMessage(where, message);
  } catch (e) {
    showMessage(main, e);
  }
}

async function drawRound() {
  if (round.status === 'RUNNING') {
    clear(summary);
    const progress = h('div', { class: 'round-progress' });
    clear(reviewActions, progress);
    const done = await followRound(progress, round);
    round = done;
  }
  proposals = round.status === 'COMPLETED' || round.status === 'STOPPED' ? await apiAll(`rounds/${round.id}/proposals`) : [];
  caseCodes = new Map(proposals.map((p) => [p.candidateId, p.caseCode]));
  slotLabels = new Map();
  for (const p of proposals) {
    slotLabels.set(p.slotId, `${p.hostName}・${p.taskTitle}`);
    for (const a of p.alternatives) if (!slotLabels.has(a.slotId)) slotLabels.set(a.slotId, `${a.hostName}・${a.taskTitle}`);
  }
  drawSummary();
  drawFilters();
  drawProposals();
  await Promise.all([drawUnplaced(), drawExclusions()]);
}

async function start() {
  await coordinatorPage('マッチング結果');
  try {
    const [list, municipalities] = await Promise.all([api('GET', 'rounds'), api('GET', 'municipalities')]);
    rounds = list;
    municipalityNames = namesByCode(municipalities);
    const wanted = wantedProposal ? await api('GET', `proposals/${wantedProposal}`).catch((e) => {
      showMessage(main, e);
      return null;
    }) : null;
    round = chooseRound(wanted?.roundId);
    drawChoice();
    if (!round) {
      clear(summary, h('p', {}, 'まだマッチングの回がありません。「今週の状況」から開始してください。'));
      return;
    }
    await drawRound();
    const row = wanted ? document.getElementById('proposal-' + wanted.id) : null;
    if (row) {
      row.tabIndex = -1;
      row.scrollIntoView({ block: 'center' });
      row.focus({ preventScroll: true });
    }
  } catch (e) {
    showMessage(main, e);
  }
}

start();
