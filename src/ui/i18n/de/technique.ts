// German words for choosing a technique. The two option names stay in English (assistive
// technology and tests rely on them); each summary starts with the German name.
import type { technique as english } from '../en/technique';

export const technique = {
  'technique.title': 'Technik wählen',
  'technique.intro':
    'Beides sind langsame, sanfte Züge. Wählen Sie die Technik, die für Sie beide passt. Vor jeder Sitzung können Sie neu wählen.',
  'technique.legend': 'Technik',
  'technique.error': 'Wählen Sie eine Technik.',
  'technique.stepsHeading': 'Schritte',
  'technique.ankleHold': 'Ankle hold',
  'technique.ankleHold.summary':
    'Halten an den Knöcheln: Die helfende Person hält beide Beine knapp oberhalb der Knöchel.',
  'technique.ankleHold.step1':
    'Die liegende Person liegt auf dem Rücken, die Beine gestreckt und entspannt.',
  'technique.ankleHold.step2':
    'Die helfende Person steht an den Füßen der liegenden Person und umgreift beide Beine knapp oberhalb der Sprunggelenke, nie am Gelenk selbst.',
  'technique.ankleHold.step3':
    'Mit langen Armen lehnt sich die helfende Person langsam zurück, sodass der Zug aus dem Körpergewicht kommt.',
  'technique.ankleHold.step4':
    'Der Zug baut sich allmählich in Richtung der Füße auf und bleibt dann beim Halten gleichmäßig.',
  'technique.pelvicBelt': 'Pelvic belt',
  'technique.pelvicBelt.summary':
    'Beckengurt: Ein breites Handtuch oder ein Gurt um die Oberschenkel, nah an der Hüfte.',
  'technique.pelvicBelt.step1': 'Verwenden Sie ein kräftiges, breites Handtuch oder einen Gurt.',
  'technique.pelvicBelt.step2':
    'Legen Sie es um die Oberschenkel oder das Kreuzbein der liegenden Person (den flachen Knochen am unteren Ende der Wirbelsäule), nah an der Hüfte.',
  'technique.pelvicBelt.step3': 'Prüfen Sie, dass der Gurt nicht in die Leiste drückt.',
  'technique.pelvicBelt.step4':
    'Die helfende Person hält mit festem, stabilisierendem Druck das Becken und lenkt dabei einen sanften Zug in Richtung Knie oder Füße.',
} satisfies Record<keyof typeof english, string>;
