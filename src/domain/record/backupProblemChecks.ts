// Test support only (import from tests): what makes a refused backup's problem clear to a reader.
import type { BackupProblem } from './backupProblem';

/** True when the problem carries what its words need: a place, a name, a detail or a count. */
export function isClearProblem(problem: BackupProblem): boolean {
  switch (problem.kind) {
    case 'notJson':
    case 'versionNotWhole':
    case 'unsupportedVersion':
    case 'upgradeFailed':
      return true;
    case 'wrongFormat':
      return problem.expected !== '';
    case 'newerVersion':
      return problem.version > problem.supported;
    case 'repeatedSession':
      return problem.where !== problem.first;
    case 'more':
      return Number.isInteger(problem.count) && problem.count > 0;
    case 'field':
      if (problem.what.kind === 'unexpected') return problem.what.names.length > 0;
      if (problem.what.kind === 'invalid') return problem.what.detail.trim() !== '';
      return true;
  }
}
