/** Handlers of the editing calls (shared/api/calls/editing.ts): each change is one step of the history. */
import type { Db } from '../db/open';
import { noSuchMilestone, noSuchPair } from '../not-found';
import type { HandlersFor } from '../../shared/api/define';
import type { editingCalls } from '../../shared/api/calls/editing';
import type { MilestoneInput } from '../../shared/api/schemas';
import type { MilestoneDetail } from '../../shared/domain';
import { ApiError, fieldProblem } from '../../shared/api/errors';
import type { History } from '../history/history';
import type { Dataset } from '../dataset/schema';
import { findPair, insertPair, deletePair, pairIdOf } from '../repositories/pairs';
import { findLevel } from '../repositories/levels';
import { datasetKeyOf, deleteMilestone, insertMilestone, milestoneDetail, moveMilestone, updateMilestone } from '../repositories/milestones';
import { countryInUse, deleteCountry, findCountry, listCountries, saveCountry } from '../repositories/countries';
import { resetBundledMilestone } from '../seed/apply-dataset';

export interface EditingContext {
  db: Db;
  history: History;
  /**
   * The bundled dataset, for resetting edited milestones; absent when the app runs without one. A function:
   * it is read (and checked) on first use, not at every start.
   */
  dataset?: () => Dataset;
}

function existing(db: Db, id: number): MilestoneDetail {
  const detail = milestoneDetail(db, id);
  if (!detail) throw noSuchMilestone(id);
  return detail;
}

/** The checks a milestone must pass against the database (the schema checked its fields). */
export function checkMilestoneRefs(db: Db, milestone: MilestoneInput, path = 'milestone'): void {
  if (!findPair(db, milestone.pairId)) {
    throw noSuchPair(milestone.pairId, [fieldProblem(`${path}.pairId`, 'field.unknownPair', 'unknown pair')]);
  }
  if (milestone.levelId !== null && findLevel(db, milestone.levelId)?.pairId !== milestone.pairId) {
    throw ApiError.keyed('invalid_input', 'editing.levelNotOnLadder', "That partnership level is not on this pair's ladder.", undefined, [fieldProblem(`${path}.levelId`, 'field.notALevel', 'not a level of this pair')]);
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
      history.record(`Move ${quoted(before.title)}`, () => moveMilestone(db, id, start, end));
      return edited(existing(db, id));
    },

    deleteMilestone: ({ id }) => {
      const before = existing(db, id);
      history.record(`Delete ${quoted(before.title)}`, () => deleteMilestone(db, id));
      return edited({ pairId: before.pairId });
    },

    resetMilestone: ({ id }) => {
      const before = existing(db, id);
      const key = datasetKeyOf(db, id);
      if (!key || !dataset) throw ApiError.keyed('conflict', 'editing.notBundled', 'This milestone was not shipped with the app, so there is no original to reset it to.');
      history.record(`Reset ${quoted(before.title)}`, () => {
        if (!resetBundledMilestone(db, dataset(), key)) throw ApiError.keyed('conflict', 'editing.noLongerBundled', 'This milestone is no longer in the shipped dataset.');
      });
      return edited(existing(db, id));
    },

    listCountries: () => listCountries(db),

    saveCountry: ({ code, name }) => {
      history.record(findCountry(db, code) ? `Edit country ${code}` : `Add country ${code}`, () => saveCountry(db, code, name));
      return edited(findCountry(db, code)!);
    },

    deleteCountry: ({ code }) => {
      if (!findCountry(db, code)) throw ApiError.keyed('not_found', 'noSuchCountry', `There is no country ${code}.`, { code });
      if (countryInUse(db, code)) throw ApiError.keyed('conflict', 'editing.countryInUse', `${code} is part of a country pair; delete the pair first.`, { code });
      history.record(`Delete country ${code}`, () => deleteCountry(db, code));
      return edited({ code });
    },

    createPair: ({ a, b }) => {
      if (a === b) throw ApiError.keyed('invalid_input', 'editing.sameCountries', 'A pair needs two different countries.', undefined, [fieldProblem('b', 'field.sameCountry', 'same as the first country')]);
      for (const [path, code] of [['a', a], ['b', b]] as const) {
        if (!findCountry(db, code)) throw ApiError.keyed('not_found', 'noSuchCountryAddFirst', `There is no country ${code}; add it first.`, { code }, [fieldProblem(path, 'field.unknownCountry', 'unknown country')]);
      }
      const id = pairIdOf(a, b);
      if (findPair(db, id)) throw ApiError.keyed('conflict', 'editing.pairExists', `The pair ${id} already exists.`, { pairId: id });
      history.record(`Add pair ${id}`, () => insertPair(db, a, b));
      return edited(findPair(db, id)!);
    },

    deletePair: ({ id }) => {
      if (!findPair(db, id)) throw noSuchPair(id);
      history.record(`Delete pair ${id}`, () => deletePair(db, id));
      return edited({ id });
    },

    historyState: () => history.state(),
    undo: () => history.undo(),
    redo: () => history.redo(),
  };
}
