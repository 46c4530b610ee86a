import type { Db } from '../db/types';

/**
 * The evidence model and the three languages.
 * - `sources.kind`: what a source is (treaty text, joint statement, ministry or presidency release, state
 *   news agency report, other news report, reference work, copy of another record); NULL for the user's
 *   own sources until they say. `sources.copy_of_id`: the record a copy reproduces, when it is stored.
 * - `milestones.summary_ar`, `summary_zh`: the summary in Arabic and Chinese (titles have had their
 *   columns since the first schema).
 * - `milestones.translated`: a JSON array of the text fields (title, title_ar, title_zh, summary, summary_ar,
 *   summary_zh) that are the dataset editors' translations; the others are in the source's own language
 *   (or written from sources in that language). NULL: not said (the user's own).
 * - `milestones.quote`, `quote_language`: a short exact quotation in the source's own language (the
 *   official term of a level, say).
 * - `milestones.disagreement`: a note saying how the sources disagree (on the date, on the level).
 * Existing rows keep NULL in every new column. The search index is rebuilt after it (summaries in three languages).
 */
export function updateToSchemaVersion55(db: Db): void {
  db.exec(`
    ALTER TABLE sources ADD COLUMN kind TEXT CHECK (kind IN ('treaty', 'joint-statement', 'official-release', 'state-agency',
      'news', 'reference', 'copy'));
    ALTER TABLE sources ADD COLUMN copy_of_id INTEGER REFERENCES sources(id) ON DELETE SET NULL;
    ALTER TABLE milestones ADD COLUMN summary_ar TEXT CHECK (length(summary_ar) <= 4000);
    ALTER TABLE milestones ADD COLUMN summary_zh TEXT CHECK (length(summary_zh) <= 4000);
    ALTER TABLE milestones ADD COLUMN translated TEXT CHECK (translated IS NULL OR (json_valid(translated) AND json_type(translated) = 'array'));
    ALTER TABLE milestones ADD COLUMN quote TEXT CHECK (length(quote) BETWEEN 1 AND 300);
    ALTER TABLE milestones ADD COLUMN quote_language TEXT CHECK (length(quote_language) BETWEEN 2 AND 12);
    ALTER TABLE milestones ADD COLUMN disagreement TEXT CHECK (length(disagreement) BETWEEN 1 AND 1000);
  `);
}
