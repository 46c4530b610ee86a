/**
 * The export dialog's live preview: the drawing the chosen format gets (for PDF its first page), drawn by
 * the main side as SVG and shown as an image, redrawn a moment after the choices stop changing. Only the
 * newest answer is shown, so a slow one cannot replace a later one.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { imageExportSchema } from '../../../../shared/api/calls/image';
import { api } from '../../api/api';
import { errorText } from '../../i18n/error-text';

/** The request as the dialog builds it (the contract's input: the main side fills in defaults). */
type Request = Omit<z.input<typeof imageExportSchema>, 'preview'>;

const DELAY_MS = 350;

export function ExportPreview({ request }: { request: Request }) {
  const { t } = useTranslation('export');
  // The PNG's pixel width does not change the drawing: leave it out, so that typing a width neither redraws nor fails the preview.
  const key = JSON.stringify({ ...request, width: undefined });
  const [shown, setShown] = useState<{ url: string; milestones: number; labelled: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      setBusy(true);
      api
        .exportImage({ ...(JSON.parse(key) as Request), preview: true })
        .then((file) => {
          if (ticket !== latest.current) return;
          setShown({ url: `data:image/svg+xml;base64,${file.base64}`, milestones: file.milestones, labelled: file.labelled });
          setError(null);
        })
        .catch((e: unknown) => ticket === latest.current && setError(errorText(e)))
        .finally(() => ticket === latest.current && setBusy(false));
    }, DELAY_MS);
    return () => clearTimeout(timer);
  }, [key]);

  return (
    <figure className="export-preview" aria-busy={busy} data-testid="image-export-preview">
      <figcaption>
        {t('dialog.preview')}
        {busy && <span className="muted"> — {t('dialog.previewing')}</span>}
      </figcaption>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : (
        shown && <img src={shown.url} alt={t('dialog.previewAlt')} data-milestones={shown.milestones} data-labelled={shown.labelled} />
      )}
    </figure>
  );
}
