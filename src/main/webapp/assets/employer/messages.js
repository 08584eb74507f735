// Messages that outlive a change of screen (saved → back to the list), and the host's not-found words.
import { showMessage } from '../ui.js';

let pending = null;

export function flash(text) {
  pending = text;
}

/** Shows, once, the message left by the previous screen. */
export function takeFlash(container) {
  if (pending) showMessage(container, pending);
  pending = null;
}

/** A record outside the host's organisation is answered as absent: say so without naming anything. */
export function notFoundMessage(what) {
  return new Error(what + 'は見つかりませんでした。ほかの事業所の記録か、登録されていない番号です。'
      + 'メニューから自分の事業所の一覧を開いてください。');
}
