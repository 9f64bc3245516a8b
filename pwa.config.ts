// The installable, offline-first PWA: web manifest and a precaching service worker (vite-plugin-pwa).
import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// Matches index.html's theme-color and the light theme's page background (--color-bg).
const THEME_COLOR = '#1d5c63';
const BACKGROUND_COLOR = '#f6f4f0';

export function tractusPwa(): PluginOption[] {
  return VitePWA({
    // A new version waits for the user to reload: never mid-session (src/platform/serviceWorker.ts).
    registerType: 'prompt',
    injectRegister: false,
    strategies: 'generateSW',
    // Off in `npm run dev`: there `virtual:pwa-register` is a no-op and no worker is built.
    devOptions: { enabled: false },
    // A chunk over workbox's 2 MiB limit would silently miss the precache; say so in the build.
    showMaximumFileSizeToCacheInBytesWarning: true,
    // The glob below already precaches every icon; listing them again would duplicate entries.
    includeManifestIcons: false,
    manifest: {
      name: 'Tractus — partner traction coach',
      short_name: 'Tractus',
      description:
        'A safety-first, step-by-step coach for partner-assisted lower-back traction. ' +
        'It is not a treatment.',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: BACKGROUND_COLOR,
      theme_color: THEME_COLOR,
      lang: 'en',
      categories: ['health', 'fitness'],
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        {
          src: 'icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
    workbox: {
      // Every built file, so lazily loaded chunks (history, charts, export, storage) work offline.
      // manifest.webmanifest is not globbed: the plugin precaches it itself with its own revision,
      // and a second entry whose revision ever differed would make the worker fail to install.
      globPatterns: ['**/*.{js,css,html,svg,png}'],
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // Control the first visit at once (nothing older is running); updates still wait for a reload.
      clientsClaim: true,
      skipWaiting: false,
      // Only this origin's precache: the app makes no requests to other origins.
      runtimeCaching: [],
    },
  });
}
