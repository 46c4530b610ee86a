/** Exporting the timeline as an image: PNG, SVG or PDF, with title, legend and source notes. */
import { z } from 'zod';
import { TEXT } from '../../limits';
import { call } from '../define';
import { BACKGROUNDS, IMAGE_FORMATS, NOTE_STYLES, MAX_EXPORT_PAIRS, MAX_PNG_WIDTH, MIN_PNG_WIDTH, PAPER_SIZES, type ImageFile } from '../../image-export';
import { LANGUAGES } from '../../domain';
import { filtersSchema, pairIdSchema, partialDateSchema } from '../schemas';
import { comparePartialDates } from '../../dates';

export const imageExportSchema = z
  .strictObject({
    format: z.enum(IMAGE_FORMATS),
    pairIds: z.array(pairIdSchema).min(1).max(MAX_EXPORT_PAIRS, `At most ${MAX_EXPORT_PAIRS} pairs fit in one image.`),
    /** The period shown; omitted: the pairs' whole history. */
    from: partialDateSchema.nullish().transform((v) => v ?? null),
    to: partialDateSchema.nullish().transform((v) => v ?? null),
    filters: filtersSchema,
    /** Replaces the generated title ("China–Tajikistan, 2013–2024"). */
    title: z.string().trim().max(TEXT.imageTitle, `The title can be at most ${TEXT.imageTitle} characters.`).nullish().transform((v) => v || null),
    language: z.enum(LANGUAGES).default('en'),
    digits: z.enum(['latn', 'arab']).default('latn'),
    /** PNG: width in pixels. */
    width: z.number().int().min(MIN_PNG_WIDTH, `The width must be at least ${MIN_PNG_WIDTH} pixels.`).max(MAX_PNG_WIDTH, `The width can be at most ${MAX_PNG_WIDTH} pixels.`).default(3200),
    background: z.enum(BACKGROUNDS).default('white'),
    /** PDF: paper, and whether pages listing every milestone with its full sources follow the chart. */
    paper: z.enum(PAPER_SIZES).default('a4'),
    sourcesPage: z.boolean().default(true),
    notesStyle: z.enum(NOTE_STYLES).default('short'),
  })
  .refine((r) => !r.from || !r.to || comparePartialDates(r.from, r.to) <= 0, { path: ['to'], message: 'The period must end after it starts.' })
  .refine((r) => new Set(r.pairIds).size === r.pairIds.length, { path: ['pairIds'], message: 'A pair is listed twice.' });

export type ImageExportRequest = z.output<typeof imageExportSchema>;

export const imageCalls = {
  exportImage: call<ImageFile>()(imageExportSchema),
};
