import { useEffect } from 'react';
import { useAppStore } from './store/app-store';
import { PairPicker, pairLabel } from './features/pair-picker/PairPicker';
import { TimelineView } from './features/timeline/TimelineView';
import { Legend } from './features/timeline/Legend';
import { DetailPanel } from './features/detail/DetailPanel';
import { ErrorBanner } from './ui/ErrorBanner';
import { formatPartialDate } from '../../shared/dates';

export function App() {
  const loadPairs = useAppStore((s) => s.loadPairs);
  const timeline = useAppStore((s) => s.timeline);
  const timelineStatus = useAppStore((s) => s.timelineStatus);
  const pairsStatus = useAppStore((s) => s.pairsStatus);

  useEffect(() => {
    void loadPairs();
  }, [loadPairs]);

  const pair = timeline?.pair;
  return (
    <div className="app">
      <header className="app-header">
        <h1>Bilateral Timelines</h1>
        <PairPicker />
        {pair && (
          <p className="pair-meta" data-testid="pair-meta">
            {pairLabel(pair)} · {pair.milestoneCount} milestones
            {pair.firstDate && pair.lastDate && ` · ${formatPartialDate(pair.firstDate)} – ${formatPartialDate(pair.lastDate)}`}
          </p>
        )}
      </header>
      <ErrorBanner />
      <main className="app-main">
        <div className="chart-column">
          {timeline && <TimelineView data={timeline} />}
          {timeline && <Legend data={timeline} />}
          {!timeline && (
            <p className="placeholder">
              {pairsStatus === 'error' || timelineStatus === 'error'
                ? 'The timeline could not be loaded.'
                : pairsStatus === 'ready' && timelineStatus === 'idle'
                  ? 'The database has no country pairs yet.'
                  : 'Loading…'}
            </p>
          )}
        </div>
        <DetailPanel />
      </main>
    </div>
  );
}
