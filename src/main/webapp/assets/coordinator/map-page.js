// The map and the chart of a round: both read GET /overview?round=ID, and each has a table beside it.
import { api } from '../api.js';
import { h, clear, showMessage, field } from '../ui.js';
import { coordinatorPage, ROUND_STATUS } from './common.js';
import { drawMap } from './map.js';
import { drawChart } from './chart.js';

const main = document.querySelector('main');

async function start() {
  await coordinatorPage('地図とグラフ');
  try {
    const rounds = (await api('GET', 'rounds')).filter((r) => r.status === 'COMPLETED' || r.status === 'STOPPED')
        .sort((a, b) => b.id - a.id);
    const requested = Number(new URLSearchParams(location.search).get('round'));
    const chosen = rounds.find((r) => r.id === requested) || rounds[0];
    const overview = await api('GET', chosen ? `overview?round=${chosen.id}` : 'overview');
    if (rounds.length) {
      const select = field('round', '表示する回', { control: 'select', value: chosen.id,
        options: rounds.map((r) => [r.id, `第${r.id}回（${r.roundStart}の週・${ROUND_STATUS[r.status]}）`]) });
      select.querySelector('select').addEventListener('change', (e) => { location.search = '?round=' + e.target.value; });
      clear(document.getElementById('round-choice'), h('div', { class: 'filters' }, select));
    }
    drawMap(document.getElementById('map'), document.getElementById('map-table'), overview);
    await drawChart(document.getElementById('chart-controls'), document.getElementById('chart'),
        document.getElementById('chart-table'), overview);
  } catch (e) {
    showMessage(main, e);
  }
}

start();
