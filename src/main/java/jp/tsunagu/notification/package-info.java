/**
 * Notifications of the placement lifecycle: what the rest of the service tells a prefecture's
 * coordinators, a counter or a host organisation ({@link jp.tsunagu.notification.Notifier}), each
 * user's inbox with its own read marks, and optional e-mail copies sent after the change commits.
 */
package jp.tsunagu.notification;
