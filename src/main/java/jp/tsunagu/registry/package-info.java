/**
 * The host registry the prefectural coordinator keeps: host organisations (受入事業所), their
 * supervisors, carved-out tasks (切り出した業務), trial slots (受入枠) and the accommodation catalogue (配慮).
 */
package jp.tsunagu.registry;
