/**
 * The interface's words a shared page carries, in the one language it is written in: bundled with the
 * core (imported, not read from disk) so that every host, packaged or not, has them.
 */
import type { Language } from '../../shared/domain';
import { SHARE_NAMESPACES } from '../../shared/share';
import enCommon from '../../shared/locales/en/common.json';
import enLayout from '../../shared/locales/en/layout.json';
import enPresentation from '../../shared/locales/en/presentation.json';
import enPractice from '../../shared/locales/en/practice.json';
import enShare from '../../shared/locales/en/share.json';
import enAnniversary from '../../shared/locales/en/anniversary.json';
import arCommon from '../../shared/locales/ar/common.json';
import arLayout from '../../shared/locales/ar/layout.json';
import arPresentation from '../../shared/locales/ar/presentation.json';
import arPractice from '../../shared/locales/ar/practice.json';
import arShare from '../../shared/locales/ar/share.json';
import arAnniversary from '../../shared/locales/ar/anniversary.json';
import zhCommon from '../../shared/locales/zh/common.json';
import zhLayout from '../../shared/locales/zh/layout.json';
import zhPresentation from '../../shared/locales/zh/presentation.json';
import zhPractice from '../../shared/locales/zh/practice.json';
import zhShare from '../../shared/locales/zh/share.json';
import zhAnniversary from '../../shared/locales/zh/anniversary.json';

type Namespace = (typeof SHARE_NAMESPACES)[number];
const MESSAGES: Record<Language, Record<Namespace, Record<string, unknown>>> = {
  en: { common: enCommon, layout: enLayout, presentation: enPresentation, practice: enPractice, share: enShare, anniversary: enAnniversary },
  ar: { common: arCommon, layout: arLayout, presentation: arPresentation, practice: arPractice, share: arShare, anniversary: arAnniversary },
  zh: { common: zhCommon, layout: zhLayout, presentation: zhPresentation, practice: zhPractice, share: zhShare, anniversary: zhAnniversary },
};

export function pageMessages(language: Language): Record<string, Record<string, unknown>> {
  return MESSAGES[language];
}
