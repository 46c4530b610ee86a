/** Words for what was in force in a cell, and opening a cell's pair at the milestone that holds its sources. */
import type { TFunction } from 'i18next';
import type { AtlasCountry, Localized } from '../../../../shared/atlas/types';
import { statusAtEndOf } from '../../../../shared/atlas/in-force';
import { useAppStore } from '../../store/app-store';

export type Lang = keyof Localized;

export function langOf(language: string): Lang {
  return language === 'ar' || language === 'zh' ? language : 'en';
}

export function levelText(country: AtlasCountry, year: number, lang: Lang, t: TFunction): string {
  const s = statusAtEndOf(country, year);
  if (s.kind === 'tier') return s.rung.name[lang];
  return t(`atlas:status.${s.kind}`);
}

/** The pair's timeline, with the step in force that year selected (its sources in the detail panel). */
export async function openCell(country: AtlasCountry, year: number | null): Promise<void> {
  const store = useAppStore.getState();
  store.setViewMode('chart');
  const s = year === null ? null : statusAtEndOf(country, year);
  const milestoneId = s && s.kind === 'tier' ? s.rung.milestoneId : s && s.kind !== 'none' ? s.step.milestoneId : null;
  if (milestoneId !== null) await store.showMilestone(country.pairId, milestoneId);
  else await store.openPair(country.pairId);
}
