/**
 * The registry as spreadsheets: import of hosts, tasks and slots from CSV (UTF-8, or the
 * Shift_JIS that Excel writes in Japan), all-or-nothing with a line-numbered report, and export.
 */
package jp.tsunagu.registry.csv;
