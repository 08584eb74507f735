// The Japanese words a host reads for the codes the API speaks, and small date helpers in Japan's time.

export const WEEKDAYS = [
  ['MONDAY', '月'], ['TUESDAY', '火'], ['WEDNESDAY', '水'], ['THURSDAY', '木'],
  ['FRIDAY', '金'], ['SATURDAY', '土'], ['SUNDAY', '日'],
];

export const WORK_KINDS = [
  ['FARMING', '農作業'], ['LIGHT_WORK', '軽作業'], ['CLEANING', '清掃'], ['KITCHEN_HELP', '調理補助'],
  ['DATA_ENTRY', 'PC入力'], ['SALES', '販売'], ['CARE_ASSIST', '介護補助'], ['OFFICE_ASSIST', '事務補助'],
  ['MANUFACTURING', '製造'], ['GARDENING', '園芸・緑化'],
];

export const PHYSICAL_LOADS = [['LIGHT', '軽い'], ['MODERATE', '普通'], ['HEAVY', '重い']];

export const CUSTOMER_CONTACTS = [['NONE', 'なし'], ['SOME', '少し'], ['FREQUENT', '多い']];

export const PROGRAMMES = [
  ['WORK_READINESS', '就労準備支援事業'], ['CERTIFIED_TRAINING_EMPLOYED', '認定就労訓練（雇用型）'],
  ['CERTIFIED_TRAINING_NON_EMPLOYED', '認定就労訓練（非雇用型）'], ['WORK_EXPERIENCE', '就労体験'],
  ['FARM_EXPERIENCE', '農業体験'], ['PARTICIPATION', '参加支援・居場所'],
];

export const HOST_DECLINE_REASONS = [
  ['NO_CAPACITY', '受け入れる余裕がなくなった'], ['SCHEDULE', '日程・時間が合わない'],
  ['TASK_NOT_SUITABLE', '業務内容が合わない'], ['OTHER', 'その他'],
];

export const MONTHS = Array.from({ length: 12 }, (_, i) => [String(i + 1), (i + 1) + '月']);

export function label(pairs, code) {
  const found = pairs.find(([value]) => value === code);
  return found ? found[1] : code;
}

/** 「月・水・金」 */
export function weekdaysText(days) {
  const chosen = new Set(days || []);
  return WEEKDAYS.filter(([code]) => chosen.has(code)).map(([, word]) => word).join('・') || '—';
}

/** "09:00:00" → "09:00" */
export function timeText(time) {
  return time ? String(time).slice(0, 5) : '';
}

/** Today in Japan as YYYY-MM-DD, whatever the phone's own time zone. */
export function todayInJapan() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' })
      .format(new Date());
}

function parseDay(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

/** The Monday of the week holding `iso` (a week starts on Monday). */
export function mondayOf(iso) {
  const day = parseDay(iso);
  const shift = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - shift);
  return isoDay(day);
}

export function addDays(iso, days) {
  const day = parseDay(iso);
  day.setUTCDate(day.getUTCDate() + days);
  return isoDay(day);
}

/** 2026-06-01 → 「2026年6月1日(月)」 */
export function dayText(iso) {
  if (!iso) return '';
  const day = parseDay(String(iso).slice(0, 10));
  const weekday = '日月火水木金土'[day.getUTCDay()];
  return `${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月${day.getUTCDate()}日(${weekday})`;
}

/** A local date-time of the prefecture ("2026-06-02T10:00") in words, without converting time zones. */
export function localDateTimeText(text) {
  if (!text) return '';
  const [day, time] = String(text).split('T');
  return dayText(day) + (time ? ' ' + time.slice(0, 5) : '');
}

/** The week of a Monday in words: 「6月1日(月)〜6月7日(日)の週」 */
export function weekText(monday) {
  const start = parseDay(monday);
  const end = parseDay(addDays(monday, 6));
  return `${start.getUTCMonth() + 1}月${start.getUTCDate()}日(月)〜${end.getUTCMonth() + 1}月${end.getUTCDate()}日(日)の週`;
}
