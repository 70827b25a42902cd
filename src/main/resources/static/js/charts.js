// Draws the dashboard chart from the accessible table beside it (the table is the data; no inline script). Chart.js
// (about 60 KB on the wire) is loaded only when the chart comes near the screen: on a phone the month's card comes
// first, and a commune official who never scrolls to the chart never pays for it (docs/architecture.md).
(function () {
  'use strict';

  function draw(canvas, table) {
    if (typeof Chart === 'undefined') { return; }
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
  }

  document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('monthly-chart');
    var table = document.getElementById('monthly-table');
    if (!canvas || !table) { return; }
    var load = function () {
      var script = document.createElement('script');
      script.src = canvas.getAttribute('data-chart-src');
      script.onload = function () { draw(canvas, table); };
      document.head.appendChild(script);
    };
    if (!('IntersectionObserver' in window)) { load(); return; }
    var near = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) {
        near.disconnect();
        load();
      }
    }, { rootMargin: '200px 0px' });
    near.observe(canvas);
  });
})();
