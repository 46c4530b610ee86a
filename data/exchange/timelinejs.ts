/**
 * TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html), so that a user can publish a
 * pair's story. TimelineJS renders text fields as HTML: everything from the database is escaped.
 */
import type { ExportDocument, ExportedMilestone } from './document';
import { parsePartialDate } from '../../shared/dates';
import { CATEGORY_LABELS } from '../../shared/domain';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function tlDate(date: string) {
  const p = parsePartialDate(date)!;
  return { year: p.year, ...(p.month ? { month: p.month } : {}), ...(p.day ? { day: p.day } : {}), display_date: date };
}

export function toTimelineJs(doc: ExportDocument, title: string): object {
  const events = doc.pairs.flatMap((pair) =>
    (pair.milestones as ExportedMilestone[]).map((m, i) => {
      const sources = (m.sources ?? []).map((s) => escapeHtml([s.publisher, s.title, s.date].filter(Boolean).join(', ') + (s.url ? ` ${s.url}` : '')));
      const text = [m.summary ? `<p>${escapeHtml(m.summary)}</p>` : '', sources.length ? `<p>Sources: ${sources.join('; ')}</p>` : ''].join('');
      return {
        unique_id: `${pair.id}-${i + 1}`,
        start_date: tlDate(m.start),
        ...(m.end ? { end_date: tlDate(m.end) } : {}),
        text: { headline: escapeHtml(m.title), text },
        group: doc.pairs.length > 1 ? `${pair.id} · ${CATEGORY_LABELS[m.category]}` : CATEGORY_LABELS[m.category],
      };
    }),
  );
  return { title: { text: { headline: escapeHtml(title), text: '' } }, events };
}
