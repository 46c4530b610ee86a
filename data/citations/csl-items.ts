/**
 * Sources as CSL-JSON items (the data model every citation style and reference manager reads). What kind
 * of work a source is decides its CSL type and who stands as its author: a news agency's report is an
 * unsigned newspaper article under the agency's name; a ministry's release or a joint statement is a web
 * page whose author is the institution; a treaty text is a treaty.
 */
import type { Source } from '../../shared/domain';
import type { SourceKind } from '../../shared/evidence';
import type { PartialDate } from '../../shared/dates';
import type { DatasetRelease } from '../seed/apply-dataset';
import { DATASET_PUBLISHER, DATASET_TITLE } from '../../shared/citations';

export interface CitableSource extends Omit<Source, 'kind' | 'copyOfPublisher'> {
  /** What kind of evidence the record is (shared/evidence.ts); null or absent: not said, cited as news. */
  kind?: SourceKind | null;
  /** An English rendering of a non-English title, where the data has one. */
  titleTranslated?: string | null;
}

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export interface CslDate {
  'date-parts': [number, ...number[]][];
}

export interface CslItem {
  id: string;
  type: string;
  title: string;
  'translated-title'?: string;
  author?: CslName[];
  'container-title'?: string;
  publisher?: string;
  issued?: CslDate;
  URL?: string;
  language?: string;
  version?: string;
  genre?: string;
  note?: string;
}

export function cslDate(date: PartialDate): CslDate {
  const parts = date.split('-').map(Number) as [number, ...number[]];
  return { 'date-parts': [parts] };
}

const OFFICIAL = new Set<SourceKind>(['joint-statement', 'official-release']);

/** Latin-script titles need no translation; others keep their script, with the translation where known. */
export const isLatinTitle = (title: string): boolean => !/[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(title);

function cslType(kind: CitableSource['kind']): string {
  if (kind === 'treaty') return 'treaty';
  if (kind === 'reference') return 'entry-encyclopedia';
  if (kind && OFFICIAL.has(kind)) return 'webpage';
  return 'article-newspaper';
}

/** A stable citation key of letters and digits only (BibTeX and RIS then agree): publisher's first word, year, record id. */
export function citationKey(s: CitableSource): string {
  const word = s.publisher.normalize('NFKD').replace(/[^A-Za-z0-9 ]/g, '').trim().split(/\s+/)[0]?.toLowerCase() || 'source';
  return `${word}${s.date ? s.date.slice(0, 4) : 'nd'}s${s.id}`;
}

export function sourceToCsl(s: CitableSource): CslItem {
  const type = cslType(s.kind);
  const item: CslItem = { id: citationKey(s), type, title: s.title, language: s.language };
  if (s.titleTranslated && !isLatinTitle(s.title)) item['translated-title'] = s.titleTranslated;
  // A treaty is cited by its title and date (APA 7 §11.9 and the Bluebook it follows, CMOS 14.289); the
  // ministry that hosts the text is where it was read, not its author.
  if (type === 'article-newspaper' || type === 'entry-encyclopedia') item['container-title'] = s.publisher;
  else if (type === 'treaty') item.publisher = s.publisher;
  else item.author = [{ literal: s.publisher }];
  if (s.date) item.issued = cslDate(s.date);
  if (s.url) item.URL = s.url;
  return item;
}

export type { DatasetRelease } from '../seed/apply-dataset';

/** A milestone of the bundled dataset, cited as a record of it (a versioned citation for every record). */
export function recordToCsl(release: DatasetRelease, record: { key: string; title: string }): CslItem {
  const item: CslItem = {
    id: `bilateral-timelines-v${release.version}-${record.key}`.replace(/[^A-Za-z0-9-]/g, ''),
    type: 'dataset',
    title: record.title,
    author: [{ literal: DATASET_PUBLISHER }],
    'container-title': DATASET_TITLE,
    publisher: DATASET_PUBLISHER,
    version: String(release.version),
    genre: 'Dataset record',
    note: `Record ${record.key}`,
    language: 'en',
  };
  if (release.released) item.issued = cslDate(release.released);
  return item;
}

export function datasetToCsl(release: DatasetRelease): CslItem {
  const item: CslItem = {
    id: `bilateral-timelines-dataset-v${release.version}`,
    type: 'dataset',
    title: DATASET_TITLE,
    author: [{ literal: DATASET_PUBLISHER }],
    publisher: DATASET_PUBLISHER,
    version: String(release.version),
    language: 'en',
  };
  if (release.released) item.issued = cslDate(release.released);
  return item;
}
