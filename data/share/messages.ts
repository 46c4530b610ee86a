/**
 * The interface's words a shared page carries, in the one language it is written in: bundled with the
 * core (imported, not read from disk) so that every host, packaged or not, has them.
 */
import type { Language } from '../../shared/domain';
import { SHARE_NAMESPACES } from '../../shared/share';
import enCommon from '../../shared/locales/en/common.json' with { type: 'json' };
import enLayout from '../../shared/locales/en/layout.json' with { type: 'json' };
import enPresentation from '../../shared/locales/en/presentation.json' with { type: 'json' };
import enPractice from '../../shared/locales/en/practice.json' with { type: 'json' };
import enShare from '../../shared/locales/en/share.json' with { type: 'json' };
import enAnniversary from '../../shared/locales/en/anniversary.json' with { type: 'json' };
import arCommon from '../../shared/locales/ar/common.json' with { type: 'json' };
import arLayout from '../../shared/locales/ar/layout.json' with { type: 'json' };
import arPresentation from '../../shared/locales/ar/presentation.json' with { type: 'json' };
import arPractice from '../../shared/locales/ar/practice.json' with { type: 'json' };
import arShare from '../../shared/locales/ar/share.json' with { type: 'json' };
import arAnniversary from '../../shared/locales/ar/anniversary.json' with { type: 'json' };
import zhCommon from '../../shared/locales/zh/common.json' with { type: 'json' };
import zhLayout from '../../shared/locales/zh/layout.json' with { type: 'json' };
import zhPresentation from '../../shared/locales/zh/presentation.json' with { type: 'json' };
import zhPractice from '../../shared/locales/zh/practice.json' with { type: 'json' };
import zhShare from '../../shared/locales/zh/share.json' with { type: 'json' };
import zhAnniversary from '../../shared/locales/zh/anniversary.json' with { type: 'json' };

type Namespace = (typeof SHARE_NAMESPACES)[number];
const MESSAGES: Record<Language, Record<Namespace, Record<string, unknown>>> = {
  en: { common: enCommon, layout: enLayout, presentation: enPresentation, practice: enPractice, share: enShare, anniversary: enAnniversary },
  ar: { common: arCommon, layout: arLayout, presentation: arPresentation, practice: arPractice, share: arShare, anniversary: arAnniversary },
  zh: { common: zhCommon, layout: zhLayout, presentation: zhPresentation, practice: zhPractice, share: zhShare, anniversary: zhAnniversary },
};

export function pageMessages(language: Language): Record<string, Record<string, unknown>> {
  return MESSAGES[language];
}
