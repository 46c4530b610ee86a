/**
 * A milestone's essentials (date, title, summary, place, people, sources) as DOM built with textContent:
 * the shared page's detail panel and practice's feedback show the same thing the same way.
 */
import i18next from 'i18next';
import type { Source } from '../../../../shared/domain';
import { formatDate } from '../../i18n/format';

export interface CardMilestone {
  title: string;
  dateLabel: string;
  category: string;
  summary: string | null;
  place: string | null;
  people: string[];
  levelName: string | null;
  sources: Pick<Source, 'publisher' | 'title' | 'date' | 'url'>[];
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string; dir?: string; id?: string } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.dir) node.dir = props.dir;
  if (props.id) node.id = props.id;
  node.append(...children);
  return node;
}

/** Text isolated in its own direction (a Latin title inside an Arabic sentence keeps its order). */
const bdi = (text: string) => el('bdi', { text });

function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

export function sourceItem(s: CardMilestone['sources'][number]): HTMLLIElement {
  const li = el('li', { className: 'source' });
  li.append(el('span', { className: 'source-publisher', text: s.publisher, dir: 'auto' }), ', ', el('span', { text: s.title, dir: 'auto' }));
  if (s.date) li.append(' (', bdi(formatDate(s.date)), ')');
  const href = safeUrl(s.url);
  if (href) {
    // A link only where the user follows it: the page itself never loads anything.
    const a = el('a', { text: href, dir: 'ltr' });
    a.href = href;
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    li.append(el('br'), a);
  }
  return li;
}

export function milestoneCard(m: CardMilestone, headingLevel: 'h2' | 'h3' = 'h3'): HTMLElement {
  const card = el('article', { className: 'milestone-card' });
  card.append(el('span', { className: `category-chip cat-${m.category}`, text: i18next.t(`category.${m.category}`) }));
  card.append(el(headingLevel, { text: m.title, dir: 'auto' }));
  const facts = el('dl', { className: 'facts' });
  const fact = (label: string, value: string) => facts.append(el('dt', { text: label }), el('dd', {}, bdi(value)));
  fact(i18next.t('detail.date'), m.dateLabel);
  if (m.place) fact(i18next.t('detail.place'), m.place);
  if (m.people.length) fact(i18next.t('detail.people'), m.people.join(', '));
  if (m.levelName) fact(i18next.t('detail.levelSet'), m.levelName);
  card.append(facts);
  if (m.summary) card.append(el('p', { className: 'summary', text: m.summary, dir: 'auto' }));
  card.append(el(headingLevel === 'h2' ? 'h3' : 'h4', { text: i18next.t('detail.sources') }));
  if (m.sources.length) card.append(el('ol', { className: 'sources' }, ...m.sources.map(sourceItem)));
  else card.append(el('p', { className: 'muted', text: i18next.t('detail.noSources') }));
  return card;
}
