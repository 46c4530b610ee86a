/** The milestone form's state: strings as typed, turned into the contract's input only on save. */
import type { Category, MilestoneDetail } from '../../../../shared/domain';

export interface SourceDraft {
  publisher: string;
  title: string;
  date: string;
  language: string;
  url: string;
}

export interface MilestoneDraft {
  pairId: string;
  category: Category;
  title: string;
  titleAr: string;
  titleZh: string;
  start: string;
  end: string;
  place: string;
  /** One name per line. */
  people: string;
  summary: string;
  /** Kept as they are: the form edits the English summary (the translations go with the milestone). */
  summaryAr: string | null;
  summaryZh: string | null;
  levelId: number | null;
  sources: SourceDraft[];
}

export const emptySource = (): SourceDraft => ({ publisher: '', title: '', date: '', language: 'en', url: '' });

export function emptyDraft(pairId: string): MilestoneDraft {
  return { pairId, category: 'visits', title: '', titleAr: '', titleZh: '', start: '', end: '', place: '', people: '', summary: '', summaryAr: null, summaryZh: null, levelId: null, sources: [emptySource()] };
}

export function draftFromDetail(d: MilestoneDetail): MilestoneDraft {
  return {
    pairId: d.pairId,
    category: d.category,
    title: d.title,
    titleAr: d.titleAr ?? '',
    titleZh: d.titleZh ?? '',
    start: d.start,
    end: d.end ?? '',
    place: d.place ?? '',
    people: d.people.join('\n'),
    summary: d.summary ?? '',
    summaryAr: d.summaryAr,
    summaryZh: d.summaryZh,
    levelId: d.level?.id ?? null,
    sources: d.sources.map((s) => ({ publisher: s.publisher, title: s.title, date: s.date ?? '', language: s.language, url: s.url ?? '' })),
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s);

/** The contract's milestone input; the main process validates it (the same schema, field by field). */
export function draftToInput(d: MilestoneDraft) {
  return {
    pairId: d.pairId,
    category: d.category,
    title: d.title,
    titleAr: orNull(d.titleAr),
    titleZh: orNull(d.titleZh),
    start: d.start.trim(),
    end: orNull(d.end.trim()),
    place: orNull(d.place),
    people: d.people.split('\n').map((p) => p.trim()).filter(Boolean),
    summary: orNull(d.summary),
    summaryAr: d.summaryAr,
    summaryZh: d.summaryZh,
    levelId: d.levelId,
    // A source row left entirely blank is not a source.
    sources: d.sources
      .filter((s) => Object.entries(s).some(([k, v]) => k !== 'language' && v.trim() !== ''))
      .map((s) => ({ publisher: s.publisher, title: s.title, date: orNull(s.date.trim()), language: s.language.trim(), url: orNull(s.url.trim()) })),
  };
}
