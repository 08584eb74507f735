// Programme limits (利用期限): people whose 就労準備支援事業 reaches its one-year limit soon.
import { api } from '../api.js';
import { h, clear, table, formatDate } from '../ui.js';

export async function showLimits(main, context) {
  const limits = await api('GET', 'monitoring/programme-limits');
  clear(main, h('h1', {}, '利用期限が近い方'),
      h('p', {}, '就労準備支援事業の利用が1年に近づいている（または過ぎている）のに、延長の理由が記録されていない方です。延長する場合は支援対象者の画面で理由を記録してください。'),
      table('利用期限', [
        ['ケース番号', (l) => h('a', { href: '#person/' + l.candidateId }, l.caseCode)],
        ['市町村', (l) => context.municipalityName(l.municipalityCode)],
        ['利用開始', (l) => formatDate(l.programmeStart)],
        ['期限', (l) => formatDate(l.limitDate)],
        ['残り', (l) => (l.daysLeft < 0 ? h('span', { class: 'badge badge-alert' }, `${-l.daysLeft}日超過`) : `${l.daysLeft}日`)],
        ['受入中', (l) => (l.placedNow ? 'はい' : 'いいえ')],
      ], limits, { empty: '期限が近い方はいません。' }));
}
