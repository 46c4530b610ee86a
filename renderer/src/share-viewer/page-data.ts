/** The shared page's data, read from its JSON block and checked for the shape this viewer reads. */
import { SHARE_DATA_ID, SHARE_FORMAT, SHARE_FORMAT_VERSION, type SharedDetail, type SharedPage } from '../../../shared/share';
import type { MilestoneItem, PairTimeline } from '../../../shared/domain';
import { comparePartialDates } from '../../../shared/dates';

export function readPage(): SharedPage {
  const block = document.getElementById(SHARE_DATA_ID);
  const page = JSON.parse(block?.textContent ?? 'null') as SharedPage | null;
  if (!page || page.format !== SHARE_FORMAT || page.version > SHARE_FORMAT_VERSION || !Array.isArray(page.timelines)) {
    throw new Error('This page holds no timeline this viewer can read.');
  }
  return page;
}

export type PageMilestone = MilestoneItem & { pairId: string };

/** Lookups over the page's data, built once. */
export function indexPage(page: SharedPage) {
  const milestones = new Map<number, PageMilestone>();
  for (const tl of page.timelines) for (const m of tl.milestones) if (!milestones.has(m.id)) milestones.set(m.id, { ...m, pairId: tl.pair.id });
  const details = new Map<number, SharedDetail>(page.details.map((d) => [d.id, d]));
  const timelines = new Map<string, PairTimeline>(page.timelines.map((t) => [t.pair.id, t]));
  const byDate = [...milestones.values()].sort((a, b) => comparePartialDates(a.start, b.start) || a.id - b.id);
  // Presentation follows the story's own order; a pair or comparison goes by date.
  const presented = page.story ? page.story.order.map((id) => milestones.get(id)).filter((m): m is PageMilestone => !!m) : byDate;
  return { milestones, details, timelines, byDate, presented };
}
export type PageIndex = ReturnType<typeof indexPage>;
