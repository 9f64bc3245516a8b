// Your data: export (backup, CSV, FHIR), import a backup, and delete everything on this device.
import type { SessionStore } from '../../../platform/storage';
import { useT } from '../../i18n/translate';
import { DeleteAllData } from './DeleteAllData';
import { ExportData } from './ExportData';
import { ImportBackup } from './ImportBackup';
import './history.css';

export interface DataControlsProps {
  store: SessionStore;
  /** Called after an import or a delete changed what is stored. */
  onDataChanged(): void;
  /** The wall-clock time (file names, the backup's date, today); the device's clock if not given. */
  now?: () => Date;
}

const deviceNow = () => new Date();

export function DataControls({ store, onDataChanged, now = deviceNow }: DataControlsProps) {
  const t = useT();
  return (
    <section class="section data-controls" aria-labelledby="history-data">
      <h2 id="history-data">{t('history.data.heading')}</h2>
      <p>{t('history.data.privacy')}</p>
      <ExportData store={store} now={now} />
      <ImportBackup store={store} onImported={onDataChanged} />
      <DeleteAllData store={store} onDeleted={onDataChanged} now={now} />
    </section>
  );
}
