// A refused backup's problems in the chosen language. Paths, field names, session ids and the
// schema's or a migration's own messages are technical details, shown as they are.
import type { BackupProblem, FieldProblem } from '../../../domain/record/backupProblem';
import type { Translate } from '../../i18n/translate';

function namesText(names: readonly string[], t: Translate): string {
  return names.map((name) => t('history.import.problem.fieldName', { name })).join(', ');
}

/** A problem with the backup as a whole (no path). */
function backupWords(what: FieldProblem, t: Translate): string {
  switch (what.kind) {
    case 'missing':
      return t('history.import.problem.backupMissing');
    case 'unexpected':
      return t(
        what.names.length > 1
          ? 'history.import.problem.backupUnexpectedFields'
          : 'history.import.problem.backupUnexpectedField',
        { names: namesText(what.names, t) },
      );
    case 'invalid':
      return t('history.import.problem.backupInvalid', { detail: what.detail });
  }
}

/** A field's path, with its session's id when known. */
function placeWords(where: string, session: string | undefined, t: Translate): string {
  return session === undefined ? where : t('history.import.problem.inSession', { where, session });
}

function fieldWords(
  where: string,
  session: string | undefined,
  what: FieldProblem,
  t: Translate,
): string {
  if (where === '') return backupWords(what, t);
  const place = placeWords(where, session, t);
  switch (what.kind) {
    case 'missing':
      return t('history.import.problem.missing', { place });
    case 'unexpected':
      return t(
        what.names.length > 1
          ? 'history.import.problem.unexpectedFields'
          : 'history.import.problem.unexpectedField',
        { place, names: namesText(what.names, t) },
      );
    case 'invalid':
      return t('history.import.problem.invalid', { place, detail: what.detail });
  }
}

/** `count` writes a number the way the chosen language does. */
export function backupProblemWords(
  problem: BackupProblem,
  t: Translate,
  count: (n: number) => string,
): string {
  switch (problem.kind) {
    case 'notJson':
      return t('history.import.problem.notJson');
    case 'wrongFormat':
      return t('history.import.problem.wrongFormat', { format: problem.expected });
    case 'versionNotWhole':
      return t('history.import.problem.versionNotWhole');
    case 'newerVersion':
      return t('history.import.problem.newerVersion', {
        version: problem.version,
        supported: problem.supported,
      });
    case 'unsupportedVersion':
      return t('history.import.problem.unsupportedVersion', { version: problem.version });
    case 'upgradeFailed':
      return t('history.import.problem.upgradeFailed', {
        version: problem.version,
        detail: problem.detail,
      });
    case 'field':
      return fieldWords(problem.where, problem.session, problem.what, t);
    case 'repeatedSession':
      return t('history.import.problem.repeatedSession', {
        place: placeWords(problem.where, problem.session, t),
        first: problem.first,
      });
    case 'more':
      return t('history.import.problem.more', { count: count(problem.count) });
  }
}
