/**
 * Who is calling and what they may touch: accounts with a role and a scope (a counter, a host),
 * authentication on every request, and the one place where each role's access rule is written.
 */
package jp.tsunagu.access;
