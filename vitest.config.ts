import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['src/ui/i18n/testSetup.ts', 'src/ui/testTimeouts.ts'],
    // Property tests run 1,000 cases each; a loaded two-core machine needs room, not a flaky limit.
    testTimeout: 120_000,
  },
});
