// The tool and category choices beside the chart.
import { clear, el } from './dom.js';

/** Renders checkboxes for every tool and category; calls `onChange(tools, categories)` on each change. */
export function createPicker({ toolList, categoryList, filter, topButton, clearButton }, onChange) {
  let tools = [];
  const chosen = { tools: new Set(), categories: new Set() };

  const changed = () => {
    onChange([...chosen.tools], [...chosen.categories]);
    paint();
  };

  function choice(set, key, label, count, extra) {
    const box = el('input', { type: 'checkbox', value: key });
    box.checked = set.has(key);
    box.addEventListener('change', () => {
      if (box.checked) set.add(key); else set.delete(key);
      changed();
    });
    return el('li', { data: { key } },
      el('label', {}, box, el('span', { class: 'name', text: label }), extra,
        el('span', { class: 'count', text: count })));
  }

  function paint() {
    const needle = filter.value.trim().toLowerCase();
    clear(toolList);
    tools
      .filter((t) => !needle || t.id.includes(needle) || t.name.toLowerCase().includes(needle)
        || t.category.toLowerCase().includes(needle))
      .forEach((t) => toolList.append(choice(chosen.tools, t.id, t.name, t.articles,
        t.incumbent ? el('span', { class: 'tag incumbent', text: 'incumbent', title: 'a tool the Rust ones replace' }) : null)));
    clear(categoryList);
    categories().forEach(([category, count]) => categoryList.append(choice(chosen.categories, category, category, count)));
  }

  function categories() {
    const totals = new Map();
    tools.filter((t) => !t.incumbent).forEach((t) => totals.set(t.category, (totals.get(t.category) || 0) + t.articles));
    return [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }

  /** The ids of the most written-about tools that are not incumbents. */
  function top(n) {
    return tools.filter((t) => !t.incumbent && t.articles > 0).slice(0, n).map((t) => t.id);
  }

  filter.addEventListener('input', paint);
  topButton.addEventListener('click', () => {
    chosen.tools = new Set(top(5));
    chosen.categories.clear();
    changed();
  });
  clearButton.addEventListener('click', () => {
    chosen.tools.clear();
    chosen.categories.clear();
    changed();
  });

  return {
    /** Sets the catalog (tools sorted by articles, most first) and the current choice. */
    show(catalogTools, state) {
      tools = [...catalogTools].sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name));
      chosen.tools = new Set(state.tools);
      chosen.categories = new Set(state.categories);
      paint();
    },
    top,
  };
}
