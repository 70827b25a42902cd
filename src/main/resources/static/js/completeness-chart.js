// Draws the completeness report's trend (/reports/completeness) from its table: one line per column marked
// data-series (the rates in per cent), one point per month (the rows). The table is the data; no inline script.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('completeness-chart');
    var table = document.getElementById('completeness-trend');
    if (!canvas || !table || typeof Chart === 'undefined') { return; }
    var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var colours = ['#1f4d2b', '#c08a00', '#2c6fbb', '#c0392b'];
    var series = [];
    headers.forEach(function (th, column) {
      if (th.getAttribute('data-series') !== 'percent') { return; }
      series.push({
        label: th.textContent.trim(),
        borderColor: colours[series.length % colours.length],
        backgroundColor: colours[series.length % colours.length],
        spanGaps: true,
        data: rows.map(function (tr) {
          var cell = tr.children[column];
          var value = cell && cell.getAttribute('data-value');
          return value === null || value === undefined ? null : Number(value);
        })
      });
    });
    new Chart(canvas, {
      type: 'line',
      data: { labels: rows.map(function (tr) { return tr.children[0].textContent.trim(); }), datasets: series },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        scales: { y: { min: 0, max: 100, ticks: { callback: function (v) { return v + ' %'; } } } },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } }
      }
    });
  });
})();
