// Regsosek operations dashboard: reads dashboard/api/* (same origin, login session) and renders tables,
// progress bars and the BPMN diagram coloured by waiting time (bpmn-js navigated viewer from npm).
(function () {
  'use strict';
  var api = 'dashboard/api/';
  var WARN_HOURS = 24, BAD_HOURS = 72;

  function get(path) {
    return fetch(api + path, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) { if (!r.ok) { throw new Error(path + ': ' + r.status); } return r.json(); });
  }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }
  function num(n) { return Number(n).toLocaleString('id-ID'); }
  function pct(x) { return (100 * x).toLocaleString('id-ID', {maximumFractionDigits: 1}) + '%'; }
  function waitClass(h) { return h >= BAD_HOURS ? 'wait-bad' : h >= WARN_HOURS ? 'wait-warn' : 'wait-ok'; }
  function fill(id, rows, render) {
    var body = document.querySelector('#' + id + ' tbody');
    body.innerHTML = '';
    if (!rows.length) { var tr = el('tr'); tr.appendChild(el('td', 'Tidak ada data.')); body.appendChild(tr); }
    rows.forEach(function (r) { body.appendChild(render(r)); });
  }
  function row(cells) {
    var tr = el('tr');
    cells.forEach(function (c) {
      var td;
      if (c !== null && typeof c === 'object' && c.nodeType) { td = el('td'); td.appendChild(c); } else { td = el('td', c); }
      if (typeof c === 'number') { td.className = 'num'; }
      tr.appendChild(td);
    });
    return tr;
  }
  function bar(share, expected) {
    var b = el('div', null, 'bar');
    var d = el('div', null, 'done'); d.style.width = Math.min(100, 100 * share) + '%';
    var x = el('div', null, 'expect'); x.style.left = Math.min(100, 100 * expected) + '%';
    b.appendChild(d); b.appendChild(x);
    b.title = 'final ' + pct(share) + ', harapan hari ini ' + pct(expected);
    return b;
  }

  function summary(s) {
    document.getElementById('fresh').textContent = s.refreshedAt
      ? new Date(s.refreshedAt).toLocaleString('id-ID') : 'belum dihitung';
    var cards = document.getElementById('cards');
    cards.innerHTML = '';
    [[num(s.finalFamilies) + ' / ' + num(s.expectedFamilies), 'keluarga final / target', 'card-final'],
     [pct(s.expectedFamilies ? s.finalFamilies / s.expectedFamilies : 0),
      'selesai (harapan hari ini ' + pct(s.expectedShareToday) + ')', 'card-share'],
     [num(s.slsComplete) + ' / ' + num(s.slsTotal), 'SLS selesai / semua SLS', 'card-sls'],
     [num(s.slsSignedOff), 'SLS diterima (ditandatangani)', 'card-signed'],
     [num(s.openIncidents), 'insiden terbuka', 'card-incidents']].forEach(function (c) {
      var card = el('div', null, 'card');
      card.id = c[2];
      card.appendChild(el('div', c[0], 'value'));
      card.appendChild(el('div', c[1], 'label'));
      cards.appendChild(card);
    });
  }

  function steps(rows) {
    fill('steps', rows, function (r) {
      var tr = row([r.processKey, r.activityName || r.activityId, r.open, r.medianWaitHours, r.p90WaitHours,
        new Date(r.oldestSince).toLocaleString('id-ID')]);
      tr.setAttribute('data-step', r.processKey + ':' + r.activityId);
      tr.cells[4].className = 'num ' + waitClass(r.p90WaitHours);
      return tr;
    });
    var select = document.getElementById('process');
    var keys = rows.map(function (r) { return r.processKey; })
      .filter(function (k, i, a) { return a.indexOf(k) === i; });
    select.innerHTML = '';
    keys.forEach(function (k) { var o = el('option', k); o.value = k; select.appendChild(o); });
    select.onchange = function () { diagram(select.value, rows); };
    if (keys.length) { diagram(keys[0], rows); }
  }

  var viewer = null;
  function diagram(key, rows) {
    if (!window.BpmnJS) { return; }
    if (!viewer) { viewer = new window.BpmnJS({container: '#diagram'}); }
    fetch(api + 'diagram/' + encodeURIComponent(key), {credentials: 'same-origin'})
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.text(); })
      .then(function (xml) { return viewer.importXML(xml); })
      .then(function () {
        var canvas = viewer.get('canvas'), overlays = viewer.get('overlays'), registry = viewer.get('elementRegistry');
        canvas.zoom('fit-viewport');
        rows.filter(function (r) { return r.processKey === key && registry.get(r.activityId); }).forEach(function (r) {
          canvas.addMarker(r.activityId, waitClass(r.p90WaitHours));
          var badge = el('span', num(r.open) + ' · P90 ' + r.p90WaitHours + ' j', 'badge');
          overlays.add(r.activityId, {position: {bottom: 8, right: 8}, html: badge});
        });
      })
      .catch(function (e) { document.getElementById('diagram').textContent = 'Diagram tidak dapat ditampilkan: ' + e; });
  }

  var trail = [];
  function areas(parent) {
    var query = parent ? '?parent=' + encodeURIComponent(parent.code) : '';
    get('areas' + query).then(function (rows) {
      document.getElementById('areas-csv').href = api + 'areas.csv' + query;
      var crumbs = document.getElementById('crumbs');
      crumbs.innerHTML = '';
      var top = el('a', 'Semua kecamatan');
      top.onclick = function () { trail = []; areas(null); };
      crumbs.appendChild(top);
      trail.forEach(function (t, i) {
        crumbs.appendChild(document.createTextNode(' › '));
        var a = el('a', t.name);
        a.onclick = function () { trail = trail.slice(0, i + 1); areas(t); };
        crumbs.appendChild(a);
      });
      fill('areas', rows, function (r) {
        var tr = row([r.code, r.name, r.expected, r.finalFamilies, bar(r.finalShare, r.expectedShareToday),
          pct(Math.max(0, r.behindBy)), r.slsComplete + ' / ' + r.slsTotal, r.slsSignedOff]);
        if (r.level !== 'SLS') {
          tr.className = 'drill';
          tr.onclick = function () { trail.push({code: r.code, name: r.name}); areas({code: r.code}); };
        }
        return tr;
      });
    });
  }

  function officers(rows) {
    fill('officers', rows, function (r) {
      return row([r.userId, r.officerCode || '', r.name || '', r.role || '', r.districtCode || '', r.openTasks,
        r.overdueTasks, r.attempts, r.noRespondent, r.refused, r.fastCompletions, r.returnedForms, r.flags]);
    });
  }

  // Closed buildings whose visits wait: asked of the management, or refused and being arranged by the office.
  function blocked(rows) {
    fill('blocked', rows, function (r) {
      var status = r.status === 'REFUSED' ? 'Ditolak, diurus kantor' + (r.overdue ? ' (LEWAT BATAS)' : '')
        : 'Menunggu izin pengelola';
      var tr = row([r.slsCode, r.name, r.districtCode, r.accessKind, status,
        new Date(r.blockedSince).toLocaleString('id-ID'), r.blockedHours,
        r.deadlineAt ? new Date(r.deadlineAt).toLocaleString('id-ID') : '-']);
      if (r.overdue) { tr.className = 'wait-bad'; }
      return tr;
    });
  }

  // Village consultation forums: late ones in red, open ones before those held.
  function forums(rows) {
    fill('forums', rows, function (r) {
      var status = r.status === 'HELD' ? 'Sudah diadakan' : 'Belum' + (r.late ? ' (TERLAMBAT)' : '');
      var tr = row([r.campaignKey, r.villageCode, r.villageName, status, r.official || '(belum ada)',
        new Date(r.dueAt).toLocaleString('id-ID'), r.heldAt ? new Date(r.heldAt).toLocaleString('id-ID') : '-',
        r.corrections]);
      if (r.late && r.status !== 'HELD') { tr.className = 'wait-bad'; }
      return tr;
    });
  }

  function funnel(rows) {
    fill('funnel', rows, function (r) {
      return row([r.districtCode, r.districtName, r.registered, r.eligible, r.tested, r.selected, r.trained,
        r.deployed, r.reserveLeft]);
    });
  }

  // The regency's campaigns, newest first; a picker when there are several (the newest is shown first).
  function funnelCampaigns(list) {
    var select = document.getElementById('funnel-campaign');
    var note = document.getElementById('funnel-note');
    select.innerHTML = '';
    list.forEach(function (c) { var o = el('option', c.label); o.value = c.key; select.appendChild(o); });
    select.disabled = list.length < 2;
    function show(key) {
      var c = list.filter(function (x) { return x.key === key; })[0];
      note.textContent = c && c.candidates === 0 ? 'Belum ada pendaftar untuk kegiatan ini.' : '';
      document.getElementById('funnel-csv').href = api + 'funnel.csv?campaign=' + encodeURIComponent(key);
      get('funnel?campaign=' + encodeURIComponent(key)).then(funnel);
    }
    select.onchange = function () { show(select.value); };
    if (list.length) { show(list[0].key); } else { note.textContent = 'Belum ada kegiatan rekrutmen.'; funnel([]); }
  }

  // Only the regency admin may resend a mail (the server checks it again, and the regency).
  var regencyAdmin = document.body.getAttribute('data-regency-admin') === 'true';
  function resendButton(r) {
    var b = el('button', 'Kirim ulang', 'small');
    b.type = 'button';
    b.setAttribute('data-resend', r.mailId);
    b.onclick = function () {
      var headers = {};
      headers[document.querySelector('meta[name=csrf-header]').content] =
        document.querySelector('meta[name=csrf-token]').content;
      b.disabled = true;
      fetch('outbox/' + encodeURIComponent(r.mailId) + '/resend', {method: 'POST', credentials: 'same-origin',
        headers: headers})
        .then(function (res) { b.textContent = res.ok ? 'Dijadwalkan' : 'Gagal (' + res.status + ')'; });
    };
    return b;
  }
  function problems(rows) {
    fill('problems', rows, function (r) {
      var where = r.mailId ? '' : (r.processKey || '') + ' / ' + (r.activityId || '') +
        (r.processInstanceId ? ' (' + r.processInstanceId + ')' : '');
      var tr = row([r.kind, r.what || '', r.recipient || (r.mailId ? '(tidak ada alamat)' : ''), where, new Date(r.since).toLocaleString('id-ID'),
        r.message || '', r.mailId && regencyAdmin ? resendButton(r) : '']);
      if (r.mailId) { tr.setAttribute('data-mail', r.mailId); }
      return tr;
    });
  }

  get('summary').then(summary);
  get('steps').then(steps);
  get('officers').then(officers);
  get('funnel/campaigns').then(funnelCampaigns);
  get('problems').then(problems);
  get('blocked-areas').then(blocked);
  get('forums').then(forums);
  areas(null);
}());
