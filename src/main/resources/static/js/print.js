// Phối hợp — the printed list (?print=1, shared.web.ListPrint): opens the browser's print dialog once the page is
// shown. Without JavaScript the page says to use the browser's own Print command; @media print in app.css leaves out
// the menu and the controls either way.
(function () {
  'use strict';
  window.addEventListener('load', function () { window.print(); });
})();
