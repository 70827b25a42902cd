// Phối hợp — the household form's member rows (templates/household/form.html). Progressive only: without JavaScript
// "Thêm thành viên" and a row's "Xóa" are submit buttons the server answers with the same form, a row more or less,
// everything typed kept. Here the row is added or removed in the page; a new row's fields take the next free index
// (a gap left by a removed row is an empty row the server ignores).
(function () {
  'use strict';

  var rows = document.getElementById('member-rows');
  var template = document.getElementById('member-row-template');
  var add = document.querySelector('[data-member-add]');
  if (!rows || !template || !add) { return; }
  var form = rows.closest('form');

  function changed() {
    // the form's local draft (app.js) follows the rows
    form.dispatchEvent(new Event('change', { bubbles: true }));
  }

  add.addEventListener('click', function (event) {
    event.preventDefault();
    var index = parseInt(rows.getAttribute('data-next-index') || '0', 10);
    rows.setAttribute('data-next-index', String(index + 1));
    var html = template.innerHTML.split('__INDEX__').join(String(index));
    var holder = document.createElement('div');
    holder.innerHTML = html.trim();
    var row = holder.firstElementChild;
    rows.appendChild(row);
    var first = row.querySelector('input[type=text]');
    if (first) { first.focus(); }
    changed();
  });

  rows.addEventListener('click', function (event) {
    var button = event.target.closest('[data-member-remove]');
    if (!button) { return; }
    event.preventDefault();
    var row = button.closest('[data-member-row]');
    var next = row.nextElementSibling || row.previousElementSibling;
    row.remove();
    (next ? next.querySelector('input[type=text]') : add).focus();
    changed();
  });
})();
