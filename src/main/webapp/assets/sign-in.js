// The sign-in page: on success, back to the screen that asked for it, or to the role's home screen.
import { signIn, currentSession } from './api.js';
import { HOME_BY_ROLE, showMessage, busy } from './ui.js';

const form = document.getElementById('sign-in-form');
const main = document.getElementById('main');

function destination(session) {
  const next = new URLSearchParams(location.search).get('next');
  // Only a path of this application: never an address elsewhere (no open redirect).
  if (next && /^\/[^/\\]/.test(next) && next.startsWith(location.pathname.replace(/[^/]*$/, ''))) return next;
  return HOME_BY_ROLE[session.role] || 'index.html';
}

currentSession().then((session) => { if (session) location.replace(destination(session)); }).catch(() => null);

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const username = form.username.value.trim();
  const password = form.password.value;
  if (!username || !password) {
    showMessage(main, new Error('ユーザー名とパスワードを入力してください。'));
    (username ? form.password : form.username).focus();
    return;
  }
  try {
    const session = await busy(document.getElementById('sign-in'), () => signIn(username, password), 'サインイン中…');
    location.assign(destination(session));
  } catch (e) {
    const words = e.status === 401 ? 'ユーザー名またはパスワードが違います。' : e.message;
    showMessage(main, new Error(words));
    form.password.value = '';
    form.password.focus();
  }
});
