// Import a backup file: validated first (a bad file changes nothing), then only new sessions added
// and, on a device not set up yet, the profile (plan, stop signal, screening dates) restored.
import { useId, useState } from 'preact/hooks';
import type { BackupProblem } from '../../../domain/record/backupProblem';
import type { ProfileImport } from '../../../domain/record/profileImport';
import type { SessionStore } from '../../../platform/storage';
import { Notice } from '../../components/Notice';
import { problemInWords } from '../../i18n/problems';
import type { Translate } from '../../i18n/translate';
import { useT } from '../../i18n/translate';
import { backupProblemWords } from './backupProblemWords';
import { useFormat } from './format';
import { restoreProfile } from './restoreProfile';
import { problemText } from './words';

export interface ImportBackupProps {
  store: SessionStore;
  /** Called after sessions may have been added. */
  onImported(): void;
}

/** Far above ten years of daily sessions; a bigger file is not a backup and would stall the page. */
const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

/** Why a file was refused: kept as data, so its words follow a change of language. */
type Refusal =
  | { kind: 'backup'; problem: BackupProblem }
  | { kind: 'tooLarge' }
  | { kind: 'readFailed' };

type ImportState =
  | { status: 'idle' }
  | { status: 'working'; file: string }
  | {
      status: 'imported';
      added: number;
      skipped: number;
      conflicts: number;
      /** What the backup's profile changed here; a message if saving it failed. */
      profile: ProfileImport['kind'] | { failed: string };
    }
  | { status: 'rejected'; problems: Refusal[] }
  | { status: 'failed'; problem: string };

function refusalWords(refusal: Refusal, t: Translate, count: (n: number) => string): string {
  if (refusal.kind === 'tooLarge') return t('history.import.tooLarge');
  if (refusal.kind === 'readFailed') return t('history.import.readFailed');
  return backupProblemWords(refusal.problem, t, count);
}

function ProfileOutcome({ outcome }: { outcome: ProfileImport['kind'] | { failed: string } }) {
  const t = useT();
  if (typeof outcome === 'object') {
    return (
      <p>{t('history.import.profileFailed', { message: problemInWords(outcome.failed, t) })}</p>
    );
  }
  if (outcome === 'restored') return <p>{t('history.import.profileRestored')}</p>;
  if (outcome === 'safetyCarried') return <p>{t('history.import.safetyCarried')}</p>;
  return null;
}

async function readText(file: File): Promise<string | undefined> {
  try {
    return await file.text();
  } catch {
    return undefined;
  }
}

export function ImportBackup({ store, onImported }: ImportBackupProps) {
  const t = useT();
  const { count } = useFormat();
  const inputId = `import-${useId()}`;
  const [state, setState] = useState<ImportState>({ status: 'idle' });

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared, so choosing the same file again is a new choice.
    input.value = '';
    if (!file) return;
    setState({ status: 'working', file: file.name });
    if (file.size > MAX_BACKUP_BYTES) {
      setState({ status: 'rejected', problems: [{ kind: 'tooLarge' }] });
      return;
    }
    const text = await readText(file);
    if (text === undefined) {
      setState({ status: 'rejected', problems: [{ kind: 'readFailed' }] });
      return;
    }
    try {
      // Storage code loads with the store, after the first paint; it is here by now.
      const { importBackup } = await import('../../../platform/storage');
      // Read before the import: whether the backup's sessions are newer than this device's.
      const [deviceNewest] = await store.listSessions({ limit: 1 });
      const outcome = await importBackup(store, text);
      if (!outcome.ok) {
        const problems = outcome.errors.map((problem): Refusal => ({ kind: 'backup', problem }));
        setState({ status: 'rejected', problems });
        return;
      }
      // The sessions are in either way; a profile that cannot be saved is said beside them.
      const profile = await restoreProfile(store, outcome, deviceNewest?.startedAt).catch(
        (error: unknown) => ({ failed: problemText(error) }),
      );
      setState({
        status: 'imported',
        added: outcome.added,
        skipped: outcome.skipped,
        conflicts: outcome.conflicts.length,
        profile,
      });
      onImported();
    } catch (error) {
      setState({ status: 'failed', problem: problemText(error) });
    }
  };

  return (
    <section class="section" aria-labelledby="history-import">
      <h3 id="history-import">{t('history.import.heading')}</h3>
      <div class="field">
        <label class="field__label" for={inputId}>
          {t('history.import.label')}
        </label>
        <p id={`${inputId}-hint`} class="hint">
          {t('history.import.hint')}
        </p>
        <input
          id={inputId}
          class="file-input"
          type="file"
          accept=".json,application/json"
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => void importFile(event.currentTarget)}
        />
      </div>
      <div role="status" class="data-status">
        {state.status === 'working' && <p>{t('history.import.working', { file: state.file })}</p>}
        {state.status === 'imported' && (
          <Notice tone="info" title={t('history.import.done')}>
            <p>{t('history.import.added', { count: count(state.added) })}</p>
            <p>{t('history.import.skipped', { count: count(state.skipped) })}</p>
            {state.conflicts > 0 && (
              <p>{t('history.import.conflicts', { count: count(state.conflicts) })}</p>
            )}
            <ProfileOutcome outcome={state.profile} />
          </Notice>
        )}
        {state.status === 'rejected' && (
          <Notice tone="warning" title={t('history.import.rejected')}>
            <p>{t('history.import.nothingChanged')}</p>
            <p>{t('history.import.problems')}</p>
            <ul class="problem-list">
              {state.problems
                .map((problem) => refusalWords(problem, t, count))
                .map((words) => (
                  <li key={words}>{words}</li>
                ))}
            </ul>
          </Notice>
        )}
      </div>
      {state.status === 'failed' && (
        <Notice tone="danger" title={t('history.import.failed')}>
          <p>{problemInWords(state.problem, t)}</p>
        </Notice>
      )}
    </section>
  );
}
