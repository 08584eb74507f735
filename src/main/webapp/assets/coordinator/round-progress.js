// Follows a running round: a progress bar from the server-sent events (elapsed time, people placed,
// best score), a stop button, and the result when the round is saved.
import { api, events } from '../api.js';
import { h, clear, showMessage, busy } from '../ui.js';
import { ROUND_STATUS, duration, scoreWords } from './common.js';

/**
 * Draws the progress of `round` (a RoundView with status RUNNING) into `container` and follows it
 * until it is saved. Answers a promise of the finished round.
 */
export function followRound(container, round) {
  const bar = h('progress', { max: Math.max(1, round.solveSeconds * 1000), value: 0, 'aria-labelledby': 'round-progress-label',
      'data-test': 'round-progress' });
  const elapsed = h('span', { 'data-test': 'round-elapsed' }, '0秒');
  const placed = h('span', { 'data-test': 'round-placed' }, '—');
  const score = h('span', { 'data-test': 'round-score' }, '—');
  const stop = h('button', { type: 'button', class: 'button-danger', 'data-test': 'round-stop' }, '計算を止める');
  const status = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  clear(container,
      h('h3', { id: 'round-progress-label' }, `第${round.id}回を計算しています（最長 ${round.solveSeconds}秒）`),
      bar,
      h('dl', { class: 'progress-figures' },
          h('div', {}, h('dt', {}, '経過時間'), h('dd', {}, elapsed)),
          h('div', {}, h('dt', {}, '配置できた人'), h('dd', {}, placed)),
          h('div', {}, h('dt', {}, 'これまでの最良の評価'), h('dd', {}, score))),
      h('div', { class: 'actions' }, stop),
      status);

  // The server reports only when the solver improves; the bar and the clock advance in between from
  // the round's start (the server's clock, unless this computer's clock disagrees with it).
  const started = Date.parse(round.startedAt);
  const sinceStart = Date.now() - started;
  const origin = Number.isFinite(sinceStart) && sinceStart >= 0 && sinceStart < (round.solveSeconds + 120) * 1000
      ? started : Date.now() - (round.elapsedMillis || 0);
  let reported = 0;
  const tick = () => {
    const millis = Math.max(reported, Date.now() - origin);
    bar.value = Math.min(bar.max, millis);
    elapsed.textContent = duration(millis);
  };
  const ticker = setInterval(tick, 250);

  let lastAnnounced = 0;
  const show = (p) => {
    reported = Math.max(reported, p.elapsedMillis || 0);
    tick();
    // Until the pool is assembled the round knows no candidates yet: nothing to count.
    placed.textContent = p.candidates ? `${p.placed} / ${p.candidates}人` : '準備中';
    score.textContent = scoreWords(p.bestScore);
    score.title = p.bestScore || '';
    // Screen readers hear the progress every ten seconds, not at every improvement.
    if (p.elapsedMillis - lastAnnounced >= 10000) {
      lastAnnounced = p.elapsedMillis;
      status.textContent = `${duration(p.elapsedMillis)}経過、${p.placed}人を配置`;
    }
  };
  show(round);

  stop.addEventListener('click', () => busy(stop, async () => {
    try {
      await api('POST', `rounds/${round.id}/stop`);
      stop.textContent = '停止を依頼しました';
      showMessage(container, '停止を依頼しました。その時点で最良の提案を保存します。', 'message-info');
    } catch (e) {
      showMessage(container, e);
    }
  }, '停止を依頼中…'));

  return new Promise((resolve) => {
    let done = false;
    let poller = null;
    const source = events(`rounds/${round.id}/events`);
    const finish = (saved) => {
      if (done) return;
      done = true;
      clearInterval(ticker);
      source.close();
      if (poller) clearInterval(poller);
      bar.value = bar.max;
      elapsed.textContent = duration(saved.elapsedMillis);
      stop.remove();
      status.textContent = `第${saved.id}回の計算が終わりました：${ROUND_STATUS[saved.status] || saved.status}`;
      resolve(saved);
    };
    source.addEventListener('progress', (event) => show(JSON.parse(event.data)));
    source.addEventListener('finished', (event) => finish(JSON.parse(event.data)));
    // If the event stream breaks (a proxy, a restart), read the round every two seconds instead.
    source.addEventListener('error', () => {
      if (done || poller) return;
      source.close();
      poller = setInterval(async () => {
        try {
          const now = await api('GET', `rounds/${round.id}`);
          if (now.status === 'RUNNING') show(now); else finish(now);
        } catch (e) {
          showMessage(container, e);
        }
      }, 2000);
    });
  });
}

/** The result of a saved round in words, with the way on to its proposals. */
export function roundResult(round) {
  const ok = round.status === 'COMPLETED' || round.status === 'STOPPED';
  return h('div', { class: 'round-result', 'data-test': 'round-result' },
      h('p', { class: 'message ' + (ok ? 'message-success' : 'message-error'), role: 'status' },
          `第${round.id}回：${ROUND_STATUS[round.status] || round.status}`,
          ok ? `。${round.candidates}人中 ${round.placed}人を配置しました（計算時間 ${duration(round.elapsedMillis)}）。` : ''),
      round.summaryJa ? h('p', { class: 'round-summary' }, round.summaryJa) : null,
      round.failure ? h('p', {}, '失敗の理由：' + round.failure) : null,
      ok ? h('p', {}, h('a', { href: `coordinator-round.html?round=${round.id}` }, `第${round.id}回の提案を確認する`)) : null);
}
