import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';
import { initI18n } from './i18n';
import { paletteCssVariables } from '../../shared/palette';

for (const [name, value] of Object.entries(paletteCssVariables())) document.documentElement.style.setProperty(name, value);

initI18n();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
