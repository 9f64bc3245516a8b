// Backup round trip to a fresh device, no duplicates, bad files refused; CSV, FHIR shape (H12).
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { Receiver, storedMeta, Tractus } from './support/tractus';

interface BackupFile {
  format: string;
  schemaVersion: number;
  sessions: { id: string; startedAt: string; pulls: unknown[]; painAfter: number | null }[];
}

/** The stored profile's fields a backup brings back to a device not set up yet. */
interface StoredProfile {
  plan: unknown;
  stopSignal: unknown;
  lastFullScreeningOn: string | null;
}

interface FhirObservation {
  resourceType: string;
  identifier: { system: string; value: string }[];
  code: { coding: { system: string; code: string }[] };
  valueInteger: number;
  effectiveDateTime: string;
}

interface FhirBundle {
  resourceType: string;
  type: string;
  entry: { fullUrl: string; resource: FhirObservation }[];
}

const BOM = '\uFEFF';

interface SavedFile {
  name: string;
  /** Where the test keeps the downloaded file, under its own name. */
  path: string;
  text: string;
}

let exportsSaved = 0;

/** Clicks an export button in History and returns the file the browser saved. */
async function exportFile(page: Page, button: string): Promise<SavedFile> {
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download = await downloaded;
  const name = download.suggestedFilename();
  await expect(page.getByText(`Your browser is saving ${name}.`)).toBeVisible();
  exportsSaved += 1;
  const path = test.info().outputPath(`${exportsSaved}-${name}`);
  await download.saveAs(path);
  return { name, path, text: await readFile(path, 'utf8') };
}

/** Each History card's text: date, pulls, time under traction, pain and how it ended. */
function cardTexts(app: Tractus): Promise<string[]> {
  return app.sessionCards().allInnerTexts();
}

function byId<T extends { id: string }>(sessions: readonly T[]): T[] {
  return [...sessions].sort((a, b) => a.id.localeCompare(b.id));
}

test('a backup exported from History restores the same sessions on a fresh device, once', async ({
  page,
  browser,
  baseURL,
  viewport,
  userAgent,
  isMobile,
  hasTouch,
  deviceScaleFactor,
}) => {
  const app = new Tractus(page);
  const receiver = new Receiver(page);

  // Session 1: one pull, rated, then stopped in the rest and ended.
  await app.readyToStart('Ankle hold');
  await app.firstPullRated('Just right');
  await receiver.stop();
  await receiver.endAfterStop('Finished');
  await app.expectPhase('Done');
  await app.finishAfterSession(2);

  // Session 2: stopped during the count-in, no pull.
  await app.againToStart('Pelvic belt');
  await app.startButton().click();
  await app.expectPhase('Get ready');
  await receiver.stop();
  await receiver.endAfterStop('Just wanted to stop');
  await app.expectPhase('Done');
  await app.finishAfterSession(3);

  await app.openHistory();
  await expect(app.sessionCards()).toHaveCount(2);
  const cards = await cardTexts(app);

  const profile = (await storedMeta(page, 'profile')) as StoredProfile;
  expect(profile.stopSignal).not.toBeNull();
  const backup = await exportFile(page, 'Export backup (JSON)');
  expect(backup.name).toMatch(/^tractus-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(backup.text) as BackupFile;
  expect(exported.format).toBe('tractus-backup');
  expect(exported.sessions).toHaveLength(2);
  expect(exported.sessions.map((s) => s.pulls.length).sort()).toEqual([0, 1]);
  expect(exported.sessions.map((s) => s.painAfter).sort()).toEqual([2, 3]);

  // A fresh browser: another device with nothing on it.
  const context = await browser.newContext({
    baseURL,
    viewport,
    userAgent,
    isMobile,
    hasTouch,
    deviceScaleFactor,
  });
  try {
    const fresh = await context.newPage();
    const restored = new Tractus(fresh);
    await restored.open();
    await restored.acknowledgeWelcome();
    await expect(fresh.getByRole('heading', { level: 1, name: 'Safety questions' })).toBeVisible();
    await restored.expectWelcomeSaved();
    // Welcomed now, so it opens on Home, where History is.
    await fresh.reload();
    await restored.openHistory();
    await expect(fresh.getByRole('heading', { name: 'No sessions yet' })).toBeVisible();

    const chooser = fresh.getByLabel('Choose a backup file');
    await chooser.setInputFiles(backup.path);
    await expect(fresh.getByText('Backup imported')).toBeVisible();
    await expect(fresh.getByText('Sessions added: 2.')).toBeVisible();
    await expect(fresh.getByText('Skipped because they are already here: 0.')).toBeVisible();
    await expect(
      fresh.getByText(/^Restored from the backup: your plan, your stop signal/),
    ).toBeVisible();
    await expect(restored.sessionCards()).toHaveCount(2);
    expect(await cardTexts(restored)).toEqual(cards);
    // Nothing was agreed on the fresh device: its plan, stop signal and screening date come back.
    expect(await storedMeta(fresh, 'profile')).toMatchObject({
      plan: profile.plan,
      stopSignal: profile.stopSignal,
      lastFullScreeningOn: profile.lastFullScreeningOn,
    });

    // Exactly what was exported, field for field.
    const again = JSON.parse((await exportFile(fresh, 'Export backup (JSON)')).text) as BackupFile;
    expect(byId(again.sessions)).toEqual(byId(exported.sessions));

    // The same file twice adds nothing.
    await chooser.setInputFiles(backup.path);
    await expect(fresh.getByText('Sessions added: 0.')).toBeVisible();
    await expect(fresh.getByText('Skipped because they are already here: 2.')).toBeVisible();
    await expect(restored.sessionCards()).toHaveCount(2);
    expect(await cardTexts(restored)).toEqual(cards);

    // A file that is not a backup is refused, with the reason, and nothing changes.
    await chooser.setInputFiles({
      name: 'not-a-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"nope"}'),
    });
    await expect(fresh.getByText('This file was not imported')).toBeVisible();
    await expect(fresh.getByText('Nothing on this device was changed.')).toBeVisible();
    await expect(
      fresh.getByText('This file is not a Tractus backup: its format is not "tractus-backup".'),
    ).toBeVisible();
    await expect(fresh.getByText('Backup imported')).toHaveCount(0);
    await expect(restored.sessionCards()).toHaveCount(2);
    expect(await cardTexts(restored)).toEqual(cards);

    // A file holding one session twice is refused as such, not as a session already here.
    const edited = JSON.parse(backup.text) as { sessions: { notes: string }[] };
    const first = edited.sessions[0] as { notes: string };
    edited.sessions = [first, { ...first, notes: 'edited by hand' }];
    await chooser.setInputFiles({
      name: 'edited.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(edited)),
    });
    await expect(fresh.getByText('This file was not imported')).toBeVisible();
    await expect(
      fresh.getByText(
        /^sessions\[1\] \(session ".+"\): this session is in the file twice, first at sessions\[0\]\./,
      ),
    ).toBeVisible();
    await expect(fresh.getByText(/(is|are) already here/)).toHaveCount(0);
    expect(await cardTexts(restored)).toEqual(cards);
  } finally {
    await context.close();
  }
});

test('the CSV and FHIR exports have their header rows and a LOINC pain-score bundle', async ({
  page,
}) => {
  const app = new Tractus(page);
  const receiver = new Receiver(page);
  await app.readyToStart('Ankle hold');
  await app.firstPullRated('Too gentle');
  await receiver.stop();
  await receiver.endAfterStop('Finished');
  await app.finishAfterSession(2);
  await app.openHistory();

  const sessions = await exportFile(page, 'Export sessions (CSV)');
  expect(sessions.name).toMatch(/^tractus-sessions-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(sessions.text.startsWith(BOM)).toBe(true);
  const sessionRows = sessions.text.slice(1).split('\r\n');
  expect(sessionRows.pop()).toBe('');
  expect(sessionRows).toHaveLength(2);
  const header = sessionRows[0]?.split(',') ?? [];
  expect(header.slice(0, 3)).toEqual(['session_id', 'started_at_utc', 'technique']);
  expect(header).toEqual(
    expect.arrayContaining(['pain_before', 'pain_after', 'pulls', 'traction_seconds', 'end']),
  );
  const row = Object.fromEntries(header.map((name, i) => [name, sessionRows[1]?.split(',')[i]]));
  expect(row).toMatchObject({
    technique: 'ankleHold',
    pain_before: '4',
    pain_after: '2',
    pulls: '1',
    end: 'receiverEnded',
    // The ready-made signal in words, as a person reads it, not its code.
    stop_signal: 'Two taps on the partner’s arm',
  });
  expect(row.started_at_utc).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

  const pulls = await exportFile(page, 'Export pulls (CSV)');
  const pullRows = pulls.text.slice(1).split('\r\n').filter(Boolean);
  expect(pullRows[0]?.split(',').slice(0, 3)).toEqual([
    'session_id',
    'session_started_at_utc',
    'pull',
  ]);
  expect(pullRows).toHaveLength(2);
  expect(pullRows[1]).toContain(',tooGentle,');

  const fhir = await exportFile(page, 'Export for health records (FHIR)');
  expect(fhir.name).toMatch(/^tractus-fhir-\d{4}-\d{2}-\d{2}\.json$/);
  const bundle = JSON.parse(fhir.text) as FhirBundle;
  expect(bundle.resourceType).toBe('Bundle');
  expect(bundle.type).toBe('collection');
  // Pain before and pain after, each a LOINC 72514-3 pain severity score.
  expect(bundle.entry.map((e) => e.resource.valueInteger)).toEqual([4, 2]);
  for (const { resource } of bundle.entry) {
    expect(resource.resourceType).toBe('Observation');
    expect(resource.code.coding).toContainEqual(
      expect.objectContaining({ system: 'http://loinc.org', code: '72514-3' }),
    );
    expect(Number.isNaN(Date.parse(resource.effectiveDateTime))).toBe(false);
  }
  // Each rating has a name a clinician's system can recognise it by, the same in every export.
  for (const { fullUrl, resource } of bundle.entry) {
    expect(fullUrl).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(resource.identifier).toEqual([{ system: 'urn:ietf:rfc:3986', value: fullUrl }]);
  }
  const again = JSON.parse(
    (await exportFile(page, 'Export for health records (FHIR)')).text,
  ) as FhirBundle;
  expect(again.entry.map((e) => e.fullUrl)).toEqual(bundle.entry.map((e) => e.fullUrl));
  expect(new Set(bundle.entry.map((e) => e.fullUrl)).size).toBe(2);
});
