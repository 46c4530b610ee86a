/**
 * Edits from the renderer: the milestone form, drag-to-move confirmation, delete and reset, undo/redo.
 * Every change goes through the API (the main process keeps the history); afterwards the views reload.
 */
import { create } from 'zustand';
import i18next from 'i18next';
import { errorText } from '../../i18n/error-text';
import { formatRange } from '../../i18n/format';
import type { HistoryState, MilestoneDetail } from '../../../../shared/domain';
import type { FieldProblem } from '../../../../shared/api/errors';
import { ApiError } from '../../../../shared/api/errors';
import type { CallInput } from '../../../../shared/api/contract';
import { api } from '../../api/api';
import { useAppStore } from '../../store/app-store';
import { refreshViews } from '../../store/open-pair';
import type { ReadKind } from '../../data/reads';
import { emptyDraft, draftFromDetail, draftToInput, type MilestoneDraft } from './draft';

export interface PendingMove {
  id: number;
  title: string;
  from: { start: string; end: string | null };
  to: { start: string; end: string | null };
  /** vis-timeline's callback: the item snaps back unless the move is confirmed. */
  settle(confirmed: boolean): void;
}

interface EditingState {
  history: HistoryState;
  form: { mode: 'add' | 'edit'; id: number | null; draft: MilestoneDraft } | null;
  problems: FieldProblem[];
  saving: boolean;
  move: PendingMove | null;
  confirmDelete: MilestoneDetail | null;
  /** A short message after an edit ("Saved: …", "Undone: …"), shown and read by screen readers (EditNotice). */
  notice: string | null;
  /** What the notice offers: undoing the edit, or redoing what was just undone. */
  noticeOffer: 'undo' | 'redo';

  loadHistory(): Promise<void>;
  openAdd(pairId: string): void;
  openEdit(detail: MilestoneDetail): void;
  updateDraft(change: Partial<MilestoneDraft>): void;
  closeForm(): void;
  save(): Promise<void>;
  askDelete(detail: MilestoneDetail | null): void;
  remove(id: number): Promise<void>;
  reset(id: number): Promise<void>;
  proposeMove(move: PendingMove): void;
  settleMove(confirmed: boolean): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

const NO_HISTORY: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

export interface EditOptions<T> {
  /** Said to screen readers once the edit is done. */
  notice?: (value: T) => string;
  /** The kinds of reads the edit touched (default: all of them; a story's edit touches only stories). */
  touches?: readonly ReadKind[];
  /** The pair to show afterwards, when the edit was about another one (null: stay). */
  openPair?: (value: T) => string | null;
}

/**
 * Runs an edit: takes the history the core returns, then invalidates the reads the edit touched (those
 * on screen, a dialog's own list included, are read again). Every edit in the renderer goes through
 * here, so the rule "after an edit, these reads are stale" is written once.
 */
export async function runEdit<T>(run: () => Promise<{ value: T; history: HistoryState }>, options: EditOptions<T> = {}): Promise<T> {
  const { value, history } = await run();
  useEditing.setState(options.notice ? { history, notice: options.notice(value), noticeOffer: 'undo' } : { history });
  await refreshViews(options.touches);
  const pairId = options.openPair?.(value);
  if (pairId && pairId !== useAppStore.getState().pairId) await useAppStore.getState().openPair(pairId);
  return value;
}

/** A notice in the user's language, offering Undo; titles and dates isolated (FSI…PDI) in either direction. */
export function said(key: string, params: Record<string, string | number>): Pick<EditingState, 'notice' | 'noticeOffer'> {
  const isolated = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? `\u2068${v}\u2069` : v]));
  return { notice: i18next.t(`data:${key}`, isolated), noticeOffer: 'undo' };
}

const edit = <T>(run: () => Promise<{ value: T; history: HistoryState }>) => runEdit(run);

export const useEditing = create<EditingState>()((set, get) => ({
  history: NO_HISTORY,
  form: null,
  problems: [],
  saving: false,
  move: null,
  confirmDelete: null,
  notice: null,
  noticeOffer: 'undo',

  async loadHistory() {
    try {
      set({ history: await api.historyState({}) });
    } catch {
      // The controls stay disabled; the next edit brings the state.
    }
  },

  openAdd: (pairId) => set({ form: { mode: 'add', id: null, draft: emptyDraft(pairId) }, problems: [] }),
  openEdit: (detail) => set({ form: { mode: 'edit', id: detail.id, draft: draftFromDetail(detail) }, problems: [] }),
  updateDraft: (change) => {
    const form = get().form;
    if (form) set({ form: { ...form, draft: { ...form.draft, ...change } } });
  },
  closeForm: () => set({ form: null, problems: [] }),

  async save() {
    const form = get().form;
    if (!form || get().saving) return;
    set({ saving: true, problems: [] });
    try {
      const milestone = draftToInput(form.draft) as CallInput<'createMilestone'>['milestone'];
      const saved =
        form.mode === 'add'
          ? await edit(() => api.createMilestone({ milestone }))
          : await edit(() => api.updateMilestone({ id: form.id as number, milestone }));
      set({ form: null, ...said(form.mode === 'add' ? 'notice.added' : 'notice.saved', { title: saved.title }) });
      await useAppStore.getState().showMilestone(saved.pairId, saved.id);
    } catch (error) {
      if (error instanceof ApiError && error.problems?.length) set({ problems: error.problems });
      else set({ problems: [{ path: '', message: errorText(error) }] }); // worded already: no reason to word
    } finally {
      set({ saving: false });
    }
  },

  askDelete: (detail) => set({ confirmDelete: detail }),

  async remove(id) {
    const title = get().confirmDelete?.title ?? '';
    set({ confirmDelete: null });
    try {
      await edit(() => api.deleteMilestone({ id }));
      set(said('notice.deleted', { title }));
    } catch (error) {
      useAppStore.getState().showError(error);
    }
  },

  async reset(id) {
    try {
      const reset = await edit(() => api.resetMilestone({ id }));
      set(said('notice.reset', { title: reset.title }));
    } catch (error) {
      useAppStore.getState().showError(error);
    }
  },

  proposeMove: (move) => {
    get().move?.settle(false);
    set({ move });
  },

  async settleMove(confirmed) {
    const move = get().move;
    if (!move) return;
    set({ move: null });
    move.settle(confirmed);
    if (!confirmed) return;
    try {
      await edit(() => api.moveMilestone({ id: move.id, ...move.to }));
      set(said('notice.moved', { title: move.title, date: formatRange(move.to.start, move.to.end) }));
    } catch (error) {
      useAppStore.getState().showError(error);
      await refreshViews();
    }
  },

  undo: () => step('undo'),
  redo: () => step('redo'),
}));

/** Undo or redo the last step, if there is one, and reload the views. */
async function step(which: 'undo' | 'redo'): Promise<void> {
  const { history } = useEditing.getState();
  if (!(which === 'undo' ? history.canUndo : history.canRedo)) return;
  try {
    const label = (which === 'undo' ? history.undoLabel : history.redoLabel) ?? '';
    useEditing.setState({ history: await api[which]({}), ...said(which === 'undo' ? 'notice.undone' : 'notice.redone', { what: label }), noticeOffer: which === 'undo' ? 'redo' : 'undo' });
    await refreshViews();
  } catch (error) {
    useAppStore.getState().showError(error);
  }
}
