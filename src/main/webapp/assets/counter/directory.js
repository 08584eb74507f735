// The directory of social resources (社会資源): hosts of the registry and places to be, volunteering,
// community cafés, consultation desks... searched by area, kind, kind of work and accommodations,
// to connect a person outside the weekly matching.
import { api } from '../api.js';
import { h, clear, field, showMessage, showFieldErrors, formValues, busy } from '../ui.js';
import { WORK_KINDS, directoryKinds, labels, weekdays } from './labels.js';

export async function showDirectory(main, context) {
  const wideAreas = [...new Set(context.municipalities.map((m) => m.wideArea).filter(Boolean))];
  const served = context.served.map((m) => m.code);
  const search = h('button', { type: 'submit', id: 'directory-search' }, '検索する');
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': '社会資源の検索', id: 'directory-form', novalidate: true },
      field('municipality', '市町村', { control: 'select', value: served.length === 1 ? served[0] : '',
        options: [['', 'すべて'], ...context.municipalities.map((m) => [m.code, m.name])] }),
      field('wideArea', '広域圏', { control: 'select', options: [['', 'すべて'], ...wideAreas.map((a) => [a, a])] }),
      field('kind', '種類', { control: 'select', options: [['', 'すべて'], ...directoryKinds()] }),
      field('workKind', '仕事・活動の種類', { control: 'select', options: [['', 'すべて'], ...WORK_KINDS] }),
      field('accommodation', '配慮', { control: 'select', options: [['', 'すべて'], ...context.accommodations] }),
      field('q', 'キーワード', { type: 'search', attrs: { maxlength: 100 } }),
      h('div', { class: 'actions' }, search));
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'directory-count' });
  const results = h('ul', { class: 'cards', id: 'directory-results' });

  async function run() {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(formValues(form))) if (value) params.set(name, value);
    status.textContent = '検索中…';
    try {
      const entries = await busy(search, () => api('GET', 'resources?' + params), '検索中…');
      showFieldErrors(form, {});
      main.querySelectorAll(':scope > .message').forEach((m) => m.remove());
      status.textContent = entries.length ? `${entries.length}件見つかりました。`
        : '条件に合う社会資源は見つかりませんでした。市町村を「すべて」にする、種類を外す、ことばを短くするなどして、もう一度探してください。';
      clear(results, entries.map((e) => entryCard(e, context)));
    } catch (e) {
      status.textContent = '';
      showFieldErrors(form, e.fieldErrors);
      showMessage(main, e);
    }
  }
  form.addEventListener('submit', (event) => { event.preventDefault(); run(); });
  clear(main, h('h1', {}, '社会資源をさがす'),
      h('p', {}, '受入事業所のほか、居場所、ボランティア、コミュニティカフェ、相談窓口など地域の社会資源を探せます。毎週のマッチングを待たずにご本人をつなぐときに使います。'),
      form, status, results);
  await run();
}

function entryCard(e, context) {
  const row = (term, value) => (value ? [h('dt', {}, term), h('dd', {}, value)] : null);
  return h('li', { class: 'card', dataset: { test: 'directory-entry', source: e.source } },
      h('h2', { class: 'card-title' }, e.name),
      h('p', {}, h('span', { class: 'badge' }, e.kindLabel), ' ',
          e.source === 'HOST' ? h('span', { class: 'badge' }, `受入事業所 No.${e.id}`) : null, ' ',
          e.activelyAccepting ? h('span', { class: 'badge' }, '受入募集中') : null),
      h('dl', { class: 'summary' },
          row('場所', [e.municipalityName, e.wideArea ? `（${e.wideArea}）` : '', e.area ? ` ${e.area}` : ''].join('')),
          row(e.source === 'HOST' ? '業務' : '内容', e.offers),
          row('仕事・活動', labels(WORK_KINDS, e.workKinds)),
          row('配慮', labels(context.accommodations, e.accommodations)),
          row('開いている日', e.openingDays && e.openingDays.length ? weekdays(e.openingDays) + '曜' : ''),
          row(e.source === 'HOST' ? '連絡できる時間' : '時間', e.openingHours),
          row('連絡先', e.contact),
          row('ひとこと', e.publicNote)));
}
