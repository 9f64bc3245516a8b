// The four export buttons; each reads everything stored and hands the browser a file to save.
import { useState } from 'preact/hooks';
import type { SessionStore } from '../../../platform/storage';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import type { MessageKey } from '../../i18n/en';
import { problemInWords } from '../../i18n/problems';
import { useT } from '../../i18n/translate';
import { downloadText } from './download';
import { EXPORT_KINDS, type ExportKind, exportFile } from './exportFiles';
import { useFormat } from './format';
import { problemText } from './words';

export interface ExportDataProps {
  store: SessionStore;
  now: () => Date;
}

const LABELS = {
  backup: 'history.export.backup',
  sessionsCsv: 'history.export.sessionsCsv',
  pullsCsv: 'history.export.pullsCsv',
  fhir: 'history.export.fhir',
} as const satisfies Record<ExportKind, MessageKey>;

type ExportState =
  | { status: 'idle' }
  | { status: 'working' }
  /**
   * `leftOut`: damaged sessions the file could not hold; `profileLeftOut`: a backup without the
   * damaged plan and stop signal. The user must hear of both.
   */
  | { status: 'saved'; file: string; leftOut: number; profileLeftOut: boolean }
  | { status: 'failed'; problem: string };

export function ExportData({ store, now }: ExportDataProps) {
  const t = useT();
  const { count } = useFormat();
  const [state, setState] = useState<ExportState>({ status: 'idle' });

  const exportAs = async (kind: ExportKind) => {
    if (state.status === 'working') return;
    setState({ status: 'working' });
    try {
      const file = exportFile(kind, await store.exportAll(), now());
      downloadText(file.name, file.mimeType, file.text);
      // Reading everything found every damaged row: none of them is in the file.
      setState({
        status: 'saved',
        file: file.name,
        leftOut: store.damagedSessions().length,
        // Only a backup holds the profile at all.
        profileLeftOut: kind === 'backup' && store.profileDamaged(),
      });
    } catch (error) {
      setState({ status: 'failed', problem: problemText(error) });
    }
  };

  return (
    <section class="section" aria-labelledby="history-export">
      <h3 id="history-export">{t('history.export.heading')}</h3>
      <p class="muted">{t('history.export.hint')}</p>
      <div class="export-buttons">
        {EXPORT_KINDS.map((kind) => (
          <Button key={kind} variant="secondary" onClick={() => void exportAs(kind)}>
            {t(LABELS[kind])}
          </Button>
        ))}
      </div>
      <div role="status" class="data-status">
        {state.status === 'saved' && <p>{t('history.export.done', { file: state.file })}</p>}
        {state.status === 'saved' && state.leftOut > 0 && (
          <p>{t('history.export.leftOut', { count: count(state.leftOut) })}</p>
        )}
        {state.status === 'saved' && state.profileLeftOut && (
          <p>{t('history.export.profileLeftOut')}</p>
        )}
      </div>
      {state.status === 'failed' && (
        <Notice tone="danger" title={t('history.export.failed')}>
          <p>{problemInWords(state.problem, t)}</p>
        </Notice>
      )}
    </section>
  );
}
