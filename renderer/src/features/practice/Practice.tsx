/**
 * "Practise": a round of questions from the pair (or comparison) on screen, or from a story (Stories…),
 * full screen for a projector. The round itself is practice-view.ts, the same as in a shared web page.
 */
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { buildRound } from '../../../../shared/practice';
import { fetchQuery } from '../../data/query-cache';
import { reads } from '../../data/reads';
import { api } from '../../api/api';
import { useCommands } from '../../api/commands';
import { formatRange, localName, localTitle, pairName } from '../../i18n/format';
import { useOpenTimeline } from '../../store/open-pair';
import { useCompare } from '../compare/compare-store';
import { useFilters } from '../filters/filters-store';
import { mountPractice } from './practice-view';
import { usePractice, type Practised } from './practice-store';
import './practice.css';

export function PracticeButton() {
  const timeline = useOpenTimeline();
  const comparing = useCompare((s) => (s.active && s.pairIds.length >= 2 ? s.pairIds : null));
  const { shown, show, close } = usePractice();
  const { t } = useTranslation('practice');
  const start = () => {
    if (!comparing) return timeline && timeline.milestones.length > 0 && show({ title: pairName(timeline.pair), pairs: [timeline], milestones: null });
    const filters = useFilters.getState().filters;
    void fetchQuery(reads.comparison(comparing, filters)).then(
      (pairs) => show({ title: pairs.map((p) => pairName(p.pair)).join(' · '), pairs, milestones: null }),
      () => {},
    );
  };
  useCommands({ practice: start });
  return (
    <>
      <button type="button" onClick={start} disabled={!comparing && !timeline?.milestones.length} title={t('buttonTitle')} data-testid="practice-button">
        {t('button')}
      </button>
      {shown && <PracticeOverlay shown={shown} onClose={close} />}
    </>
  );
}

function PracticeOverlay({ shown, onClose }: { shown: Practised; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const { i18n } = useTranslation();
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    const opener = document.activeElement as HTMLElement | null;
    const app = document.querySelector<HTMLElement>('.app');
    // Everything behind is out of reach while practising (keyboard and screen readers stay in the round).
    if (app) app.inert = true;
    const milestones = shown.milestones ?? [...new Map(shown.pairs.flatMap((p) => p.milestones.map((m) => [m.id, { ...m, pairId: p.pair.id }] as const))).values()];
    const byId = new Map(milestones.map((m) => [m.id, m]));
    const pairs = new Map(shown.pairs.map((p) => [p.pair.id, p]));
    const view = mountPractice(container, {
      title: shown.title,
      round: () => buildRound({ milestones, pairs: shown.pairs.map((p) => ({ id: p.pair.id, ladder: p.ladder, bands: p.bands })) }, { seed: Math.floor(Math.random() * 2 ** 31) }),
      milestone: (id) => byId.get(id)!,
      card: async (id) => {
        const d = await api.getMilestone({ id });
        const lng = i18n.language;
        return {
          title: localTitle(d),
          dateLabel: formatRange(d.start, d.end),
          category: d.category,
          summary: (lng === 'ar' ? d.summaryAr : lng === 'zh' ? d.summaryZh : null) ?? d.summary,
          place: d.place,
          people: d.people,
          levelName: d.level ? localName(d.level.name).text : null,
          sources: d.sources,
        };
      },
      levelName: (pairId, levelId) => {
        const level = pairs.get(pairId)?.ladder.find((l) => l.id === levelId);
        return level ? localName(level.name).text : String(levelId);
      },
      pairName: (pairId) => pairName(pairs.get(pairId)!.pair),
    }, onClose);
    return () => {
      view.destroy();
      if (app) app.inert = false;
      opener?.focus?.();
    };
    // A new language redraws the round from its start (its words are built once per question).
  }, [shown, onClose, i18n.language]);
  // Outside the app's tree, which goes inert behind it.
  return createPortal(<div className="practice-overlay" ref={ref} />, document.body);
}
