/**
 * The exact optimum of the core objective of a weekly round, by minimum-cost flow: the most
 * placement weight, then the least travel, under pairwise feasibility and the slot and supervisor
 * capacities. It is the yardstick of the solver's quality (the benchmark's gap) and can seed its
 * search. Index-based, so that it knows nothing of the solver's classes.
 */
package jp.tsunagu.matching.optimum;
