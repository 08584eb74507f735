/**
 * Running a weekly round (週次マッチング) as a coordinator does: assemble the pool from the registry,
 * solve in the background under a database lock, stream progress, and save the round with its
 * proposals (マッチング案) whole or not at all.
 */
package jp.tsunagu.matching.round;
