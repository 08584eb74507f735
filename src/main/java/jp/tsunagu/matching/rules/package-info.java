/** The pairwise hard rules of a placement (person × slot), each defined once and shared by the solver, the pruning, the re-check and the explanations. */
package jp.tsunagu.matching.rules;
