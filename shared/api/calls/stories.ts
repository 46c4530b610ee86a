/** Stories: named, hand-picked and ordered selections of milestones, presented in their own order. */
import * as z from 'zod';
import { TEXT } from '../../limits';
import { call } from '../define';
import type { Edited, MilestoneItem } from '../../domain';
import { rowIdSchema, textSchema } from '../schemas';

export const MAX_STORY_ITEMS = 500;

export interface StorySummary {
  id: number;
  name: string;
  count: number;
  pairIds: string[];
}

export interface Story {
  id: number;
  name: string;
  /** In the story's order. */
  milestones: (MilestoneItem & { pairId: string })[];
}

export const storyCalls = {
  listStories: call<StorySummary[]>()(z.strictObject({})),
  getStory: call<Story>()(z.strictObject({ id: rowIdSchema })),
  /** Creates a story (no id) or replaces one's name and milestones. */
  saveStory: call<Edited<Story>>()(
    z.strictObject({
      id: rowIdSchema.nullish().transform((v) => v ?? null),
      name: textSchema('The story’s name', TEXT.storyName),
      milestoneIds: z
        .array(rowIdSchema)
        .min(1, 'A story needs at least one milestone.')
        .max(MAX_STORY_ITEMS, `A story can hold at most ${MAX_STORY_ITEMS} milestones.`)
        .refine((ids) => new Set(ids).size === ids.length, 'A milestone is in the story twice.'),
    }),
  ),
  deleteStory: call<Edited<{ id: number }>>()(z.strictObject({ id: rowIdSchema })),
};
