// Phối hợp — working where the link drops (docs/architecture.md, "Working offline"): registers the service worker
// (/sw.js), shows the outbox's "N chờ gửi", asks the worker to send the outbox on opening and when the link returns,
// marks a page shown from the device's copy, keeps what an official needs offline, applies a new version at a safe
// moment, and forgets the device's data at sign-out. Every page works without it.
(function () {
  'use strict';
  var config = document.getElementById('offline');
  if (!config || !('serviceWorker' in navigator) || !window.caches) { return; }
  var user = config.getAttribute('data-user');
  var hadController = !!navigator.serviceWorker.controller;

  // A question to the active worker, answered on a channel (null when there is no worker or no answer).
  function ask(message) {
    return navigator.serviceWorker.ready.then(function (registration) {
      return new Promise(function (resolve) {
        var channel = new MessageChannel();
        var timer = setTimeout(function () { resolve(null); }, 15000);
        channel.port1.onmessage = function (e) {
          clearTimeout(timer);
          resolve(e.data && 'value' in e.data ? e.data.value : null);
        };
        registration.active.postMessage(message, [channel.port2]);
      });
    });
  }

  window.phoihopOffline = { ask: ask, user: user };

  // ---- the outbox's badge

  function badge() {
    var link = document.getElementById('outbox-badge');
    if (!link || !user) { return; }
    ask({ type: 'list', user: user }).then(function (records) {
      var n = records ? records.length : 0;
      link.hidden = n === 0;
      link.textContent = link.getAttribute('data-text').replace('{0}', n);
    });
  }

  function flush() {
    if (user && navigator.onLine !== false) { ask({ type: 'flush' }).then(badge); }
  }

  navigator.serviceWorker.addEventListener('message', function (e) {
    if (e.data && e.data.type === 'outbox') {
      badge();
      document.dispatchEvent(new CustomEvent('phoihop:outbox'));
    }
  });
  window.addEventListener('online', flush);

  // ---- a page shown from the device's copy: said with its time; its forms get one-time tokens of their own (the
  // copy's tokens were drawn once, and two records sent from it must be two records) and today's date

  function pad(n) { return ('0' + n).slice(-2); }

  function day(d) { return pad(d.getDate()) + '/' + pad(d.getMonth() + 1) + '/' + d.getFullYear(); }

  function freshToken() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function markCopy() {
    var saved = document.documentElement.getAttribute('data-offline-copy');
    // the outbox's page is drawn from the device itself: no older copy of anything
    if (saved === null || document.getElementById('outbox')) { return; }
    var when = new Date(saved);
    var notice = document.createElement('div');
    notice.className = 'alert alert-warning';
    notice.id = 'offline-copy';
    notice.setAttribute('role', 'status');
    var strong = document.createElement('strong');
    strong.textContent = config.getAttribute('data-copy') + ' ';
    var time = document.createElement('time');
    time.dateTime = saved;
    time.textContent = isNaN(when) ? '' : pad(when.getHours()) + ':' + pad(when.getMinutes()) + ' ' + day(when);
    strong.appendChild(time);
    var hint = document.createElement('div');
    hint.className = 'small';
    hint.textContent = config.getAttribute('data-copy-hint');
    notice.appendChild(strong);
    notice.appendChild(hint);
    var main = document.getElementById('main');
    if (main) { main.insertBefore(notice, main.firstChild); }
    document.querySelectorAll('input[data-draft-token]').forEach(function (el) { el.value = freshToken(); });
    // the new-activity form was drawn for the day it was kept: a record made today is today's
    var date = document.querySelector('#activity-form input[name=activityDate]');
    if (date && !isNaN(when) && date.value === day(when)) { date.value = day(new Date()); }
  }

  // ---- what an official keeps for working offline: asked of the server once a day and version (/offline/plan),
  // fetched by the worker after the page has loaded; then the activity form's fields for each type

  function keepForOffline(version) {
    var mark = 'phoihop.kept';
    var today = new Date().toISOString().slice(0, 10);
    var done = [version, user, today].join('|');
    if (!user || navigator.onLine === false || localStorage.getItem(mark) === done) { return; }
    fetch(config.getAttribute('data-plan'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (plan) {
        if (!plan) { return null; }
        return ask({ type: 'warm', urls: plan.keep }).then(function () {
          return plan.activityForm ? keepActivityFields(plan.activityForm) : null;
        }).then(function () { localStorage.setItem(mark, done); });
      })
      .catch(function () { /* tried again at the next page */ });
  }

  function keepActivityFields(formUrl) {
    return caches.open('phoihop-pages').then(function (cache) {
      return cache.match(new URL(formUrl, location.href).href);
    }).then(function (copy) { return copy ? copy.text() : null; }).then(function (text) {
      if (!text) { return null; }
      var doc = new DOMParser().parseFromString(text, 'text/html');
      var type = doc.getElementById('type');
      var commune = doc.getElementById('communeId');
      var date = doc.getElementById('activityDate');
      if (!type || !type.getAttribute('hx-get')) { return null; }
      var urls = Array.prototype.filter.call(type.options, function (o) { return o.value; }).map(function (o) {
        return type.getAttribute('hx-get') + '?type=' + encodeURIComponent(o.value)
          + '&communeId=' + encodeURIComponent(commune ? commune.value : '')
          + '&activityDate=' + encodeURIComponent(date ? date.value : '');
      });
      return ask({ type: 'warm', urls: urls });
    });
  }

  // ---- a new version: applied at once on a page where nothing is being typed or sent, else when the person asks,
  // leaves the page or sends its form (the next page is then calm); a draft keeps what was typed meanwhile

  var clean = {};

  function state(form) {
    var data = [];
    new FormData(form).forEach(function (v, k) { if (typeof v === 'string' && k !== '_csrf') { data.push(k + '=' + v); } });
    return data.join('&');
  }

  function calm() {
    if (document.querySelector('form[aria-busy=true]')) { return false; }
    return Array.prototype.every.call(document.querySelectorAll('form[method=post]'), function (form, i) {
      return clean[i] === undefined || clean[i] === state(form);
    });
  }

  function apply(registration) {
    if (registration.waiting) { registration.waiting.postMessage({ type: 'skip-waiting' }); }
  }

  function offerUpdate(registration) {
    if (calm()) { apply(registration); return; }
    if (document.getElementById('app-update')) { return; }
    var notice = document.createElement('div');
    notice.id = 'app-update';
    notice.className = 'alert alert-info d-flex flex-wrap align-items-center gap-2';
    notice.setAttribute('role', 'status');
    var text = document.createElement('span');
    text.className = 'me-auto';
    text.textContent = config.getAttribute('data-update');
    var now = document.createElement('button');
    now.type = 'button';
    now.className = 'btn btn-sm btn-primary';
    now.textContent = config.getAttribute('data-update-now');
    now.addEventListener('click', function () { reloadWanted = true; apply(registration); });
    notice.appendChild(text);
    notice.appendChild(now);
    var main = document.getElementById('main');
    if (main) { main.insertBefore(notice, main.firstChild); }
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') { apply(registration); }
    });
  }

  var reloadWanted = false;
  var reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    // the first worker taking this page over is no new version
    if (!hadController || reloading) { hadController = true; return; }
    if (reloadWanted || calm()) {
      reloading = true;
      location.reload();
    }
  });

  // ---- signing out: the device keeps nothing of the person (docs/privacy.md, "On the device")

  function forget() {
    Object.keys(localStorage).forEach(function (k) { if (k.indexOf('phoihop.') === 0) { localStorage.removeItem(k); } });
    try { sessionStorage.clear(); } catch (e) { /* */ }
    var deleted = new Promise(function (resolve) {
      var request = indexedDB.deleteDatabase('phoihop-offline');
      request.onsuccess = request.onerror = request.onblocked = function () { resolve(); };
    });
    return Promise.race([
      Promise.all([ask({ type: 'sign-out' }), caches.delete('phoihop-pages'), deleted]),
      new Promise(function (resolve) { setTimeout(resolve, 3000); })
    ]);
  }

  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!form.matches || !form.matches('form[action$="/logout"]') || form.phoihopLeaving) { return; }
    e.preventDefault();
    var unsent = user ? ask({ type: 'list', user: user }) : Promise.resolve([]);
    Promise.race([unsent, new Promise(function (resolve) { setTimeout(function () { resolve([]); }, 2000); })])
      .then(function (records) {
        var n = records ? records.length : 0;
        if (n > 0 && !window.confirm(config.getAttribute('data-sign-out').replace('{0}', n))) { return; }
        form.phoihopLeaving = true;
        forget().then(function () { form.submit(); });
      });
  }, true);

  // ---- start

  markCopy();
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[method=post]').forEach(function (form, i) { clean[i] = state(form); });
  });

  var url = config.getAttribute('data-sw');
  navigator.serviceWorker.register(url, { scope: url.replace(/sw\.js$/, ''), updateViaCache: 'none' })
    .then(function (registration) {
      if (registration.waiting && navigator.serviceWorker.controller) { offerUpdate(registration); }
      registration.addEventListener('updatefound', function () {
        var fresh = registration.installing;
        fresh.addEventListener('statechange', function () {
          if (fresh.state === 'installed' && navigator.serviceWorker.controller) { offerUpdate(registration); }
        });
      });
      // a page left open for long asks for a new version now and then
      setInterval(function () {
        if (navigator.onLine !== false) { registration.update().catch(function () { /* offline */ }); }
      }, 30 * 60 * 1000);
      return ask({ type: 'hello', user: user });
    })
    .then(function (version) {
      badge();
      flush();
      // after the page: the official's pages are fetched by the worker, not while this one loads
      window.addEventListener('load', function () { setTimeout(function () { keepForOffline(version); }, 1500); });
      if (document.readyState === 'complete') { setTimeout(function () { keepForOffline(version); }, 1500); }
    })
    .catch(function () { /* no worker: the pages work as before */ });
})();
