/**
 * Stories for the classroom: a named, hand-picked and ordered selection of milestones (from one pair or
 * several), saved in the database and presented in its own order. Saving and deleting are undoable.
 */
import { useEffect, useRef, useState } from 'react';
import { TEXT } from '../../../../shared/limits';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import type { Story, StorySummary } from '../../../../shared/api/calls/stories';
import type { MilestoneItem } from '../../../../shared/domain';
import { api } from '../../api/api';
import { useAppStore } from '../../store/app-store';
import { usePairs } from '../../store/open-pair';
import { errorText } from '../../i18n/error-text';
import { formatNumber, formatRange, localTitle, pairName } from '../../i18n/format';
import { Modal } from '../../ui/Modal';
import { StatusMessages } from '../../ui/StatusMessages';
import { runEdit } from '../editing/editing-store';
import { CommandDialogButton } from '../../ui/CommandDialogButton';
import { fetchQuery, useQuery } from '../../data/query-cache';
import { reads } from '../../data/reads';
import { usePresentation } from '../presentation/presentation-store';
import { usePractice } from '../practice/practice-store';
import './stories.css';

/** A story's edit changes the stories list only: no milestone, pair or timeline. */
const STORY_READS = ['stories'] as const;

type Item = MilestoneItem & { pairId?: string };
type Editing = { id: number | null; name: string; items: Item[] };

export function StoriesButton() {
  const { t } = useTranslation('stories');
  return <CommandDialogButton label={t('button')} testId="stories-button" dialog={(close) => <StoriesDialog onClose={close} />} />;
}

function StoriesDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('stories');
  const storiesRead = useQuery(reads.stories());
  const stories = storiesRead.data ?? null;
  const [editing, setEditing] = useState<Editing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const show = usePresentation((s) => s.show);
  const showPractice = usePractice((s) => s.show);

  useEffect(() => {
    if (storiesRead.status === 'error') setError(errorText(storiesRead.error));
  }, [storiesRead.status, storiesRead.error]);

  const attempt = async (work: () => Promise<void>) => {
    setError(null);
    setStatus(null);
    try {
      await work();
    } catch (e) {
      setError(errorText(e));
    }
  };

  /** A story with the timelines of the pairs its milestones are on (presentation and practice need both). */
  const withPairs = async (id: number) => {
    const story = await api.getStory({ id });
    const pairIds = [...new Set(story.milestones.map((m) => m.pairId))];
    return { story, pairs: await fetchQuery(reads.comparison(pairIds)) };
  };
  const present = (id: number) =>
    attempt(async () => {
      const { story, pairs } = await withPairs(id);
      onClose();
      show({ pairs, order: story.milestones.map((m) => m.id), homes: Object.fromEntries(story.milestones.map((m) => [m.id, m.pairId])), name: story.name });
    });
  const practise = (id: number) =>
    attempt(async () => {
      const { story, pairs } = await withPairs(id);
      onClose();
      showPractice({ title: story.name, pairs, milestones: story.milestones });
    });

  const open = (id: number) => attempt(async () => setEditing(toEditing(await api.getStory({ id }))));
  const remove = (s: StorySummary) =>
    attempt(async () => {
      await runEdit(() => api.deleteStory({ id: s.id }), { touches: STORY_READS });
      setStatus(t('deleted', { name: s.name }));
    });
  const save = (e: Editing) =>
    attempt(async () => {
      const saved = await runEdit(() => api.saveStory({ id: e.id, name: e.name, milestoneIds: e.items.map((m) => m.id) }), { touches: STORY_READS });
      setEditing(null);
      setStatus(t('saved', { name: saved.name }));
    });

  return (
    <Modal title={t('title')} onClose={onClose} className="stories-dialog" testId="stories-dialog">
      {editing ? (
        <StoryEditor value={editing} onChange={setEditing} onSave={() => void save(editing)} onCancel={() => setEditing(null)} />
      ) : (
        <>
          {stories?.length === 0 && <p className="muted">{t('none')}</p>}
          <ul className="story-list">
            {stories?.map((s) => (
              <li key={s.id} data-testid="story">
                <span className="story-name" dir="auto">
                  {s.name}
                </span>
                <span className="muted"> {t('count', { count: s.count })}</span>
                <span className="story-actions">
                  <button type="button" onClick={() => void present(s.id)} disabled={s.count === 0}>
                    {t('present')}
                  </button>
                  <button type="button" onClick={() => void practise(s.id)} disabled={s.count === 0} data-testid="story-practise">
                    {i18next.t('practice:button')}
                  </button>
                  <button type="button" onClick={() => void open(s.id)}>
                    {t('edit')}
                  </button>
                  <button type="button" onClick={() => void remove(s)}>
                    {t('delete')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
          <div className="button-row">
            <button type="button" onClick={() => setEditing({ id: null, name: '', items: [] })} data-testid="story-new">
              {t('new')}
            </button>
            <button type="button" onClick={onClose}>
              {t('close')}
            </button>
          </div>
        </>
      )}
      <StatusMessages status={status} error={error} testId="stories" />
    </Modal>
  );
}

function toEditing(story: Story): Editing {
  return { id: story.id, name: story.name, items: story.milestones };
}

/** What to pick from: a pair's milestones (any pair), or a search across all pairs. */
function usePickList(pairId: string | null, query: string): { items: Item[]; searching: boolean } {
  const [pairItems, setPairItems] = useState<Item[]>([]);
  const [found, setFound] = useState<Item[] | null>(null);
  useEffect(() => {
    if (!pairId) return;
    let live = true;
    fetchQuery(reads.timeline(pairId)).then((tl) => live && setPairItems(tl.milestones.map((m) => ({ ...m, pairId }))), () => {});
    return () => {
      live = false;
    };
  }, [pairId]);
  useEffect(() => {
    if (query.trim() === '') return setFound(null);
    let live = true;
    const timer = setTimeout(() => {
      api.search({ query, limit: 50 }).then(
        (r) => live && setFound(r.hits.map((h) => ({ id: h.id, pairId: h.pairId, category: h.category, start: h.start, end: h.end, title: h.title, titleAr: null, titleZh: null, levelId: null }))),
        () => live && setFound([]),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);
  return found ? { items: found, searching: true } : { items: pairItems, searching: false };
}

/** Pair and date of a story item, isolated so that Arabic and Latin parts keep their order. */
function ItemMeta({ m }: { m: Item }) {
  const pairs = usePairs();
  const pair = pairs.find((p) => p.id === m.pairId);
  return (
    <span className="muted story-meta">
      <bdi>{pair ? pairName(pair) : (m.pairId ?? '')}</bdi> · <bdi>{formatRange(m.start, m.end)}</bdi>
    </span>
  );
}

/** Name, milestones to pick from (any pair, or search), and the story's order (move up, down, remove). */
function StoryEditor({ value, onChange, onSave, onCancel }: { value: Editing; onChange: (v: Editing) => void; onSave: () => void; onCancel: () => void }) {
  const { t } = useTranslation('stories');
  const pairs = usePairs();
  const current = useAppStore((s) => s.pairId);
  const [pickPair, setPickPair] = useState<string | null>(current ?? pairs[0]?.id ?? null);
  const [query, setQuery] = useState('');
  const pick = usePickList(pickPair, query);
  const chosen = new Set(value.items.map((m) => m.id));
  // Kept current for the async add below, so that a quick second pick is not lost.
  const latest = useRef(value);
  latest.current = value;
  const toggle = (m: Item) => {
    if (chosen.has(m.id)) return onChange({ ...value, items: value.items.filter((i) => i.id !== m.id) });
    // A story keeps a shared event on its home pair, as the presentation shows it; a pair's list may be another of its pairs.
    // Added at once (the box is ticked as clicked), its pair corrected when the milestone's home is known.
    const update = (items: Item[]) => {
      latest.current = { ...latest.current, items };
      onChange(latest.current);
    };
    update([...value.items, m]);
    void api.getMilestone({ id: m.id }).then(
      (detail) => update(latest.current.items.map((i) => (i.id === m.id ? { ...i, pairId: detail.pairId } : i))),
      () => {}, // the pair it was picked from stays: the story is saved by id either way
    );
  };
  const move = (index: number, by: number) => {
    const items = [...value.items];
    const [item] = items.splice(index, 1);
    items.splice(Math.max(0, Math.min(items.length, index + by)), 0, item);
    onChange({ ...value, items });
  };
  return (
    <form
      className="story-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <label className="field">
        {t('name')}
        <input value={value.name} onChange={(e) => onChange({ ...value, name: e.target.value })} maxLength={TEXT.storyName} dir="auto" required data-testid="story-name" />
      </label>
      <div className="story-columns">
        <fieldset className="story-pick">
          <legend>{t('pickFrom')}</legend>
          <div className="story-pick-bar">
            <select value={pickPair ?? ''} onChange={(e) => setPickPair(e.target.value)} aria-label={t('pickPair')} disabled={pick.searching} data-testid="story-pick-pair">
              {pairs.map((p) => (
                <option key={p.id} value={p.id}>
                  {pairName(p)}
                </option>
              ))}
            </select>
            <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('searchAll')} aria-label={t('searchAll')} dir="auto" data-testid="story-search" />
          </div>
          <div className="story-pick-list" data-testid="story-pick-list">
            {pick.items.map((m) => (
              <label key={m.id}>
                <input type="checkbox" checked={chosen.has(m.id)} onChange={() => toggle(m)} /> <span dir="auto">{localTitle(m)}</span> <ItemMeta m={m} />
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="story-order">
          <legend>{t('order', { count: value.items.length })}</legend>
          <ol data-testid="story-order" className="story-order-list">
            {value.items.map((m, i) => (
              <li key={m.id}>
                <span className="story-position">{formatNumber(i + 1)}.</span>
                <span className="story-item">
                  <span dir="auto">{localTitle(m)}</span> <ItemMeta m={m} />
                </span>
                <span className="story-actions">
                  <button type="button" onClick={() => move(i, -1)} disabled={i === 0} aria-label={t('up', { title: localTitle(m) })}>
                    ↑
                  </button>
                  <button type="button" onClick={() => move(i, 1)} disabled={i === value.items.length - 1} aria-label={t('down', { title: localTitle(m) })}>
                    ↓
                  </button>
                  <button type="button" onClick={() => toggle(m)} aria-label={t('remove', { title: localTitle(m) })}>
                    ×
                  </button>
                </span>
              </li>
            ))}
          </ol>
        </fieldset>
      </div>
      <div className="button-row">
        <button type="submit" data-testid="story-save">
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
