/** The <option>s of the selects that choose a pair or a category, named in the interface language. */
import { useTranslation } from 'react-i18next';
import { CATEGORIES } from '../../../shared/domain';
import { useAppStore } from '../store/app-store';
import { pairName } from '../i18n/format';

export function PairOptions() {
  const pairs = useAppStore((s) => s.pairs);
  return (
    <>
      {pairs.map((p) => (
        <option key={p.id} value={p.id}>
          {pairName(p)}
        </option>
      ))}
    </>
  );
}

export function CategoryOptions() {
  const { t } = useTranslation();
  return (
    <>
      {CATEGORIES.map((c) => (
        <option key={c} value={c}>
          {t(`category.${c}`)}
        </option>
      ))}
    </>
  );
}
