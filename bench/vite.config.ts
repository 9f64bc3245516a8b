// Builds the bench-only pages (bench/pages) apart from the app, so none of it reaches dist/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./pages', import.meta.url));

export default defineConfig({
  root,
  base: '/__bench/',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../dist-bench-pages', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: { input: { seed: `${root}/seed.html` } },
  },
});
