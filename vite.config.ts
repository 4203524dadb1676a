import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { serviceWorker } from './scripts/serviceWorkerPlugin.js';
import { webApp } from './scripts/webAppPlugin.js';

// The client lives in client/; it builds into dist/client, which the server serves.
export default defineConfig({
  root: 'client',
  publicDir: false,
  // serviceWorker: /sw.js, which keeps the page and the built files for offline play;
  // webApp: the manifest and icons that make the game installable as an app.
  plugins: [react(), serviceWorker('client/serviceWorker.ts'), webApp('assets/icons')],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: true,
    chunkSizeWarningLimit: 700,
  },
  // The hard bot's Web Worker imports the rules: an ES-module worker keeps that one bundle.
  worker: { format: 'es' },
  server: {
    port: 5173,
    proxy: {
      '/games': 'http://localhost:8000',
      '/healthz': 'http://localhost:8000',
      // The seminar API (the app's own /seminar/<class> pages stay with Vite).
      '/seminar/classes': 'http://localhost:8000',
      '/seminar/join': 'http://localhost:8000',
      '/seminar/student': 'http://localhost:8000',
      // The seminar API (the seminar's pages are /seminar and /seminar/<class>, served by Vite).
      '^/seminar/(classes|join|student)(/|$)': 'http://localhost:8000',
      '/socket.io': { target: 'http://localhost:8000', ws: true },
    },
  },
});
