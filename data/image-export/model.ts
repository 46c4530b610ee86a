/**
 * What an exported image shows, read from the database and put in the image's language: the pairs, their
 * partnership bands and milestones in the period, and numbered source notes. Times are UTC milliseconds.
 */
import type { Db } from '../db/open';
import { noSuchPair } from '../not-found';
import type { Category, Language } from '../../shared/domain';
import { endInstant, precisionOf, startInstant, type PartialDate } from '../../shared/dates';
import { formatPartial, formatPartialRange, localeOf, nameIn, pairNameIn, titleIn } from '../../shared/locale-format';
import { hasFilters } from '../../shared/filters';
import type { ImageExportRequest } from '../../shared/api/calls/image';
import { findPair } from '../repositories/pairs';
import { ladderOf } from '../repositories/levels';
import { timelineItems } from '../repositories/milestones';
import { partnershipBands } from '../timeline/bands';
import { collectExport, type ExportedMilestone } from '../exchange/document';
import { translator, type Translate } from './messages';
import { getMeta } from '../repositories/meta';
import { DATASET_VERSION_KEY } from '../seed/apply-dataset';

export interface ChartMilestone {
  /** In the image's language when the data has it, else in English. */
  title: string;
  date: string;
  start: number;
  end: number | null;
  category: Category;
  /** Known to the day: drawn filled; a month or year only: hollow, as in the app. */
  precise: boolean;
  /** Source note numbers. */
  notes: number[];
  sources: string[];
}

export interface ChartBand {
  name: string;
  start: number;
  end: number;
  /** Place in the pair's history, for its colour. */
  order: number;
}

export interface ChartPair {
  id: string;
  name: string;
  bands: ChartBand[];
  /** The pair's ladder levels that have a band in the period, with their colour index. */
  levels: { name: string; order: number }[];
  milestones: ChartMilestone[];
}

export interface ChartModel {
  language: Language;
  rtl: boolean;
  locale: string;
  title: string;
  subtitle: string;
  from: number;
  to: number;
  pairs: ChartPair[];
  /** Numbered source notes, in order of first use, links whole. */
  notes: string[];
  /** The sources' publishers, once each in order of first use: the short source line when notes are left out. */
  publishers: string[];
  t: Translate;
  generated: string;
}

const DAY = 86_400_000;

/** A link as a reader would type it: percent-escapes decoded, whole (a cut link cannot be followed). */
function displayUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url; // not valid percent-encoding: shown as stored
  }
}

function sourceNote(s: NonNullable<ExportedMilestone['sources']>[number], locale: string, lng: Language): string {
  const [open, close] = lng === 'ar' ? ['«', '»'] : ['“', '”'];
  // Each part isolated (FSI…PDI): an Arabic date inside an English note, or the reverse, keeps its own order.
  const iso = (text: string) => `\u2068${text}\u2069`;
  const parts = [iso(s.publisher), `${open}${iso(s.title)}${close}`];
  if (s.date) parts.push(iso(formatPartial(s.date, locale)));
  return parts.join(lng === 'zh' ? '，' : lng === 'ar' ? '، ' : ', ') + (s.url ? ` ${iso(displayUrl(s.url))}` : '');
}

/** Writes one source as a full reference (a citation style's), for images whose notes are citations. */
export type CiteSource = (source: NonNullable<ExportedMilestone['sources']>[number]) => string;

export function buildChartModel(db: Db, req: ImageExportRequest, now = new Date(), cite?: CiteSource): ChartModel {
  const lng = req.language;
  const locale = localeOf(lng, req.digits);
  const t = translator(lng, locale);
  const summaries = req.pairIds.map((id) => {
    const pair = findPair(db, id);
    if (!pair) throw noSuchPair(id);
    return pair;
  });
  const doc = collectExport(db, req.pairIds, hasFilters(req.filters) ? req.filters : undefined, true);
  const all = doc.pairs.flatMap((p) => p.milestones as ExportedMilestone[]);

  // The period: as asked, else the milestones' own span with a little room at both ends.
  let from = req.from ? startInstant(req.from).getTime() : Math.min(...all.map((m) => startInstant(m.start).getTime()));
  let to = req.to ? endInstant(req.to).getTime() : Math.max(...all.map((m) => endInstant(m.end ?? m.start).getTime()));
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    to = now.getTime();
    from = to - 365 * DAY;
  }
  const [spanFrom, spanTo] = [from, to];
  if (!req.from || !req.to) {
    const pad = Math.max((to - from) * 0.03, 30 * DAY);
    if (!req.from) from -= pad;
    if (!req.to) to += pad;
  }

  const notes: string[] = [];
  const publishers = new Set<string>();
  const noteNumber = new Map<string, number>();
  const pairs = doc.pairs.map((p, i): ChartPair => {
    const summary = summaries[i];
    const milestones = (p.milestones as ExportedMilestone[])
      .map((m) => ({ m, start: startInstant(m.start).getTime(), end: m.end ? endInstant(m.end).getTime() : null }))
      .filter(({ start, end }) => start <= to && (end ?? start) >= from)
      .map(({ m, start, end }): ChartMilestone => {
        const sources = (m.sources ?? []).map((s) => sourceNote(s, locale, lng));
        const numbers = (m.sources ?? []).map((source, k) => {
          let n = noteNumber.get(sources[k]);
          publishers.add(source.publisher);
          if (n === undefined) {
            notes.push(cite ? cite(source) : sourceNote(source, locale, lng));
            noteNumber.set(sources[k], (n = notes.length));
          }
          return n;
        });
        return { title: titleIn(m, lng), date: formatPartialRange(m.start, m.end ?? null, locale), start, end, category: m.category as Category, precise: precisionOf(m.start) === 'day', notes: numbers, sources };
      });
    const ladder = ladderOf(db, p.id);
    const bands = partnershipBands(timelineItems(db, p.id), ladder)
      .map((b, order) => ({
        name: nameIn(b.name, lng).text,
        start: startInstant(b.start).getTime(),
        end: b.end ? startInstant(b.end).getTime() : Math.max(to, now.getTime()),
        order,
      }))
      .filter((b) => b.start <= to && b.end >= from);
    const levels = bands.filter((b, k) => bands.findIndex((o) => o.name === b.name) === k).map((b) => ({ name: b.name, order: b.order }));
    return { id: p.id, name: pairNameIn(summary, lng), bands, levels, milestones };
  });

  const year = (ms: number) => formatPartial(String(new Date(ms).getUTCFullYear()).padStart(4, '0') as PartialDate, locale);
  // The title names years: as asked when asked in years, else the span of the milestones shown (a window
  // of the view, 14 February 1990 – 1 December 2036, is not what the image is about).
  const shown = pairs.flatMap((p) => p.milestones);
  const shownFrom = shown.length ? Math.max(from, Math.min(...shown.map((m) => m.start))) : spanFrom;
  const shownTo = shown.length ? Math.min(to, Math.max(...shown.map((m) => m.end ?? m.start))) : spanTo;
  const fromLabel = req.from && precisionOf(req.from) === 'year' ? formatPartial(req.from, locale) : year(req.from ? shownFrom : spanFrom);
  const toLabel = req.to && precisionOf(req.to) === 'year' ? formatPartial(req.to, locale) : year(req.to ? shownTo : spanTo);
  const count = shown.length;
  const listSep = lng === 'zh' ? '、' : lng === 'ar' ? '، ' : '; ';
  return {
    language: lng,
    rtl: lng === 'ar',
    locale,
    title: req.title ?? t('export:image.title', { pairs: pairs.map((p) => p.name).join(listSep), from: fromLabel, to: toLabel }),
    subtitle: t('export:image.count', { count }),
    from,
    to,
    pairs,
    notes,
    publishers: [...publishers],
    t,
    generated: t('export:image.generated', {
      date: formatPartial(now.toISOString().slice(0, 10), locale),
      app: t('common:app.title'),
      version: getMeta(db, DATASET_VERSION_KEY) ?? '—',
    }),
  };
}
