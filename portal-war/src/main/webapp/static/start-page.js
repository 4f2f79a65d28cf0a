const message = document.getElementById('account-message');
function say(text, problem) {
  message.textContent = text;
  message.className = problem ? 'problem' : '';
}
// a problem+json answer: its detail and each field's message
async function problemText(response) {
  const p = await response.json().catch(() => ({}));
  const fields = (p.errors || []).map(e => e.field + ': ' + e.message).join('; ');
  return (p.detail || response.statusText) + (fields && fields !== p.detail ? ' (' + fields + ')' : '');
}
async function showAccount() {
  const response = await fetch('api/auth/me');
  const me = response.ok ? await response.json() : null;
  document.getElementById('login').hidden = !!me;
  document.getElementById('signed-in').hidden = !me;
  if (me) {
    document.getElementById('who').textContent = me.login + ' (' + me.role.toLowerCase() + ')';
  }
}
document.getElementById('login').addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = Object.fromEntries(new FormData(event.target));
  const response = await fetch('api/auth/session', { method: 'POST',
    headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data) });
  if (response.ok) {
    event.target.reset();
    say('');
  } else {
    say(await problemText(response), true);
  }
  await showAccount();
});
document.getElementById('logout').addEventListener('click', async () => {
  await fetch('api/auth/session', { method: 'DELETE' });
  say('Signed out.');
  await showAccount();
});
document.getElementById('password').addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = Object.fromEntries(new FormData(event.target));
  const response = await fetch('api/auth/password', { method: 'PUT',
    headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data) });
  if (response.ok) {
    event.target.reset();
    say('Password changed; your API tokens have ended.');
  } else {
    say(await problemText(response), true);
  }
});
showAccount();

const form = document.getElementById('search');
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const params = new URLSearchParams(new FormData(form));
  for (const [k, v] of [...params]) { if (!v) params.delete(k); }
  const response = await fetch('api/factors?' + params);
  const body = document.querySelector('#hits tbody');
  body.replaceChildren();
  const data = await response.json();
  if (!response.ok) {
    const row = body.insertRow(); row.insertCell().textContent = data.detail; return;
  }
  for (const f of data) {
    const row = body.insertRow();
    row.insertCell().textContent = f.name + (f.nameZh ? ' / ' + f.nameZh : '') + ' (' + f.id + ')';
    const values = Object.entries(f.co2e).map(([k, v]) => v + ' kg CO2e ' + k + ' (' + f.gwpSet + ')')
      .concat(Object.entries(f.gases).map(([k, v]) => v + ' kg ' + k));
    row.insertCell().textContent = values.join(', ') + ' per ' + f.unit;
    row.insertCell().textContent = (f.region || '') + ' ' + (f.year || '');
    row.insertCell().textContent = f.dataset + ' ' + f.version + (f.secondary ? ' (secondary copy)' : '');
  }
});
