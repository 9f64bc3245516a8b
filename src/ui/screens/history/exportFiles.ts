// The four export files: their names (tractus-backup-YYYY-MM-DD.json), types and contents.
import { createBackup } from '../../../domain/record/backup';
import { pullsCsv, sessionsCsv } from '../../../domain/record/csv';
import { fhirBundle } from '../../../domain/record/fhir';
import type { StoredData } from '../../../platform/storage';
import { localDate } from '../../app/services';
import type { Catalogue } from '../../i18n/en';
import { agreement as englishAgreement } from '../../i18n/en/agreement';
import { signalText } from '../live/signal';

export const EXPORT_KINDS = ['backup', 'sessionsCsv', 'pullsCsv', 'fhir'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportFile {
  name: string;
  mimeType: string;
  text: string;
}

const englishSignalWords: Partial<Catalogue> = englishAgreement;

/** The CSV is in English throughout (columns, yes and no), so a ready-made signal is too. */
function signalInEnglish(physical: string): string {
  return signalText(physical, (key) => englishSignalWords[key] ?? key);
}

// Spreadsheet programs read a CSV as UTF-8 (accents in notes) only when it starts with a BOM.
const BOM = '\uFEFF';

export function exportFile(kind: ExportKind, data: StoredData, now: Date): ExportFile {
  const date = localDate(now);
  switch (kind) {
    case 'backup':
      return {
        name: `tractus-backup-${date}.json`,
        mimeType: 'application/json',
        // Compact: ten years of sessions is tens of MB; indenting doubles that and the time.
        text: JSON.stringify(createBackup(data.sessions, data.profile, now.toISOString())),
      };
    case 'sessionsCsv':
      return {
        name: `tractus-sessions-${date}.csv`,
        mimeType: 'text/csv;charset=utf-8',
        text: BOM + sessionsCsv(data.sessions, signalInEnglish),
      };
    case 'pullsCsv':
      return {
        name: `tractus-pulls-${date}.csv`,
        mimeType: 'text/csv;charset=utf-8',
        text: BOM + pullsCsv(data.sessions),
      };
    case 'fhir':
      return {
        name: `tractus-fhir-${date}.json`,
        mimeType: 'application/fhir+json',
        text: JSON.stringify(fhirBundle(data.sessions), null, 2),
      };
  }
}
