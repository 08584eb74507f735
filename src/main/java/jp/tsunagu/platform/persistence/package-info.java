/** Mapping helpers shared by the entities: small value sets stored as one delimited column. */
package jp.tsunagu.platform.persistence;
