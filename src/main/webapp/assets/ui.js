// Building blocks shared by every screen: elements built without innerHTML (so no text from the
// server is ever read as markup), the page frame with its navigation, messages, tables and forms.
import { currentSession, signOut, ApiError } from './api.js';

/** h('button', {type: 'submit', onclick: f}, '保存') — attributes, event handlers, children. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

export function clear(element, ...children) {
  element.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  return element;
}

export const HOME_BY_ROLE = { COORDINATOR: 'coordinator.html', COUNTER: 'counter.html', EMPLOYER: 'employer.html' };

/**
 * Frames a screen for one role: checks the session (sign-in page otherwise), draws the header with
 * the user's name, the role's navigation and a sign-out button. Answers the session.
 * `links` is a list of [label, href]; the current page's link is marked for screen readers.
 */
export async function page({ role, title, links = [] }) {
  let session;
  try {
    session = await currentSession();
  } catch (e) {
    showMessage(document.querySelector('main'), e);
    throw e;
  }
  if (!session) {
    location.assign('index.html?next=' + encodeURIComponent(location.pathname + location.search + location.hash));
    throw new ApiError(401, 'サインインしてください');
  }
  if (role && session.role !== role) {
    location.assign(HOME_BY_ROLE[session.role] || 'index.html');
    throw new ApiError(403, 'この画面はこの役割では使えません');
  }
  document.title = title + '｜つなぐ';
  const here = location.pathname.split('/').pop() + location.hash;
  const header = h('header', { class: 'site-header' },
      h('a', { class: 'skip-link', href: '#main' }, '本文へ移動'),
      h('div', { class: 'brand' }, h('span', { class: 'brand-name' }, 'つなぐ'),
          h('span', { class: 'brand-role' }, session.roleJa || session.role)),
      h('nav', { 'aria-label': 'メニュー' }, h('ul', {},
          links.map(([label, href]) => h('li', {}, h('a', { href, 'aria-current': here === href ? 'page' : null }, label))))),
      h('div', { class: 'account' },
          h('span', { class: 'account-name', 'data-test': 'account-name' }, session.displayName || session.username),
          h('button', { type: 'button', class: 'button-secondary', id: 'sign-out', onclick: async () => {
            await signOut().catch(() => null);
            location.assign('index.html');
          } }, 'サインアウト')));
  document.body.prepend(header);
  const main = document.querySelector('main');
  main.id = 'main';
  main.tabIndex = -1;
  return session;
}

/** Shows a success or error message at the top of `container` (an error from the API in its own words). */
export function showMessage(container, messageOrError, kind) {
  const isError = messageOrError instanceof Error;
  const text = isError ? messageOrError.message : String(messageOrError);
  const box = h('div', { class: 'message ' + (kind || (isError ? 'message-error' : 'message-success')),
      role: isError ? 'alert' : 'status' }, text);
  if (isError && messageOrError.lines && messageOrError.lines.length) {
    box.append(h('ul', { class: 'line-errors' },
        messageOrError.lines.map((l) => h('li', {}, l.line + '行目：' + l.message))));
  }
  container.querySelectorAll(':scope > .message').forEach((m) => m.remove());
  container.prepend(box);
  if (isError) box.scrollIntoView({ block: 'nearest' });
  return box;
}

/** A table with a caption; `columns` is a list of [header, row => cell content]. */
export function table(caption, columns, rows, { empty = '該当するものはありません。', rowAttributes } = {}) {
  if (!rows.length) return h('p', { class: 'empty' }, empty);
  return h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': caption },
      h('table', {},
          h('caption', {}, caption),
          h('thead', {}, h('tr', {}, columns.map(([header]) => h('th', { scope: 'col' }, header)))),
          h('tbody', {}, rows.map((row) => h('tr', rowAttributes ? rowAttributes(row) : {},
              columns.map(([, cell]) => h('td', {}, cell(row))))))));
}

let fieldCounter = 0;

/**
 * A labelled form field. `control` is 'input' (default), 'select' (with `options` [[value, label]]),
 * 'textarea' or 'checkboxes' (with `options`). The complaint of the server goes into the element
 * with id `<id>-error`, linked by aria-describedby.
 */
export function field(name, label, { control = 'input', type = 'text', value, options = [], required, hint, attrs = {} } = {}) {
  const id = 'f-' + name + '-' + (++fieldCounter);
  const errorId = id + '-error';
  const hintId = hint ? id + '-hint' : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  let input;
  if (control === 'select') {
    input = h('select', { id, name, required, 'aria-describedby': describedBy, ...attrs },
        options.map(([v, l]) => h('option', { value: v, selected: String(v) === String(value ?? '') }, l)));
  } else if (control === 'textarea') {
    input = h('textarea', { id, name, required, 'aria-describedby': describedBy, ...attrs }, value ?? '');
  } else if (control === 'checkboxes') {
    const chosen = new Set((value || []).map(String));
    return h('fieldset', { class: 'field', dataset: { field: name }, 'aria-describedby': describedBy },
        h('legend', {}, label, required ? h('span', { class: 'required' }, '必須') : null),
        hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
        h('div', { class: 'checkbox-list' }, options.map(([v, l], i) => {
          const boxId = id + '-' + i;
          return h('div', { class: 'checkbox' },
              h('input', { type: 'checkbox', id: boxId, name, value: v, checked: chosen.has(String(v)) }),
              h('label', { for: boxId }, l));
        })),
        h('p', { class: 'field-error', id: errorId, 'aria-live': 'polite' }));
  } else {
    input = h('input', { id, name, type, value: value ?? '', required, 'aria-describedby': describedBy, ...attrs });
  }
  return h('div', { class: 'field', dataset: { field: name } },
      h('label', { for: id }, label, required ? h('span', { class: 'required' }, '必須') : null),
      hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
      input,
      h('p', { class: 'field-error', id: errorId, 'aria-live': 'polite' }));
}

/** Puts each field's complaint beside it and marks it invalid; clears the ones no longer complained of. */
export function showFieldErrors(form, fieldErrors = {}) {
  form.querySelectorAll('[data-field]').forEach((wrapper) => {
    const name = wrapper.dataset.field;
    const message = fieldErrors[name] || '';
    const error = wrapper.querySelector('.field-error');
    if (error) error.textContent = message;
    wrapper.classList.toggle('invalid', Boolean(message));
    wrapper.querySelectorAll('input, select, textarea').forEach((c) => c.setAttribute('aria-invalid', message ? 'true' : 'false'));
  });
  const first = form.querySelector('.invalid input, .invalid select, .invalid textarea');
  if (first) first.focus();
}

/** Reads a form into an object: numbers for type=number, arrays for checkbox groups, '' as null. */
export function formValues(form) {
  const values = {};
  for (const element of form.elements) {
    if (!element.name || element.disabled) continue;
    if (element.type === 'radio') {
      // A group of radio buttons has one value: the checked one's (none checked: null).
      if (!(element.name in values)) values[element.name] = null;
      if (element.checked) values[element.name] = element.value;
    } else if (element.type === 'checkbox') {
      const group = form.querySelectorAll(`input[type=checkbox][name="${element.name}"]`);
      if (group.length > 1 || element.value !== 'on') {
        values[element.name] = values[element.name] || [];
        if (element.checked) values[element.name].push(element.value);
      } else {
        values[element.name] = element.checked;
      }
    } else if (element.type === 'number') {
      values[element.name] = element.value === '' ? null : Number(element.value);
    } else {
      values[element.name] = element.value === '' ? null : element.value;
    }
  }
  return values;
}

/** Runs `work` while the button shows it is busy, so a slow PC does not invite a second click. */
export async function busy(button, work, label = '処理中…') {
  const original = button.textContent;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  button.textContent = label;
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
    button.textContent = original;
  }
}

export function formatDateTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return isNaN(d) ? String(iso) : d.toLocaleString('ja-JP', { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDate(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return isNaN(d) ? String(iso) : d.toLocaleDateString('ja-JP', { dateStyle: 'medium' });
}
