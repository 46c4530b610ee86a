/** A dialog's choice of one story (citations, web page): the stories read, the first chosen until the user picks one. */
import { useState } from 'react';
import { useQuery } from '../../data/query-cache';
import { reads } from '../../data/reads';
import type { StorySummary } from '../../../../shared/api/calls/stories';

export function useStoryChoice(): { stories: StorySummary[]; storyId: number | null; setStoryId(id: number): void; error: unknown } {
  const read = useQuery(reads.stories());
  const [picked, setStoryId] = useState<number | null>(null);
  const stories = read.data ?? [];
  const storyId = picked !== null && stories.some((s) => s.id === picked) ? picked : (stories[0]?.id ?? null);
  return { stories, storyId, setStoryId, error: read.error };
}
