// Calendar arithmetic on ISO days (YYYY-MM-DD), in UTC like the store.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parse(day) {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function iso(date) {
  return date.toISOString().slice(0, 10);
}

/** The last day (inclusive) of the bucket that starts on `start`. */
export function bucketEnd(start, bucket) {
  const date = parse(start);
  if (bucket === 'week') date.setUTCDate(date.getUTCDate() + 6);
  if (bucket === 'month') date.setUTCMonth(date.getUTCMonth() + 1, 0);
  return iso(date);
}

/** ISO week number and week-based year of a day. */
function isoWeek(day) {
  const date = parse(day);
  date.setUTCDate(date.getUTCDate() + 4 - (date.getUTCDay() || 7));
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return { year: date.getUTCFullYear(), week: Math.ceil(((date - yearStart) / 86400000 + 1) / 7) };
}

/** A short axis label for a bucket. */
export function bucketLabel(start, bucket) {
  const date = parse(start);
  if (bucket === 'month') return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A sentence-style name for a bucket: "week 2 of 2025 (6–12 Jan)". */
export function bucketTitle(start, bucket) {
  if (bucket === 'day') return bucketLabel(start, bucket);
  if (bucket === 'month') return bucketLabel(start, bucket);
  const { year, week } = isoWeek(start);
  return `week ${week} of ${year} (${bucketLabel(start, 'day')} – ${bucketLabel(bucketEnd(start, 'week'), 'day')})`;
}

/** A readable day of a timestamp or a day. */
export function formatDay(value) {
  if (!value) return '';
  return bucketLabel(String(value).slice(0, 10), 'day');
}
