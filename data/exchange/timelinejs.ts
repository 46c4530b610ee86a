/**
 * TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html), so that a user can publish a
 * pair's story. TimelineJS renders text fields as HTML: everything from the database is escaped.
 */
import type { ExportedMilestone } from './document';
import { parsePartialDate } from '../../shared/dates';
import { CATEGORY_LABELS } from '../../shared/domain';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function tlDate(date: string) {
  const p = parsePartialDate(date)!;
  return { year: p.year, ...(p.month ? { month: p.month } : {}), ...(p.day ? { day: p.day } : {}), display_date: date };
}

/** The story's title slide. */
export const timelineJsTitle = (title: string) => ({ text: { headline: escapeHtml(title), text: '' } });

/** The `index`-th (from 0) milestone of `pairId` as an event; `manyPairs`: its group names the pair too. */
export function timelineJsEvent(pairId: string, m: ExportedMilestone, index: number, manyPairs: boolean): object {
  const sources = (m.sources ?? []).map((s) => escapeHtml([s.publisher, s.title, s.date].filter(Boolean).join(', ') + (s.url ? ` ${s.url}` : '')));
  const text = [m.summary ? `<p>${escapeHtml(m.summary)}</p>` : '', sources.length ? `<p>Sources: ${sources.join('; ')}</p>` : ''].join('');
  return {
    unique_id: `${pairId}-${index + 1}`,
    start_date: tlDate(m.start),
    ...(m.end ? { end_date: tlDate(m.end) } : {}),
    text: { headline: escapeHtml(m.title), text },
    group: manyPairs ? `${pairId} · ${CATEGORY_LABELS[m.category]}` : CATEGORY_LABELS[m.category],
  };
}
