// Phối hợp — the month page's plan form (conclusions, targets, tasks: one form, templates/review/month.html).
// Progressive only: without JavaScript every button still saves everything typed and the page returns to its part.
(function () {
  'use strict';

  var form = document.getElementById('plan-form');
  if (!form) { return; }

  // A save answered by a redirect back to this same page is one app.js cannot tell from a failed send (it drops a
  // draft only when the answer is another page), so the page says so itself: [data-draft-saved], written when the
  // server has just saved this form. Its drafts are dropped here, before app.js (deferred) looks for one to offer:
  // this month's drafts, including those kept on the page a refused save was shown at (…/targets, …/tasks).
  // Runs while the page is parsed: this script comes after the form.
  var saved = form.querySelector('[data-draft-saved]');
  if (saved) {
    var prefix = 'phoihop.draft:' + saved.getAttribute('data-draft-saved') + ':' + form.getAttribute('data-draft-path');
    try {
      for (var i = localStorage.length - 1; i >= 0; i--) {
        var k = localStorage.key(i);
        if (k === prefix || (k && k.indexOf(prefix + '/') === 0)) { localStorage.removeItem(k); }
      }
      sessionStorage.removeItem('phoihop.pending');
    } catch (e) { /* storage refused (private mode): app.js keeps no drafts either */ }
  }

  // Enter in a field submits a form with its first button ("Lưu kết luận"): in the targets' or the tasks' fields it
  // presses that part's own button instead, so the page comes back to the part being typed in.
  form.addEventListener('keydown', function (event) {
    var field = event.target;
    if (event.key !== 'Enter' || field.tagName !== 'INPUT') { return; }
    var part = field.closest('[data-plan-part]');
    var button = part && part.querySelector('[data-plan-default]');
    if (button) {
      event.preventDefault();
      button.click();
    }
  });
})();
