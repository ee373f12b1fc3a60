// The timeline chart (Chart.js) and the data table that mirrors it.
import { clear, el, status } from './dom.js';
import { bucketLabel, bucketTitle } from './dates.js';

const PALETTE = ['#d9480f', '#1971c2', '#2b8a3e', '#9c36b5', '#e67700', '#0c8599', '#c2255c', '#5c940d',
  '#364fc7', '#862e9c', '#a61e4d', '#087f5b'];
const MAX_LABELLED_RELEASES = 40;

const percent = (share) => `${(share * 100).toFixed(share > 0 && share < 0.01 ? 2 : 1)}%`;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Draws each release's version above its marker; canvas text, so nothing is parsed as HTML. */
const releaseLabels = {
  id: 'releaseLabels',
  afterDatasetsDraw(chart) {
    const labelled = [];
    chart.data.datasets.forEach((dataset, i) => {
      if (!chart.isDatasetVisible(i)) return;
      chart.getDatasetMeta(i).data.forEach((element, j) => {
        const releases = dataset.points[j].releases;
        if (releases.length) labelled.push({ element, color: dataset.borderColor, text: releases.map((r) => r.version).join(', ') });
      });
    });
    if (!labelled.length || labelled.length > MAX_LABELLED_RELEASES) return;
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.font = '600 11px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.lineWidth = 3;
    ctx.strokeStyle = '#fff';
    const drawn = [];
    labelled.forEach(({ element, color, text }) => {
      const shown = text.length > 24 ? `${text.slice(0, 23)}…` : text;
      const width = ctx.measureText(shown).width;
      const box = { x: element.x - width / 2 - 2, y: Math.max(chartArea.top + 10, element.y - 12) - 11, w: width + 4, h: 13 };
      if (drawn.some((b) => b.x < box.x + box.w && box.x < b.x + b.w && b.y < box.y + box.h && box.y < b.y + b.h)) return;
      drawn.push(box);
      ctx.strokeText(shown, element.x, box.y + 11);
      ctx.fillStyle = color;
      ctx.fillText(shown, element.x, box.y + 11);
    });
    ctx.restore();
  },
};

/**
 * Renders timelines into a canvas and a table; `onPick(series, point)` runs when a point is clicked,
 * in the chart or in the table.
 */
export function createTimeline({ canvas, table, statusLine }, onPick) {
  let chart = null;
  let current = null;

  function datasets(timeline) {
    return timeline.series.map((series, i) => {
      const color = PALETTE[i % PALETTE.length];
      const release = (ctx) => (series.points[ctx.dataIndex]?.releases.length ?? 0) > 0;
      const gap = (index) => series.points[index]?.coverageGap;
      const dense = series.points.length > 60;
      return {
        label: series.label,
        key: series.key,
        points: series.points,
        data: series.points.map((p) => p.value),
        borderColor: color,
        backgroundColor: color,
        borderWidth: series.kind === 'category' ? 3 : 2,
        tension: 0.3,
        cubicInterpolationMode: 'monotone',
        pointStyle: (ctx) => (release(ctx) ? 'triangle' : series.kind === 'category' ? 'rectRot' : 'circle'),
        pointRadius: (ctx) => (release(ctx) ? (dense ? 5 : 7) : dense ? 0 : 3),
        pointHoverRadius: (ctx) => (release(ctx) ? 9 : 6),
        pointHitRadius: 8,
        pointBackgroundColor: (ctx) => (release(ctx) ? color : '#fff'),
        segment: { borderDash: (ctx) => (gap(ctx.p0DataIndex) || gap(ctx.p1DataIndex) ? [5, 5] : undefined) },
      };
    });
  }

  function options(timeline) {
    const share = timeline.normalize === 'share';
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      onClick(event) {
        const [hit] = chart.getElementsAtEventForMode(event, 'nearest', { intersect: false }, true);
        if (hit) pick(hit.datasetIndex, hit.index);
      },
      onHover(event, elements) {
        event.native.target.style.cursor = elements.length ? 'pointer' : 'default';
      },
      scales: {
        x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 16 } },
        y: {
          beginAtZero: true,
          title: { display: true, text: share ? 'share of all articles' : 'articles' },
          ticks: share ? { callback: (v) => percent(v) } : { precision: 0 },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, boxHeight: 8 } },
        tooltip: {
          callbacks: {
            title: (items) => bucketTitle(timeline.series[0].points[items[0].dataIndex].start, timeline.bucket),
            label: (item) => {
              const p = item.dataset.points[item.dataIndex];
              return `${item.dataset.label}: ${plural(p.count, 'article')} · ${percent(p.share)} of all ${p.total}`;
            },
            afterLabel: (item) => {
              const p = item.dataset.points[item.dataIndex];
              const lines = p.releases.map((r) => `▲ ${r.tool} ${r.version}`);
              if (p.coverageGap) lines.push(`⚠ ${plural(p.unhealthySources, 'source')} down: counts may be low`);
              return lines;
            },
          },
        },
      },
    };
  }

  function pick(seriesIndex, pointIndex) {
    const series = current.series[seriesIndex];
    onPick(series, series.points[pointIndex], current.bucket);
  }

  function fillTable(timeline) {
    const body = clear(table.tBodies[0]);
    timeline.series.forEach((series, i) => series.points.forEach((p, j) => {
      const open = el('button', { type: 'button', class: 'link', text: String(p.count),
        title: `List the articles of ${series.label}, ${bucketTitle(p.start, timeline.bucket)}` });
      open.addEventListener('click', () => pick(i, j));
      body.append(el('tr', { data: { series: series.key, kind: series.kind, start: p.start, count: p.count, value: p.value } },
        el('th', { scope: 'row', text: series.label }),
        el('td', { text: bucketLabel(p.start, timeline.bucket) }),
        el('td', { class: 'num' }, p.count > 0 ? open : '0'),
        el('td', { class: 'num', text: percent(p.share) }),
        el('td', { class: 'num', text: p.sources }),
        el('td', { text: p.releases.map((r) => `${r.tool} ${r.version}`).join(', ') }),
        el('td', { text: p.coverageGap ? `${plural(p.unhealthySources, 'source')} down` : '' })));
    }));
  }

  return {
    /** Shows a timeline response of the store. */
    render(timeline) {
      current = timeline;
      const labels = timeline.series.length ? timeline.series[0].points.map((p) => bucketLabel(p.start, timeline.bucket)) : [];
      if (chart) chart.destroy();
      chart = new window.Chart(canvas, { type: 'line', data: { labels, datasets: datasets(timeline) }, options: options(timeline), plugins: [releaseLabels] });
      fillTable(timeline);
      const empty = !timeline.series.length || timeline.series.every((s) => s.points.every((p) => p.count === 0));
      status(statusLine, empty ? 'No articles for this choice yet.' : '');
      canvas.dataset.series = timeline.series.map((s) => s.key).join(' ');
      canvas.dataset.bucket = timeline.bucket;
      canvas.dataset.normalize = timeline.normalize;
      canvas.dataset.state = 'ready';
    },
    /** Marks the chart as loading or failed. */
    state(value, message) {
      canvas.dataset.state = value;
      status(statusLine, message || '', value === 'error' ? 'error' : 'info');
    },
  };
}
