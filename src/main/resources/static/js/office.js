// Office page: uploads run in the background on the server; this script posts the form (login session, CSRF
// header), then polls the run's progress URL and shows a progress bar, the outcome and every problem line.
// Without scripts the form posts normally and the server shows the same outcome on the page.
(function () {
  'use strict';
  var csrfHeader = document.querySelector('meta[name=csrf-header]').content;
  var csrfToken = document.querySelector('meta[name=csrf-token]').content;
  var POLL_MS = 700;

  function num(n) { return Number(n).toLocaleString('id-ID'); }

  function outcome(r) {
    switch (r.state) {
      case 'DONE': return 'Selesai: ' + num(r.rowsRead) + ' baris dibaca, ' + num(r.inserted) + ' baru, ' +
        num(r.updated) + ' berubah, ' + num(r.unchanged) + ' tetap.';
      case 'REJECTED': return 'Ditolak: ' + num(r.problemCount) + ' masalah, tidak ada yang diimpor. Perbaiki baris' +
        ' di bawah lalu unggah lagi.' + (r.problemCount > r.problems.length ? ' (Ditampilkan ' +
        num(r.problems.length) + ' masalah pertama.)' : '');
      case 'REFUSED': return 'Ditolak: ' + (r.failure || 'unggahan tidak diterima saat ini.') +
        ' Tidak ada yang diimpor.';
      case 'INTERRUPTED': return 'Terhenti: server dimulai ulang saat impor berjalan. Unggah lagi berkas yang sama.';
      default: return 'Gagal: ' + (r.failure || 'impor terhenti.') + ' Tidak ada yang diimpor.';
    }
  }

  function show(box, r) {
    var done = r.state !== 'RUNNING';
    var pct = done ? 100 : (r.totalSteps > 0 ? Math.floor(100 * r.processedSteps / r.totalSteps) : 0);
    var bar = box.querySelector('.progress');
    bar.setAttribute('aria-valuenow', String(pct));
    bar.classList.toggle('indeterminate', !done && r.totalSteps === 0);
    bar.classList.toggle('bad', done && r.state !== 'DONE');
    box.querySelector('.progress-done').style.width = pct + '%';
    box.setAttribute('data-state', r.state);
    box.querySelector('.status').textContent = done ? outcome(r) : (r.totalSteps > 0
      ? 'Sedang diimpor: ' + num(r.processedSteps) + ' dari ' + num(r.totalSteps) + ' (' + pct + '%)'
      : 'Membaca dan memeriksa berkas...');
    var wrap = box.querySelector('.problems-wrap');
    var body = wrap.querySelector('tbody');
    body.innerHTML = '';
    (r.problems || []).forEach(function (p) {
      var tr = document.createElement('tr');
      [p.file, p.line, p.column, p.reason].forEach(function (v) {
        var td = document.createElement('td');
        td.textContent = v === null || v === undefined ? '' : String(v);
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    wrap.hidden = !(r.problems && r.problems.length);
    return done;
  }

  function poll(box, url, button) {
    fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (res) { if (!res.ok) { throw new Error('status ' + res.status); } return res.json(); })
      .then(function (r) {
        if (show(box, r)) { button.disabled = false; } else { setTimeout(function () { poll(box, url, button); }, POLL_MS); }
      })
      .catch(function (e) {
        box.querySelector('.status').textContent = 'Kemajuan tidak dapat dibaca (' + e.message + '); muat ulang halaman.';
        button.disabled = false;
      });
  }

  function refused(box, res) {
    return res.json().catch(function () { return {}; }).then(function (body) {
      box.setAttribute('data-state', 'REFUSED');
      box.querySelector('.progress').classList.add('bad');
      box.querySelector('.status').textContent = 'Ditolak (' + res.status + '): ' +
        (body.message || 'unggahan tidak diterima.');
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('form[data-import]'), function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var box = form.querySelector('.run');
      var button = form.querySelector('button[type=submit]');
      box.hidden = false;
      box.querySelector('.problems-wrap').hidden = true;
      show(box, {state: 'RUNNING', totalSteps: 0, processedSteps: 0, problems: []});
      button.disabled = true;
      var headers = {'Accept': 'application/json'};
      headers[csrfHeader] = csrfToken;
      fetch(form.action, {method: 'POST', credentials: 'same-origin', headers: headers, body: new FormData(form)})
        .then(function (res) {
          if (res.status !== 202) { button.disabled = false; return refused(box, res); }
          return res.json().then(function (started) { poll(box, started.progress, button); });
        })
        .catch(function (e) {
          box.querySelector('.status').textContent = 'Unggahan gagal terkirim (' + e.message + ').';
          button.disabled = false;
        });
    });
  });
}());
