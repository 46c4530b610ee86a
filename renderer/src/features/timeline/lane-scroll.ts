/**
 * With more lanes than fit, vis-timeline scrolls them in its left panel. That panel is made a focusable,
 * named region so that keyboard users can scroll it with the arrow keys (WCAG 2.1.1; axe checks it).
 */
export function makeLaneScrollFocusable(container: HTMLElement, label: string): void {
  const panel = container.querySelector<HTMLElement>('.vis-panel.vis-left');
  if (!panel) return;
  panel.tabIndex = 0;
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', label);
}
