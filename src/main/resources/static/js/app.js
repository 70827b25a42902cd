// Phối hợp — progressive enhancements only; every page works without JavaScript.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    // Move focus to the error summary of a rejected form, so screen readers announce it.
    var summary = document.getElementById('error-summary');
    if (summary) { summary.focus(); }
  });
})();
