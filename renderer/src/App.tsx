import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from './store/app-store';
import { PairPicker, pairLabel } from './features/pair-picker/PairPicker';
import { TimelineView } from './features/timeline/TimelineView';
import { MilestoneList } from './features/list/MilestoneList';
import { ViewSwitch } from './features/list/ViewSwitch';
import { CompareBar } from './features/compare/CompareBar';
import { CompareView } from './features/compare/CompareView';
import { useCompare } from './features/compare/compare-store';
import { Legend } from './features/timeline/Legend';
import { DetailPanel } from './features/detail/DetailPanel';
import { ErrorBanner } from './ui/ErrorBanner';
import { TiesAge } from './features/anniversary/TiesAge';
import { EditToolbar } from './features/editing/EditToolbar';
import { MilestoneForm } from './features/editing/MilestoneForm';
import { EditDialogs } from './features/editing/EditDialogs';
import { SearchBox } from './features/search/SearchBox';
import { FilterBar } from './features/filters/FilterBar';
import { DataDialog } from './features/exchange/DataDialog';
import { ArticleDialog } from './features/article/ArticleDialog';
import { PresentButton } from './features/presentation/Presentation';
import { ImageExportButton } from './features/image-export/ImageExportDialog';
import { StoriesButton } from './features/stories/StoriesDialog';
import { CitationsButton } from './features/citations/CitationsDialog';
import { PairsDialog } from './features/pairs/PairsDialog';
import { formatDate } from './i18n/format';
import { LanguagePicker } from './features/settings/LanguagePicker';

export function App() {
  const loadPairs = useAppStore((s) => s.loadPairs);
  const timeline = useAppStore((s) => s.timeline);
  const timelineStatus = useAppStore((s) => s.timelineStatus);
  const pairsStatus = useAppStore((s) => s.pairsStatus);
  const viewMode = useAppStore((s) => s.viewMode);
  const comparing = useCompare((s) => s.active && s.pairIds.length >= 2);
  const { t } = useTranslation();

  useEffect(() => {
    void loadPairs();
  }, [loadPairs]);

  const pair = timeline?.pair;
  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <PairPicker />
        {pair && (
          <p className="pair-meta" data-testid="pair-meta">
            {t('pairMeta.summary', { pair: pairLabel(pair), count: pair.milestoneCount })}
            {pair.firstDate && pair.lastDate && ` · ${t('pairMeta.span', { from: formatDate(pair.firstDate), to: formatDate(pair.lastDate) })}`}
          </p>
        )}
        {pair && <TiesAge pair={pair} />}
        <LanguagePicker />
      </header>
      <div className="app-toolbar">
        <EditToolbar />
        <SearchBox />
        <FilterBar />
        <span className="toolbar-spacer" />
        <PresentButton />
        <StoriesButton />
        <ImageExportButton />
        <CitationsButton />
        <ArticleDialog />
        <DataDialog />
        <PairsDialog />
      </div>
      <ErrorBanner />
      <main className="app-main">
        <div className="chart-column">
          <CompareBar />
          {comparing ? (
            <CompareView />
          ) : (
            <>
              {timeline && <ViewSwitch />}
              {timeline && (viewMode === 'list' ? <MilestoneList data={timeline} /> : <TimelineView data={timeline} />)}
            </>
          )}
          {timeline && !comparing && <Legend data={timeline} />}
          {!timeline && (
            <p className="placeholder">
              {pairsStatus === 'error' || timelineStatus === 'error'
                ? t('status.timelineFailed')
                : pairsStatus === 'ready' && timelineStatus === 'idle'
                  ? t('status.noPairs')
                  : t('status.loading')}
            </p>
          )}
        </div>
        <DetailPanel />
      </main>
      <MilestoneForm />
      <EditDialogs />
    </div>
  );
}
