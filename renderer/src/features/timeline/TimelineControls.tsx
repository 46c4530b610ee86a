export function TimelineControls(props: { onZoomIn(): void; onZoomOut(): void; onFit(): void }) {
  return (
    <div className="timeline-controls" role="toolbar" aria-label="Timeline view">
      <button type="button" onClick={props.onZoomIn} aria-label="Zoom in" title="Zoom in (+)">+</button>
      <button type="button" onClick={props.onZoomOut} aria-label="Zoom out" title="Zoom out (−)">−</button>
      <button type="button" onClick={props.onFit} title="Show every milestone (F)">Fit all</button>
    </div>
  );
}
