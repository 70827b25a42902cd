// The service worker's code (docs/architecture.md, "Working offline"). Served as /sw.js after its settings, which the
// server writes (offline.ServiceWorkerScript): VERSION, BASE (the context path), SHELL (what to keep from the start),
// LATEST (a static file's plain path -> its current URL) and SENDS (the forms whose sending goes to the outbox).
//
// What it does:
// - keeps the static files (cache-first: their URLs change with their content) and the offline page;
// - keeps a copy of each page the server marks X-Offline-Keep (a commune official's dashboard, activity form and its
//   type-dependent fields, last household list, monthly reports; the outbox page), network first, and answers with
//   the copy, marked with its time, when the link is down; another page then gets the offline page;
// - sends the forms of SENDS itself; when the link fails it keeps the form in the outbox (IndexedDB) and answers
//   with the outbox page; it sends the outbox when the link returns (Background Sync where the browser has it, else
//   when a page asks: on opening and on the `online` event), one record at a time, each exactly once: the form's
//   one-time token makes the server answer a record sent twice as already saved;
// - forgets the device's data at sign-out, and the previous person's copies when another person signs in.
'use strict';

var STATIC = 'phoihop-static-' + VERSION;
var PAGES = 'phoihop-pages';
var DB = 'phoihop-offline';
var KEEP = 'X-Offline-Keep';
var SAVED = 'X-Offline-Saved';
var HASHED = /^(.*)-[0-9a-f]{32}(\.[^./]+)$/;

// ---- the store: the outbox's records and what the worker remembers (the user, their copies' owner)

function open() {
  return new Promise(function (resolve, reject) {
    var request = indexedDB.open(DB, 1);
    request.onupgradeneeded = function () {
      request.result.createObjectStore('outbox', { keyPath: 'id', autoIncrement: true });
      request.result.createObjectStore('meta');
    };
    request.onsuccess = function () { resolve(request.result); };
    request.onerror = function () { reject(request.error); };
  });
}

// work(store, done) runs inside one transaction; what it passes to done() is the result. The database is closed
// after each transaction, so that signing out can delete it.
function inStore(name, mode, work) {
  return open().then(function (db) {
    return new Promise(function (resolve, reject) {
      var tx = db.transaction(name, mode);
      var result;
      work(tx.objectStore(name), function (value) { result = value; });
      tx.oncomplete = function () { db.close(); resolve(result); };
      tx.onerror = tx.onabort = function () { db.close(); reject(tx.error); };
    });
  });
}

function records() {
  return inStore('outbox', 'readonly', function (store, done) {
    store.getAll().onsuccess = function (e) { done(e.target.result); };
  });
}

function save(record) {
  return inStore('outbox', 'readwrite', function (store, done) {
    store.put(record).onsuccess = function (e) { done(e.target.result); };
  });
}

function drop(id) {
  return inStore('outbox', 'readwrite', function (store) { store.delete(id); });
}

function meta(key, value) {
  return inStore('meta', value === undefined ? 'readonly' : 'readwrite', function (store, done) {
    if (value === undefined) {
      store.get(key).onsuccess = function (e) { done(e.target.result); };
    } else {
      store.put(value, key);
    }
  });
}

// A form kept in the outbox. The same form kept again (sent twice from the same page while offline) replaces its
// record: one token, one record.
function keepRecord(record) {
  return inStore('outbox', 'readwrite', function (store, done) {
    store.getAll().onsuccess = function (e) {
      e.target.result.forEach(function (r) {
        if (record.token && r.token === record.token && r.url === record.url) { record.id = r.id; }
      });
      store.put(record).onsuccess = function (ev) { done(ev.target.result); };
    };
  });
}

function tell() {
  return self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(function (clients) {
    clients.forEach(function (c) { c.postMessage({ type: 'outbox' }); });
  });
}

// ---- install, activate, update

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(STATIC).then(function (cache) {
    // a content-hashed file comes from the browser's cache when it has it; the others are asked again
    return cache.addAll(SHELL.map(function (url) {
      return new Request(url, { cache: HASHED.test(url) ? 'default' : 'no-cache', credentials: 'same-origin' });
    }));
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf('phoihop-static-') === 0 && k !== STATIC; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

// ---- answering requests

function local(url) { return url.pathname.slice(BASE.length) || '/'; }

function sendOf(url) {
  var path = local(url);
  for (var i = 0; i < SENDS.length; i++) { if (SENDS[i].path.test(path)) { return SENDS[i]; } }
  return null;
}

function isStatic(url) {
  return /^\/(css|js|images|webjars)\//.test(local(url)) || local(url) === '/manifest.webmanifest';
}

function isFields(url) { return local(url) === '/activities/form-fields'; }

// Where a page's copy is kept: its path; the activity form's fields by type and commune (the day drawn for does not
// matter offline); the household list whatever its search (the last one listed).
function copyKey(url) {
  var key = url.origin + url.pathname;
  if (isFields(url)) {
    key += '?type=' + (url.searchParams.get('type') || '') + '&communeId=' + (url.searchParams.get('communeId') || '');
  }
  return key;
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== location.origin || url.pathname.indexOf(BASE + '/') !== 0) { return; }
  if (request.method === 'POST') {
    var send = sendOf(url);
    if (send) { event.respondWith(post(event, send)); }
    return;
  }
  if (request.method !== 'GET') { return; }
  if (isStatic(url)) {
    event.respondWith(staticFile(request, url));
  } else if (request.mode === 'navigate' || isFields(url)) {
    event.respondWith(page(event, url));
  }
});

function staticFile(request, url) {
  return caches.open(STATIC).then(function (cache) {
    return cache.match(request).then(function (hit) {
      if (hit) { return hit; }
      return fetch(request).then(function (response) {
        if (response.ok) { cache.put(request, response.clone()); }
        return response;
      }, function (error) {
        // a page kept under an earlier version links the files it had then: the current one stands in
        var m = HASHED.exec(url.pathname);
        var current = m ? LATEST[m[1] + m[2]] : null;
        return current ? cache.match(current).then(function (r) { if (r) { return r; } throw error; }) : Promise.reject(error);
      });
    });
  });
}

function page(event, url) {
  return fetch(event.request).then(function (response) {
    if (response.ok && response.headers.get(KEEP) && !response.redirected) {
      event.waitUntil(keepCopy(url, response.clone()));
    }
    return response;
  }, function () {
    return copyOf(url).then(function (copy) {
      if (copy) { return copy; }
      if (event.request.mode !== 'navigate') { return Response.error(); }
      return caches.match(BASE + '/offline', { cacheName: STATIC }).then(function (offline) {
        return offline || new Response('<!DOCTYPE html><meta charset="utf-8"><title>Phối hợp</title>'
          + '<h1>Không có kết nối mạng</h1>', { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
      });
    });
  });
}

// A page's copy, kept with its time. The copies are one person's: another person's answer first drops them.
function keepCopy(url, response) {
  var user = response.headers.get('X-Offline-User');
  return meta('copiesOf').then(function (owner) {
    return owner && owner !== user ? caches.delete(PAGES) : null;
  }).then(function () {
    return meta('copiesOf', user);
  }).then(function () {
    return response.text();
  }).then(function (body) {
    var headers = new Headers(response.headers);
    headers.set(SAVED, new Date().toISOString());
    return caches.open(PAGES).then(function (cache) {
      return cache.put(copyKey(url), new Response(body, { status: 200, headers: headers }));
    });
  });
}

// The copy marked for the page: <html data-offline-copy="its time"> (offline.js shows the notice); the type's
// fields with a header htmx's request can read.
function copyOf(url) {
  return caches.open(PAGES).then(function (cache) { return cache.match(copyKey(url)); }).then(function (copy) {
    if (!copy) { return null; }
    var saved = copy.headers.get(SAVED) || '';
    return copy.text().then(function (body) {
      var headers = new Headers(copy.headers);
      headers.set('X-Offline-Copy', saved);
      if (!isFields(url)) { body = body.replace('<html', '<html data-offline-copy="' + saved + '"'); }
      return new Response(body, { status: 200, headers: headers });
    });
  });
}

// ---- the outbox

// A form of SENDS: sent as it is; when the link fails, kept in the outbox and answered with the outbox page (a form
// sent by app.js with its photos, by X-Location as the server answers it). A record of the outbox corrected and sent
// again from its form leaves the outbox once the server has it.
function post(event, send) {
  var request = event.request;
  var copy = request.clone();
  var xhr = request.headers.get('X-Requested-With') === 'XMLHttpRequest';
  return fetch(request).then(function (response) {
    event.waitUntil(settleResent(copy));
    return response;
  }, function () {
    return copy.formData().then(function (data) {
      return meta('user').then(function (user) {
        var entries = [];
        data.forEach(function (value, name) {
          if (name !== '_csrf' && !(value instanceof File && value.size === 0 && !value.name)) { entries.push([name, value]); }
        });
        return keepRecord({
          user: user || null, kind: send.kind, url: request.url, from: request.referrer || null,
          token: data.get('token') || null, entries: entries, created: Date.now(), state: 'waiting'
        });
      });
    }).then(function (id) {
      event.waitUntil(tell().then(laterSync));
      var to = BASE + '/outbox?queued=' + id;
      return xhr ? new Response('', { status: 200, headers: { 'X-Location': to } }) : Response.redirect(to, 303);
    });
  });
}

function laterSync() {
  return self.registration.sync ? self.registration.sync.register('outbox').catch(function () { /* not allowed */ })
    : null;
}

function settleResent(copy) {
  return records().then(function (all) {
    if (!all.length) { return null; }
    return copy.formData().then(function (data) {
      var token = data.get('token');
      var same = all.filter(function (r) { return token && r.token === token; });
      if (!same.length) { return null; }
      return sentBefore(token).then(function (sent) {
        return sent ? Promise.all(same.map(function (r) { return drop(r.id); })).then(tell) : null;
      });
    });
  }).catch(function () { /* asked again at the next sending */ });
}

function sentBefore(token) {
  return fetch(BASE + '/offline/sent?token=' + encodeURIComponent(token), { credentials: 'same-origin', cache: 'no-store' })
    .then(function (r) { return r.ok ? r.json() : { sent: false }; })
    .then(function (answer) { return !!answer.sent; });
}

// The session to send with: its user and CSRF token; 'signed-out' when there is none; 'offline' when no link.
function session() {
  return fetch(BASE + '/offline/session', { credentials: 'same-origin', cache: 'no-store', redirect: 'manual' })
    .then(function (r) {
      if (r.ok && (r.headers.get('Content-Type') || '').indexOf('json') >= 0) { return r.json(); }
      return 'signed-out';
    }, function () { return 'offline'; });
}

var sending = null;

// Sends what waits, one record at a time, oldest first; stops at the first record the link fails. Answers what
// stopped it ('offline', 'signed-out', 'server') or 'done'.
function flush() {
  if (!sending) {
    sending = sendAll().then(function (result) { sending = null; return result; },
      function (error) { sending = null; throw error; });
  }
  return sending;
}

function sendAll() {
  return records().then(function (all) {
    var due = all.filter(function (r) { return r.state !== 'refused'; });
    if (!due.length) { return 'done'; }
    return session().then(function (s) {
      if (s === 'offline') { return 'offline'; }
      if (s === 'signed-out') {
        return Promise.all(due.map(function (r) { r.state = 'signed-out'; return save(r); })).then(tell)
          .then(function () { return 'signed-out'; });
      }
      var mine = due.filter(function (r) { return r.user === s.user; }).sort(function (a, b) { return a.created - b.created; });
      var next = function (i) {
        if (i >= mine.length) { return 'done'; }
        return sendOne(mine[i], s).then(function (result) { return result === 'sent' || result === 'refused' ? next(i + 1) : result; });
      };
      return next(0);
    });
  });
}

function body(record) {
  var files = record.entries.some(function (e) { return typeof e[1] !== 'string'; });
  var out = files ? new FormData() : new URLSearchParams();
  record.entries.forEach(function (e) { out.append(e[0], e[1]); });
  return out;
}

function sendOne(record, s) {
  record.state = 'sending';
  return save(record).then(tell).then(function () {
    var headers = {};
    headers[s.header] = s.token;
    return fetch(record.url, { method: 'POST', body: body(record), headers: headers, credentials: 'same-origin', redirect: 'manual' });
  }).then(function (response) {
    return answered(record, response);
  }, function () {
    // the link dropped, maybe after the server saved it: the next sending carries the same token
    record.state = 'waiting';
    return save(record).then(tell).then(function () { return 'offline'; });
  });
}

// What the server's answer means for the record. A save is answered by a redirect (the record's page), which the
// worker cannot read: the token says whether it was this record's save or the sign-in page.
function answered(record, response) {
  var saved = response.type === 'opaqueredirect' || response.headers.get('X-Location');
  if (saved) {
    var check = record.token ? sentBefore(record.token) : Promise.resolve(true);
    return check.then(function (sent) {
      if (!sent) {
        record.state = 'signed-out';
        return save(record).then(tell).then(function () { return 'signed-out'; });
      }
      return drop(record.id).then(tell).then(function () { return 'sent'; });
    });
  }
  if (response.status >= 500 || response.status === 0) {
    record.state = 'waiting';
    return save(record).then(tell).then(function () { return 'server'; });
  }
  if (response.status === 401) {
    record.state = 'signed-out';
    return save(record).then(tell).then(function () { return 'signed-out'; });
  }
  // refused: the form with its errors (200), or a page saying why (403, 404, 413...): kept, with the answer
  return response.text().then(function (text) {
    record.state = 'refused';
    record.answer = text;
    record.answerStatus = response.status;
    return save(record);
  }).then(tell).then(function () { return 'refused'; });
}

self.addEventListener('sync', function (event) {
  if (event.tag !== 'outbox') { return; }
  event.waitUntil(flush().then(function (result) {
    if (result === 'offline' || result === 'server') { throw new Error('the outbox waits for the link'); }
  }));
});

// ---- what the pages ask (offline.js, outbox.js), each answered on the message's port

function warm(urls) {
  return Promise.all((urls || []).map(function (u) {
    var url = new URL(u, location.origin);
    return fetch(url.href, { credentials: 'same-origin', cache: 'no-store' }).then(function (response) {
      return response.ok && response.headers.get(KEEP) && !response.redirected ? keepCopy(url, response).then(function () { return u; }) : null;
    }, function () { return null; });
  }));
}

function signOut() {
  return caches.delete(PAGES).then(function () {
    return new Promise(function (resolve) {
      var request = indexedDB.deleteDatabase(DB);
      request.onsuccess = request.onerror = request.onblocked = function () { resolve(true); };
    });
  });
}

var asked = {
  hello: function (data) { return data.user ? meta('user', data.user).then(function () { return VERSION; }) : Promise.resolve(VERSION); },
  list: function (data) {
    return records().then(function (all) {
      return all.filter(function (r) { return !data.user || r.user === data.user || r.user === null; });
    });
  },
  get: function (data) { return records().then(function (all) { return all.filter(function (r) { return r.id === data.id; })[0] || null; }); },
  flush: function () { return flush(); },
  retry: function (data) {
    return records().then(function (all) {
      var r = all.filter(function (x) { return x.id === data.id; })[0];
      if (!r) { return null; }
      r.state = 'waiting';
      delete r.answer;
      return save(r).then(tell).then(flush);
    });
  },
  delete: function (data) { return drop(data.id).then(tell); },
  warm: function (data) { return warm(data.urls); },
  'sign-out': signOut,
  'skip-waiting': function () { return self.skipWaiting(); }
};

self.addEventListener('message', function (event) {
  var data = event.data || {};
  var work = asked[data.type] ? asked[data.type](data) : Promise.resolve(null);
  var port = event.ports && event.ports[0];
  event.waitUntil(Promise.resolve(work).then(function (value) {
    if (port) { port.postMessage({ value: value }); }
  }, function (error) {
    if (port) { port.postMessage({ error: String(error) }); }
  }));
});
