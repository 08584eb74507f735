/**
 * A realistic sample prefecture (Nagano, 長野県) for one weekly round: municipalities and the
 * accommodation catalogue read from {@code sample-data/}, people and hosts drawn from documented,
 * seeded distributions, plus fixed personas from the source documents. The service loads it at
 * start-up; tests, the offline solver and the benchmark use it as their instance generator.
 */
package jp.tsunagu.sample;
