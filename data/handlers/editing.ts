/** Handlers of the editing calls (shared/api/calls/editing.ts): each change is one step of the history. */
import type { Db } from '../db/open';
import type { HandlersFor } from '../../shared/api/define';
import type { editingCalls } from '../../shared/api/calls/editing';
import type { MilestoneInput } from '../../shared/api/schemas';
import type { MilestoneDetail } from '../../shared/domain';
import { ApiError } from '../../shared/api/errors';
import type { History } from '../history/history';
import type { Dataset } from '../dataset/schema';
import { findPair, insertPair, deletePair, pairIdOf } from '../repositories/pairs';
import { findLevel } from '../repositories/levels';
import { deleteMilestone, insertMilestone, milestoneDetail, updateMilestone } from '../repositories/milestones';
import { countryInUse, deleteCountry, findCountry, listCountries, saveCountry } from '../repositories/countries';
import { resetBundledMilestone } from '../seed/apply-dataset';
import { precisionOf } from '../../shared/dates';

export interface EditingContext {
  db: Db;
  history: History;
  /** The bundled dataset, for resetting edited milestones; absent when the app runs without one. */
  dataset?: Dataset;
}

function existing(db: Db, id: number): MilestoneDetail {
  const detail = milestoneDetail(db, id);
  if (!detail) throw new ApiError('not_found', `Milestone ${id} does not exist (it may have been deleted).`);
  return detail;
}

/** The checks a milestone must pass against the database (the schema checked its fields). */
export function checkMilestoneRefs(db: Db, milestone: MilestoneInput, path = 'milestone'): void {
  if (!findPair(db, milestone.pairId)) {
    throw new ApiError('not_found', `There is no country pair ${milestone.pairId} in this database.`, [{ path: `${path}.pairId`, message: 'unknown pair' }]);
  }
  if (milestone.levelId !== null && findLevel(db, milestone.levelId)?.pairId !== milestone.pairId) {
    throw new ApiError('invalid_input', "That partnership level is not on this pair's ladder.", [{ path: `${path}.levelId`, message: 'not a level of this pair' }]);
  }
}

const quoted = (title: string) => `“${title.length > 40 ? `${title.slice(0, 39)}…` : title}”`;

export function editingHandlers({ db, history, dataset }: EditingContext): HandlersFor<typeof editingCalls> {
  const edited = <T>(value: T) => ({ value, history: history.state() });

  return {
    createMilestone: ({ milestone }) => {
      checkMilestoneRefs(db, milestone);
      const id = history.record(`Add ${quoted(milestone.title)}`, () => insertMilestone(db, milestone));
      return edited(existing(db, id));
    },

    updateMilestone: ({ id, milestone }) => {
      existing(db, id);
      checkMilestoneRefs(db, milestone);
      history.record(`Edit ${quoted(milestone.title)}`, () => updateMilestone(db, id, milestone));
      return edited(existing(db, id));
    },

    moveMilestone: ({ id, start, end }) => {
      const before = existing(db, id);
      history.record(`Move ${quoted(before.title)}`, () =>
        db
          .prepare(`UPDATE milestones SET start_date = ?, start_precision = ?, end_date = ?, end_precision = ?,
            modified = (dataset_key IS NOT NULL) WHERE id = ?`)
          .run(start, precisionOf(start), end, end ? precisionOf(end) : null, id),
      );
      return edited(existing(db, id));
    },

    deleteMilestone: ({ id }) => {
      const before = existing(db, id);
      history.record(`Delete ${quoted(before.title)}`, () => deleteMilestone(db, id));
      return edited({ pairId: before.pairId });
    },

    resetMilestone: ({ id }) => {
      const before = existing(db, id);
      const key = db.prepare('SELECT dataset_key FROM milestones WHERE id = ?').pluck().get(id) as string | null;
      if (!key || !dataset) throw new ApiError('conflict', 'This milestone was not shipped with the app, so there is no original to reset it to.');
      history.record(`Reset ${quoted(before.title)}`, () => {
        if (!resetBundledMilestone(db, dataset, key)) throw new ApiError('conflict', 'This milestone is no longer in the shipped dataset.');
      });
      return edited(existing(db, id));
    },

    listCountries: () => listCountries(db),

    saveCountry: ({ code, name }) => {
      history.record(findCountry(db, code) ? `Edit country ${code}` : `Add country ${code}`, () => saveCountry(db, code, name));
      return edited(findCountry(db, code)!);
    },

    deleteCountry: ({ code }) => {
      if (!findCountry(db, code)) throw new ApiError('not_found', `There is no country ${code}.`);
      if (countryInUse(db, code)) throw new ApiError('conflict', `${code} is part of a country pair; delete the pair first.`);
      history.record(`Delete country ${code}`, () => deleteCountry(db, code));
      return edited({ code });
    },

    createPair: ({ a, b }) => {
      if (a === b) throw new ApiError('invalid_input', 'A pair needs two different countries.', [{ path: 'b', message: 'same as the first country' }]);
      for (const [path, code] of [['a', a], ['b', b]] as const) {
        if (!findCountry(db, code)) throw new ApiError('not_found', `There is no country ${code}; add it first.`, [{ path, message: 'unknown country' }]);
      }
      const id = pairIdOf(a, b);
      if (findPair(db, id)) throw new ApiError('conflict', `The pair ${id} already exists.`);
      history.record(`Add pair ${id}`, () => insertPair(db, a, b));
      return edited(findPair(db, id)!);
    },

    deletePair: ({ id }) => {
      if (!findPair(db, id)) throw new ApiError('not_found', `There is no country pair ${id} in this database.`);
      history.record(`Delete pair ${id}`, () => deletePair(db, id));
      return edited({ id });
    },

    historyState: () => history.state(),
    undo: () => history.undo(),
    redo: () => history.redo(),
  };
}
