/**
 * The DOM of a timeline item, built with textContent only: titles written by users or sources can hold
 * anything, including markup, and must show as the characters they are.
 */
import type { ChartItem } from './timeline-data';
import { CATEGORY_ICONS } from './category-icons';
import type { Category } from '../../../../shared/domain';
import { isJustImported } from '../exchange/just-imported';

export function itemElement(item: ChartItem): HTMLElement {
  const el = document.createElement('div');
  if (item.kind === 'cluster') {
    el.className = 'cluster-label';
    el.textContent = String(item.members ?? '');
    el.title = item.label;
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', item.label);
    return el;
  }
  if (item.kind !== 'milestone') {
    el.className = item.kind === 'band' ? 'band-label' : 'anniversary-label';
    el.textContent = item.label;
    el.dir = 'auto';
    // The tooltip carries the name when it does not fit its band (see vis-adapter.ts); the date isolated.
    el.title = `${item.label} (\u2068${item.dateLabel}\u2069)`;
    return el;
  }
  el.className = isJustImported(item.milestoneId) ? 'milestone-label just-added' : 'milestone-label';
  // The label reads in the interface's direction (the chart's axis stays left to right); each part is
  // isolated, so that an Arabic date ("4 يناير 1992") and a Latin title keep their own order.
  el.dir = document.documentElement.dir || 'ltr';
  el.tabIndex = 0;
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', `${item.label}, ${item.dateLabel}`);
  el.dataset.milestoneId = String(item.milestoneId);
  el.dataset.start = String(item.start.getTime());
  const date = document.createElement('span');
  date.className = 'milestone-date';
  date.dir = 'auto';
  date.textContent = item.dateLabel;
  const title = document.createElement('span');
  title.className = 'milestone-title';
  title.dir = 'auto';
  title.textContent = item.label;
  if (item.showCategory && item.group !== undefined) {
    const category = /cat-(\w+)/.exec(item.className)?.[1] as Category | undefined;
    if (category && CATEGORY_ICONS[category]) {
      const mark = document.createElement('span');
      mark.className = `category-icon cat-${category}`;
      mark.setAttribute('aria-hidden', 'true');
      mark.textContent = CATEGORY_ICONS[category];
      el.append(mark);
    }
  }
  el.append(date, title);
  return el;
}

/** A lane's label, with its category's shape before it (colour is never the only cue). */
export function laneElement(label: string, icon?: string): HTMLElement {
  const el = document.createElement('div');
  el.className = 'lane-label';
  if (icon) {
    const mark = document.createElement('span');
    mark.className = 'category-icon';
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = icon;
    el.append(mark, ' ');
  }
  el.append(label);
  return el;
}
