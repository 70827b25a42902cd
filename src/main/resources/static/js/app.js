// Phối hợp — progressive enhancements only; every page works without JavaScript.
(function () {
  'use strict';

  // Move focus to the error summary of a rejected form, so screen readers announce it.
  function focusErrorSummary() {
    var summary = document.getElementById('error-summary');
    if (summary) { summary.focus(); }
  }

  function parse(json) {
    try { return JSON.parse(json || 'null'); } catch (e) { return null; }
  }

  function html(text) {
    return new DOMParser().parseFromString(text || '', 'text/html');
  }

  // ---- Parts of a form drawn for some of its values (data-rendered-for: the activity's type-dependent fields, drawn
  // for its type, commune and date). The browser can show other values than the part was drawn for: Back after a
  // failed send brings the chosen type back but not the fields drawn for it, and a restored draft sets the type.
  // The part is then drawn again by its own htmx request, so the fields shown always match the values.

  function drawnFor(form, part) {
    var same = true;
    new URLSearchParams(part.getAttribute('data-rendered-for') || '').forEach(function (value, name) {
      var el = form.elements[name];
      if (el && comparable(el.value) !== comparable(value)) { same = false; }
    });
    return same;
  }

  // A value as the server reads it: a date typed dd/mm/yyyy (or with ".", "-", a space), as eight digits or as
  // yyyy-mm-dd is the same day (shared.web.DateText); a date it cannot read draws what no date draws.
  function comparable(value) {
    var v = (value || '').trim();
    var m = /^(\d{1,2})[\/.\- ](\d{1,2})[\/.\- ](\d{4})$/.exec(v) || /^(\d{2})(\d{2})(\d{4})$/.exec(v);
    if (m) { return m[3] + '-' + ('0' + m[2]).slice(-2) + '-' + ('0' + m[1]).slice(-2); }
    m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
    if (m) { return m[1] + '-' + ('0' + m[2]).slice(-2) + '-' + ('0' + m[3]).slice(-2); }
    return /[\/.]/.test(v) || /^\d{5,}$/.test(v) ? '' : v;
  }

  function redraw(form, always) {
    var part = form.querySelector('[data-rendered-for]');
    var source = form.querySelector('[hx-get]');
    if (!part || !part.id || !source || !window.htmx || (!always && drawnFor(form, part))) { return Promise.resolve(); }
    return window.htmx.ajax('GET', source.getAttribute('hx-get'),
      { source: source, target: '#' + part.id, swap: 'outerHTML' })
      .then(null, function () { /* offline: the part stays; the fields' own change will ask again */ });
  }

  // A check swapped in next to a field (data-check-for: the date's, by htmx) marks the field invalid while it has
  // something to say; a mark the server set with the form's own errors is left alone.
  function markChecks() {
    document.querySelectorAll('[data-check-for]').forEach(function (check) {
      var field = document.getElementById(check.getAttribute('data-check-for'));
      if (!field) { return; }
      var bad = !!check.querySelector('.invalid-feedback');
      if (bad && !field.classList.contains('is-invalid')) {
        field.classList.add('is-invalid');
        field.setAttribute('data-check-marked', '');
      } else if (!bad && field.hasAttribute('data-check-marked')) {
        field.classList.remove('is-invalid');
        field.removeAttribute('data-check-marked');
      }
    });
  }

  // ---- Local drafts: a form marked data-draft keeps what was typed in this browser (localStorage) until the
  // server has accepted it, so a submission lost to a dropped connection can be restored. Kept with it: the hidden
  // fields marked data-draft-keep (a new activity's one-time token, data-draft-token, so that sending a restored
  // draft again is recognised by the server and answered with the record it already saved). Never stored: the CSRF
  // token, other hidden fields, passwords, files.
  var PREFIX = 'phoihop.draft:';
  var PENDING = 'phoihop.pending';
  // a draft whose send was accepted, kept for this tab: Back to its form finds it filled in by the browser again
  var SENT = 'phoihop.sent:';

  function key(form) {
    return PREFIX + (form.getAttribute('data-draft') || '') + ':' + location.pathname;
  }

  function storable(el) {
    if (!el.name || el.name === '_csrf') { return false; }
    if (el.type === 'hidden') { return el.hasAttribute('data-draft-keep'); }
    return el.type !== 'password' && el.type !== 'file' && el.type !== 'submit' && el.type !== 'button';
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

  // keptOnly: only the kept hidden fields (the token of a draft whose typing the form already shows)
  function write(form, data, keptOnly) {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!storable(el) || !(el.name in data) || (keptOnly && el.type !== 'hidden')) { return; }
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

  // What was typed, without the kept hidden fields and the empty values, in one order: two states of a form hold
  // the same typing when these are equal, whichever type-dependent fields each showed.
  function typing(form, data) {
    var kept = {};
    form.querySelectorAll('input[type=hidden][data-draft-keep]').forEach(function (el) { kept[el.name] = true; });
    return JSON.stringify(Object.keys(data).sort().filter(function (name) {
      var v = data[name];
      return !kept[name] && v !== '' && !(Array.isArray(v) && v.length === 0);
    }).map(function (name) { return [name, data[name]]; }));
  }

  function changedByBrowser(el) {
    if (el.type === 'checkbox' || el.type === 'radio') { return el.checked !== el.defaultChecked; }
    if (el.tagName === 'SELECT') {
      return Array.prototype.some.call(el.options, function (o) { return o.selected !== o.defaultSelected; });
    }
    return el.value !== el.defaultValue;
  }

  // Whether the form shows (part of) a draft's typing that the page was not drawn with: the browser filled it in
  // again (Back), possibly without the fields drawn for the type it restored (drawn again empty).
  function showsPartOf(form, data) {
    var draft = {};
    JSON.parse(typing(form, data)).forEach(function (p) { draft[p[0]] = JSON.stringify(p[1]); });
    var shown = JSON.parse(typing(form, read(form)));
    var filledIn = Array.prototype.some.call(form.elements, function (el) {
      return storable(el) && el.type !== 'hidden' && changedByBrowser(el);
    });
    return filledIn && shown.every(function (p) { return draft[p[0]] === JSON.stringify(p[1]); });
  }

  function tokenOf(form, data) {
    var field = form.querySelector('[data-draft-token]');
    return field && data ? data[field.name] : null;
  }

  // Asks the server whether the form with this one-time token was saved (its answer lost on the way): the notice
  // to show when it was ([data-sent], with a link to the record), null when not or when it cannot be asked.
  function sentWith(url, token) {
    if (!url || !token || !window.fetch) { return Promise.resolve(null); }
    return fetch(url + '?token=' + encodeURIComponent(token), { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.text() : ''; })
      .then(function (text) {
        var notice = html(text).querySelector('[data-sent]');
        return notice ? document.adoptNode(notice) : null;
      })
      .catch(function () { return null; });
  }

  // Where a form's notices about its draft go: the form's own live region next to its first field
  // ([data-draft-slot]), or before the form. inView: the form the user was looking at changed (emptied for a new
  // record), so the notice that says why is brought to where they are.
  function show(form, node, inView) {
    var slot = form.querySelector('[data-draft-slot]');
    if (!node) { return; }
    if (slot) {
      node.removeAttribute('role');
      slot.textContent = '';
      slot.appendChild(node);
    } else {
      form.parentNode.insertBefore(node, form);
    }
    if (inView && node.scrollIntoView) { node.scrollIntoView({ block: 'center' }); }
  }

  function fromTemplate(form, attribute, id) {
    var template = form.querySelector('template[' + attribute + ']') || (id && document.getElementById(id));
    return template ? template.content.firstElementChild.cloneNode(true) : null;
  }

  function firstField(form) {
    return form.querySelector('select:not([disabled]), textarea, input:not([type=hidden]):not([disabled])');
  }

  // Fills the form with the draft: the part drawn for the draft's values is drawn again first (one request), then
  // every field, the kept token included.
  function restore(form, saved) {
    write(form, saved);
    return redraw(form).then(function () {
      write(form, saved);
      markChecks();
      form.phoihopSaveDraft();
    });
  }

  function offerRestore(form, saved) {
    var banner = fromTemplate(form, 'data-draft-banner', 'draft-banner');
    if (!banner) { return; }
    banner.querySelector('[data-draft-restore]').addEventListener('click', function () {
      banner.remove();
      restore(form, saved).then(function () {
        var field = firstField(form);
        if (field) { field.focus(); }
      });
    });
    banner.querySelector('[data-draft-discard]').addEventListener('click', function () {
      localStorage.removeItem(key(form));
      banner.remove();
      var field = firstField(form);
      if (field) { field.focus(); }
    });
    show(form, banner);
  }

  // The form as for a new record: its fields back to the page's own values, the part drawn for other values emptied
  // and drawn again (what it proposes included), a token of its own.
  function startAfresh(form, notice) {
    form.reset();
    var part = form.querySelector('[data-rendered-for]');
    if (part) {
      part.querySelectorAll('input, select, textarea').forEach(function (el) {
        if (el.type === 'checkbox' || el.type === 'radio') { el.checked = false; } else { el.value = ''; }
      });
    }
    var token = form.querySelector('[data-draft-token]');
    if (token && notice.getAttribute('data-fresh-token')) { token.value = notice.getAttribute('data-fresh-token'); }
    redraw(form, true);
  }

  // A form shown with a draft kept for it. When the draft holds a one-time token the server is asked first: if it
  // has the record (the answer was lost), the page says so with a link, the draft is dropped, and a form the browser
  // filled in with it starts afresh with a new token. Otherwise: a form that already shows the draft's typing (Back)
  // takes the draft's token, so sending it again is recognised; coming Back to a form whose send failed fills it in
  // again as it was sent; any other visit offers the draft.
  function settleDraft(form, saved, context) {
    return sentWith(form.getAttribute('data-draft-check'), tokenOf(form, saved)).then(function (notice) {
      var showsDraft = typing(form, saved) === typing(form, read(form));
      if (notice) {
        localStorage.removeItem(key(form));
        var afresh = showsDraft || showsPartOf(form, saved);
        if (afresh) { startAfresh(form, notice); }
        show(form, notice, afresh);
      } else if (showsDraft) {
        write(form, saved, true);
      } else if (context.back && context.pending === key(form)) {
        restore(form, saved).then(function () { show(form, fromTemplate(form, 'data-draft-restored')); });
      } else {
        offerRestore(form, saved);
      }
    });
  }

  function setUpDraft(form, context) {
    var k = key(form);
    form.phoihopSaveDraft = function () {
      try { localStorage.setItem(k, JSON.stringify(read(form))); } catch (e) { /* full or refused: no draft */ }
    };
    form.addEventListener('input', form.phoihopSaveDraft);
    form.addEventListener('change', form.phoihopSaveDraft);
    form.addEventListener('submit', function (e) {
      form.phoihopSaveDraft();
      // a form app.js sends itself (with photos) does not leave the page: no pending navigation to judge
      if (!e.defaultPrevented) {
        sessionStorage.setItem(PENDING, JSON.stringify({ key: k, path: location.pathname }));
      }
    });
    var saved = parse(localStorage.getItem(k));
    var sent = parse(sessionStorage.getItem(SENT + k));
    if (saved && !context.rejected) {
      settleDraft(form, saved, context);
    } else if (sent && context.back && showsPartOf(form, sent)) {
      // Back to a form whose send was saved, filled in again by the browser (with a new token: sending it would
      // make a second record): the page says the record is saved and the form starts afresh
      sentWith(form.getAttribute('data-draft-check'), tokenOf(form, sent)).then(function (notice) {
        if (notice) {
          startAfresh(form, notice);
          show(form, notice, true);
        }
      });
    }
    sessionStorage.removeItem(SENT + k);
  }

  // The activity page of a record a kept draft has saved (its answer lost on the way): the draft is dropped.
  function clearSentDrafts() {
    document.querySelectorAll('[data-draft-clear]').forEach(function (marker) {
      var prefix = PREFIX + marker.getAttribute('data-draft-clear') + ':';
      for (var i = localStorage.length - 1; i >= 0; i--) {
        var k = localStorage.key(i);
        var draft = k && k.indexOf(prefix) === 0 ? parse(localStorage.getItem(k)) : null;
        var token = draft ? draft[marker.getAttribute('data-draft-token') || 'token'] : null;
        if (token) {
          (function (draftKey) {
            sentWith(marker.getAttribute('data-draft-check'), token).then(function (notice) {
              if (notice) { localStorage.removeItem(draftKey); }
            });
          })(k);
        }
      }
    });
  }

  function setUpDrafts() {
    var pending = parse(sessionStorage.getItem(PENDING));
    var rejected = !!document.getElementById('error-summary');
    var failed = document.querySelector('.alert-danger:not(.d-none), [data-keep-drafts], form[action$="/login"]');
    // a save answered by the same page says so with its success message ([data-flash-success], fragments/alerts)
    var accepted = pending && (pending.path !== location.pathname || document.querySelector('[data-flash-success]'));
    if (pending && !rejected && accepted && !failed) {
      // the last submission reached the server and was accepted (we were redirected elsewhere, or back to its page
      // with its success message): drop its draft, remembered for this tab in case Back brings its form back filled
      // in; an error page (database down, 413, 500...) or the sign-in page (the session had ended) means it was not,
      // so the draft stays for the next visit
      try { sessionStorage.setItem(SENT + pending.key, localStorage.getItem(pending.key) || 'null'); } catch (e) { /* */ }
      localStorage.removeItem(pending.key);
    }
    sessionStorage.removeItem(PENDING);
    var usable = true;
    try { localStorage.setItem(PREFIX + 'probe', '1'); localStorage.removeItem(PREFIX + 'probe'); } catch (e) { usable = false; }
    var navigation = window.performance && performance.getEntriesByType
      ? performance.getEntriesByType('navigation')[0] : null;
    var context = {
      rejected: rejected,
      back: !!navigation && navigation.type === 'back_forward',
      pending: pending && pending.path === location.pathname ? pending.key : null
    };
    if (usable) { clearSentDrafts(); }
    document.querySelectorAll('form').forEach(function (form) {
      // the fields first drawn for the values shown, then the draft compared with them
      redraw(form).then(function () {
        if (usable && form.hasAttribute('data-draft')) { setUpDraft(form, context); }
      });
    });
  }

  // ---- Photos on a form (input[data-photo-input]): each chosen file once, a thumbnail drawn in the browser (no
  // upload needed to see it), a file too large or of another kind said at once. The files go with the form.

  function sameFile(a) {
    return function (b) {
      b = b.phoihopFrom || b; // a photo made smaller is the same photo as the one chosen
      return a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
    };
  }

  // A photo made to fit a weak link before it is sent: its longest side at most 1,600 px and JPEG at quality 0.8,
  // drawn again in the browser, which leaves out its metadata (the place it was taken: EXIF GPS) and turns it
  // upright. Kept as it is: a PDF, a picture the browser cannot draw, a small PNG, and every photo when the person
  // keeps the place on purpose ([data-photo-keep-place]). The server still checks each file's type by its content.
  var LONGEST_SIDE = 1600;
  var JPEG_QUALITY = 0.8;

  function fitted(file, keepPlace) {
    if (keepPlace || !window.createImageBitmap || !/^image\/(jpeg|png)$/.test(file.type)) { return Promise.resolve(file); }
    return createImageBitmap(file).then(function (bitmap) {
      var scale = Math.min(1, LONGEST_SIDE / Math.max(bitmap.width, bitmap.height));
      if (file.type === 'image/png' && scale === 1) {
        if (bitmap.close) { bitmap.close(); }
        return file;
      }
      var canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      var ctx = canvas.getContext('2d');
      ctx.fillStyle = '#fff'; // a PNG's transparent parts, on white
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      if (bitmap.close) { bitmap.close(); }
      return new Promise(function (resolve) {
        canvas.toBlob(function (blob) {
          if (!blob) { resolve(file); return; }
          var smaller = new File([blob], file.name.replace(/\.[^.]*$/, '') + '.jpg',
            { type: 'image/jpeg', lastModified: file.lastModified });
          smaller.phoihopFrom = file;
          resolve(smaller);
        }, 'image/jpeg', JPEG_QUALITY);
      });
    }, function () { return file; });
  }

  function thumbnail(canvas, file) {
    var ctx = canvas.getContext && canvas.getContext('2d');
    if (!ctx) { return; }
    var label = function (text) {
      ctx.fillStyle = '#e9ecef'; ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.fillStyle = '#495057'; ctx.font = 'bold 20px sans-serif'; ctx.textAlign = 'center';
      ctx.fillText(text, canvas.width / 2, canvas.height / 2 + 7);
    };
    if (!/^image\//.test(file.type) || !window.createImageBitmap) { label('PDF'); return; }
    createImageBitmap(file).then(function (bitmap) {
      var side = Math.min(bitmap.width, bitmap.height);
      ctx.drawImage(bitmap, (bitmap.width - side) / 2, (bitmap.height - side) / 2, side, side,
        0, 0, canvas.width, canvas.height);
      if (bitmap.close) { bitmap.close(); }
    }, function () { label('?'); });
  }

  function setUpPhotos(input) {
    if (input.phoihopChosen) { return; } // moved into a form drawn again: its files and listeners come with it
    input.phoihopChosen = [];
    var rebuild = typeof DataTransfer === 'function';
    var draw = function () {
      var form = input.form;
      var list = form.querySelector('[data-photo-list]');
      var item = form.querySelector('template[data-photo-item]');
      if (rebuild) {
        var files = new DataTransfer();
        input.phoihopChosen.forEach(function (f) { files.items.add(f); });
        input.files = files.files;
      }
      list.textContent = '';
      input.phoihopChosen.forEach(function (file, i) {
        var li = item.content.firstElementChild.cloneNode(true);
        li.style.width = '7rem';
        var canvas = li.querySelector('canvas');
        canvas.setAttribute('aria-label', file.name);
        thumbnail(canvas, file);
        li.querySelector('[data-photo-name]').textContent = file.name;
        var remove = li.querySelector('[data-photo-remove]');
        remove.setAttribute('aria-label', remove.textContent + ': ' + file.name);
        remove.addEventListener('click', function () {
          input.phoihopChosen.splice(i, 1);
          draw();
          input.focus();
        });
        list.appendChild(li);
      });
    };
    // photos put back into the form from elsewhere (a record of the outbox opened again for correcting)
    input.addEventListener('phoihop:photos', draw);
    input.addEventListener('change', function () {
      var keep = input.form.querySelector('[data-photo-keep-place]');
      var picked = Array.prototype.slice.call(input.files);
      // without DataTransfer the form sends the files as chosen: nothing can be made smaller
      Promise.all(picked.map(function (f) { return rebuild ? fitted(f, keep && keep.checked) : f; }))
        .then(function (files) { chose(files); });
    });
    var chose = function (files) {
      var problems = [];
      var max = Number(input.getAttribute('data-max-bytes'));
      var most = Number(input.getAttribute('data-max-files'));
      var chosen = rebuild ? input.phoihopChosen.slice() : [];
      files.forEach(function (file) {
        if (chosen.some(sameFile(file))) {
          problems.push(file.name + ': ' + input.getAttribute('data-same'));
        } else if (file.size > max) {
          problems.push(file.name + ': ' + input.getAttribute('data-too-large'));
        } else if (file.type && !/^(image\/jpeg|image\/png|application\/pdf)$/.test(file.type)) {
          problems.push(file.name + ': ' + input.getAttribute('data-wrong-type'));
        } else if (chosen.length >= most) {
          problems.push(file.name + ': ' + input.getAttribute('data-too-many'));
        } else {
          chosen.push(file);
        }
      });
      input.phoihopChosen = chosen;
      draw();
      input.form.querySelector('[data-photo-problem]').textContent = problems.filter(function (p, i) {
        return problems.indexOf(p) === i;
      }).join(' ');
    };
  }

  // ---- Sending a form with files itself (XMLHttpRequest), for the upload's progress: the buttons and the file
  // field are disabled while it goes (no second upload of the same files), the bar shows the share sent. The
  // server answers a saved form with X-Location (the browser then goes there), a refused one with the form and its
  // errors (drawn in place of this one, the chosen files kept), a failure with its error page (said in the form,
  // everything kept). After an answer that never came, the next send first asks whether the server has the record
  // (the one-time token), so the files are not sent twice. Without files, or without JavaScript, the form is
  // posted as usual.

  function busy(form, on) {
    form.querySelectorAll('button, input[type=file]').forEach(function (el) {
      if (on && !el.disabled) { el.disabled = true; el.setAttribute('data-busy', ''); }
      if (!on && el.hasAttribute('data-busy')) { el.disabled = false; el.removeAttribute('data-busy'); }
    });
    var panel = form.querySelector('[data-send-progress]');
    if (panel) { panel.classList.toggle('d-none', !on); }
    form.setAttribute('aria-busy', on ? 'true' : 'false');
  }

  function progress(form, fraction) {
    var panel = form.querySelector('[data-send-progress]');
    if (!panel) { return; }
    var pct = Math.round(fraction * 100);
    panel.querySelector('.progress').setAttribute('aria-valuenow', String(pct));
    panel.querySelector('.progress-bar').style.width = pct + '%';
    var text = panel.querySelector('[data-send-progress-text]');
    text.textContent = pct >= 100 ? text.getAttribute('data-saving') : text.getAttribute('data-uploading') + ' ' + pct + '%';
  }

  function failed(form, message) {
    busy(form, false);
    var box = form.querySelector('[data-send-failed]');
    if (!box) { return; }
    box.textContent = message;
    box.classList.remove('d-none');
    box.focus();
  }

  // The form the server sent back with its errors, in place of this one; the chosen files stay chosen.
  function replaceForm(old, fresh) {
    busy(old, false); // the file field moved below was disabled while the form was being sent
    var input = old.querySelector('[data-photo-input]');
    var list = old.querySelector('[data-photo-list]');
    var freshInput = fresh.querySelector('[data-photo-input]');
    if (input && freshInput) {
      input.className = freshInput.className;
      input.setAttribute('aria-describedby', freshInput.getAttribute('aria-describedby') || '');
      freshInput.replaceWith(input);
      fresh.querySelector('[data-photo-list]').replaceWith(list);
    }
    old.replaceWith(fresh);
    if (window.htmx) { window.htmx.process(fresh); }
    setUpForm(fresh, { rejected: true });
    focusErrorSummary();
  }

  function setUpSending(form) {
    var input = form.querySelector('input[type=file][data-photo-input]');
    if (!input || !window.FormData || !window.XMLHttpRequest) { return; }
    var sending = false;
    var unsure = false;
    var post = function (data) {
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.getAttribute('action')); // not form.action: a field named "action" hides it
      xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
      xhr.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) { progress(form, e.loaded / e.total); }
      });
      xhr.upload.addEventListener('load', function () { progress(form, 1); });
      xhr.onload = function () {
        sending = false;
        var to = xhr.getResponseHeader('X-Location');
        if (xhr.status === 200 && to) {
          localStorage.removeItem(key(form));
          location.assign(to);
          return;
        }
        var page = html(xhr.responseText);
        var fresh = xhr.status === 200 ? page.getElementById(form.getAttribute('id')) : null;
        if (fresh) {
          replaceForm(form, document.adoptNode(fresh));
          return;
        }
        var said = [page.querySelector('main h1'), page.querySelector('main .lead')]
          .filter(Boolean).map(function (n) { return n.textContent.trim(); }).join(' ');
        var box = form.querySelector('[data-send-failed]');
        failed(form, (box ? box.getAttribute('data-refused') : '') + ' ' + said);
      };
      xhr.onerror = xhr.ontimeout = function () {
        sending = false;
        unsure = true;
        var box = form.querySelector('[data-send-failed]');
        failed(form, box ? box.getAttribute('data-lost') : '');
      };
      xhr.send(data);
    };
    var clicked = null;
    form.addEventListener('click', function (e) {
      var button = e.target.closest && e.target.closest('button[type=submit]');
      if (button) { clicked = button; }
    });
    form.addEventListener('submit', function (e) {
      if (sending) { e.preventDefault(); return; }
      if (!input.files || input.files.length === 0) { return; }
      e.preventDefault();
      var data = new FormData(form); // before the fields are disabled
      var submitter = e.submitter || clicked;
      if (submitter && submitter.name) { data.append(submitter.name, submitter.value); }
      sending = true;
      var box = form.querySelector('[data-send-failed]');
      if (box) { box.classList.add('d-none'); }
      busy(form, true);
      progress(form, 0);
      var ask = unsure ? sentWith(form.getAttribute('data-draft-check'), tokenOf(form, read(form)))
        : Promise.resolve(null);
      ask.then(function (notice) {
        if (notice) {
          // the server has the record from the send whose answer was lost: go there, nothing sent twice
          localStorage.removeItem(key(form));
          location.assign(notice.getAttribute('data-sent-location'));
        } else {
          post(data);
        }
      });
    });
  }

  function setUpForm(form, context) {
    var input = form.querySelector('input[type=file][data-photo-input]');
    if (input) { setUpPhotos(input); }
    setUpSending(form); // before the draft's listener, which sees a send it takes over as not leaving the page
    if (form.hasAttribute('data-draft')) { setUpDraft(form, context); }
  }

  // Long jobs (file uploads and imports): show the progress panel while the server works, with the upload share.
  var progressTimers = [];
  function setUpProgress() {
    var panel = document.querySelector('[data-progress-panel]');
    if (!panel) { return; }
    var text = panel.querySelector('[data-progress-text]');
    var base = text ? text.textContent : '';
    document.querySelectorAll('form[data-progress]').forEach(function (form) {
      form.addEventListener('submit', function () {
        panel.classList.remove('d-none');
        form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; b.setAttribute('data-busy', ''); });
        var started = Date.now();
        progressTimers.push(setInterval(function () {
          if (text) { text.textContent = base + ' ' + Math.round((Date.now() - started) / 1000) + ' s'; }
        }, 1000));
      });
    });
  }

  // A page shown again from the browser's memory (Back, bfcache) is as it was left, sends in progress included:
  // the buttons come back, the progress panels go, a send from this page is known not to have landed, and the
  // parts drawn for a form's values are checked against them.
  window.addEventListener('pageshow', function (e) {
    if (!e.persisted) {
      // drafts only now: on Back the browser puts the values typed before back into the fields after the page's
      // DOMContentLoaded, and the draft is compared with what the form shows
      setUpDrafts();
      reopenFromOutbox();
      return;
    }
    progressTimers.forEach(clearInterval);
    progressTimers = [];
    document.querySelectorAll('[data-progress-panel]').forEach(function (p) { p.classList.add('d-none'); });
    document.querySelectorAll('form').forEach(function (form) {
      busy(form, false);
      redraw(form);
    });
    var pending = parse(sessionStorage.getItem(PENDING));
    if (pending && pending.path === location.pathname) { sessionStorage.removeItem(PENDING); }
  });

  document.addEventListener('htmx:afterSettle', markChecks);

  // ---- A part drawn from the device's copy (no link: the service worker answers with the copy of the activity
  // form's fields for the chosen type, marked X-Offline-Copy) was drawn for no values: what was typed into the part
  // it replaces is put back.
  var typedBeforeCopy = null;
  document.addEventListener('htmx:beforeSwap', function (e) {
    var xhr = e.detail.xhr;
    var form = e.detail.target && e.detail.target.closest && e.detail.target.closest('form');
    typedBeforeCopy = form && xhr && xhr.getResponseHeader('X-Offline-Copy') !== null ? { form: form, data: read(form) } : null;
  });
  document.addEventListener('htmx:afterSettle', function () {
    if (typedBeforeCopy) {
      write(typedBeforeCopy.form, typedBeforeCopy.data);
      typedBeforeCopy = null;
    }
  });

  // ---- A record of the outbox that the server refused, opened in its form for correcting (/outbox's "Sửa", which
  // opens the form's page with #outbox=<id>): the form as the server answered it, with its errors next to the fields
  // and what was typed, or, when the answer holds no such form, the form filled in with what was typed; its photos
  // chosen again. Sent, it carries the record's token: the outbox drops the record once the server has it.
  function reopenFromOutbox() {
    var m = /^#outbox=(\d+)$/.exec(location.hash);
    if (!m || !window.phoihopOffline) { return; }
    window.phoihopOffline.ask({ type: 'get', id: Number(m[1]) }).then(function (record) {
      if (!record) { return; }
      var path = new URL(record.url).pathname;
      var form = Array.prototype.filter.call(document.querySelectorAll('form[method=post]'), function (f) {
        return new URL(f.getAttribute('action'), location.href).pathname === path;
      })[0];
      if (!form) { return; }
      // (the form's id attribute: a field named "id" hides form.id)
      var id = form.getAttribute('id');
      var answered = id && record.answer ? html(record.answer).getElementById(id) : null;
      var files = record.entries.filter(function (e) { return typeof e[1] !== 'string'; }).map(function (e) { return e[1]; });
      var filled;
      if (answered) {
        replaceForm(form, document.adoptNode(answered));
        form = document.getElementById(id);
        filled = Promise.resolve();
      } else {
        var data = {};
        record.entries.forEach(function (e) {
          if (typeof e[1] !== 'string') { return; }
          var many = form.querySelector('input[type=checkbox][name="' + e[0] + '"], select[multiple][name="' + e[0] + '"]');
          data[e[0]] = many ? (data[e[0]] || []).concat(e[1]) : e[1];
        });
        write(form, data);
        filled = redraw(form).then(function () { write(form, data); markChecks(); });
      }
      filled.then(function () {
        var input = form.querySelector('[data-photo-input]');
        if (input && files.length && input.phoihopChosen) {
          input.phoihopChosen = files;
          input.dispatchEvent(new Event('phoihop:photos'));
        }
        if (form.phoihopSaveDraft) { form.phoihopSaveDraft(); }
        if (form.scrollIntoView) { form.scrollIntoView({ block: 'start' }); }
      });
    });
  }

  // The print link of a list (shared.web.ListPrint) prints the filter the page shows now: a filter applied by htmx
  // changed the address (hx-push-url) but not the link drawn with the page.
  document.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('#print-link');
    if (!link || link.pathname !== location.pathname) { return; }
    var params = new URLSearchParams(location.search);
    params.delete('page');
    params.set('print', '1');
    link.href = location.pathname + '?' + params.toString();
  });

  document.addEventListener('DOMContentLoaded', function () {
    focusErrorSummary();
    markChecks();
    document.querySelectorAll('input[type=file][data-photo-input]').forEach(setUpPhotos);
    document.querySelectorAll('form').forEach(setUpSending);
    setUpProgress();
  });
})();
