// The trend events beside the chart: first mentions, releases, surges and new leaders.
import { api } from './api.js';
import { clear, el, status } from './dom.js';
import { formatDay } from './dates.js';

const LIMIT = 50;
const TYPE_LABELS = { 'first-mention': 'first mention', release: 'release', surge: 'surge', 'new-leader': 'new leader' };

/** Loads the newest events into a list; `onOpen(event)` lists the articles behind one. */
export function createEvents({ list, statusLine }, onOpen) {
  let names = new Map();
  let events = [];

  function paint(selected) {
    clear(list);
    events.forEach((event) => {
      const open = el('button', { type: 'button', class: 'link', text: `${event.articles.length} article${event.articles.length === 1 ? '' : 's'}` });
      open.addEventListener('click', () => onOpen(event));
      list.append(el('li', { class: `event ${selected.has(event.tool) ? 'selected' : ''}`, data: { tool: event.tool, type: event.type } },
        el('div', { class: 'event-head' },
          el('span', { class: `tag ${event.type}`, text: TYPE_LABELS[event.type] || event.type }),
          el('strong', { text: names.get(event.tool) || event.tool }),
          el('time', { datetime: event.at, text: formatDay(event.at) })),
        el('p', { text: event.summary }),
        event.articles.length ? open : null));
    });
  }

  return {
    /** Loads the events; `toolNames` maps tool ids to names. */
    async load(toolNames, selected) {
      names = toolNames;
      list.dataset.state = 'loading';
      try {
        events = (await api.events({ limit: LIMIT })).events;
        paint(selected);
        status(statusLine, events.length ? '' : 'No trend events yet.');
      } catch (e) {
        status(statusLine, e.message, 'error');
      }
      list.dataset.state = 'ready';
    },
    /** Highlights the events of the charted tools. */
    highlight(selected) {
      paint(selected);
    },
  };
}
