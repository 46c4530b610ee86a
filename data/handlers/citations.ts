/** Handlers of the citation calls (shared/api/calls/citations.ts). */
import type { Db } from '../db/open';
import { noSuchMilestone } from '../not-found';
import type { HandlersFor } from '../../shared/api/define';
import type { citationCalls, CitationScope } from '../../shared/api/calls/citations';
import { CITATION_FILE_TYPES, isCitationStyle } from '../../shared/citations';
import { datasetKeyOf, milestoneDetail } from '../repositories/milestones';
import { datasetRelease } from '../seed/apply-dataset';
import { datasetToCsl, recordToCsl, sourceToCsl, type DatasetRelease } from '../citations/csl-items';
import { sourcesInScope } from '../citations/scope';

function fileStem(scope: CitationScope, release: DatasetRelease): string {
  switch (scope.kind) {
    case 'dataset':
      return `bilateral-timelines-dataset-v${release.version}`;
    case 'milestone':
      return `citations-milestone-${scope.id}`;
    case 'story':
      return `citations-story-${scope.id}`;
    case 'pairs':
      return `citations-${scope.pairIds.join('_')}`;
  }
}

// citation-js and the CSL engine take half a second to load: only when something is first cited.
const formatting = () => import('../citations/format');

export function citationHandlers(db: Db): HandlersFor<typeof citationCalls> {
  return {
    citeMilestone: async ({ id, style, language }) => {
      const { formatCitations } = await formatting();
      const m = milestoneDetail(db, id);
      if (!m) throw noSuchMilestone(id);
      const release = datasetRelease(db);
      const key = m.bundled ? datasetKeyOf(db, id) : null;
      const record = key && release.version > 0 ? formatCitations([recordToCsl(release, { key, title: m.title })], style, language)[0] : null;
      return { record, sources: formatCitations(m.sources.map(sourceToCsl), style, language) };
    },

    exportCitations: async ({ scope, format, language }) => {
      const { citationFile, formatBibliography } = await formatting();
      const release = datasetRelease(db);
      const items = scope.kind === 'dataset' ? [datasetToCsl(release)] : sourcesInScope(db, scope).map(sourceToCsl);
      const content = isCitationStyle(format) ? formatBibliography(items, format, language) : citationFile(items, format);
      const type = CITATION_FILE_TYPES[format];
      return { format, content, count: items.length, filename: `${fileStem(scope, release)}-${format}.${type.extension}`, mime: type.mime };
    },
  };
}
