/**
 * The coordinator's week at a glance (今週の状況): counts per municipality of the people waiting, the
 * hosts and open slots, and the outcome of a round, for the overview, the map and the chart. Counts
 * only: no case is named, so reading it writes no case audit entry.
 */
package jp.tsunagu.overview;
