// The Japanese words a host reads for the codes the API speaks (from the service's own enums, through
// ../vocabulary.js), and small date helpers in Japan's time.

export {
  WEEKDAYS, WORK_KINDS, PHYSICAL_LOADS, CUSTOMER_CONTACTS, PROGRAMMES, HOST_DECLINE_REASONS, label,
} from '../vocabulary.js';
import { WEEKDAYS } from '../vocabulary.js';

export const MONTHS = Array.from({ length: 12 }, (_, i) => [String(i + 1), (i + 1) + '月']);

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
