// A map of the prefecture without online tiles: each municipality at its office's latitude and
// longitude, a circle sized by the chosen count, the outline of the points as a faint land shape.
// Drawn as SVG with attributes and classes only (no inline styles), so the page's CSP holds.
import { h, clear, field } from '../ui.js';
import { dataTable } from './common.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 600;
const PADDING = 36;
const MAX_RADIUS = 30;

const MEASURES = [
  ['waiting', '待機している人', '人'],
  ['hosts', '受入先', 'か所'],
  ['unplaced', '配置できなかった人', '人'],
];

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) element.setAttribute(name, String(value));
  }
  for (const child of children) element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return element;
}

/** Equirectangular projection, shrunk east-west by the cosine of the middle latitude (good at a prefecture's scale). */
function projection(points) {
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const [latMin, latMax, lonMin, lonMax] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const squeeze = Math.cos(((latMin + latMax) / 2) * Math.PI / 180);
  const scale = (WIDTH - 2 * PADDING) / Math.max((lonMax - lonMin) * squeeze, 1e-6);
  const height = Math.round((latMax - latMin) * scale + 2 * PADDING);
  return { height, at: (lat, lon) => [PADDING + (lon - lonMin) * squeeze * scale, PADDING + (latMax - lat) * scale] };
}

/** The convex hull of the points (Andrew's monotone chain), as the land's rough shape. */
function hull(points) {
  const sorted = points.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o, a, b) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list) => {
    const chain = [];
    for (const p of list) {
      while (chain.length >= 2 && cross(chain[chain.length - 2], chain[chain.length - 1], p) <= 0) chain.pop();
      chain.push(p);
    }
    chain.pop();
    return chain;
  };
  return half(sorted).concat(half(sorted.slice().reverse()));
}

function describe(m) {
  return `${m.name}：待機している人 ${m.waiting}人、受入先 ${m.hosts}か所、配置できなかった人 ${m.unplaced}人`;
}

export function drawMap(mapBox, tableBox, overview) {
  const located = overview.municipalities.filter((m) => m.latitude != null && m.longitude != null)
      .map((m) => ({ ...m, lat: Number(m.latitude), lon: Number(m.longitude) }));
  const choose = field('measure', '円の大きさで示す数', { control: 'select', value: 'waiting',
    options: MEASURES.map(([key, label]) => [key, label]) });
  const detail = h('p', { class: 'map-detail', 'aria-live': 'polite', 'data-test': 'map-detail' }, '円を選ぶと、その市町村の数が表示されます。');
  const picture = h('div', { class: 'map-picture' });
  clear(mapBox, choose, picture, detail);

  const draw = (measure) => {
    const [, label, unit] = MEASURES.find(([key]) => key === measure);
    const { height, at } = projection(located);
    const max = Math.max(1, ...located.map((m) => m[measure]));
    const radius = (value) => (value > 0 ? 3 + Math.sqrt(value / max) * (MAX_RADIUS - 3) : 2);
    const land = hull(located.map((m) => at(m.lat, m.lon)));
    const total = located.reduce((sum, m) => sum + m[measure], 0);
    // A group, not an image: an image's content is presentational, and its circles are buttons.
    const map = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: 'prefecture-map', role: 'group',
      'aria-labelledby': 'map-svg-title', 'data-test': 'map', 'data-measure': measure },
    svg('title', { id: 'map-svg-title' }, `市町村ごとの${label}の地図（合計 ${total}${unit}）。詳しくは隣の表をご覧ください。`),
    svg('polygon', { class: 'map-land', points: land.map((p) => p.map((v) => v.toFixed(1)).join(',')).join(' ') }));
    // Big circles first, so that a small municipality beside a big one stays visible and clickable.
    const ordered = located.slice().sort((a, b) => b[measure] - a[measure]);
    for (const m of ordered) {
      const [x, y] = at(m.lat, m.lon);
      const value = m[measure];
      const group = svg('g', { class: 'map-place' + (value > 0 ? ' map-place-' + measure : ' map-place-none'),
        tabindex: value > 0 ? 0 : null, role: value > 0 ? 'button' : null, 'aria-label': value > 0 ? describe(m) : null,
        'data-code': m.code, 'data-value': value },
      svg('title', {}, describe(m)),
      svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: radius(value).toFixed(1) }));
      const show = () => { detail.textContent = describe(m); };
      group.addEventListener('mouseenter', show);
      group.addEventListener('focus', show);
      group.addEventListener('click', show);
      group.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); show(); } });
      map.append(group);
    }
    // Names of the eight largest, so that the map can be read without hovering.
    for (const m of ordered.filter((o) => o[measure] > 0).slice(0, 8)) {
      const [x, y] = at(m.lat, m.lon);
      map.append(svg('text', { class: 'map-label', x: (x + radius(m[measure]) + 3).toFixed(1), y: (y + 5).toFixed(1),
        'aria-hidden': 'true' }, m.name));
    }
    clear(picture, map);
  };
  choose.querySelector('select').addEventListener('change', (e) => draw(e.target.value));
  draw('waiting');

  const rows = overview.municipalities.filter((m) => m.waiting || m.hosts || m.unplaced)
      .sort((a, b) => a.code.localeCompare(b.code));
  clear(tableBox, dataTable('市町村ごとの数（地図と同じ内容）', [
    ['市町村', (m) => m.name],
    ['待機している人', (m) => m.waiting, 'number'],
    ['受入先', (m) => m.hosts, 'number'],
    ['募集中の受入枠', (m) => m.openSlots, 'number'],
    ['配置できなかった人', (m) => m.unplaced, 'number'],
  ], rows, { test: 'map-table' }));
}
