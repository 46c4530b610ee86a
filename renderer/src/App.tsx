import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from './store/app-store';
import { useOpenPairSync, useOpenTimelineRead, usePairsRead } from './store/open-pair';
import { PairPicker, pairLabel } from './features/pair-picker/PairPicker';
import { TimelineView } from './features/timeline/TimelineView';
import { MilestoneList } from './features/list/MilestoneList';
import { ViewSwitch } from './features/list/ViewSwitch';
import { CompareButton, PairList, useComparedNames } from './features/compare/CompareBar';
import { Isolated } from './ui/Isolated';
import { CompareView } from './features/compare/CompareView';
import { Legend } from './features/timeline/Legend';
import { DetailDock } from './features/detail/DetailDock';
import { ErrorBanner } from './ui/ErrorBanner';
import { TiesAge } from './features/anniversary/TiesAge';
import { EditToolbar } from './features/editing/EditToolbar';
import { MilestoneForm } from './features/editing/MilestoneForm';
import { EditDialogs } from './features/editing/EditDialogs';
import { EditNotice } from './features/editing/EditNotice';
import { SearchBox } from './features/search/SearchBox';
import { FilterBar } from './features/filters/FilterBar';
import { useFilters } from './features/filters/filters-store';
import { hasFilters } from '../../shared/filters';
import { DataDialog } from './features/exchange/DataDialog';
import { ArticleButton } from './features/article/ArticleDialog';
import { PresentButton } from './features/presentation/Presentation';
import { ImageExportButton } from './features/image-export/ImageExportDialog';
import { StoriesButton } from './features/stories/StoriesDialog';
import { CitationsButton } from './features/citations/CitationsDialog';
import { ShareButton } from './features/share/ShareDialog';
import { PracticeButton } from './features/practice/Practice';
import { PairsDialog } from './features/pairs/PairsDialog';
import { formatDate } from './i18n/format';
import { LanguagePicker } from './features/settings/LanguagePicker';
import { Toolbar, ToolbarGroup, ToolbarItem } from './ui/Toolbar';
import { useCommandKeys } from './api/command-keys';

// The atlas carries the world's shapes (750 KB of geometry) and d3-geo: loaded when first opened, not at start.
const AtlasView = lazy(() => import('./features/atlas/AtlasView').then((m) => ({ default: m.AtlasView })));

/** Icons of the toolbar's items: text symbols, so they need no image files and scale with the type. */
const ICONS = { filters: '▽', compare: '⇆', present: '▶', stories: '☰', image: '▣', cite: '❝', share: '⎙', practice: '✎', article: '¶', data: '⇅', pairs: '⚑' };

function PairInfo() {
  const { timeline } = useOpenTimelineRead();
  const compared = useComparedNames();
  const filtered = useFilters((s) => hasFilters(s.filters));
  const { t } = useTranslation();
  const { t: tc } = useTranslation('compare');
  if (compared) {
    // The header names what is on screen: the comparison, not the pair last opened.
    return (
      <p className="pair-meta" data-testid="compare-title" title={tc('comparing', { pairs: compared.join(', ') })}>
        <Isolated format={(v) => tc('comparing', v)} values={{ pairs: <PairList names={compared} /> }} />
      </p>
    );
  }
  const pair = timeline?.pair;
  if (!pair) return null;
  const span = pair.firstDate && pair.lastDate ? { from: formatDate(pair.firstDate), to: formatDate(pair.lastDate) } : null;
  // With filters on, the count says how many of the pair's milestones are shown.
  const key = filtered ? 'pairMeta.filtered' : 'pairMeta.summary';
  const counts = { count: pair.milestoneCount, shown: timeline.milestones.length };
  const text = `${t(key, { pair: pairLabel(pair), ...counts })}${span ? ` · ${t('pairMeta.span', span)}` : ''}`;
  return (
    <>
      <p className="pair-meta" data-testid="pair-meta" title={text}>
        <Isolated format={(v) => t(key, { ...v, ...counts })} values={{ pair: pairLabel(pair) }} />
        {span && (
          <>
            {' · '}
            <Isolated format={(v) => t('pairMeta.span', v)} values={span} />
          </>
        )}
      </p>
      <TiesAge pair={pair} />
    </>
  );
}

export function App() {
  const pairs = usePairsRead();
  const { timeline, status: timelineStatus } = useOpenTimelineRead();
  const viewMode = useAppStore((s) => s.viewMode);
  const comparing = !!useComparedNames();
  const atlas = viewMode === 'atlas' && !comparing;
  const { t } = useTranslation();
  const { t: tl } = useTranslation('layout');

  useCommandKeys();
  useOpenPairSync();

  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <PairPicker />
        <div className="pair-info">
          <PairInfo />
        </div>
        <LanguagePicker />
      </header>
      <Toolbar label={tl('toolbar.label')} moreLabel={tl('toolbar.more')}>
        <ToolbarGroup label={tl('toolbar.edit')}>
          <EditToolbar />
        </ToolbarGroup>
        <ToolbarGroup label={tl('toolbar.find')}>
          <SearchBox />
          <ToolbarItem id="filters" icon={ICONS.filters} priority={90}>
            <FilterBar />
          </ToolbarItem>
        </ToolbarGroup>
        <ToolbarGroup label={tl('toolbar.view')}>
          {(timeline || atlas) && !comparing && <ViewSwitch />}
          <ToolbarItem id="compare" icon={ICONS.compare} priority={60}>
            <CompareButton />
          </ToolbarItem>
        </ToolbarGroup>
        <ToolbarGroup label={tl('toolbar.teach')}>
          <ToolbarItem id="present" icon={ICONS.present} priority={80}>
            <PresentButton />
          </ToolbarItem>
          <ToolbarItem id="stories" icon={ICONS.stories} priority={50}>
            <StoriesButton />
          </ToolbarItem>
          <ToolbarItem id="practice" icon={ICONS.practice} priority={45} secondary>
            <PracticeButton />
          </ToolbarItem>
        </ToolbarGroup>
        <ToolbarGroup label={tl('toolbar.files')}>
          <ToolbarItem id="image-export" icon={ICONS.image} priority={40} secondary>
            <ImageExportButton />
          </ToolbarItem>
          <ToolbarItem id="citations" icon={ICONS.cite} priority={35} secondary>
            <CitationsButton />
          </ToolbarItem>
          <ToolbarItem id="share" icon={ICONS.share} priority={33} secondary>
            <ShareButton />
          </ToolbarItem>
          <ToolbarItem id="article" icon={ICONS.article} priority={30} secondary>
            <ArticleButton />
          </ToolbarItem>
          <ToolbarItem id="data" icon={ICONS.data} priority={20} secondary>
            <DataDialog />
          </ToolbarItem>
          <ToolbarItem id="pairs" icon={ICONS.pairs} priority={10} secondary>
            <PairsDialog />
          </ToolbarItem>
        </ToolbarGroup>
      </Toolbar>
      <ErrorBanner />
      <main className="app-main">
        <div className="chart-column">
          {comparing ? (
            <CompareView />
          ) : atlas ? (
            <Suspense fallback={<p className="placeholder">{t('status.loading')}</p>}>
              <AtlasView />
            </Suspense>
          ) : (
            timeline && (viewMode === 'list' ? <MilestoneList data={timeline} /> : <TimelineView data={timeline} />)
          )}
          {timeline && !comparing && !atlas && <Legend data={timeline} />}
          {!timeline && !comparing && !atlas && (
            <p className="placeholder">
              {pairs.status === 'error' || timelineStatus === 'error'
                ? t('status.timelineFailed')
                : pairs.status === 'ready' && pairs.data?.length === 0
                  ? t('status.noPairs')
                  : t('status.loading')}
            </p>
          )}
        </div>
        {!atlas && <DetailDock />}
      </main>
      <MilestoneForm />
      <EditDialogs />
      <EditNotice />
    </div>
  );
}
