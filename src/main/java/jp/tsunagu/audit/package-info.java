/** The audit trail: every read and write of a case and every refused request, who, when, which case, what. */
package jp.tsunagu.audit;
