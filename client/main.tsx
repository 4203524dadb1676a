import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startTheme } from './lib/theme';
import './styles/tokens.css';
import './styles/app.css';

startTheme();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The service worker keeps the page and its files, so the game opens with no connection (solo
// play, or a match page that waits to reconnect). Browsers allow one on https and on localhost;
// elsewhere, and in development, the game simply needs the network to open.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch((err: unknown) => console.warn('offline play unavailable:', err));
  });
}
