import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { HEADER_POLICY, META_POLICY } from './csp.config';
import { tractusPwa } from './pwa.config';

// Writes the policy into the built page only: the dev server injects inline code.
function contentSecurityPolicy(): Plugin {
  return {
    name: 'tractus-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${META_POLICY}" />`,
      ),
  };
}

export default defineConfig({
  plugins: [preact(), contentSecurityPolicy(), ...tractusPwa()],
  build: { target: 'es2022', sourcemap: false },
  preview: {
    port: 4173,
    strictPort: true,
    // `npm start` serves the policy as a header too: the service worker script gets it as well.
    headers: { 'Content-Security-Policy': HEADER_POLICY },
  },
});
