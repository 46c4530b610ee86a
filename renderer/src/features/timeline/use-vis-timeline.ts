/**
 * The one React adapter for vis-timeline (the pair's chart, the comparison and the presentation): puts
 * a timeline in the container with mountTimeline's shared options, wires it, and takes it down when the
 * view goes or its inputs change. vis-timeline owns the container's DOM; React owns the rest.
 */
import { useEffect, useRef, type DependencyList, type MutableRefObject, type RefObject } from 'react';
import type { TimelineOptions } from 'vis-timeline/esnext';
import type { DataSet } from 'vis-data/esnext';
import type { ChartItem } from './timeline-data';
import { mountTimeline, type Mounted, type MountOptions } from './vis-adapter';

export interface VisTimelineSetup<G extends { id: string }> {
  items: DataSet<ChartItem>;
  groups: DataSet<G> | null;
  options: TimelineOptions;
  how?: MountOptions;
  /** Listeners and first window, once mounted; what it returns runs before the timeline is destroyed. */
  wire?(mounted: Mounted): void | (() => void);
}

export function useVisTimeline<G extends { id: string }>(
  setup: () => VisTimelineSetup<G> | null,
  deps: DependencyList,
): { container: RefObject<HTMLDivElement | null>; mounted: MutableRefObject<Mounted | null> } {
  const container = useRef<HTMLDivElement>(null);
  const mounted = useRef<Mounted | null>(null);
  useEffect(() => {
    const how = container.current ? setup() : null;
    if (!how || !container.current) return;
    const m = mountTimeline(container.current, how.items, how.groups, how.options, how.how);
    mounted.current = m;
    const unwire = how.wire?.(m);
    return () => {
      unwire?.();
      m.destroy();
      if (mounted.current === m) mounted.current = null;
    };
    // The caller's deps say when the timeline is built anew.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return { container, mounted };
}
