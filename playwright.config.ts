import { defineConfig, devices } from '@playwright/test';

const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

// Debian's Chromium: Playwright's own browser download does not work on our machines.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const launchOptions = { executablePath, args: chromiumFlags };
// Real speech (speech-dispatcher + espeak-ng) only where a test listens to it: it costs CPU.
const speakingLaunchOptions = {
  executablePath,
  args: [...chromiumFlags, '--enable-speech-dispatcher'],
};

// Several runs can share a machine: each may use its own port and build folder.
const port = Number(process.env.E2E_PORT ?? 4174);
const dist = process.env.E2E_DIST ?? 'dist';
const SPEECH_SPEC = /speech\.spec\.ts/;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'phone',
      testIgnore: SPEECH_SPEC,
      use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, launchOptions },
    },
    {
      name: 'desktop',
      testIgnore: SPEECH_SPEC,
      use: { viewport: { width: 1280, height: 800 }, launchOptions },
    },
    {
      name: 'speech',
      testMatch: SPEECH_SPEC,
      use: { viewport: { width: 1280, height: 800 }, launchOptions: speakingLaunchOptions },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --outDir ${dist}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
