// The round's chart: per municipality, the people placed and those left unplaced, stacked to the
// municipality's pool in the round. ECharts (WebJar, served by this WAR) is loaded only here.
// Canvas rendering and a tooltip drawn inside the canvas (richText) keep it free of inline style
// markup, so the page's CSP (default-src 'self') needs no relaxation.
import { h, clear, field, showMessage } from '../ui.js';
import { dataTable } from './common.js';

const ECHARTS = '../../webjars/echarts/5.3.1/dist/echarts.esm.min.js';
const ROW_HEIGHT = 24;

function rowsOf(overview, order) {
  const rows = overview.municipalities.map((m) => ({ ...m, pool: m.placed + m.unplaced })).filter((m) => m.pool > 0);
  return order === 'code' ? rows.sort((a, b) => a.code.localeCompare(b.code))
      : rows.sort((a, b) => b.pool - a.pool || a.code.localeCompare(b.code));
}

function option(rows) {
  // ECharts draws the first category at the bottom of a vertical axis: reverse, to read top-down.
  const top = rows.slice().reverse();
  return {
    animation: false,
    aria: { enabled: true, label: { description: '市町村ごとの配置できた人と配置できなかった人の積み上げ棒グラフ。下の表に同じ数があります。' } },
    grid: { left: 8, right: 24, top: 40, bottom: 24, containLabel: true },
    legend: { top: 0, data: ['配置できた人', '配置できなかった人'] },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, renderMode: 'richText' },
    xAxis: { type: 'value', minInterval: 1, name: '人' },
    yAxis: { type: 'category', data: top.map((m) => m.name), axisLabel: { interval: 0 } },
    series: [
      { name: '配置できた人', type: 'bar', stack: 'pool', data: top.map((m) => m.placed), itemStyle: { color: '#0017c1' } },
      { name: '配置できなかった人', type: 'bar', stack: 'pool', data: top.map((m) => m.unplaced), itemStyle: { color: '#fb5b01' } },
    ],
  };
}

export async function drawChart(controls, chartBox, tableBox, overview) {
  if (!overview.roundId) {
    clear(chartBox, h('p', { class: 'empty' }, 'まだ保存された回がありません。'));
    return;
  }
  const order = field('order', '並べ方', { control: 'select', value: 'pool',
    options: [['pool', '母数の多い順'], ['code', '市町村コード順']] });
  clear(controls, h('div', { class: 'filters' }, order));
  let echarts;
  try {
    echarts = await import(ECHARTS);
  } catch (e) {
    showMessage(chartBox, new Error('グラフの部品を読み込めませんでした。下の表で数を確認できます。'));
  }
  const canvasBox = h('div', { class: 'round-chart', 'data-test': 'chart', role: 'img',
    'aria-label': `第${overview.roundId}回の市町村ごとの配置と母数のグラフ。下の表に同じ数があります。` });
  let chart = null;
  const draw = (how) => {
    const rows = rowsOf(overview, how);
    if (echarts) {
      if (chart) chart.dispose();
      // The height follows the number of municipalities; set through the CSSOM, which CSP allows.
      canvasBox.style.height = (rows.length * ROW_HEIGHT + 80) + 'px';
      chart = echarts.init(canvasBox, null, { renderer: 'canvas' });
      chart.setOption(option(rows));
      canvasBox.dataset.rows = String(rows.length);
    }
    clear(tableBox, dataTable(`第${overview.roundId}回：市町村ごとの配置と母数（グラフと同じ内容）`, [
      ['市町村', (m) => m.name],
      ['母数（対象者）', (m) => m.pool, 'number'],
      ['配置できた人', (m) => m.placed, 'number'],
      ['配置できなかった人', (m) => m.unplaced, 'number'],
      ['配置率', (m) => Math.round((100 * m.placed) / m.pool) + '%', 'number'],
    ], rows, { test: 'chart-table' }));
  };
  if (echarts) clear(chartBox, canvasBox);
  draw('pool');
  order.querySelector('select').addEventListener('change', (e) => draw(e.target.value));
  window.addEventListener('resize', () => chart && chart.resize());
}
