/** A shape per category, shown beside its colour (lanes, legend, list), so that colour is never the only cue. */
import type { Category } from '../../../../shared/domain';

export const CATEGORY_ICONS: Record<Category, string> = {
  diplomatic: '◆',
  partnership: '★',
  visits: '✈',
  agreements: '✎',
  economy: '⚙',
  multilateral: '◎',
};
