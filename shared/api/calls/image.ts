/** Exporting the timeline as an image: PNG, SVG or PDF, with title, legend and source notes. */
import * as z from 'zod';
import { TEXT } from '../../limits';
import { call } from '../define';
import { ATLAS_IMAGE_VIEWS, BACKGROUNDS, IMAGE_FORMATS, NOTE_PLACEMENTS, NOTE_STYLES, notePlacementsFor, MAX_EXPORT_PAIRS, MAX_PNG_WIDTH, MIN_PNG_WIDTH, PAPER_SIZES, type ImageFile } from '../../image-export';
import { LANGUAGES } from '../../domain';
import { filtersSchema, pairIdSchema, partialDateSchema } from '../schemas';
import { comparePartialDates } from '../../dates';
import { fieldMessage } from '../field-reasons';

/** PNG width in pixels, the same bounds for a pair's image and the atlas's. */
const pngWidth = z
  .number()
  .int()
  .min(MIN_PNG_WIDTH, fieldMessage('field.widthMin', `The width must be at least ${MIN_PNG_WIDTH} pixels.`, { min: MIN_PNG_WIDTH }))
  .max(MAX_PNG_WIDTH, fieldMessage('field.widthMax', `The width can be at most ${MAX_PNG_WIDTH} pixels.`, { max: MAX_PNG_WIDTH }))
  .default(3200);

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
    width: pngWidth,
    background: z.enum(BACKGROUNDS).default('white'),
    /** PDF: paper, and whether pages listing every milestone with its full sources follow the chart. */
    paper: z.enum(PAPER_SIZES).default('a4'),
    sourcesPage: z.boolean().default(true),
    notesStyle: z.enum(NOTE_STYLES).default('short'),
    /** Omitted: in the image for PNG and SVG, on their own page for PDF. */
    notesPlacement: z.enum(NOTE_PLACEMENTS).nullish().transform((v) => v ?? null),
    /** The export dialog's live preview: the drawing the format would get (a PDF's first page), always as SVG, nothing rasterised. */
    preview: z.boolean().default(false),
  })
  .refine((r) => !r.from || !r.to || comparePartialDates(r.from, r.to) <= 0, { path: ['to'], message: fieldMessage('field.periodEndBeforeStart', 'The period must end after it starts.') })
  .refine((r) => !r.notesPlacement || notePlacementsFor(r.format).includes(r.notesPlacement), {
    path: ['notesPlacement'],
    message: 'Notes on a page of their own need a PDF; a PNG or SVG has one page.',
  })
  .refine((r) => new Set(r.pairIds).size === r.pairIds.length, { path: ['pairIds'], message: fieldMessage('field.pairTwice', 'A pair is listed twice.') });

export type ImageExportRequest = z.output<typeof imageExportSchema>;

/** The atlas (issue 20) as an image: the map at a year, or the matrix of countries × years. */
export const atlasImageSchema = z.strictObject({
  view: z.enum(ATLAS_IMAGE_VIEWS),
  /** The map's year, the matrix's marked column; omitted: the atlas's last year. */
  year: z.number().int().min(1900, 'The year must be 1900 or later.').max(2200, 'The year must be 2200 or earlier.').nullish().transform((v) => v ?? null),
  format: z.enum(IMAGE_FORMATS),
  title: z.string().trim().max(200, 'The title can be at most 200 characters.').nullish().transform((v) => v || null),
  language: z.enum(LANGUAGES).default('en'),
  digits: z.enum(['latn', 'arab']).default('latn'),
  width: pngWidth,
  background: z.enum(BACKGROUNDS).default('white'),
  paper: z.enum(PAPER_SIZES).default('a4'),
});
export type AtlasImageRequest = z.output<typeof atlasImageSchema>;

export const imageCalls = {
  exportImage: call<ImageFile>()(imageExportSchema),
  exportAtlasImage: call<ImageFile>()(atlasImageSchema),
};
