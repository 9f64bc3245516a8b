// English words for History: the session list, trends, one session's details and the data controls.
import { STOP_REASON_TEXT_EN } from '../../../domain/screening/stopReasons';

export const history = {
  'history.damaged':
    'Damaged sessions that cannot be shown: {count}. They are stored on this device and have ' +
    'been left as they are.',
  'history.title': 'History',
  'history.loading': 'Loading your sessions…',
  'history.loadFailed': 'Your sessions could not be loaded',
  'history.retry': 'Try again',
  'history.empty.title': 'No sessions yet',
  'history.empty.body':
    'Each session you finish is listed here, with its pulls, time under traction and pain ' +
    'ratings. To bring back sessions from another device, import a backup below.',

  // The list
  'history.sessions.heading': 'Sessions',
  'history.sessions.showing': 'Sessions shown: {shown} of {total}, newest first.',
  'history.sessions.showMore': 'Show more',
  'history.session.unknownDate': 'Date unknown',
  'history.session.pulls': 'Pulls',
  'history.session.traction': 'Under traction',
  'history.session.pain': 'Pain before → after',
  'history.session.ended': 'How it ended',
  'history.session.redFlag': 'A warning sign was recorded',
  'history.session.open': 'Details',
  'history.session.openFull': 'Details of the session on {date}',

  // Values
  'history.unit.seconds': '{n} s',
  'history.unit.minutes': '{n} min',
  'history.pain.change': '{before} → {after}',
  'history.pain.changeSpoken': '{before} before, {after} after',
  'history.pain.none': 'not given',

  // How a session ended
  'history.end.completed': 'Finished as planned',
  'history.end.receiverEnded': 'Ended early by choice',
  'history.end.redFlag': 'Ended because of a warning sign',
  'history.end.urgent': 'Ended with advice to seek urgent medical care',
  'history.end.interrupted': 'Interrupted: the app closed before the session ended',
  'history.end.none': 'Not finished',

  // Trends
  'history.trends.heading': 'Trends',
  'history.trends.loading': 'Loading trends…',
  'history.trends.loadFailed': 'The trends could not be loaded',
  'history.trends.caveat':
    'Pain changes for many reasons. These charts show what you recorded; they do not show ' +
    'that traction caused a change.',
  'history.trends.tooFew': 'Too few sessions to show a trend yet',
  'history.trends.tooFewWeeks': 'Too few weeks to show a trend yet',
  'history.trends.tooFewDetail': 'Sessions with a pain rating so far: {count}.',
  'history.trends.tooFewWeeksDetail': 'Weeks with a session so far: {count}.',
  'history.chart.loading': 'Drawing the chart…',
  'history.chart.failed': 'The chart could not be drawn. The numbers are below.',
  'history.painTrend.heading': 'Pain before and after each session',
  'history.painTrend.chart':
    'Chart of pain before and after each session, 0 to 10. The numbers are in the table below.',
  'history.painTrend.before': 'Pain before',
  'history.painTrend.after': 'Pain after',
  'history.painTrend.axis': 'Pain (0–10)',
  'history.painTrend.numbers': 'The numbers: pain before and after each session',
  'history.painTrend.caption': 'Pain before and after each session, oldest first',
  'history.tractionTrend.heading': 'Minutes under traction per week',
  'history.tractionTrend.chart':
    'Bar chart of minutes under traction per week. The numbers are in the table below.',
  'history.tractionTrend.series': 'Minutes under traction',
  'history.tractionTrend.axis': 'Minutes',
  'history.tractionTrend.numbers': 'The numbers: minutes under traction per week',
  'history.tractionTrend.caption': 'Minutes under traction per week, oldest first',
  'history.table.date': 'Date',
  'history.table.weekStarting': 'Week starting',
  'history.table.minutes': 'Minutes',
  'history.table.sessions': 'Sessions',

  // One session
  'history.detail.title': 'Session on {date}',
  'history.detail.titleUnknown': 'Session',
  'history.detail.loading': 'Loading the session…',
  'history.detail.loadFailed': 'This session could not be loaded',
  'history.detail.notFound': 'This session is no longer on this device.',
  'history.detail.summary': 'Summary',
  'history.detail.technique': 'Technique',
  'history.detail.longestHold': 'Longest hold',
  'history.detail.activeTime': 'Session time (pauses left out)',
  'history.detail.screening': 'Screening',
  'history.detail.stopSignal': 'Stop signal agreed',
  'history.detail.stopSignalValue': 'Word: “{word}”. Signal: {physical}',
  'history.detail.plan': 'The plan used',
  'history.detail.pulls': 'Pulls',
  'history.detail.noPulls': 'No pull was started in this session.',
  'history.detail.stops': 'Stops',
  'history.detail.noStops': 'No stops.',
  'history.detail.redFlags': 'Warning signs',
  'history.detail.noRedFlags': 'None recorded.',
  'history.detail.redFlagAdvice':
    'Get professional advice before the next session. The next check asks about this again.',
  'history.detail.notes': 'Notes',
  'history.detail.noNotes': 'No notes.',
  'history.screening.clear': 'Nothing in the screening ruled traction out',
  'history.screening.askFirst': 'Ask first: a health professional agreed on {date}',
  'history.screening.askFirstUndated': 'Ask first: a health professional agreed',
  'history.plan.hold': 'First hold',
  'history.plan.holdMax': 'Longest hold allowed',
  'history.plan.release': 'Release',
  'history.plan.rest': 'Rest between pulls',
  'history.plan.total': 'Total time',

  // One pull
  'history.pull.title': 'Pull {n}',
  'history.pull.ramp': 'Lean-back (ramp)',
  'history.pull.rampConfirmed': '{seconds} s, the receiver confirmed a gentle pull',
  'history.pull.rampUnconfirmed': '{seconds} s, not confirmed',
  'history.pull.hold': 'Hold',
  'history.pull.holdValue': '{actual} s held of {target} s planned',
  'history.pull.release': 'Release',
  'history.pull.releaseReason': 'Why it was released',
  'history.pull.late': 'The device was asleep: released {seconds} s after it was due',
  'history.pull.rating': 'Rating',
  'history.pull.discomfort': 'Discomfort felt at',
  'history.pull.noDiscomfort': 'Nowhere',
  'history.pull.events': 'What happened',
  'history.pull.noEvents': 'Nothing else',
  'history.pull.event': '{time}: {event}',
  'history.time.fromStart': '{minutes}:{seconds}',

  'history.releaseReason.holdComplete': 'The hold was complete',
  'history.releaseReason.rampCap': 'No confirmation came in time',
  'history.releaseReason.stop': 'Stop was pressed',
  'history.releaseReason.pain': 'Pain was reported',
  'history.releaseReason.pause': 'Pause was pressed',
  'history.releaseReason.timeUp': 'The session time was up',
  'history.releaseReason.none': 'Not recorded (the app closed)',

  'history.rating.tooGentle': 'Too gentle',
  'history.rating.justRight': 'Just right',
  'history.rating.tooStrong': 'Too strong',
  'history.rating.painful': 'Painful',
  'history.rating.none': 'Not rated',

  'history.discomfort.ankles': 'Ankles',
  'history.discomfort.knees': 'Knees',
  'history.discomfort.hips': 'Hips',
  'history.discomfort.belt': 'Under the belt',
  'history.discomfort.sliding': 'Sliding on the surface',

  'history.event.confirmed': 'The receiver confirmed a gentle pull',
  'history.event.easeOff': 'Ease off',
  'history.event.stop': 'Stop',
  'history.event.pain': 'Pain',
  'history.event.pause': 'Pause',
  'history.event.rampPrompt': 'The receiver was asked to confirm',

  // Stops
  'history.stop.item': '{time}: {trigger}',
  'history.stop.reason': 'Reason: {reason}',
  'history.stop.noReason': 'No reason given',
  'history.stopTrigger.stop': 'Stop was pressed',
  'history.stopTrigger.pain': 'Pain was pressed',
  'history.stopTrigger.painfulRating': 'A pull was rated painful',
  // The stop check's own words, so History names a reason exactly as the receiver chose it.
  'history.stopReason.finished': STOP_REASON_TEXT_EN.finished,
  'history.stopReason.wantedToStop': STOP_REASON_TEXT_EN.wantedToStop,
  'history.stopReason.discomfort': STOP_REASON_TEXT_EN.discomfort,
  'history.stopReason.slipped': STOP_REASON_TEXT_EN.slipped,
  'history.stopReason.sharpPain': STOP_REASON_TEXT_EN.sharpPain,
  'history.stopReason.numbness': STOP_REASON_TEXT_EN.numbness,
  'history.stopReason.dizziness': STOP_REASON_TEXT_EN.dizziness,
  'history.stopReason.urgentSign': STOP_REASON_TEXT_EN.urgentSign,

  // Data controls
  'history.data.heading': 'Your data',
  'history.data.privacy':
    'Everything is kept on this device. Nothing leaves it unless you export it.',
  'history.export.heading': 'Export',
  'history.export.hint':
    'A backup holds everything and can be imported again. CSV files open in a spreadsheet. ' +
    'The health-records file (FHIR) holds your pain ratings, for a clinician’s system.',
  'history.export.backup': 'Export backup (JSON)',
  'history.export.sessionsCsv': 'Export sessions (CSV)',
  'history.export.pullsCsv': 'Export pulls (CSV)',
  'history.export.fhir': 'Export for health records (FHIR)',
  'history.export.done': 'Your browser is saving {file}.',
  'history.export.leftOut':
    'Damaged sessions left out of this file: {count}. They cannot be read, so no export can ' +
    'hold them. They stay on this device as they are: to keep them, do not delete all data.',
  'history.export.profileLeftOut':
    'Your saved plan and stop signal could not be read on this device, so this backup does not ' +
    'hold them. Its sessions import as usual.',
  'history.export.failed': 'The export could not be made',
  'history.import.heading': 'Import a backup',
  'history.import.hint':
    'Only sessions that are new to this device are added; no session already here is changed. ' +
    'On a device where no session has been set up yet, the plan and stop signal come back too.',
  'history.import.label': 'Choose a backup file',
  'history.import.working': 'Importing {file}…',
  'history.import.done': 'Backup imported',
  'history.import.added': 'Sessions added: {count}.',
  'history.import.skipped': 'Skipped because they are already here: {count}.',
  'history.import.conflicts':
    'Kept as they were, because a different session with the same identifier is already ' +
    'here: {count}.',
  'history.import.profileRestored':
    'Restored from the backup: your plan, your stop signal, when the safety questions were ' +
    'last answered, and how the last session ended.',
  'history.import.safetyCarried':
    'Warning signs in the backup that this device did not have were added: the next check ' +
    'takes them into account.',
  'history.import.profileFailed':
    'The plan and stop signal in the backup could not be saved on this device: {message}',
  'history.import.rejected': 'This file was not imported',
  'history.import.nothingChanged': 'Nothing on this device was changed.',
  'history.import.problems': 'What is wrong with the file:',
  'history.import.readFailed': 'The file could not be read.',
  'history.import.tooLarge': 'This file is far too large to be a Tractus backup.',
  'history.import.problem.notJson': 'This file is not a Tractus backup: it is not a JSON file.',
  'history.import.problem.wrongFormat':
    'This file is not a Tractus backup: its format is not "{format}".',
  'history.import.problem.versionNotWhole':
    'This file is not a Tractus backup: its schemaVersion is not a whole number.',
  'history.import.problem.newerVersion':
    'This backup was made by a newer version of Tractus (backup version {version}); ' +
    'this app reads up to version {supported}. Update the app, then import again.',
  'history.import.problem.unsupportedVersion':
    'Backup version {version} is not supported by this version of Tractus.',
  'history.import.problem.upgradeFailed':
    'This backup (version {version}) could not be upgraded: {detail}',
  'history.import.problem.inSession': '{where} (session "{session}")',
  'history.import.problem.fieldName': '"{name}"',
  'history.import.problem.missing': '{place}: is missing',
  'history.import.problem.unexpectedField': '{place}: has unexpected field {names}',
  'history.import.problem.unexpectedFields': '{place}: has unexpected fields {names}',
  'history.import.problem.invalid': '{place}: {detail}',
  'history.import.problem.backupMissing': 'The backup is missing',
  'history.import.problem.backupUnexpectedField': 'The backup has unexpected field {names}',
  'history.import.problem.backupUnexpectedFields': 'The backup has unexpected fields {names}',
  'history.import.problem.backupInvalid': 'The backup {detail}',
  'history.import.problem.repeatedSession':
    '{place}: this session is in the file twice, first at {first}. A backup holds each ' +
    'session once, so which copy is right cannot be known.',
  'history.import.problem.more': 'Problems not listed: {count}.',
  'history.import.failed': 'The import could not be saved, so nothing was added',
  'history.delete.heading': 'Delete all data',
  'history.delete.start': 'Delete all data',
  'history.delete.warning':
    'This deletes every session, your stop signal, your screening dates and your plan on this ' +
    'device: the next session starts from the default plan. Your settings (language, voice, ' +
    'sounds and display) stay, and so does what the next safety questions must still ask about: ' +
    'an urgent or "do not use" outcome, and the warning signs your last session ended with. It ' +
    'cannot be undone. Export a backup first if you may want ' +
    'your sessions later.',
  'history.delete.confirm': 'I understand this deletes every session on this device',
  'history.delete.confirmError': 'Tick the box above to confirm, or choose Cancel.',
  'history.delete.go': 'Delete everything',
  'history.delete.cancel': 'Cancel',
  'history.delete.working': 'Deleting…',
  'history.delete.done':
    'Every session, your stop signal, your screening dates and your plan on this device have ' +
    'been deleted. Your settings were kept.',
  'history.delete.failed': 'The data could not be deleted',
} as const;
