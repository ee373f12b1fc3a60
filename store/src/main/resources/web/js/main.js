// Wires the page: catalog and choices, the timeline chart, the article list and the trend events.
import { api, query } from './api.js';
import { status } from './dom.js';
import { readState, timelineParams, writeState } from './state.js';
import { createPicker } from './picker.js';
import { createTimeline } from './timeline.js';
import { createArticles } from './articles.js';
import { createEvents } from './events.js';

const $ = (id) => document.getElementById(id);
const state = readState(location.search);
let catalog = [];
let request = 0;

const articles = createArticles({
  section: $('articles'), heading: $('articles-title'), list: $('article-list'),
  statusLine: $('articles-status'), more: $('articles-more'), close: $('articles-close'),
});
const timeline = createTimeline({ canvas: $('chart'), table: $('timeline-table'), statusLine: $('chart-status') },
  (series, point, bucket) => articles.showBucket(series, point, bucket,
    (category) => catalog.filter((t) => t.category === category && !t.incumbent).map((t) => t.id)));
const events = createEvents({ list: $('event-list'), statusLine: $('events-status') }, (event) => articles.showEvent(event));
const picker = createPicker({
  toolList: $('tool-list'), categoryList: $('category-list'), filter: $('tool-filter'),
  topButton: $('select-top'), clearButton: $('select-none'),
}, (tools, categories) => {
  state.tools = tools;
  state.categories = categories;
  refresh();
});

function readControls() {
  const form = $('controls');
  state.bucket = form.elements.bucket.value;
  state.normalize = form.elements.normalize.value;
  state.from = form.elements.from.value;
  state.to = form.elements.to.value;
  refresh();
}

function showControls() {
  const form = $('controls');
  form.elements.bucket.value = state.bucket;
  form.elements.normalize.value = state.normalize;
  form.elements.from.value = state.from;
  form.elements.to.value = state.to;
}

async function refresh() {
  writeState(state);
  const params = timelineParams(state);
  $('csv-link').href = `/api/timeline${query({ ...params, format: 'csv' })}`;
  events.highlight(new Set(state.tools));
  const mine = ++request;
  if (!state.tools.length && !state.categories.length) {
    timeline.render({ bucket: state.bucket, normalize: state.normalize, series: [] });
    status($('chart-status'), 'Pick tools or categories to chart.');
    return;
  }
  timeline.state('loading', 'Loading…');
  try {
    const data = await api.timeline(params);
    if (mine === request) {
      timeline.render(data);
      ['from', 'to'].forEach((id) => { $(id).min = data.from || ''; $(id).max = data.to || ''; });
    }
  } catch (e) {
    if (mine === request) timeline.state('error', e.message);
  }
}

async function start() {
  showControls();
  $('controls').addEventListener('change', readControls);
  $('controls').addEventListener('submit', (e) => e.preventDefault());
  try {
    const tools = await api.tools();
    catalog = tools.tools;
    $('catalog-version').textContent = `catalog ${tools.catalog} · ${catalog.length} tools`;
    picker.show(catalog, state);
    if (!state.tools.length && !state.categories.length) {
      state.tools = picker.top(5);
      picker.show(catalog, state);
    }
    events.load(new Map(catalog.map((t) => [t.id, t.name])), new Set(state.tools));
    await refresh();
  } catch (e) {
    timeline.state('error', e.message);
  }
}

if (window.Chart) start(); else window.addEventListener('load', start);
