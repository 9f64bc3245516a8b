// @vitest-environment jsdom
// A refused backup is explained in the chosen language, and follows a change of language.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { exampleRecord } from '../../../domain/record/arbitraries';
import { createBackup } from '../../../domain/record/backup';
import { initialProfile } from '../../../domain/record/profile';
import { BACKUP_SCHEMA_VERSION } from '../../../domain/record/recordSchema';
import { en } from '../../i18n/en';
import type { Locale } from '../../i18n/translate';
import { createTranslator, I18nContext, loadAreas } from '../../i18n/translate';
import { ImportBackup } from './ImportBackup';
import { storeWith } from './testing';

afterEach(cleanup);

beforeAll(() => Promise.all([loadAreas('es', ['history']), loadAreas('de', ['history'])]));

function inLocale(locale: Locale, children: ComponentChildren) {
  return (
    <I18nContext.Provider value={{ locale, t: createTranslator(locale) }}>
      {children}
    </I18nContext.Provider>
  );
}

function chooseFile(label: string, text: string, name = 'backup.json'): void {
  fireEvent.change(screen.getByLabelText(label), {
    target: { files: [new File([text], name)] },
  });
}

async function problemsUnder(title: string): Promise<string[]> {
  const status = await waitFor(() => {
    const found = screen.getByRole('status');
    if (!found.textContent?.includes(title)) throw new Error(`no status says "${title}"`);
    return found;
  });
  return within(status)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

const ES_LABEL = 'Elige un archivo de copia de seguridad';

describe('ImportBackup: a refused file in Spanish', () => {
  it('says a file of another kind is not a backup, in Spanish', async () => {
    const store = await storeWith([]);
    render(inLocale('es', <ImportBackup store={store} onImported={vi.fn()} />));
    chooseFile(ES_LABEL, '{"format":"other-app"}');
    expect(await problemsUnder('Este archivo no se importó')).toEqual([
      'Este archivo no es una copia de seguridad de Tractus: su formato no es «tractus-backup».',
    ]);
    expect(screen.getByRole('status').textContent).toContain(
      'No se ha cambiado nada en este dispositivo.',
    );
  });

  it('names the session and field in Spanish, with the schema’s detail as it is', async () => {
    const store = await storeWith([]);
    const bad = { ...exampleRecord('new-bad', '2024-06-02T10:00:00.000Z'), painAfter: 12 };
    const { notes: _notes, ...noNotes } = exampleRecord('no-notes', '2024-06-03T10:00:00.000Z');
    const file = JSON.stringify({
      ...createBackup([], undefined, '2024-06-03T10:00:00.000Z'),
      sessions: [bad, noNotes],
      extra: 1,
    });
    render(inLocale('es', <ImportBackup store={store} onImported={vi.fn()} />));
    chooseFile(ES_LABEL, file);
    const problems = await problemsUnder('Este archivo no se importó');
    expect(problems).toContain('sessions[0].painAfter (sesión «new-bad»): pain must be at most 10');
    expect(problems).toContain('sessions[1].notes (sesión «no-notes»): falta');
    expect(problems).toContain('La copia de seguridad tiene un campo inesperado, «extra»');
    expect(await store.count()).toBe(0);
  });

  it('counts the problems past the first nine in Spanish', async () => {
    const store = await storeWith([]);
    const sessions = Array.from({ length: 30 }, (_, i) => ({
      ...exampleRecord(`s${i}`, '2024-06-02T10:00:00.000Z'),
      painBefore: 99,
    }));
    const file = JSON.stringify(createBackup(sessions, undefined, '2024-06-03T10:00:00.000Z'));
    render(inLocale('es', <ImportBackup store={store} onImported={vi.fn()} />));
    chooseFile(ES_LABEL, file);
    const problems = await problemsUnder('Este archivo no se importó');
    expect(problems).toHaveLength(10);
    expect(problems.at(-1)).toBe('Problemas que no se muestran: 21.');
  });
});

describe('ImportBackup: a refused file in German', () => {
  it('says why in German, and again in English after a change of language', async () => {
    const store = await storeWith([]);
    const view = render(inLocale('de', <ImportBackup store={store} onImported={vi.fn()} />));
    chooseFile('Sicherungsdatei auswählen', 'id,startedAt\n1,2025', 'sessions.csv');
    expect(await problemsUnder('Diese Datei wurde nicht importiert')).toEqual([
      'Diese Datei ist keine Tractus-Sicherung, denn sie ist keine JSON-Datei.',
    ]);
    view.rerender(inLocale('en', <ImportBackup store={store} onImported={vi.fn()} />));
    expect(await problemsUnder('This file was not imported')).toEqual([
      'This file is not a Tractus backup: it is not a JSON file.',
    ]);
  });

  it('says a backup from a newer app is one, in German', async () => {
    const store = await storeWith([]);
    const newer = { ...createBackup([], undefined, '2024-06-03T10:00:00.000Z'), schemaVersion: 7 };
    render(inLocale('de', <ImportBackup store={store} onImported={vi.fn()} />));
    chooseFile('Sicherungsdatei auswählen', JSON.stringify(newer));
    expect(await problemsUnder('Diese Datei wurde nicht importiert')).toEqual([
      'Diese Sicherung wurde mit einer neueren Version von Tractus erstellt (Sicherungsversion ' +
        `7); diese App liest bis Version ${BACKUP_SCHEMA_VERSION}. Aktualisieren Sie die App und ` +
        'importieren Sie dann ' +
        'erneut.',
    ]);
  });
});

describe('ImportBackup: a file that holds a session twice', () => {
  it('is refused as such, not reported as a session already here, and nothing changes', async () => {
    const store = await storeWith([]);
    const first = exampleRecord('twice', '2024-06-02T10:00:00.000Z');
    const file = JSON.stringify(
      createBackup([first, { ...first, notes: 'edited' }], undefined, '2024-06-03T10:00:00.000Z'),
    );
    render(inLocale('en', <ImportBackup store={store} onImported={vi.fn()} />));
    chooseFile('Choose a backup file', file);
    expect(await problemsUnder('This file was not imported')).toEqual([
      'sessions[1] (session "twice"): this session is in the file twice, first at sessions[0]. ' +
        'A backup holds each session once, so which copy is right cannot be known.',
    ]);
    expect(screen.getByRole('status').textContent).not.toContain('already here');
    expect(await store.count()).toBe(0);
  });
});

describe('ImportBackup: the profile in the backup', () => {
  const backupProfile = {
    ...initialProfile(),
    welcomedOn: '2024-05-01',
    lastFullScreeningOn: '2024-05-01',
    plan: { ...initialProfile().plan, holdSeconds: 14 },
    stopSignal: { word: 'Enough', physical: 'A raised hand' },
    lastRedFlags: ['dizziness' as const],
  };
  const file = JSON.stringify(
    createBackup(
      [exampleRecord('from-backup', '2024-06-02T10:00:00.000Z')],
      backupProfile,
      '2024-06-03T10:00:00.000Z',
    ),
  );

  async function importedStatus(): Promise<string> {
    const status = await waitFor(() => {
      const found = screen.getByRole('status');
      if (!found.textContent?.includes('Backup imported')) throw new Error('not imported yet');
      return found;
    });
    return status.textContent ?? '';
  }

  it('comes back whole on a device where only the welcome was seen, and says so', async () => {
    const store = await storeWith([]);
    await store.saveProfile({ ...initialProfile(), welcomedOn: '2024-06-10' });
    render(inLocale('en', <ImportBackup store={store} onImported={vi.fn()} />));
    chooseFile('Choose a backup file', file);
    expect(await importedStatus()).toContain(en['history.import.profileRestored']);
    expect(await store.getProfile()).toEqual(backupProfile);
  });

  it('leaves a set-up device’s plan and stop signal, taking the newer warning signs', async () => {
    const store = await storeWith([exampleRecord('here', '2024-06-01T10:00:00.000Z')]);
    const here = {
      ...initialProfile(),
      welcomedOn: '2024-05-20',
      lastFullScreeningOn: '2024-05-20',
      stopSignal: { word: 'Stop', physical: 'Two taps' },
    };
    await store.saveProfile(here);
    render(inLocale('en', <ImportBackup store={store} onImported={vi.fn()} />));
    chooseFile('Choose a backup file', file);
    const status = await importedStatus();
    expect(status).toContain(en['history.import.safetyCarried']);
    expect(status).not.toContain(en['history.import.profileRestored']);
    expect(await store.getProfile()).toEqual({ ...here, lastRedFlags: ['dizziness'] });
  });
});
