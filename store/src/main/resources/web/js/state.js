// What the page shows, kept in the address bar so a view can be bookmarked and shared.

const BUCKETS = ['day', 'week', 'month'];
const NORMALIZE = ['count', 'share'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the view from a query string such as `?tool=uv&tool=ruff&bucket=month`. */
export function readState(search) {
  const params = new URLSearchParams(search);
  const pick = (name, allowed, fallback) => (allowed.includes(params.get(name)) ? params.get(name) : fallback);
  const day = (name) => (DAY.test(params.get(name) || '') ? params.get(name) : '');
  return {
    tools: unique(params.getAll('tool')),
    categories: unique(params.getAll('category')),
    bucket: pick('bucket', BUCKETS, 'week'),
    normalize: pick('normalize', NORMALIZE, 'count'),
    from: day('from'),
    to: day('to'),
  };
}

/** The timeline API parameters of a view. */
export function timelineParams(state) {
  return {
    tool: state.tools,
    category: state.categories,
    bucket: state.bucket,
    normalize: state.normalize,
    from: state.from,
    to: state.to,
  };
}

/** Puts the view into the address bar without reloading. */
export function writeState(state) {
  const params = new URLSearchParams();
  state.tools.forEach((t) => params.append('tool', t));
  state.categories.forEach((c) => params.append('category', c));
  if (state.bucket !== 'week') params.set('bucket', state.bucket);
  if (state.normalize !== 'count') params.set('normalize', state.normalize);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  const text = params.toString();
  history.replaceState(null, '', text ? `?${text}` : location.pathname);
}

function unique(values) {
  return [...new Set(values.filter((v) => v))];
}
