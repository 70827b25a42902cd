// Draws the dashboard chart from the accessible table beside it (the table is the data; no inline script).
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('monthly-chart');
    var table = document.getElementById('monthly-table');
    if (!canvas || !table || typeof Chart === 'undefined') { return; }
    var headers = Array.prototype.slice.call(table.querySelectorAll('thead th[data-type]'));
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var colours = ['#1f4d2b', '#2f7d4a', '#c08a00', '#8a4fb0', '#c0392b', '#2c6fbb', '#16808a', '#7f8c8d'];
    var datasets = headers.map(function (th, i) {
      return {
        label: th.textContent.trim(),
        backgroundColor: colours[i % colours.length],
        data: rows.map(function (tr) { return Number(tr.querySelectorAll('td')[i].getAttribute('data-value')); })
      };
    });
    new Chart(canvas, {
      type: 'bar',
      data: { labels: rows.map(function (tr) { return tr.querySelector('th').textContent.trim(); }), datasets: datasets },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } }
      }
    });
  });
})();
