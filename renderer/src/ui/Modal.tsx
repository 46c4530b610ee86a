/**
 * A modal dialog on the native <dialog> element: the page behind it is inert, focus stays inside and
 * returns to where it was on close, Esc closes it.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export function Modal({ title, onClose, children, className, testId }: { title: string; onClose: () => void; children: ReactNode; className?: string; testId?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement as HTMLElement | null;
    dialog.showModal();
    const cancel = (e: Event) => {
      e.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      dialog.close();
      opener?.focus?.();
    };
  }, []);

  return (
    <dialog ref={ref} className={`modal ${className ?? ''}`} aria-labelledby="modal-title" data-testid={testId}>
      <h2 id="modal-title" className="modal-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
