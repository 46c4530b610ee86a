import './start-reads'; // first: see there
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
// Bundled fonts, loaded per Unicode range as text needs them: Chinese and Arabic read right on any system.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/ibm-plex-sans-arabic/400.css';
import '@fontsource/ibm-plex-sans-arabic/700.css';
import './fonts-sc.css';
import './styles.css';
import { initI18n } from './i18n';
import { paletteCssVariables } from '../../shared/palette';
import { addFullChineseFaces } from './fonts-sc-full';
import { loadInterfaceFonts } from './fonts-early';

for (const [name, value] of Object.entries(paletteCssVariables())) document.documentElement.style.setProperty(name, value);

initI18n();
loadInterfaceFonts();
addFullChineseFaces();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
