/**
 * Duties towards the people whose data the network holds (個人情報保護法): disclosure of everything held
 * about a case (開示請求), and anonymisation once the prefecture's retention period has passed. See docs/privacy.md.
 */
package jp.tsunagu.privacy;
