/** The list's order: by date (the data's own order), title or category, either way round. Pure. */
import type { Category, MilestoneItem } from '../../../../shared/domain';

export type SortKey = 'date' | 'title' | 'category';
export interface ListSort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

interface Words<M> {
  title(m: M): string;
  category(c: Category): string;
  language: string;
}

const byDate = (a: { start: string; id: number }, b: { start: string; id: number }) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id - b.id);

/** Rows sorted as asked; ties in title or category keep date order. Titles compare as the language sorts them. */
export function sortRows<M extends Pick<MilestoneItem, 'id' | 'start' | 'category'>>(rows: readonly M[], sort: ListSort, words: Words<M>): M[] {
  const collator = new Intl.Collator(words.language, { sensitivity: 'base', numeric: true });
  const compare =
    sort.key === 'title'
      ? (a: M, b: M) => collator.compare(words.title(a), words.title(b)) || byDate(a, b)
      : sort.key === 'category'
        ? (a: M, b: M) => collator.compare(words.category(a.category), words.category(b.category)) || byDate(a, b)
        : byDate;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b));
}
