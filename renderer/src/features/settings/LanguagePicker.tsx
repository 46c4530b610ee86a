/**
 * The interface language (remembered; the system's language by default) and, in Arabic, a choice of
 * Arabic-Indic digits. The View → Language menu sends the same choice.
 */
import { useTranslation } from 'react-i18next';
import { setLanguage, UI_LANGUAGES, type UiLanguage } from '../../i18n';
import { digits, setDigits } from '../../i18n/format';
import { useCommands } from '../../api/commands';

/** Each language named in itself, so that anyone can find their own. */
const NATIVE: Record<UiLanguage, string> = { en: 'English', ar: 'العربية', zh: '中文（简体）' };

export function LanguagePicker() {
  const { t, i18n } = useTranslation('settings');
  const lng = i18n.language as UiLanguage;
  useCommands({ 'language-en': () => void setLanguage('en'), 'language-ar': () => void setLanguage('ar'), 'language-zh': () => void setLanguage('zh') });
  return (
    <div className="language-picker">
      <label>
        <span className="visually-hidden">{t('language')}</span>
        <select value={lng} onChange={(e) => void setLanguage(e.target.value as UiLanguage)} data-testid="language-picker" aria-label={t('language')}>
          {UI_LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {NATIVE[l]}
            </option>
          ))}
        </select>
      </label>
      {lng === 'ar' && (
        <label className="check">
          <input type="checkbox" checked={digits() === 'arab'} onChange={(e) => void setDigits(e.target.checked ? 'arab' : 'latn')} />
          {t('arabicDigits')}
        </label>
      )}
    </div>
  );
}
