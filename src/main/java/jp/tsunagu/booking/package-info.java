/**
 * Site visits before the first day (見学会) and accompaniment on the first day (同行), and the
 * calendar of the accompanying staff (job coaches, 就労支援員), who are never booked twice at once.
 */
package jp.tsunagu.booking;
