/**
 * The pair header's "N years of diplomatic ties": for today and for the end of the visible window.
 * Computed from the establishment milestone (shared/anniversary.ts); "about" when its precision leaves
 * the count uncertain.
 */
import { useTranslation } from 'react-i18next';
import type { PairSummary } from '../../../../shared/domain';
import { tiesAge } from '../../../../shared/anniversary';
import { toDayDate } from '../../../../shared/dates';
import { formatDate } from '../../i18n/format';
import { useAppStore } from '../../store/app-store';

function useAgeText(): (established: string, day: string) => string {
  const { t } = useTranslation('anniversary');
  return (established, day) => {
    const age = tiesAge(established, day);
    if (!age) return t('ties.notYet');
    return age.min === age.max ? t('ties.exact', { years: age.max }) : t('ties.about', { years: age.max, min: age.min });
  };
}

export function TiesAge({ pair }: { pair: PairSummary }) {
  const { t } = useTranslation('anniversary');
  const ageText = useAgeText();
  const window = useAppStore((s) => s.windows[pair.id]);
  if (!pair.established) return <span className="ties-age muted">{t('ties.unknown')}</span>;
  const today = toDayDate(new Date());
  const viewEnd = window ? toDayDate(new Date(Math.min(window.end, Date.now()))) : null;
  return (
    <span className="ties-age" data-testid="ties-age" aria-label={t('ties.label')}>
      <strong data-testid="ties-age-today">{ageText(pair.established, today)}</strong>
      <span className="muted"> · {t('ties.established', { date: formatDate(pair.established) })}</span>
      {viewEnd && viewEnd !== today && (
        <span className="muted" data-testid="ties-age-view-end">
          {' · '}
          {t('ties.atViewEnd', { date: formatDate(viewEnd), age: ageText(pair.established, viewEnd) })}
        </span>
      )}
    </span>
  );
}
