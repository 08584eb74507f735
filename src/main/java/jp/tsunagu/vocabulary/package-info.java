/**
 * The Japanese words for the codes the API speaks (語彙), read from the service's own enums and served
 * once to the screens, so that no screen keeps a copy of its own that could drift from the server's.
 */
package jp.tsunagu.vocabulary;
