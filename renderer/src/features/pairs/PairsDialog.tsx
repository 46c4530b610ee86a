/** Countries and pairs: add or rename a country (names in three languages), add a pair, delete a pair. */
import { useEffect, useState } from 'react';
import { errorText, problemText } from '../../i18n/error-text';
import { useTranslation } from 'react-i18next';
import type { Country, Edited } from '../../../../shared/domain';
import { ApiError, type FieldProblem } from '../../../../shared/api/errors';
import { api } from '../../api/api';
import { CommandDialogButton } from '../../ui/CommandDialogButton';
import { usePairs } from '../../store/open-pair';
import { runEdit } from '../editing/editing-store';
import { useQuery } from '../../data/query-cache';
import { reads } from '../../data/reads';
import { Modal } from '../../ui/Modal';
import { localName, pairName } from '../../i18n/format';

function fieldError(problems: FieldProblem[], path: string) {
  const p = problems.find((x) => x.path === path);
  return p ? (
    <span className="field-error" role="alert">
      {problemText(p)}
    </span>
  ) : null;
}

export function PairsDialog() {
  const { t } = useTranslation('data');
  return <CommandDialogButton label={t('pairs.button')} command="manage-pairs" dialog={(close) => <PairsBody onClose={close} />} />;
}

const NO_COUNTRIES: Country[] = [];

function PairsBody({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('data');
  const pairs = usePairs();
  const countriesRead = useQuery(reads.countries());
  const countries = countriesRead.data ?? NO_COUNTRIES;
  const [country, setCountry] = useState({ code: '', en: '', ar: '', zh: '' });
  const [pair, setPair] = useState({ a: '', b: '' });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);

  useEffect(() => {
    if (countriesRead.status === 'error') setError(errorText(countriesRead.error));
  }, [countriesRead.status, countriesRead.error]);

  const attempt = async <T,>(work: () => Promise<Edited<T>>) => {
    setProblems([]);
    setError(null);
    try {
      await runEdit(work);
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.problems) setProblems(e.problems);
      setError(errorText(e));
      return false;
    }
  };

  return (
    <Modal title={t('pairs.title')} onClose={onClose} testId="pairs-dialog">
      <section>
        <h3>{t('pairs.pairs')}</h3>
        <ul className="row-notes">
          {pairs.map((p) => (
            <li key={p.id}>
              {pairName(p)} ({t('pairs.milestones', { count: p.milestoneCount })}){' '}
              {confirm === p.id ? (
                <>
                  <button type="button" className="danger" onClick={() => void attempt(() => api.deletePair({ id: p.id })).then(() => setConfirm(null))}>
                    {t('pairs.confirmDelete', { count: p.milestoneCount })}
                  </button>
                  <button type="button" onClick={() => setConfirm(null)}>
                    {t('cancel')}
                  </button>
                </>
              ) : (
                <button type="button" className="link-button" onClick={() => setConfirm(p.id)}>
                  {t('pairs.delete')}
                </button>
              )}
            </li>
          ))}
        </ul>
        <form
          className="field-row"
          onSubmit={(e) => {
            e.preventDefault();
            void attempt(() => api.createPair(pair)).then((ok) => ok && setPair({ a: '', b: '' }));
          }}
        >
          {(['a', 'b'] as const).map((side) => (
            <div className="field" key={side}>
              <label htmlFor={`pair-${side}`}>{t(side === 'a' ? 'pairs.first' : 'pairs.second')}</label>
              <select id={`pair-${side}`} value={pair[side]} onChange={(e) => setPair({ ...pair, [side]: e.target.value })}>
                <option value="">—</option>
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {localName(c.name).text} ({c.code})
                  </option>
                ))}
              </select>
              {fieldError(problems, side)}
            </div>
          ))}
          <button type="submit" disabled={!pair.a || !pair.b}>
            {t('pairs.add')}
          </button>
        </form>
      </section>
      <section>
        <h3>{t('pairs.countries')}</h3>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void attempt(() => api.saveCountry({ code: country.code, name: { en: country.en, ar: country.ar || null, zh: country.zh || null } })).then(
              (ok) => ok && setCountry({ code: '', en: '', ar: '', zh: '' }),
            );
          }}
        >
          <div className="field-row">
            <div className="field">
              <label htmlFor="country-code">{t('pairs.code')}</label>
              <input id="country-code" value={country.code} maxLength={2} dir="ltr" onChange={(e) => setCountry({ ...country, code: e.target.value })} />
              {fieldError(problems, 'code')}
            </div>
            <div className="field">
              <label htmlFor="country-en">{t('pairs.nameEn')}</label>
              <input id="country-en" value={country.en} onChange={(e) => setCountry({ ...country, en: e.target.value })} />
              {fieldError(problems, 'name.en')}
            </div>
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor="country-ar">{t('pairs.nameAr')}</label>
              <input id="country-ar" value={country.ar} dir="rtl" lang="ar" onChange={(e) => setCountry({ ...country, ar: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor="country-zh">{t('pairs.nameZh')}</label>
              <input id="country-zh" value={country.zh} lang="zh" onChange={(e) => setCountry({ ...country, zh: e.target.value })} />
            </div>
          </div>
          <p className="hint">{t('pairs.saveHint')}</p>
          <button type="submit">{t('pairs.saveCountry')}</button>
        </form>
      </section>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}
