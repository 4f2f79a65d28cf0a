// The public certificate check: ?t=<code> (from a label's QR code) or ?n=<number>, or the number typed in.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const STATUS = {
    ACTIVE: ['有效', 'Valid'],
    SUSPENDED: ['已暂停 — 暂不可信赖', 'Suspended — not to be relied on'],
    REVOKED: ['已撤销', 'Revoked'],
    EXPIRED: ['已过期', 'Expired'],
    SUPERSEDED: ['已被换发的证书取代', 'Superseded by a renewal'],
  };
  const day = (iso) => iso ? iso.substring(0, 10) : '';
  const number = (x) => x.toLocaleString('en', { maximumSignificantDigits: 4 });

  function show(c) {
    const [zh, en] = STATUS[c.status] || [c.status, c.status];
    const verdict = $('verdict');
    verdict.className = 'verdict ' + (c.valid ? 'valid' : 'invalid');
    verdict.textContent = (c.valid ? '✔ ' : '✘ ') + zh + ' · ' + en
      + (c.valid ? '' : ' (' + day(c.statusSince) + ')');
    if (c.supersededBy) {
      const a = document.createElement('a');
      a.href = 'verify.html?n=' + encodeURIComponent(c.supersededBy);
      a.textContent = ' → ' + c.supersededBy;
      verdict.appendChild(a);
    }
    $('number').textContent = c.number;
    $('product').textContent = c.product;
    $('footprint').textContent = number(c.kgCo2e) + ' kg CO₂e (' + c.gwpSet + ')';
    $('declared-unit').textContent = c.declaredUnit;
    $('boundary').textContent = c.systemBoundary + (c.stages.length ? ': ' + c.stages.join(', ') : '');
    $('reference-period').textContent = c.referencePeriod
      ? c.referencePeriod.start + ' – ' + c.referencePeriod.end : '未声明 · not stated';
    $('data-quality').textContent = dataQuality(c);
    $('uncertainty').textContent = c.uncertainty
      ? '95 %: ' + number(c.uncertainty.p2_5) + ' – ' + number(c.uncertainty.p97_5) + ' kg CO₂e (Monte Carlo, '
        + c.uncertainty.iterations.toLocaleString('en') + ')'
      : '未经蒙特卡洛分析认证 · no Monte Carlo analysis certified';
    $('standard').textContent = c.standard;
    $('holder').textContent = c.holder + ' (' + c.holderCreditCode + ')' + (c.holderSite ? ' · ' + c.holderSite : '');
    $('validity').textContent = day(c.issuedAt) + ' – ' + day(c.validUntil);
    $('issuer').textContent = c.issuer;
    $('result').hidden = false;
    $('message').textContent = '';
  }

  // the same words as the certificate: DQR 1 very good … 5 very poor, and the primary data share
  function dataQuality(c) {
    const percent = (x) => Math.round(x * 100) + '\u00a0%';
    const primary = '初级数据 primary data ' + percent(c.primaryDataShare);
    const q = c.dataQuality;
    if (!q || q.overall == null) {
      return '未评级 not rated · ' + primary;
    }
    return 'DQR ' + q.overall.toFixed(1) + ' (1 很好 very good … 5 很差 very poor; 评级覆盖 rated '
      + percent(q.coverage) + ') · ' + primary;
  }

  async function lookup(path) {
    $('result').hidden = true;
    $('message').className = '';
    $('message').textContent = '…';
    const r = await fetch('api/public/' + path, { headers: { Accept: 'application/json' } });
    const body = await r.json().catch(() => ({}));
    if (r.ok) {
      show(body);
      return;
    }
    $('message').className = 'problem';
    $('message').textContent = r.status === 404
      ? '未找到该证书。请核对编号。 No certificate has this number or code: check it.'
      : (body.detail || ('HTTP ' + r.status));
  }

  $('lookup').addEventListener('submit', (e) => {
    e.preventDefault();
    const n = e.target.number.value.trim().toUpperCase();
    history.replaceState(null, '', '?n=' + encodeURIComponent(n));
    lookup('certificates/' + encodeURIComponent(n));
  });
  $('upload').file.addEventListener('change', async (e) => {
    const file = e.target.files[0];
    if (!file) {
      return;
    }
    const out = $('upload-result');
    const r = await fetch('api/public/documents/check', {
      method: 'POST', headers: { 'Content-Type': 'application/pdf' }, body: file });
    const body = await r.json().catch(() => ({}));
    if (!r.ok) {
      out.className = 'problem';
      out.textContent = body.detail || ('HTTP ' + r.status);
    } else if (body.issued) {
      out.className = '';
      out.textContent = '✔ 此文件由本平台签发，未被改动。 This file was issued here and is unaltered ('
        + body.kind + ', ' + day(body.issuedAt) + ').';
      show(body.certificate);
    } else {
      out.className = 'problem';
      out.textContent = '✘ 此文件不是本平台签发的原件，或已被改动。 This file is not one issued here, or it was altered.';
    }
  });
  const q = new URLSearchParams(location.search);
  if (q.get('t')) {
    lookup('verification/' + encodeURIComponent(q.get('t')));
  } else if (q.get('n')) {
    $('lookup').number.value = q.get('n');
    lookup('certificates/' + encodeURIComponent(q.get('n')));
  }
})();
