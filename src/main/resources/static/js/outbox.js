// Phối hợp — the outbox page (/outbox): the records this device keeps until they are sent, drawn from the service
// worker's store. Each says what it is, when it was kept, whether it waits, is being sent, was refused (with the
// server's reasons and what was typed) or waits for a new sign-in; a refused one can be corrected in its form, sent
// again as it is, or deleted. Loaded on that page only.
(function () {
  'use strict';

  function word(attribute, value) {
    var el = document.querySelector('#outbox-words [' + attribute + '="' + value + '"]');
    return el ? el.textContent : value;
  }

  function pad(n) { return ('0' + n).slice(-2); }

  function when(ms) {
    var d = new Date(ms);
    return pad(d.getHours()) + ':' + pad(d.getMinutes()) + ' ' + pad(d.getDate()) + '/' + pad(d.getMonth() + 1) + '/' + d.getFullYear();
  }

  function value(record, name) {
    var found = record.entries.filter(function (e) { return e[0] === name && typeof e[1] === 'string'; })[0];
    return found ? found[1] : '';
  }

  function summary(record) {
    var text = record.kind === 'activity' ? value(record, 'title') || word('data-value', 'type.' + value(record, 'type'))
      : record.kind === 'report' ? value(record, 'narrative') : value(record, 'resultNote');
    text = text || '';
    return text.length > 80 ? text.slice(0, 79) + '…' : text;
  }

  // The server's reasons, read from its answer: the form's error summary and the messages next to fields, or the
  // title and lead of an error page.
  function reasons(record) {
    if (!record.answer) { return []; }
    var page = new DOMParser().parseFromString(record.answer, 'text/html');
    var found = [];
    page.querySelectorAll('#error-summary li, .invalid-feedback, #main .alert-danger:not(.d-none), #main .alert-warning[role=alert]')
      .forEach(function (n) {
        var t = n.textContent.replace(/\s+/g, ' ').trim();
        if (t && found.indexOf(t) < 0) { found.push(t); }
      });
    if (!found.length) {
      [page.querySelector('main h1'), page.querySelector('main .lead')].forEach(function (n) {
        if (n && n.textContent.trim()) { found.push(n.textContent.trim()); }
      });
    }
    return found;
  }

  // What was typed, with the fields' names as the forms say them; technical fields left out.
  function typed(record, list) {
    var photos = 0;
    record.entries.forEach(function (e) {
      if (typeof e[1] !== 'string') { photos++; return; }
      var label = document.querySelector('#outbox-words [data-field="' + e[0] + '"]');
      if (!label || !e[1]) { return; }
      var dt = document.createElement('dt');
      dt.textContent = label.textContent;
      var dd = document.createElement('dd');
      dd.className = 'mb-1';
      dd.textContent = e[0] === 'type' ? word('data-value', 'type.' + e[1]) : e[1];
      list.appendChild(dt);
      list.appendChild(dd);
    });
    if (photos) {
      var dt = document.createElement('dt');
      dt.textContent = word('data-field', 'photos');
      var dd = document.createElement('dd');
      dd.textContent = String(photos);
      list.appendChild(dt);
      list.appendChild(dd);
    }
  }

  var STATE_CLASS = { waiting: 'text-bg-secondary', sending: 'text-bg-info', refused: 'text-bg-danger', 'signed-out': 'text-bg-warning' };

  function item(record, ask) {
    var li = document.getElementById('outbox-item').content.firstElementChild.cloneNode(true);
    li.id = 'outbox-record-' + record.id;
    li.setAttribute('data-state', record.state);
    li.querySelector('[data-kind]').textContent = word('data-kind', record.kind);
    li.querySelector('[data-summary]').textContent = summary(record);
    var created = li.querySelector('[data-created]');
    created.textContent = when(record.created);
    created.dateTime = new Date(record.created).toISOString();
    var state = li.querySelector('[data-state]');
    state.textContent = word('data-state', record.state);
    state.classList.add(STATE_CLASS[record.state] || 'text-bg-secondary');
    typed(record, li.querySelector('[data-typed]'));
    if (record.state === 'refused') {
      var why = li.querySelector('[data-why]');
      why.classList.remove('d-none');
      reasons(record).forEach(function (r) {
        var each = document.createElement('li');
        each.textContent = r;
        why.querySelector('[data-reasons]').appendChild(each);
      });
      li.querySelector('[data-typed-box]').open = true;
      li.querySelector('[data-retry]').classList.remove('d-none');
      if (record.from) {
        var edit = li.querySelector('[data-edit]');
        edit.href = record.from.split('#')[0] + '#outbox=' + record.id;
        edit.classList.remove('d-none');
      }
    }
    if (record.state === 'signed-out') { li.querySelector('[data-sign-in]').classList.remove('d-none'); }
    li.querySelector('[data-retry]').addEventListener('click', function () {
      ask({ type: 'retry', id: record.id }).then(draw);
    });
    var remove = li.querySelector('[data-delete]');
    remove.addEventListener('click', function () {
      if (window.confirm(remove.getAttribute('data-confirm'))) { ask({ type: 'delete', id: record.id }).then(draw); }
    });
    return li;
  }

  var draw = function () { /* set once the worker can be asked */ };

  document.addEventListener('DOMContentLoaded', function () {
    var offline = window.phoihopOffline;
    var list = document.getElementById('outbox-list');
    if (!offline || !list) { return; }
    var queued = /[?&]queued=/.test(location.search);
    if (queued) {
      var notice = document.getElementById('outbox-queued');
      notice.classList.remove('d-none');
      notice.focus();
    }
    draw = function () {
      return offline.ask({ type: 'list', user: offline.user }).then(function (records) {
        records = (records || []).sort(function (a, b) { return a.created - b.created; });
        list.textContent = '';
        records.forEach(function (r) { list.appendChild(item(r, offline.ask)); });
        document.getElementById('outbox-none').classList.toggle('d-none', records.length > 0);
      });
    };
    draw();
    document.addEventListener('phoihop:outbox', draw);
    document.getElementById('outbox-send').addEventListener('click', function () {
      offline.ask({ type: 'flush' }).then(draw);
    });
  });
})();
