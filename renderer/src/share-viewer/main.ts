/**
 * The viewer inside a shared web page (data/share/web-page.ts): the timeline (zoom, pan, lanes, bands),
 * the list, the detail panel with sources, presentation with the app's keys, and practice — read-only,
 * offline, from the page's own JSON. The same chart code as the app (vis-adapter, timeline-data,
 * item-element); every piece of item text reaches the DOM through textContent only.
 */
import '../styles.css';
import '../features/practice/practice.css';
import './share.css';
import i18next from 'i18next';
import { icuPlugin } from '../i18n/icu-plugin';
import { DataSet } from 'vis-data/esnext';
import { paletteCssVariables } from '../../../shared/palette';
import { localeOf } from '../../../shared/locale-format';
import { buildRound } from '../../../shared/practice';
import { comparePartialDates } from '../../../shared/dates';
import { bandToItem, chartItems, fullWindow, lanes, milestoneToItem, milestoneIdOf, pairItemId, type ChartItem } from '../features/timeline/timeline-data';
import { DAY, YEAR, mountTimeline } from '../features/timeline/vis-adapter';
import { formatDate, formatRange, localName, localTitle, pairName } from '../i18n/format';
import { el, milestoneCard, type CardMilestone } from '../features/practice/milestone-card';
import { mountPractice } from '../features/practice/practice-view';
import { indexPage, readPage, type PageMilestone } from './page-data';
import { endInstant } from '../../../shared/dates';

const DIGITS_KEY = 'bilateral.digits';

function start(): void {
  const page = readPage();
  const index = indexPage(page);
  try {
    // format.ts reads the digits setting from here (the app's own setting, the page's choice here).
    localStorage.setItem(DIGITS_KEY, page.digits);
  } catch {
    // Storage refused (some browsers on file://): Latin digits.
  }
  void i18next.use(icuPlugin((l) => localeOf(l, page.language === 'ar' ? page.digits : 'latn'))).init({
    resources: { [page.language]: page.messages },
    lng: page.language,
    fallbackLng: page.language,
    ns: Object.keys(page.messages),
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // text goes into textContent, never into HTML
    initAsync: false,
  });
  for (const [name, value] of Object.entries(paletteCssVariables())) document.documentElement.style.setProperty(name, value);
  const t = i18next.t.bind(i18next);

  const cardOf = (id: number): CardMilestone => {
    const m = index.milestones.get(id)!;
    const d = index.details.get(id);
    const lng = page.language;
    const summary = d ? ((lng === 'ar' ? d.summaryAr : lng === 'zh' ? d.summaryZh : null) ?? d.summary) : null;
    return {
      title: localTitle(m),
      dateLabel: formatRange(m.start, m.end),
      category: m.category,
      summary,
      place: d?.place ?? null,
      people: d?.people ?? [],
      levelName: d?.level ? localName(d.level.name).text : null,
      sources: d?.sources ?? [],
    };
  };

  // ---- Shell -------------------------------------------------------------------------------
  const app = document.getElementById('app')!;
  app.className = 'share-app';
  const generated = t('share:page.generated', { date: formatDate(page.generated.slice(0, 10)), version: page.dataset.version });
  const header = el('header', { className: 'share-header' }, el('h1', { text: page.title, dir: 'auto' }), el('p', { className: 'muted', text: `${generated} ${t('share:page.readOnly')}` }));
  const toolbar = el('div', { className: 'app-toolbar share-toolbar' });
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', t('share:page.toolbar'));
  const button = (text: string, onClick: () => void, title?: string) => {
    const b = el('button', { text });
    b.type = 'button';
    if (title) b.title = title;
    b.addEventListener('click', onClick);
    return b;
  };
  const chartBtn = button(t('list.chart'), () => setView('chart'));
  const listBtn = button(t('list.list'), () => setView('list'));
  const viewSwitch = el('div', { className: 'view-switch' }, chartBtn, listBtn);
  viewSwitch.setAttribute('role', 'group');
  viewSwitch.setAttribute('aria-label', t('list.viewLabel'));
  const zoomOut = button('−', () => zoom(1.5), t('timeline.zoomOutTitle'));
  zoomOut.setAttribute('aria-label', t('timeline.zoomOut'));
  const zoomIn = button('+', () => zoom(0.5), t('timeline.zoomInTitle'));
  zoomIn.setAttribute('aria-label', t('timeline.zoomIn'));
  const fitBtn = button(t('timeline.fit'), () => fit(true), t('timeline.fitTitle'));
  const presentBtn = button(t('presentation:button'), () => present(0));
  presentBtn.dataset.testid = 'present';
  toolbar.append(viewSwitch, zoomOut, zoomIn, fitBtn, presentBtn);
  if (page.practice) {
    const practiseBtn = button(t('practice:button'), () => openPractice(), t('practice:buttonTitle'));
    practiseBtn.dataset.testid = 'practise';
    toolbar.append(practiseBtn);
  }

  const frame = el('div', { className: 'timeline-frame' });
  frame.dir = 'ltr'; // time runs left to right in every language; labels inside read in the page's direction
  frame.tabIndex = 0;
  frame.setAttribute('role', 'application');
  frame.setAttribute('aria-roledescription', t('timeline.roleDescription'));
  frame.setAttribute('aria-label', t('timeline.ariaLabel', { pair: page.title }));
  frame.dataset.testid = 'timeline';
  const pane = el('section', { className: 'timeline-pane' }, frame);
  pane.setAttribute('aria-label', t('timeline.region'));
  const list = el('ol', { className: 'share-list' });
  list.setAttribute('aria-label', t('list.label'));
  list.hidden = true;
  const legend = legendOf();
  const column = el('div', { className: 'chart-column' }, pane, list, legend);
  const panel = el('div', { className: 'detail-panel' });
  panel.dataset.testid = 'detail';
  const dock = el('aside', { className: 'detail-dock share-detail' }, panel);
  dock.setAttribute('aria-label', t('detail.label'));
  dock.hidden = true;
  const main = el('main', { className: 'app-main' }, column, dock);
  app.append(header, toolbar, main);

  if (!index.byDate.length) {
    column.replaceChildren(el('p', { className: 'placeholder', text: t('share:page.noMilestones') }));
    return;
  }

  // ---- Chart ---------------------------------------------------------------------------------
  const single = page.timelines.length === 1;
  const items = new DataSet<ChartItem>();
  const now = new Date();
  let groups: DataSet<{ id: string; content: ''; label: string; order: number; className?: string }>;
  if (single) {
    groups = new DataSet(lanes((c) => t(`category.${c}`), t('layout:chart.levelsRow')));
    items.add(chartItems(page.timelines[0], now));
  } else {
    // Several pairs on one axis: a row per pair, its bands behind it, each milestone with its category's shape.
    groups = new DataSet(page.timelines.map((tl, order) => ({ id: tl.pair.id, content: '' as const, label: pairName(tl.pair), order })));
    for (const tl of page.timelines) {
      const until = new Date(Math.max(now.getTime(), ...tl.milestones.map((m) => endInstant(m.end ?? m.start).getTime())));
      items.add(tl.bands.map((b, i) => ({ ...bandToItem(b, i, until), id: `band-${tl.pair.id}-${b.milestoneId}`, group: tl.pair.id })));
      items.add(tl.milestones.map((m) => ({ ...milestoneToItem(m), id: pairItemId(m.id, tl.pair.id), group: tl.pair.id, showCategory: true })));
    }
  }
  // A comparison's rows hold every category: short labels keep each row to a readable height (as the app's compact rows).
  // Band names would sit among the milestones of a tall row: there they are the bands' tooltips only.
  if (!single) frame.style.setProperty('--label-max', '10rem');
  frame.classList.toggle('share-compare', !single);
  const mounted = mountTimeline(frame, items, groups, {
    selectable: true,
    zoomMin: 7 * DAY,
    zoomMax: 80 * YEAR,
    editable: false,
  }, { autoLabelWidth: single, laneScrollLabel: t('timeline.lanesScroll') });
  const timeline = mounted.timeline;
  const whole = fullWindow({ milestones: index.byDate });
  const fit = (animate: boolean) => whole && timeline.setWindow(whole.start, whole.end, { animation: animate });
  fit(false);
  requestAnimationFrame(() => mounted.fitLabels());
  const zoom = (factor: number) => (factor < 1 ? timeline.zoomIn(1 - factor, { animation: true }) : timeline.zoomOut(factor - 1, { animation: true }));
  const pan = (fraction: number) => {
    const { start: s, end: e } = timeline.getWindow();
    const shift = (e.getTime() - s.getTime()) * fraction;
    timeline.setWindow(new Date(s.getTime() + shift), new Date(e.getTime() + shift), { animation: true });
  };
  const itemIdOf = (m: PageMilestone) => (single ? `m${m.id}` : pairItemId(m.id, m.pairId));
  const centreOn = (m: PageMilestone) => {
    const { start: s, end: e } = timeline.getWindow();
    const width = Math.min(e.getTime() - s.getTime(), 3 * YEAR);
    const at = milestoneToItem(m).start.getTime();
    timeline.setWindow(new Date(at - width / 2), new Date(at + width / 2), { animation: false });
    timeline.setSelection([itemIdOf(m)]);
  };

  timeline.on('select', ({ items: ids }: { items: string[] }) => {
    const id = milestoneIdOf(ids[0]);
    if (id !== null) openDetail(id);
  });
  frame.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    const id = target.dataset?.milestoneId;
    if (id && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      openDetail(Number(id));
      return;
    }
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      const all = index.byDate;
      const here = id ? all.findIndex((m) => m.id === Number(id)) : -1;
      const next = all[Math.max(0, Math.min(all.length - 1, here + (e.key === 'ArrowDown' ? 1 : -1)))];
      centreOn(next);
      requestAnimationFrame(() => frame.querySelector<HTMLElement>(`.milestone-label[data-milestone-id="${next.id}"]`)?.focus());
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const keys: Record<string, () => void> = { '+': () => zoom(0.5), '=': () => zoom(0.5), '-': () => zoom(1.5), ArrowLeft: () => pan(-0.2), ArrowRight: () => pan(0.2), f: () => fit(true), '0': () => fit(true) };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  });

  // ---- List ----------------------------------------------------------------------------------
  list.append(
    ...index.byDate.map((m) => {
      const b = el('button', { className: 'share-list-item' }, el('bdi', { className: 'milestone-date', text: formatRange(m.start, m.end) }), ' ', el('span', { text: localTitle(m), dir: 'auto' }));
      b.type = 'button';
      b.dataset.milestoneId = String(m.id);
      b.addEventListener('click', () => openDetail(m.id));
      return el('li', { className: `cat-${m.category}` }, b);
    }),
  );
  function setView(view: 'chart' | 'list') {
    pane.hidden = view === 'list';
    list.hidden = view === 'chart';
    chartBtn.setAttribute('aria-pressed', String(view === 'chart'));
    listBtn.setAttribute('aria-pressed', String(view === 'list'));
    for (const b of [zoomIn, zoomOut, fitBtn]) b.disabled = view === 'list';
    if (view === 'chart') requestAnimationFrame(() => timeline.redraw());
  }
  setView('chart');

  // ---- Detail --------------------------------------------------------------------------------
  let opener: HTMLElement | null = null;
  function openDetail(id: number) {
    if (!index.milestones.has(id)) return;
    opener = document.activeElement as HTMLElement | null;
    const close = button('×', closeDetail, t('detail.closeTitle'));
    close.className = 'close';
    close.setAttribute('aria-label', t('detail.close'));
    const card = milestoneCard(cardOf(id), 'h2');
    const heading = card.querySelector('h2');
    if (heading) heading.tabIndex = -1;
    panel.replaceChildren(el('div', { className: 'detail-head' }, el('span'), close), card);
    dock.hidden = false;
    heading?.focus();
  }
  function closeDetail() {
    dock.hidden = true;
    timeline.setSelection([]);
    opener?.focus?.();
  }
  dock.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      closeDetail();
    }
  });

  // ---- Presentation ----------------------------------------------------------------------------
  const caption = el('section', { className: 'share-caption' });
  caption.dataset.testid = 'presentation';
  caption.setAttribute('aria-live', 'polite');
  caption.hidden = true;
  app.append(caption);
  let slide = -1;
  const levelAt = (m: PageMilestone) => {
    const bands = index.timelines.get(m.pairId)?.bands ?? [];
    return bands.find((b) => comparePartialDates(b.start, m.start) <= 0 && (!b.end || comparePartialDates(b.end, m.start) > 0)) ?? null;
  };
  function present(at: number) {
    const all = index.presented;
    slide = Math.max(0, Math.min(all.length - 1, at));
    app.classList.add('presenting');
    caption.hidden = false;
    dock.hidden = true;
    setView('chart');
    const m = all[slide];
    const card = cardOf(m.id);
    const level = levelAt(m);
    const source = card.sources[0];
    caption.replaceChildren(
      el('p', { className: 'share-caption-date' }, el('bdi', { text: card.dateLabel })),
      el('h2', { text: card.title, dir: 'auto' }),
      ...(card.summary ? [el('p', { className: 'share-caption-summary', text: card.summary, dir: 'auto' })] : []),
      ...(source ? [el('p', { className: 'share-caption-source', text: t('presentation:source', { publisher: source.publisher, title: source.title, date: source.date ? formatDate(source.date) : '' }), dir: 'auto' })] : []),
      el('p', { className: 'share-caption-foot' },
        ...(level ? [el('span', { className: 'share-caption-level', text: t('presentation:level', { level: localName(level.name).text }) })] : []),
        el('span', { className: 'share-caption-progress', text: t('presentation:progress', { current: slide + 1, total: all.length }) }),
        el('span', { className: 'muted', text: t('presentation:help') })),
    );
    requestAnimationFrame(() => {
      timeline.redraw();
      centreOn(m);
    });
  }
  function leave() {
    slide = -1;
    app.classList.remove('presenting');
    caption.hidden = true;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    requestAnimationFrame(() => timeline.redraw());
    presentBtn.focus();
  }
  presentBtn.addEventListener('click', () => void document.documentElement.requestFullscreen?.().catch(() => {}));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'F5' && slide < 0 && !practiceOpen) {
      e.preventDefault();
      present(0);
      return;
    }
    if (slide < 0) return;
    const last = index.presented.length - 1;
    const moves: Record<string, number> = { ArrowRight: slide + 1, ' ': slide + 1, PageDown: slide + 1, ArrowLeft: slide - 1, PageUp: slide - 1, Home: 0, End: last };
    if (e.key === 'Escape') {
      e.preventDefault();
      leave();
    } else if (e.key in moves) {
      e.preventDefault();
      e.stopPropagation();
      present(moves[e.key]);
    }
  }, true);

  // ---- Practice --------------------------------------------------------------------------------
  let practiceOpen = false;
  function openPractice() {
    practiceOpen = true;
    const overlay = el('div', { className: 'practice-overlay' });
    app.append(overlay);
    for (const part of [header, toolbar, main]) part.inert = true;
    const opener = document.activeElement as HTMLElement | null;
    const view = mountPractice(overlay, {
      title: page.title,
      round: () => buildRound({ milestones: index.byDate, pairs: page.timelines.map((tl) => ({ id: tl.pair.id, ladder: tl.ladder, bands: tl.bands })) }, { seed: Math.floor(Math.random() * 2 ** 31) }),
      milestone: (id) => index.milestones.get(id)!,
      card: async (id) => cardOf(id),
      levelName: (pairId, levelId) => {
        const level = index.timelines.get(pairId)?.ladder.find((l) => l.id === levelId);
        return level ? localName(level.name).text : String(levelId);
      },
      pairName: (pairId) => pairName(index.timelines.get(pairId)!.pair),
    }, () => {
      view.destroy();
      overlay.remove();
      for (const part of [header, toolbar, main]) part.inert = false;
      practiceOpen = false;
      opener?.focus?.();
    });
  }

  function legendOf(): HTMLElement {
    const box = el('aside', { className: 'legend' });
    box.setAttribute('aria-label', t('legend.label'));
    box.append(el('ul', {}, ...(['diplomatic', 'partnership', 'visits', 'agreements', 'economy', 'multilateral'] as const).map((c) => el('li', {}, el('span', { className: `swatch cat-${c}` }), t(`category.${c}`)))));
    return box;
  }
}

try {
  start();
} catch (error) {
  document.getElementById('app')?.replaceChildren(el('p', { className: 'placeholder', text: error instanceof Error ? error.message : String(error) }));
}
