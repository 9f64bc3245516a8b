// German words for the set-up checklist: each item, why it matters, and the audio check.
import type { setup as english } from '../en/setup';

export const setup = {
  'setup.title': 'Gemeinsam vorbereiten',
  'setup.intro':
    'Haken Sie jeden Punkt ab, sobald er erledigt ist. Jeder Punkt hilft, jeden Zug sicher zu machen.',
  'setup.surface.label': 'Eine stabile, rutschfeste Unterlage',
  'setup.surface.why':
    'Eine feste Matte auf dem Boden oder ein stabiles Bett ohne Rollen, damit während eines Zugs niemand rutscht.',
  'setup.room.label': 'Platz, damit sich die helfende Person zurücklehnen kann',
  'setup.room.why':
    'Die helfende Person zieht, indem sie sich zurücklehnt. Hinter ihr dürfen also keine Möbel und keine Stolperfallen sein.',
  'setup.receiver.label': 'Die liegende Person liegt auf dem Rücken und ist ganz entspannt',
  'setup.receiver.why':
    'Bei entspannten Muskeln genügt ein sanfter Zug. Halten Sie das Handy für „Stop“ in Reichweite.',
  'setup.partner.label': 'Die helfende Person steht stabil',
  'setup.partner.why':
    'Füße auseinander, Knie locker, Arme lang. Mit dem Körpergewicht ziehen, nicht mit Armkraft, damit der Zug langsam und gleichmäßig bleibt.',
  'setup.audio.heading': 'Tontest',
  'setup.audio.why':
    'Die Sitzung wird mit Ton geführt, damit die helfende Person auf die liegende Person schauen kann statt auf den Bildschirm. Prüfen Sie, ob Sie beide es hören.',
  'setup.audio.play': 'Tontest abspielen',
  'setup.audio.playing': 'Tontest wird abgespielt…',
  'setup.audio.played': 'Der Tontest wurde abgespielt. Haben Sie ihn beide gehört?',
  'setup.audio.playedVoice':
    'Der Tontest hat einen Satz gesprochen, ohne Signalton: Pieptöne sind in den Einstellungen ausgeschaltet. Haben Sie ihn beide gehört?',
  'setup.audio.playedBeep':
    'Der Tontest hat einen Signalton abgespielt, ohne Worte: Gesprochene Hinweise sind in den Einstellungen ausgeschaltet, daher ist jeder Hinweis ein Signalton mit Text. Haben Sie ihn beide gehört?',
  'setup.audio.playedStop':
    'Der Tontest hat den „Stop“-Ton abgespielt. Gesprochene Hinweise und Pieptöne sind in den Einstellungen ausgeschaltet, daher geben in der Sitzung nur „Stop“ und das Lösen einen Ton: Die helfende Person muss für alle anderen Hinweise auf den Bildschirm schauen. Haben Sie ihn beide gehört?',
  'setup.audio.failed':
    'Der Tontest konnte nicht abgespielt werden. Drehen Sie die Lautstärke auf, prüfen Sie, ob Ton erlaubt ist, und versuchen Sie es erneut.',
  'setup.audio.voiceFailed':
    'Die Stimme konnte auf diesem Gerät nicht abgespielt werden. Jeder Hinweis wird trotzdem als Text angezeigt, mit einem Signalton.',
  'setup.audio.voiceFailedStopOnly':
    'Die Stimme konnte auf diesem Gerät nicht abgespielt werden, und Pieptöne sind in den Einstellungen ausgeschaltet, daher hat der Tontest stattdessen den „Stop“-Ton abgespielt. In der Sitzung geben nur „Stop“ und das Lösen einen Ton: Die helfende Person muss für alle anderen Hinweise auf den Bildschirm schauen.',
  'setup.audio.heard': 'Wir haben es beide gehört',
  'setup.audio.notPlayed':
    'Spielen Sie zuerst den Tontest ab und haken Sie dies dann ab, wenn Sie ihn beide gehört haben.',
  'setup.item.error': 'Haken Sie dies ab, sobald es erledigt ist.',
  'setup.missing.heading': 'Noch zu erledigen, bevor es weitergeht:',
} satisfies Record<keyof typeof english, string>;
