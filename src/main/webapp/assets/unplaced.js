// Why a person was left unplaced, in the same words on the coordinator's review and the counter's
// screens: the rules that ruled slots out (each message names its count of slots), and the smallest
// change on the person's side that would open a slot.
import { h } from './ui.js';

/** The reasons, most slots first, as a list. */
export function reasonList(unplaced) {
  return h('ul', { class: 'reasons' }, unplaced.reasons.map((r) => h('li', {}, r.messageJa)));
}

/** The smallest change that would open a slot, or that no single change would. */
export function smallestChangeText(unplaced) {
  return unplaced.smallestChange ? unplaced.smallestChange.messageJa
    : '条件を一つ変えるだけでは届く受入枠がありません。';
}
