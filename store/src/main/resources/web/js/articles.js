// The article list behind a clicked point or a trend event, with each article's evidence on demand.
import { api } from './api.js';
import { clear, el, safeUrl, status } from './dom.js';
import { bucketEnd, bucketTitle, formatDay } from './dates.js';

const PAGE = 50;
const EVENT_ARTICLES = 25;

/** A merged, newest-first stream over the article pages of one or more tools. */
function pagedArticles(toolIds, from, to) {
  const cursors = new Map(toolIds.map((id) => [id, undefined]));
  const seen = new Set();
  return {
    hasMore: () => cursors.size > 0,
    async next() {
      const pages = await Promise.all([...cursors.entries()].map(async ([tool, cursor]) => {
        const page = await api.toolArticles(tool, { from, to, limit: PAGE, cursor });
        if (page.next) cursors.set(tool, page.next); else cursors.delete(tool);
        return page.articles;
      }));
      return pages.flat()
        .filter((a) => !seen.has(a.id) && seen.add(a.id))
        .sort((a, b) => b.published.localeCompare(a.published));
    },
  };
}

/** Controls the article panel. */
export function createArticles({ section, heading, list, statusLine, more, close }) {
  let stream = null;
  let generation = 0;

  close.addEventListener('click', () => { section.hidden = true; generation++; });
  more.addEventListener('click', () => loadMore(generation));

  function item(article) {
    const url = safeUrl(article.url);
    const title = url
      ? el('a', { class: 'title', href: url, target: '_blank', rel: 'noopener noreferrer', text: article.title || article.url })
      : el('span', { class: 'title', text: article.title || article.url });
    const evidence = el('div', { class: 'evidence', hidden: true });
    const why = el('button', { type: 'button', class: 'link why', text: 'Why tagged', 'aria-expanded': 'false' });
    why.addEventListener('click', () => toggleEvidence(article.id, evidence, why));
    const mentions = article.mentions !== undefined ? `${article.mentions} mention${article.mentions === 1 ? '' : 's'}` : null;
    return el('li', { class: 'article', data: { id: article.id } },
      title,
      el('div', { class: 'meta' },
        el('span', { class: `tag ${article.kind}`, text: article.kind }),
        el('span', { class: 'source', text: article.source }),
        el('time', { datetime: article.published, text: formatDay(article.published || article.day) }),
        mentions ? el('span', { text: mentions }) : null,
        why),
      evidence);
  }

  async function toggleEvidence(id, box, button) {
    const open = box.hidden;
    box.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (!open || box.dataset.loaded) return;
    box.append(el('p', { class: 'muted', text: 'Loading…' }));
    try {
      const article = await api.article(id);
      clear(box);
      if (article.summary) box.append(el('p', { class: 'summary', text: article.summary }));
      article.tags.forEach((tag) => box.append(el('div', { class: 'tag-evidence' },
        el('p', {}, el('strong', { text: tag.tool }),
          ` · ${tag.mentions} mention${tag.mentions === 1 ? '' : 's'} · confidence ${Math.round(tag.confidence * 100)}%`,
          tag.rule ? ` · rule ${tag.rule}` : ''),
        el('ul', { class: 'snippets' }, tag.evidence.map((e) => el('li', {}, el('q', { text: e.snippet })))))));
      if (!article.tags.length) box.append(el('p', { class: 'muted', text: 'No tool tags.' }));
      box.dataset.loaded = 'true';
    } catch (e) {
      clear(box).append(el('p', { class: 'error', text: e.message }));
    }
  }

  async function loadMore(token) {
    more.disabled = true;
    try {
      const articles = await stream.next();
      if (token !== generation) return;
      articles.forEach((a) => list.append(item(a)));
      more.hidden = !stream.hasMore();
      status(statusLine, list.children.length ? '' : 'No articles.');
    } catch (e) {
      if (token === generation) status(statusLine, e.message, 'error');
    } finally {
      more.disabled = false;
      if (token === generation) section.dataset.state = 'ready';
    }
  }

  function open(title) {
    generation++;
    section.hidden = false;
    section.dataset.state = 'loading';
    heading.textContent = title;
    clear(list);
    more.hidden = true;
    status(statusLine, 'Loading…');
    section.scrollIntoView({ block: 'nearest' });
    return generation;
  }

  return {
    /** Lists the articles of one series in one bucket: a tool's own, or every tool's of a category. */
    showBucket(series, point, bucket, toolsOf) {
      const token = open(`${series.label} · ${bucketTitle(point.start, bucket)} · ${point.count} article${point.count === 1 ? '' : 's'}`);
      section.dataset.series = series.key;
      section.dataset.start = point.start;
      const tools = series.kind === 'category' ? toolsOf(series.key) : [series.key];
      stream = pagedArticles(tools, point.start, bucketEnd(point.start, bucket));
      loadMore(token);
    },
    /** Lists the articles behind a trend event. */
    async showEvent(event) {
      const token = open(`${event.summary}`);
      section.dataset.series = event.tool;
      section.dataset.start = '';
      stream = null;
      try {
        const ids = event.articles.slice(0, EVENT_ARTICLES);
        const articles = await Promise.all(ids.map((id) => api.article(id).catch(() => null)));
        if (token !== generation) return;
        articles.filter((a) => a).forEach((a) => list.append(item(a)));
        const rest = event.articles.length - ids.length;
        status(statusLine, rest > 0 ? `and ${rest} more` : list.children.length ? '' : 'No articles.');
      } catch (e) {
        status(statusLine, e.message, 'error');
      } finally {
        if (token === generation) section.dataset.state = 'ready';
      }
    },
  };
}
