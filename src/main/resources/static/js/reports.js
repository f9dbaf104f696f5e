// The reports dashboard: a range preset fills in its dates and shows the report at once; the charts are drawn from
// the JSON of /reports/data/series (the handler behind /api/v1/reports/series), their labels taken from the tables
// under each chart, which hold the same figures for readers without a chart; CSV exports download with the rows
// received so far shown while the server streams them.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('report-filters');
  const range = document.getElementById('range');
  if (form && range) {
    range.addEventListener('change', () => {
      if (range.value !== 'custom') {
        form.requestSubmit();
      }
    });
    ['from', 'to'].forEach((id) => {
      const input = document.getElementById(id);
      if (input) {
        input.addEventListener('change', () => {
          range.value = 'custom';
        });
      }
    });
  }
  drawCharts();
  document.querySelectorAll('a[data-export]').forEach((link) => {
    link.addEventListener('click', (event) => {
      if (typeof window.fetch !== 'function' || typeof window.ReadableStream === 'undefined') {
        return;
      }
      event.preventDefault();
      download(link);
    });
  });
});

const COLOURS = ['#0d6efd', '#198754', '#fd7e14', '#dc3545', '#6f42c1', '#20c997'];

function headers(table) {
  return Array.from(table.querySelectorAll('thead th')).slice(1).map((th) => th.textContent.trim());
}

function rowLabels(table) {
  return Array.from(table.querySelectorAll('tbody tr')).filter((tr) => tr.querySelector('th'))
    .map((tr) => tr.querySelector('th').textContent.trim());
}

function chart(id, config) {
  const canvas = document.getElementById(id);
  if (!canvas) {
    return;
  }
  config.options = Object.assign({ animation: false }, config.options || {});
  new Chart(canvas, config);
  canvas.dataset.drawn = 'true';
}

function drawCharts() {
  const section = document.getElementById('report-charts');
  if (!section || typeof Chart === 'undefined') {
    return;
  }
  fetch(section.dataset.source, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
    .then((series) => {
      const periods = series.periods;
      const volume = headers(document.getElementById('table-volume'));
      chart('chart-volume', {
        type: 'line',
        data: {
          labels: periods,
          datasets: [
            { label: volume[0], data: series.inquiriesReceived, borderColor: COLOURS[0], backgroundColor: COLOURS[0] },
            { label: volume[1], data: series.inquiriesResolved, borderColor: COLOURS[1], backgroundColor: COLOURS[1] },
            { label: volume[2], data: series.complaintsReceived, borderColor: COLOURS[2], backgroundColor: COLOURS[2] },
            { label: volume[3], data: series.complaintsResolved, borderColor: COLOURS[3], backgroundColor: COLOURS[3] },
          ],
        },
        options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
      });
      const sla = headers(document.getElementById('table-sla'));
      chart('chart-sla', {
        type: 'line',
        data: {
          labels: periods,
          datasets: [
            { label: sla[0], data: series.firstResponseSlaPercent, borderColor: COLOURS[0], backgroundColor: COLOURS[0], spanGaps: true },
            { label: sla[1], data: series.resolutionSlaPercent, borderColor: COLOURS[1], backgroundColor: COLOURS[1], spanGaps: true },
          ],
        },
        options: { scales: { y: { min: 0, max: 100 } } },
      });
      const distributionTable = document.getElementById('table-distribution');
      const distributionLabels = rowLabels(distributionTable);
      chart('chart-distribution', {
        type: 'bar',
        data: {
          labels: distributionLabels,
          datasets: [{
            label: headers(distributionTable)[0],
            data: series.firstResponseDistribution.slice(0, distributionLabels.length).map((bucket) => bucket.cases),
            backgroundColor: COLOURS[0],
          }],
        },
        options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
      });
      const backlogTable = document.getElementById('table-backlog');
      const backlog = headers(backlogTable);
      chart('chart-backlog', {
        type: 'bar',
        data: {
          labels: rowLabels(backlogTable),
          datasets: [
            { label: backlog[0], data: series.backlogByAge.map((age) => age.inquiries), backgroundColor: COLOURS[0] },
            { label: backlog[1], data: series.backlogByAge.map((age) => age.complaints), backgroundColor: COLOURS[2] },
          ],
        },
        options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
      });
      const csat = headers(document.getElementById('table-csat'));
      chart('chart-csat', {
        type: 'bar',
        data: {
          labels: periods,
          datasets: [
            { type: 'line', label: csat[0], data: series.csatAverage, borderColor: COLOURS[4], backgroundColor: COLOURS[4], yAxisID: 'rating', spanGaps: true },
            { label: csat[1], data: series.csatResponses, backgroundColor: '#adb5bd', yAxisID: 'responses' },
          ],
        },
        options: {
          scales: {
            rating: { position: 'left', min: 1, max: 5 },
            responses: { position: 'right', beginAtZero: true, ticks: { precision: 0 }, grid: { drawOnChartArea: false } },
          },
        },
      });
      const causesTable = document.getElementById('table-causes');
      chart('chart-causes', {
        type: 'bar',
        data: {
          labels: series.rootCauses.length ? rowLabels(causesTable) : [],
          datasets: [{ label: headers(causesTable)[0], data: series.rootCauses.map((cause) => cause.complaints), backgroundColor: COLOURS[3] }],
        },
        options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
      });
    })
    .catch(() => {});
}

function download(link) {
  const progress = document.getElementById('export-progress');
  const say = (template, rows, total) => {
    progress.textContent = template.replace('{0}', rows.toLocaleString()).replace('{1}', total ? total.toLocaleString() : '?');
  };
  say(progress.dataset.preparing, 0, 0);
  progress.dataset.state = 'preparing';
  fetch(link.href, { credentials: 'same-origin' })
    .then((response) => {
      if (!response.ok || !response.body) {
        return Promise.reject(response.status);
      }
      const total = Number(response.headers.get('X-Total-Rows') || 0);
      const name = (response.headers.get('Content-Disposition') || '').replace(/.*filename="([^"]+)".*/, '$1') || 'report.csv';
      const reader = response.body.getReader();
      const chunks = [];
      let lines = 0;
      const pump = () => reader.read().then(({ done, value }) => {
        if (done) {
          return { chunks, name, rows: Math.max(lines - 1, 0) };
        }
        chunks.push(value);
        for (let i = 0; i < value.length; i++) {
          if (value[i] === 10) {
            lines++;
          }
        }
        say(progress.dataset.rows, Math.max(lines - 1, 0), total);
        return pump();
      });
      return pump();
    })
    .then(({ chunks, name, rows }) => {
      const url = URL.createObjectURL(new Blob(chunks, { type: 'text/csv' }));
      const save = document.createElement('a');
      save.href = url;
      save.download = name;
      document.body.appendChild(save);
      save.click();
      save.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      say(progress.dataset.done, rows, rows);
      progress.dataset.state = 'done';
    })
    .catch(() => {
      progress.textContent = progress.dataset.failed;
      progress.dataset.state = 'failed';
    });
}
