/**
 * What a round produces, as plain data: a proposal with its explanation and alternatives for each
 * placed person, the reasons and the smallest opening change for each unplaced one.
 */
package jp.tsunagu.matching.outcome;
