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

/**
 * The server's complaints with the code names of other fields (「openFrom 以降の日付を…」) replaced by the
 * labels the host reads on this form (「受入の開始日 以降の日付を…」).
 */
export function inWords(form, fieldErrors = {}) {
  const labels = {};
  form.querySelectorAll('[data-field]').forEach((wrapper) => {
    const caption = wrapper.querySelector('label, legend');
    if (!caption) return;
    const required = caption.querySelector('.required');
    labels[wrapper.dataset.field] = caption.textContent.replace(required ? required.textContent : '', '').trim();
  });
  const words = {};
  for (const [name, message] of Object.entries(fieldErrors)) {
    words[name] = Object.entries(labels).reduce(
        (text, [code, label]) => text.replace(new RegExp('\\b' + code + '\\b', 'g'), '「' + label + '」'), message);
  }
  return words;
}
