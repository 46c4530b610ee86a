/** The <option>s of the selects that choose a pair, a category or a level, named in the interface language. */
import { useTranslation } from 'react-i18next';
import { CATEGORIES, type PartnershipLevel } from '../../../shared/domain';
import { usePairs } from '../store/open-pair';
import { localName, pairName } from '../i18n/format';

export function PairOptions() {
  const pairs = usePairs();
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

/** A pair's partnership levels (lowest first), with a "none" choice first. */
export function LevelOptions({ ladder, none }: { ladder: PartnershipLevel[]; none: string }) {
  return (
    <>
      <option value="">{none}</option>
      {ladder.map((l) => (
        <option key={l.id} value={l.id}>
          {localName(l.name).text}
        </option>
      ))}
    </>
  );
}
