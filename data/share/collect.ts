/** What a shared page carries, collected from the database for a pair, a comparison or a story. */
import type { Db } from '../db/open';
import { noSuchStory } from '../not-found';
import type { WebPageRequest } from '../../shared/api/calls/share';
import type { PairTimeline } from '../../shared/domain';
import { SHARE_FORMAT, SHARE_FORMAT_VERSION, type SharedDetail, type SharedPage } from '../../shared/share';
import { nameIn } from '../../shared/locale-format';
import { NO_FILTERS } from '../../shared/filters';
import { readPairTimeline } from '../handlers/timeline';
import { milestoneDetail } from '../repositories/milestones';
import { findStory } from '../repositories/stories';
import { datasetRelease } from '../seed/apply-dataset';
import { pageMessages } from './messages';

const pairTitle = (t: PairTimeline, lng: string) => `${nameIn(t.pair.a.name, lng).text}–${nameIn(t.pair.b.name, lng).text}`;

export function collectPage(db: Db, req: WebPageRequest): SharedPage {
  const load = (pairId: string, filters = NO_FILTERS) => readPairTimeline(db, pairId, filters);
  let timelines: PairTimeline[];
  let story: SharedPage['story'] = null;
  if (req.scope.kind === 'pairs') {
    const { filters } = req.scope;
    timelines = req.scope.pairIds.map((id) => load(id, filters));
  } else {
    const found = findStory(db, req.scope.id);
    if (!found) throw noSuchStory(req.scope.id);
    story = { name: found.name, order: found.milestones.map((m) => m.id) };
    const pairIds = [...new Set(found.milestones.map((m) => m.pairId))];
    // The chart of a story shows its milestones, over the bands of each pair's whole history.
    timelines = pairIds.map((id) => {
      const all = load(id);
      return { ...all, milestones: found.milestones.filter((m) => m.pairId === id).map(({ pairId: _, ...m }) => m) };
    });
  }
  const ids = [...new Set(timelines.flatMap((t) => t.milestones.map((m) => m.id)))];
  const details = ids.map((id): SharedDetail => {
    const d = milestoneDetail(db, id)!;
    return { id, pairIds: d.pairIds, summary: d.summary, summaryAr: d.summaryAr, summaryZh: d.summaryZh, translated: d.translated, quote: d.quote,
      disagreement: d.disagreement, place: d.place, people: d.people, level: d.level, sources: d.sources };
  });
  const title = req.title ?? story?.name ?? timelines.map((t) => pairTitle(t, req.language)).join(' · ');
  return {
    format: SHARE_FORMAT,
    version: SHARE_FORMAT_VERSION,
    title,
    language: req.language,
    digits: req.language === 'ar' ? req.digits : 'latn',
    generated: new Date().toISOString(),
    dataset: datasetRelease(db),
    timelines,
    story,
    details,
    practice: req.practice,
    messages: pageMessages(req.language),
  };
}
