// The latest published round as the counter reads it: which of its people were proposed, and for
// those who were not, why and what change would open a slot (in the coordinator's words), and which
// kinds of slot the network lacks for the municipalities it serves.
import { api, apiAll } from '../api.js';
import { h, formatDate } from '../ui.js';
import { reasonList, smallestChangeText } from '../unplaced.js';

/**
 * The latest published round's results for this counter, or null before any round was published;
 * `{ failed: true }` when they could not be read (the people list still shows).
 */
export async function latestRound() {
  try {
    return await readLatestRound();
  } catch (e) {
    return { failed: true };
  }
}

async function readLatestRound() {
  const rounds = await api('GET', 'rounds');
  const round = rounds.find((r) => r.published);
  if (!round) return null;
  const [proposals, unplaced, gaps] = await Promise.all([
    apiAll(`rounds/${round.id}/proposals`),
    api('GET', `rounds/${round.id}/unplaced`),
    api('GET', `rounds/${round.id}/gaps`),
  ]);
  return {
    round,
    proposalOf: new Map(proposals.map((p) => [p.candidateId, p])),
    unplacedOf: new Map(unplaced.map((u) => [u.candidateId, u])),
    gaps,
  };
}

function roundName(result) {
  return `第${result.round.id}回（${formatDate(result.round.publishedAt)}公開）`;
}

/** One cell of the people list: proposed (a link to the proposal), or not and the first reason. */
export function outcomeCell(result, person) {
  if (!result) return 'まだ公開された回はありません';
  if (result.failed) return '結果を読み込めませんでした';
  const proposal = result.proposalOf.get(person.id);
  if (proposal) {
    return h('a', { href: '#proposal/' + proposal.id, dataset: { test: 'proposed' } }, `提案あり（${proposal.stateJa}）`);
  }
  const unplaced = result.unplacedOf.get(person.id);
  if (unplaced) {
    const first = unplaced.reasons[0];
    return h('span', { dataset: { test: 'not-proposed' } }, h('strong', {}, '提案なし'),
        first ? `：${first.messageJa}` : '');
  }
  return h('span', { class: 'hint' }, 'この回の対象外');
}

/** The person page's account of the latest round: proposed or not, why, and what would help. */
export function outcomeSection(result, person) {
  const heading = h('h2', { id: 'latest-round-heading' }, '最新のマッチングの結果');
  const section = (...children) => h('section', { class: 'form-section', id: 'latest-round',
    'aria-labelledby': 'latest-round-heading' }, heading, ...children);
  if (!result) return section(h('p', {}, 'まだ公開されたマッチングの回はありません。'));
  if (result.failed) return section(h('p', {}, '最新の回の結果を読み込めませんでした。画面を読み込み直してください。'));
  const proposal = result.proposalOf.get(person.id);
  if (proposal) {
    return section(h('p', {}, `${roundName(result)}で、${proposal.hostName}「${proposal.taskTitle}」が提案されました（${proposal.stateJa}）。`),
        h('p', {}, h('a', { href: '#proposal/' + proposal.id }, '提案を見る')));
  }
  const unplaced = result.unplacedOf.get(person.id);
  if (!unplaced) {
    return section(h('p', {}, `${roundName(result)}の対象ではありませんでした（その後の登録、マッチングへの同意なし、受入中など）。`));
  }
  return section(
      h('p', {}, `${roundName(result)}では、この方に提案できる受入枠がありませんでした。`),
      h('h3', {}, '理由（外れた受入枠の数）'), reasonList(unplaced),
      h('h3', {}, '選択肢が生まれる変更'), h('p', { dataset: { test: 'smallest-change' } }, smallestChangeText(unplaced)),
      unplaced.gap ? h('p', {}, `県内に不足している受入枠：${unplaced.gap.messageJa}`) : null);
}

/** What kinds of slot the network lacks for the counter's municipalities, as counts of people. */
export function gapsSection(result) {
  if (!result || result.failed || !result.gaps.municipalities.length) return null;
  return h('details', { class: 'gaps', id: 'network-gaps' },
      h('summary', {}, `担当の市町村で不足している受入枠（${roundName(result)}・${result.gaps.withGap}人）`),
      h('p', {}, '条件を変えても提案できなかった方の数です。どの種類の受入枠が足りないかを、受入先の開拓の参考にしてください。'),
      h('ul', {}, result.gaps.municipalities.map((m) => h('li', {}, `${m.municipalityName}：`
          + m.kinds.map((k) => `${k.labelJa}（${k.people}人）`).join('、')))));
}
