/**
 * With more lanes than fit, vis-timeline scrolls them in its left panel. That panel is made a focusable,
 * named region that keyboard users scroll with ↑ ↓ PageUp PageDown Home End (WCAG 2.1.1; axe checks it).
 * The keys are handled here: vis-timeline redraws on every scroll event, which stops the browser's own
 * smooth keyboard scrolling after a few pixels.
 */
export function makeLaneScrollFocusable(container: HTMLElement, label: string): void {
  const panel = container.querySelector<HTMLElement>('.vis-panel.vis-left');
  if (!panel) return;
  panel.tabIndex = 0;
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', label);
  panel.addEventListener('keydown', (e) => {
    const page = panel.clientHeight * 0.9;
    const by: Record<string, number> = { ArrowDown: 40, ArrowUp: -40, PageDown: page, PageUp: -page, End: panel.scrollHeight, Home: -panel.scrollHeight };
    if (!(e.key in by) || e.target !== panel) return;
    e.preventDefault();
    e.stopPropagation();
    panel.scrollTop += by[e.key];
  });
}
