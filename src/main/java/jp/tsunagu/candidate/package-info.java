/** People in the pool (候補者), pseudonymous, submitted and kept by their municipal counter. */
package jp.tsunagu.candidate;
