// The public register of valid certificates, 20 at a time.
(function () {
  'use strict';
  const body = document.querySelector('#register tbody');
  let query = '';
  let page = 0;

  function cell(tr, text, href) {
    const td = tr.insertCell();
    if (href) {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = text;
      td.appendChild(a);
    } else {
      td.textContent = text;
    }
  }

  async function load() {
    const r = await fetch('api/public/register?size=20&page=' + page + '&q=' + encodeURIComponent(query));
    const data = await r.json();
    if (!r.ok) {
      document.getElementById('count').textContent = data.detail || ('HTTP ' + r.status);
      return;
    }
    for (const c of data.items) {
      const tr = body.insertRow();
      cell(tr, c.number, 'verify.html?n=' + encodeURIComponent(c.number));
      cell(tr, c.product);
      cell(tr, c.holder);
      cell(tr, c.kgCo2e.toLocaleString('en', { maximumSignificantDigits: 4 }) + ' kg CO₂e / ' + c.declaredUnit);
      cell(tr, c.validUntil.substring(0, 10));
    }
    document.getElementById('count').textContent = data.total + ' 张有效证书 valid certificates';
    document.getElementById('more').hidden = (page + 1) * data.size >= data.total;
  }

  document.getElementById('search').addEventListener('submit', (e) => {
    e.preventDefault();
    query = e.target.q.value.trim();
    page = 0;
    body.textContent = '';
    load();
  });
  document.getElementById('more').addEventListener('click', () => { page++; load(); });
  load();
})();
