/** Citing sources and milestones in the styles reports use, and as files reference managers import. */
import * as z from 'zod';
import { call } from '../define';
import { LANGUAGES } from '../../domain';
import { CITATION_FORMATS, CITATION_STYLES, type CitationFormat } from '../../citations';
import { filtersSchema, pairIdSchema, partialDateSchema, rowIdSchema } from '../schemas';
import { MAX_EXPORT_PAIRS } from '../../image-export';

export interface Citation {
  id: string;
  /** The reference-list entry. */
  entry: string;
  /** Chicago: the full first note. */
  note?: string;
}

export interface MilestoneCitation {
  /** The milestone as a record of the bundled dataset (versioned); null for the user's own milestones. */
  record: Citation | null;
  sources: Citation[];
}

export interface CitationExport {
  format: CitationFormat;
  /** The file's text: a reference list, BibTeX, RIS or CSL-JSON. */
  content: string;
  /** How many works it cites. */
  count: number;
  filename: string;
  mime: string;
}

export const citationScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('milestone'), id: rowIdSchema }),
  z.strictObject({
    kind: z.literal('pairs'),
    pairIds: z.array(pairIdSchema).min(1).max(MAX_EXPORT_PAIRS),
    filters: filtersSchema,
    /** The period shown (an image's, say); omitted: the whole history. */
    from: partialDateSchema.nullish().transform((v) => v ?? null),
    to: partialDateSchema.nullish().transform((v) => v ?? null),
  }),
  z.strictObject({ kind: z.literal('story'), id: rowIdSchema }),
  z.strictObject({ kind: z.literal('dataset') }),
]);
export type CitationScope = z.output<typeof citationScopeSchema>;

export const citationCalls = {
  citeMilestone: call<MilestoneCitation>()(
    z.strictObject({ id: rowIdSchema, style: z.enum(CITATION_STYLES), language: z.enum(LANGUAGES).default('en') }),
  ),
  exportCitations: call<CitationExport>()(
    z.strictObject({ scope: citationScopeSchema, format: z.enum(CITATION_FORMATS), language: z.enum(LANGUAGES).default('en') }),
  ),
};
