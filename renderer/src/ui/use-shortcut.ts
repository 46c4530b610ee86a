/** A window-wide keyboard shortcut while the component is mounted (browser mode has no menu accelerators). */
import { useEffect, useRef } from 'react';

export function useShortcut(matches: (e: KeyboardEvent) => boolean, run: () => void): void {
  const latest = useRef({ matches, run });
  latest.current = { matches, run };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!latest.current.matches(e)) return;
      e.preventDefault();
      latest.current.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
