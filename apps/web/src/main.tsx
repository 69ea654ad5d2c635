import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { currentLanguage } from './i18n/i18n';
import './app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
document.documentElement.lang = currentLanguage();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
