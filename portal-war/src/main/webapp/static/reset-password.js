// Forgot password: ask for a mailed link; the link brings the one-time code after '#', never sent to a server log.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const code = location.hash.length > 1 ? location.hash.substring(1) : null;

  function say(text, problem) {
    $('message').className = problem ? 'problem' : '';
    $('message').textContent = text;
  }

  async function post(path, body) {
    const r = await fetch('api/auth/' + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
    return { ok: r.ok, status: r.status, body: await r.json().catch(() => ({})) };
  }

  if (code) {
    $('ask').hidden = true;
    $('choose').hidden = false;
    history.replaceState(null, '', location.pathname); // the code leaves the address bar
  }

  $('ask').addEventListener('submit', async (e) => {
    e.preventDefault();
    const r = await post('password-reset', { login: e.target.login.value });
    say(r.ok
      ? '如果有账户与之匹配并登记了邮箱，重置链接已发出（30 分钟内有效）。 If an account with an e-mail address '
        + 'matches, the link is on its way (it works for 30 minutes).'
      : (r.body.detail || 'HTTP ' + r.status), !r.ok);
  });

  $('choose').addEventListener('submit', async (e) => {
    e.preventDefault();
    const form = e.target;
    if (form.newPassword.value !== form.again.value) {
      say('两次输入的密码不一致。 The two passwords differ.', true);
      return;
    }
    const r = await post('password-reset/confirm', { code: code, newPassword: form.newPassword.value });
    if (r.ok) {
      form.hidden = true;
      say('密码已设置，请用新密码登录。 Your password is set: sign in with it.', false);
      return;
    }
    const field = (r.body.errors || [])[0];
    say(field ? field.message : (r.body.detail || 'HTTP ' + r.status), true);
  });
})();
