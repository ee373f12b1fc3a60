// The store's JSON API (see /openapi.json), called with the page's own origin.

/** A failed API call, with the store's error message when it sent one. */
export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

/** Builds a query string; array values repeat the parameter, empty values are left out. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null && item !== '') search.append(name, item);
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** GETs a JSON document from the store. */
export async function getJson(path, params = {}) {
  let response;
  try {
    response = await fetch(path + query(params), { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError('The store cannot be reached.', 0);
  }
  if (!response.ok) {
    let message = `The store answered ${response.status}.`;
    try {
      const body = await response.json();
      if (body && body.error) message = body.error;
    } catch { /* not JSON: keep the status line */ }
    throw new ApiError(message, response.status);
  }
  return response.json();
}

export const api = {
  tools: () => getJson('/api/tools'),
  timeline: (params) => getJson('/api/timeline', params),
  toolArticles: (tool, params) => getJson(`/api/tools/${encodeURIComponent(tool)}/articles`, params),
  article: (id) => getJson(`/api/articles/${encodeURIComponent(id)}`),
  events: (params) => getJson('/api/events', params),
};
