// Why a backup file was refused, as data: the screen puts it into words in the chosen language.

/** What is wrong with one field of a backup. */
export type FieldProblem =
  | { kind: 'missing' }
  /** At most the first three names, each cut to 40 characters. */
  | { kind: 'unexpected'; names: string[] }
  /** The schema's own message: a technical detail, shown as it is. */
  | { kind: 'invalid'; detail: string };

export type BackupProblem =
  | { kind: 'notJson' }
  | { kind: 'wrongFormat'; expected: string }
  | { kind: 'versionNotWhole' }
  | { kind: 'newerVersion'; version: number; supported: number }
  | { kind: 'unsupportedVersion'; version: number }
  /** `detail` is the migration's exception text. */
  | { kind: 'upgradeFailed'; version: number; detail: string }
  /**
   * `where` is the field's path ("sessions[3].painAfter"), empty for the backup as a whole;
   * `session` is that session's id (cut to 40 characters) when the file has one.
   */
  | { kind: 'field'; where: string; session?: string; what: FieldProblem }
  /**
   * A session the file already held, at `first` ("sessions[0]"): which copy is right cannot be
   * known, so the file is refused. `session` is its id, cut to 40 characters.
   */
  | { kind: 'repeatedSession'; where: string; session: string; first: string }
  /** The problems past the shown ones, counted in a last line. */
  | { kind: 'more'; count: number };
