/** The weekly matching as an OptaPlanner problem: the planning domain, its constraints, and the facade that solves a round and checks the result. */
package jp.tsunagu.matching.solver;
