/**
 * The weekly matching as an OptaPlanner problem: the planning domain, its constraints, and the facade
 * that solves a round and checks the result. It does not depend on {@code explain}, which reads the
 * planning classes: the outcome is written by an {@link jp.tsunagu.matching.solver.OutcomeWriting}
 * that {@code explain} provides as a service.
 */
package jp.tsunagu.matching.solver;
