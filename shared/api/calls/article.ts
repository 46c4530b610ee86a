/** From a news article to milestones: extract candidates, then save the accepted ones with the article as source. */
import * as z from 'zod';
import { call } from '../define';
import type { Edited } from '../../domain';
import type { Extraction } from '../../article';
import { milestoneInputSchema, partialDateSchema, sourceInputSchema } from '../schemas';

/** Longer than any news article; a bigger paste is refused with this message. */
export const MAX_ARTICLE_CHARS = 500_000;

export const articleCalls = {
  extractArticle: call<Extraction>()(
    z.strictObject({
      text: z.string().max(MAX_ARTICLE_CHARS, `This text is too long for one article (at most ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters). Paste the article alone.`),
      /** The article's date, to resolve "today", "last year"; omitted: read from the dateline if there is one. */
      date: partialDateSchema.nullish().transform((v) => v ?? null),
    }),
  ),
  saveArticleMilestones: call<Edited<{ ids: number[]; skipped: number }>>()(
    z.strictObject({
      source: sourceInputSchema,
      milestones: z.array(milestoneInputSchema).min(1, 'accept at least one candidate').max(200),
    }),
  ),
};
