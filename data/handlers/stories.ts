/** Handlers of the story calls (shared/api/calls/stories.ts); saving and deleting are undoable steps. */
import type { HandlersFor } from '../../shared/api/define';
import { noSuchStory } from '../not-found';
import type { storyCalls, Story } from '../../shared/api/calls/stories';
import { ApiError, fieldProblem } from '../../shared/api/errors';
import type { EditingContext } from './editing';
import { deleteStory, findStory, listStories, missingMilestones, saveStory } from '../repositories/stories';

export function storyHandlers({ db, history }: EditingContext): HandlersFor<typeof storyCalls> {
  const existing = (id: number): Story => {
    const story = findStory(db, id);
    if (!story) throw noSuchStory(id);
    return story;
  };
  return {
    listStories: () => listStories(db),
    getStory: ({ id }) => existing(id),
    saveStory: ({ id, name, milestoneIds }) => {
      if (id !== null) existing(id);
      const missing = missingMilestones(db, milestoneIds);
      if (missing.length) throw ApiError.keyed('not_found', 'noSuchMilestoneNotSaved', `Milestone ${missing[0]} does not exist (it may have been deleted); nothing was saved.`, { id: missing[0] }, [fieldProblem('milestoneIds', 'field.unknownMilestone', 'unknown milestone')]);
      const saved = history.record(`${id === null ? 'Create' : 'Edit'} story “${name}”`, () => saveStory(db, id, name, milestoneIds));
      return { value: existing(saved), history: history.state() };
    },
    deleteStory: ({ id }) => {
      const story = existing(id);
      history.record(`Delete story “${story.name}”`, () => deleteStory(db, id));
      return { value: { id }, history: history.state() };
    },
  };
}
