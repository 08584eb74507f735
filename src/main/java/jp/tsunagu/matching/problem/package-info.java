/**
 * The weekly matching problem as plain data: what a round is solved over, read from the registry
 * or from a problem file (the JSON format of {@code sample-data/} and of the offline solver).
 * Nothing here knows about the database or the solver.
 */
package jp.tsunagu.matching.problem;
