// Phối hợp — progressive enhancements only; every page works without JavaScript.
(function () {
  'use strict';

  // Move focus to the error summary of a rejected form, so screen readers announce it.
  function focusErrorSummary() {
    var summary = document.getElementById('error-summary');
    if (summary) { summary.focus(); }
  }

  // ---- Local drafts: a form marked data-draft keeps what was typed in this browser (localStorage) until the
  // server has accepted it, so a submission lost to a dropped connection can be restored. Never stores the CSRF
  // token, one-time tokens, hidden fields, passwords or files.
  var PREFIX = 'phoihop.draft:';
  var PENDING = 'phoihop.pending';

  function key(form) {
    return PREFIX + (form.getAttribute('data-draft') || '') + ':' + location.pathname;
  }

  function storable(el) {
    return el.name && el.type !== 'hidden' && el.type !== 'password' && el.type !== 'file' &&
      el.type !== 'submit' && el.type !== 'button';
  }

  function read(form) {
    var data = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!storable(el)) { return; }
      if (el.type === 'checkbox' || el.type === 'radio') {
        if (el.checked) { (data[el.name] = data[el.name] || []).push(el.value); }
      } else if (el.tagName === 'SELECT' && el.multiple) {
        data[el.name] = Array.prototype.filter.call(el.options, function (o) { return o.selected; })
          .map(function (o) { return o.value; });
      } else {
        data[el.name] = el.value;
      }
    });
    return data;
  }

  function write(form, data) {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!storable(el) || !(el.name in data)) { return; }
      var v = data[el.name];
      if (el.type === 'checkbox' || el.type === 'radio') {
        el.checked = Array.isArray(v) && v.indexOf(el.value) >= 0;
      } else if (el.tagName === 'SELECT' && el.multiple) {
        Array.prototype.forEach.call(el.options, function (o) { o.selected = v.indexOf(o.value) >= 0; });
      } else {
        el.value = v;
      }
    });
  }

  function offerRestore(form, saved) {
    var template = document.getElementById('draft-banner');
    if (!template) { return; }
    var banner = template.content.firstElementChild.cloneNode(true);
    banner.querySelector('[data-draft-restore]').addEventListener('click', function () {
      write(form, saved);
      // fields that reload part of the form (htmx) fetch it for the restored value; fill the new part again
      form.addEventListener('htmx:afterSettle', function () { write(form, saved); }, { once: true });
      form.querySelectorAll('[hx-get]').forEach(function (el) {
        el.dispatchEvent(new Event('change', { bubbles: true }));
      });
      banner.remove();
    });
    banner.querySelector('[data-draft-discard]').addEventListener('click', function () {
      localStorage.removeItem(key(form));
      banner.remove();
    });
    form.parentNode.insertBefore(banner, form);
  }

  function setUpDrafts() {
    var pending = null;
    try { pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null'); } catch (e) { pending = null; }
    var rejected = document.getElementById('error-summary');
    var failed = document.querySelector('.alert-danger, [data-keep-drafts]');
    if (pending && !rejected && pending.path !== location.pathname && !failed) {
      // the last submission reached the server and was accepted (we were redirected elsewhere): drop its draft;
      // an error page (database down, 413, 500...) means it was not, so the draft stays for the next visit
      localStorage.removeItem(pending.key);
    }
    sessionStorage.removeItem(PENDING);
    try { localStorage.setItem(PREFIX + 'probe', '1'); localStorage.removeItem(PREFIX + 'probe'); } catch (e) { return; }

    document.querySelectorAll('form[data-draft]').forEach(function (form) {
      var k = key(form);
      var saved = localStorage.getItem(k);
      if (saved && !rejected) {
        try {
          var data = JSON.parse(saved);
          if (JSON.stringify(data) !== JSON.stringify(read(form))) { offerRestore(form, data); }
        } catch (e) { localStorage.removeItem(k); }
      }
      var save = function () { localStorage.setItem(k, JSON.stringify(read(form))); };
      form.addEventListener('input', save);
      form.addEventListener('change', save);
      form.addEventListener('submit', function () {
        save();
        sessionStorage.setItem(PENDING, JSON.stringify({ key: k, path: location.pathname }));
      });
    });
  }

  // Long jobs (file uploads and imports): show the progress panel while the server works, with the upload share.
  function setUpProgress() {
    var panel = document.querySelector('[data-progress-panel]');
    if (!panel) { return; }
    var text = panel.querySelector('[data-progress-text]');
    var base = text ? text.textContent : '';
    document.querySelectorAll('form[data-progress]').forEach(function (form) {
      form.addEventListener('submit', function () {
        panel.classList.remove('d-none');
        form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
        var started = Date.now();
        setInterval(function () {
          if (text) { text.textContent = base + ' ' + Math.round((Date.now() - started) / 1000) + ' s'; }
        }, 1000);
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    focusErrorSummary();
    setUpDrafts();
    setUpProgress();
  });
})();
