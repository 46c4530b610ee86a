/**
 * The app's toolbar: groups of controls that keep to one row at every window width. Each item wraps a
 * feature's own trigger button (which keeps its dialog); the toolbar adds that item's icon, and as
 * room runs out it first drops the text of secondary items (icon only, text in the tooltip), then of
 * all items, and then moves items into a "More" menu, lowest priority first. Widths are measured, not
 * guessed, so this holds for English, Arabic and Chinese labels alike.
 */
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface Registered {
  id: string;
  /** Lower goes to the More menu first. */
  priority: number;
  icon: string;
  el: HTMLElement;
}

const Registry = createContext<((item: Registered | null, id: string) => void) | null>(null);

/** The button an item's child renders: the toolbar shows it, iconises it or moves it to the menu. */
function triggerOf(el: HTMLElement): HTMLButtonElement | null {
  return el.querySelector<HTMLButtonElement>('button');
}

/** One control of the toolbar. `secondary` items lose their text first. */
export function ToolbarItem({ id, icon, priority, secondary, children, grow }: { id: string; icon: string; priority: number; secondary?: boolean; grow?: boolean; children: ReactNode }) {
  const register = useContext(Registry);
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !register) return;
    register({ id, priority, icon, el }, id);
    return () => register(null, id);
  }, [register, id, priority, icon]);
  return (
    <div ref={ref} className={`tb-item${secondary ? ' tb-secondary' : ''}${grow ? ' tb-grow' : ''}`} data-tb-item={id}>
      {children}
    </div>
  );
}

export function ToolbarGroup({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="tb-group" role="group" aria-label={label}>
      {children}
    </div>
  );
}

/** Levels of compaction, tried in order until the row fits. */
type Level = { text: 'all' | 'primary' | 'none'; overflow: number };

export function Toolbar({ label, moreLabel, children }: { label: string; moreLabel: string; children: ReactNode }) {
  const row = useRef<HTMLDivElement>(null);
  const items = useRef(new Map<string, Registered>());
  const [overflowed, setOverflowed] = useState<string[]>([]);
  const [menuOpen, setMenuOpen] = useState(false);
  const moreButton = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  const layout = useCallback(() => {
    const el = row.current;
    if (!el) return;
    const byPriority = [...items.current.values()].sort((a, b) => a.priority - b.priority);
    const levels: Level[] = [
      { text: 'all', overflow: 0 },
      { text: 'primary', overflow: 0 },
      { text: 'none', overflow: 0 },
      ...byPriority.map((_, i) => ({ text: 'none' as const, overflow: i + 1 })),
    ];
    const apply = ({ text, overflow }: Level) => {
      el.dataset.text = text;
      const hidden = new Set(byPriority.slice(0, overflow).map((i) => i.id));
      el.dataset.more = hidden.size ? 'yes' : 'no';
      for (const item of byPriority) {
        const trigger = triggerOf(item.el);
        if (trigger) {
          trigger.dataset.tbTrigger = '';
          trigger.dataset.tbIcon = item.icon;
          // Icon only: its text becomes the tooltip (and stays its accessible name, as text in the button).
          if (!('tbOwnTitle' in trigger.dataset)) trigger.dataset.tbOwnTitle = trigger.title;
          const own = trigger.dataset.tbOwnTitle ?? '';
          const iconOnly = text === 'none' || (text === 'primary' && item.el.classList.contains('tb-secondary'));
          trigger.title = iconOnly ? own || (trigger.textContent ?? '').trim() : own;
        }
        if (hidden.has(item.id)) item.el.dataset.overflow = '';
        else delete item.el.dataset.overflow;
      }
      return [...hidden];
    };
    // Measured by where the children end, not scrollWidth: the search results' dropdown may stick out.
    const fits = () => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const rtl = style.direction === 'rtl';
      const kids = [...el.children].map((c) => c.getBoundingClientRect()).filter((r) => r.width > 0);
      return rtl
        ? Math.min(...kids.map((r) => r.left)) >= box.left + parseFloat(style.paddingLeft) - 1
        : Math.max(...kids.map((r) => r.right)) <= box.right - parseFloat(style.paddingRight) + 1;
    };
    let hidden: string[] = [];
    for (const level of levels) {
      hidden = apply(level);
      if (fits()) break;
    }
    setOverflowed((prev) => (prev.join() === hidden.join() ? prev : hidden));
  }, []);

  // Every item registers as the toolbar mounts, and each label change is a mutation: one layout per
  // frame serves them all (one each cost a forced page layout per compaction level at start).
  const frame = useRef(0);
  const layoutSoon = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(() => ((frame.current = 0), layout()));
  }, [layout]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const register = useCallback(
    (item: Registered | null, id: string) => {
      if (item) items.current.set(id, item);
      else items.current.delete(id);
      layoutSoon();
    },
    [layoutSoon],
  );

  useEffect(() => {
    const el = row.current;
    if (!el) return;
    const observer = new ResizeObserver(() => layout());
    observer.observe(el);
    // Labels change with the language and with state (Compare → Change comparison…): measure again.
    const mutations = new MutationObserver(layoutSoon);
    mutations.observe(el, { subtree: true, characterData: true, childList: true });
    return () => {
      observer.disconnect();
      mutations.disconnect();
    };
  }, [layout, layoutSoon]);

  useEffect(() => {
    if (!menuOpen) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
    const close = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as Node) && e.target !== moreButton.current) setMenuOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [menuOpen]);

  const entries = menuOpen
    ? overflowed.flatMap((id) => {
        const item = items.current.get(id);
        const trigger = item && triggerOf(item.el);
        return item && trigger ? [{ id, icon: item.icon, label: (trigger.textContent ?? '').trim(), disabled: trigger.disabled, run: () => trigger.click() }] : [];
      })
    : [];

  const onMenuKey = (e: React.KeyboardEvent) => {
    const all = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ?? [])];
    const at = all.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 };
    if (e.key in moves) {
      e.preventDefault();
      all[(moves[e.key] + all.length) % all.length]?.focus();
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      if (e.key === 'Escape') e.preventDefault();
      setMenuOpen(false);
      moreButton.current?.focus();
    }
  };

  return (
    <div className="app-toolbar" role="toolbar" aria-label={label} ref={row} data-testid="toolbar">
      <Registry.Provider value={register}>{children}</Registry.Provider>
      <div className="tb-more">
        <button
          ref={moreButton}
          type="button"
          aria-haspopup="menu"
          aria-expanded={menuOpen}
          title={moreLabel}
          aria-label={moreLabel}
          onClick={() => setMenuOpen(!menuOpen)}
          data-testid="toolbar-more"
        >
          ⋯
        </button>
        {menuOpen && (
          <div className="tb-menu" role="menu" ref={menu} onKeyDown={onMenuKey} data-testid="toolbar-menu">
            {entries.map((e) => (
              <button
                key={e.id}
                type="button"
                role="menuitem"
                disabled={e.disabled}
                onClick={() => {
                  setMenuOpen(false);
                  e.run();
                }}
              >
                <span className="tb-menu-icon" aria-hidden="true">
                  {e.icon}
                </span>
                {e.label}
              </button>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
