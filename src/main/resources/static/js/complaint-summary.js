// The supervisor's complaint summary: small bar charts drawn from /complaints/summary. The tables under each chart
// hold the same figures and the translated labels, so the page reads the same without JavaScript.
document.addEventListener('DOMContentLoaded', () => {
  const summary = document.getElementById('complaint-summary');
  if (!summary || typeof Chart === 'undefined') {
    return;
  }
  fetch(summary.dataset.source, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
    .then((figures) => {
      summary.querySelectorAll('canvas[data-series]').forEach((canvas) => {
        const series = figures[canvas.dataset.series] || {};
        const rows = canvas.parentElement.querySelectorAll('tr[data-key]');
        const labels = [];
        const values = [];
        rows.forEach((row) => {
          labels.push(row.querySelector('th').textContent.trim());
          values.push(series[row.dataset.key] || 0);
        });
        new Chart(canvas, {
          type: 'bar',
          data: { labels, datasets: [{ data: values, backgroundColor: '#0d6efd' }] },
          options: {
            animation: false,
            plugins: { legend: { display: false } },
            scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
          },
        });
      });
    })
    .catch(() => {});
});
