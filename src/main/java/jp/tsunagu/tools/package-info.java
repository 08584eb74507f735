/**
 * Command-line tools that run outside the server (generate a sample week, solve a problem file
 * offline). The WAR leaves this package out.
 */
package jp.tsunagu.tools;
