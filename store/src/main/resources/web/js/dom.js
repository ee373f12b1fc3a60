// Building DOM nodes from data. Text always goes through textContent, never through HTML parsing,
// so a title like <script>…</script> shows as text and runs nothing.

/** Creates an element; `props.text` becomes its textContent, `props.data` its data-* attributes. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') node.textContent = String(value);
    else if (name === 'class') node.className = value;
    else if (name === 'data') Object.entries(value).forEach(([k, v]) => { node.dataset[k] = String(v); });
    else if (name === 'href') { const url = safeUrl(value); if (url) node.href = url; }
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** The URL when it is http(s), else null: a javascript: or data: link from a feed never becomes clickable. */
export function safeUrl(value) {
  try {
    const url = new URL(String(value), document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Removes every child of a node. */
export function clear(node) {
  node.replaceChildren();
  return node;
}

/** Sets a status line; an empty message hides it. */
export function status(node, message, kind = 'info') {
  node.textContent = message || '';
  node.dataset.kind = kind;
  node.hidden = !message;
}
