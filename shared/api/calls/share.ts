/** Sharing a timeline as one self-contained, offline web page (shared/share.ts). */
import * as z from 'zod';
import { call } from '../define';
import { LANGUAGES } from '../../domain';
import { MAX_EXPORT_PAIRS } from '../../image-export';
import type { WebPageFile } from '../../share';
import { filtersSchema, pairIdSchema, rowIdSchema } from '../schemas';

export const shareScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('pairs'),
    pairIds: z
      .array(pairIdSchema)
      .min(1)
      .max(MAX_EXPORT_PAIRS, `At most ${MAX_EXPORT_PAIRS} pairs fit in one page.`)
      .refine((ids) => new Set(ids).size === ids.length, 'A pair is listed twice.'),
    filters: filtersSchema,
  }),
  z.strictObject({ kind: z.literal('story'), id: rowIdSchema }),
]);

export const webPageSchema = z.strictObject({
  scope: shareScopeSchema,
  language: z.enum(LANGUAGES).default('en'),
  digits: z.enum(['latn', 'arab']).default('latn'),
  /** Include practice questions, so that students practise at home. */
  practice: z.boolean().default(true),
  /** Replaces the generated heading. */
  title: z.string().trim().max(200, 'The title can be at most 200 characters.').nullish().transform((v) => v || null),
});
export type WebPageRequest = z.output<typeof webPageSchema>;

export const shareCalls = {
  exportWebPage: call<WebPageFile>()(webPageSchema),
};
