import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from './store/app-store';
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
import { Toolbar, ToolbarGroup, ToolbarItem } from './ui/Toolbar';
import { useCommandKeys } from './api/command-keys';

/** Icons of the toolbar's items: text symbols, so they need no image files and scale with the type. */
const ICONS = { filters: '▽', compare: '⇆', present: '▶', stories: '☰', image: '▣', cite: '❝', article: '¶', data: '⇅', pairs: '⚑' };

function PairInfo() {
  const timeline = useAppStore((s) => s.timeline);
  const compared = useComparedNames();
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
  const text = `${t('pairMeta.summary', { pair: pairLabel(pair), count: pair.milestoneCount })}${span ? ` · ${t('pairMeta.span', span)}` : ''}`;
  return (
    <>
      <p className="pair-meta" data-testid="pair-meta" title={text}>
        <Isolated format={(v) => t('pairMeta.summary', { ...v, count: pair.milestoneCount })} values={{ pair: pairLabel(pair) }} />
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
  const loadPairs = useAppStore((s) => s.loadPairs);
  const timeline = useAppStore((s) => s.timeline);
  const timelineStatus = useAppStore((s) => s.timelineStatus);
  const pairsStatus = useAppStore((s) => s.pairsStatus);
  const viewMode = useAppStore((s) => s.viewMode);
  const comparing = !!useComparedNames();
  const { t } = useTranslation();
  const { t: tl } = useTranslation('layout');

  useCommandKeys();
  useEffect(() => {
    void loadPairs();
  }, [loadPairs]);

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
          {timeline && !comparing && <ViewSwitch />}
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
        </ToolbarGroup>
        <ToolbarGroup label={tl('toolbar.files')}>
          <ToolbarItem id="image-export" icon={ICONS.image} priority={40} secondary>
            <ImageExportButton />
          </ToolbarItem>
          <ToolbarItem id="citations" icon={ICONS.cite} priority={35} secondary>
            <CitationsButton />
          </ToolbarItem>
          <ToolbarItem id="article" icon={ICONS.article} priority={30} secondary>
            <ArticleDialog />
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
          ) : (
            timeline && (viewMode === 'list' ? <MilestoneList data={timeline} /> : <TimelineView data={timeline} />)
          )}
          {timeline && !comparing && <Legend data={timeline} />}
          {!timeline && !comparing && (
            <p className="placeholder">
              {pairsStatus === 'error' || timelineStatus === 'error'
                ? t('status.timelineFailed')
                : pairsStatus === 'ready' && timelineStatus === 'idle'
                  ? t('status.noPairs')
                  : t('status.loading')}
            </p>
          )}
        </div>
        <DetailDock />
      </main>
      <MilestoneForm />
      <EditDialogs />
    </div>
  );
}
