// @vitest-environment jsdom
// Data controls: exports, a validated import that never changes anything on a bad file, delete all.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleRecord } from '../../../domain/record/arbitraries';
import { createBackup, parseBackup } from '../../../domain/record/backup';
import { initialProfile } from '../../../domain/record/profile';
import { StorageError } from '../../../platform/storage';
import { en } from '../../i18n/en';
import { DataControls } from './DataControls';
import { dailySessions, dexieStoreWith, storeWith } from './testing';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function chooseFile(text: string, name = 'backup.json'): void {
  const input = screen.getByLabelText('Choose a backup file');
  fireEvent.change(input, { target: { files: [new File([text], name)] } });
}

function statusWith(text: string): Promise<HTMLElement> {
  return waitFor(() => {
    const status = screen
      .getAllByRole('status')
      .find((element) => element.textContent?.includes(text));
    if (!status) throw new Error(`no status says "${text}"`);
    return status;
  });
}

describe('DataControls: import', () => {
  it('a bad file shows its problems, says nothing changed, and leaves the store as it was', async () => {
    const store = await storeWith(dailySessions(1));
    const before = await store.exportAll();
    const good = exampleRecord('new-good', '2024-06-01T10:00:00.000Z');
    const bad = exampleRecord('new-bad', '2024-06-02T10:00:00.000Z');
    bad.plan.holdSeconds = 45;
    const file = JSON.stringify(createBackup([good, bad], undefined, '2024-06-03T10:00:00.000Z'));
    render(<DataControls store={store} onDataChanged={vi.fn()} />);
    chooseFile(file);
    const status = await statusWith('This file was not imported');
    expect(status.textContent).toContain('Nothing on this device was changed.');
    const problems = within(status).getAllByRole('listitem');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => p.textContent?.includes('new-bad'))).toBe(true);
    expect(await store.exportAll()).toEqual(before);
  });

  it('a file that is not a backup at all is rejected with a reason', async () => {
    const store = await storeWith([]);
    render(<DataControls store={store} onDataChanged={vi.fn()} />);
    chooseFile('name,age\nAda,36\n', 'people.csv');
    const status = await statusWith('This file was not imported');
    expect(status.textContent).toContain('This file is not a Tractus backup');
    expect(await store.count()).toBe(0);
  });

  it('a good file adds its sessions; the same file again adds none', async () => {
    const store = await storeWith([]);
    const onDataChanged = vi.fn();
    const sessions = dailySessions(3);
    const file = JSON.stringify(createBackup(sessions, undefined, '2024-06-03T10:00:00.000Z'));
    render(<DataControls store={store} onDataChanged={onDataChanged} />);

    chooseFile(file);
    let status = await statusWith('Backup imported');
    expect(status.textContent).toContain('Sessions added: 3.');
    expect(status.textContent).toContain('Skipped because they are already here: 0.');
    expect(await store.count()).toBe(3);
    expect(onDataChanged).toHaveBeenCalledTimes(1);

    chooseFile(file);
    status = await statusWith('Sessions added: 0.');
    expect(status.textContent).toContain('Skipped because they are already here: 3.');
    expect(await store.count()).toBe(3);
  });

  it('a storage failure while importing is shown, not swallowed', async () => {
    const store = await storeWith([]);
    vi.spyOn(store, 'importSessions').mockRejectedValue(
      new StorageError('quota', 'Storage on this device is full, so Tractus could not save.'),
    );
    const file = JSON.stringify(createBackup(dailySessions(1), undefined, '2024-06-03T10:00:00Z'));
    render(<DataControls store={store} onDataChanged={vi.fn()} />);
    chooseFile(file);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The import could not be saved, so nothing was added');
    expect(alert.textContent).toContain('Storage on this device is full');
  });
});

describe('DataControls: delete all', () => {
  it('needs the confirmation checkbox, then empties the store and says so', async () => {
    const store = await storeWith(dailySessions(2));
    await store.saveProfile({ ...initialProfile(), lastFullScreeningOn: '2024-01-01' });
    const onDataChanged = vi.fn();
    render(<DataControls store={store} onDataChanged={onDataChanged} />);
    expect(screen.queryByRole('button', { name: 'Delete everything' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    const confirm = screen.getByRole('checkbox', {
      name: 'I understand this deletes every session on this device',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect(
      await screen.findByText('Tick the box above to confirm, or choose Cancel.'),
    ).toBeTruthy();
    expect(await store.count()).toBe(2);

    fireEvent.click(confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    await statusWith(en['history.delete.done']);
    expect(await store.count()).toBe(0);
    // The plan, stop signal and screening dates live in the profile, deleted with the sessions.
    expect(await store.getProfile()).toBeUndefined();
    expect(onDataChanged).toHaveBeenCalledTimes(1);
  });

  it('keeps an urgent outcome of today (the local date of its clock), and nothing else', async () => {
    const store = await storeWith(dailySessions(2));
    await store.saveProfile({ ...initialProfile(), lastUrgentOn: '2025-03-10' });
    // 10:00 local time on 10 March, whatever the machine's time zone.
    const now = () => new Date(2025, 2, 10, 10, 0);
    render(<DataControls store={store} onDataChanged={vi.fn()} now={now} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    fireEvent.click(
      screen.getByRole('checkbox', {
        name: 'I understand this deletes every session on this device',
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    await statusWith(en['history.delete.done']);
    expect(await store.count()).toBe(0);
    expect(await store.getProfile()).toEqual({ ...initialProfile(), lastUrgentOn: '2025-03-10' });
  });

  it('Cancel leaves everything in place', async () => {
    const store = await storeWith(dailySessions(2));
    render(<DataControls store={store} onDataChanged={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: 'Delete everything' })).toBeNull();
    expect(await store.count()).toBe(2);
  });
});

describe('DataControls: export', () => {
  function captureDownloads() {
    const files: { name: string; blob: Blob }[] = [];
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      blob = object as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      if (blob) files.push({ name: this.download, blob });
    });
    return files;
  }

  const now = () => new Date(2024, 4, 6, 12, 0);

  it('downloads a backup with every session and the schema version', async () => {
    const files = captureDownloads();
    const store = await storeWith(dailySessions(2));
    render(<DataControls store={store} onDataChanged={vi.fn()} now={now} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export backup (JSON)' }));
    await statusWith('tractus-backup-2024-05-06.json');
    const [file] = files;
    expect(file?.name).toBe('tractus-backup-2024-05-06.json');
    const backup = JSON.parse((await file?.blob.text()) ?? '');
    expect(backup.schemaVersion).toBe(4);
    expect(backup.sessions.map((s: { id: string }) => s.id)).toEqual(['s0001', 's0000']);
  });

  it('says how many damaged sessions a backup could not hold, and what to do', async () => {
    const files = captureDownloads();
    const store = await dexieStoreWith(dailySessions(2));
    await store.db.table('sessions').put({ id: 'bad', sortKey: 1, record: { id: 'bad' } });
    render(<DataControls store={store} onDataChanged={vi.fn()} now={now} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export backup (JSON)' }));
    const status = await statusWith('tractus-backup-2024-05-06.json');
    expect(status.textContent).toContain('Damaged sessions left out of this file: 1.');
    expect(status.textContent).toContain('to keep them, do not delete all data');
    const backup = JSON.parse((await files[0]?.blob.text()) ?? '');
    expect(backup.sessions).toHaveLength(2);
  });

  it('leaves a damaged plan out of a backup, says so, and the file still imports', async () => {
    const files = captureDownloads();
    const store = await dexieStoreWith(dailySessions(2));
    await store.db.table('meta').put({ key: 'profile', value: { plan: { holdSeconds: 9999 } } });
    render(<DataControls store={store} onDataChanged={vi.fn()} now={now} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export backup (JSON)' }));
    const status = await statusWith('tractus-backup-2024-05-06.json');
    expect(status.textContent).toContain(en['history.export.profileLeftOut']);
    const text = (await files[0]?.blob.text()) ?? '';
    expect(JSON.parse(text).profile).toBeUndefined();
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.backup.sessions.map((s) => s.id)).toEqual(['s0001', 's0000']);
  });

  it('says nothing of the plan when a CSV is made beside a damaged one', async () => {
    captureDownloads();
    const store = await dexieStoreWith(dailySessions(1));
    await store.db.table('meta').put({ key: 'profile', value: { plan: { holdSeconds: 9999 } } });
    render(<DataControls store={store} onDataChanged={vi.fn()} now={now} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export sessions (CSV)' }));
    const status = await statusWith('tractus-sessions-2024-05-06.csv');
    expect(status.textContent).not.toContain(en['history.export.profileLeftOut']);
  });

  it('says nothing of damaged sessions when none was left out', async () => {
    captureDownloads();
    render(
      <DataControls
        store={await dexieStoreWith(dailySessions(1))}
        onDataChanged={vi.fn()}
        now={now}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export backup (JSON)' }));
    const status = await statusWith('tractus-backup-2024-05-06.json');
    expect(status.textContent).not.toContain('Damaged');
  });

  it('names the CSV and FHIR files by date', async () => {
    const files = captureDownloads();
    render(
      <DataControls store={await storeWith(dailySessions(1))} onDataChanged={vi.fn()} now={now} />,
    );
    const buttons = [
      'Export sessions (CSV)',
      'Export pulls (CSV)',
      'Export for health records (FHIR)',
    ];
    for (const [index, name] of buttons.entries()) {
      fireEvent.click(screen.getByRole('button', { name }));
      await waitFor(() => expect(files).toHaveLength(index + 1));
    }
    expect(files.map((f) => f.name)).toEqual([
      'tractus-sessions-2024-05-06.csv',
      'tractus-pulls-2024-05-06.csv',
      'tractus-fhir-2024-05-06.json',
    ]);
    expect(await files[2]?.blob.text()).toContain('"resourceType": "Bundle"');
  });

  it('shows a storage error when the data cannot be read', async () => {
    const store = await storeWith([]);
    vi.spyOn(store, 'exportAll').mockRejectedValue(
      new StorageError('unavailable', 'This browser is not letting Tractus keep data.'),
    );
    render(<DataControls store={store} onDataChanged={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export sessions (CSV)' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The export could not be made');
    expect(alert.textContent).toContain('This browser is not letting Tractus keep data.');
  });
});
