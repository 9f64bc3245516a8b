// Spanish words for the app frame: home, recovery after an interruption, the audio check phrase.
import type { app as english } from '../en/app';

export const app = {
  'home.title': 'Tractus',
  'home.intro':
    'Una guía tranquila, paso a paso, para la tracción lumbar con ayuda de otra persona. No es un tratamiento.',
  'home.begin': 'Empezar una sesión',
  'home.history': 'Historial',
  'home.settings': 'Ajustes',
  'home.screeningDue':
    'Primero van las preguntas de seguridad completas: han pasado 30 días o más.',
  'home.screeningFirst': 'Primero van las preguntas de seguridad completas.',
  'home.screeningAfterAvoid':
    'Primero van las preguntas de seguridad completas: según tus últimas respuestas, no se debe usar la tracción.',
  'home.preCheck': 'Primero, una breve comprobación: «¿Ha cambiado algo?».',
  'home.urgentToday.title': 'Busca atención médica urgente ahora',
  'home.urgentToday.body':
    'Hoy ya le has indicado a Tractus una señal de que un médico debe revisarte hoy. No uses la tracción. Si aún no te han revisado, contacta ahora con un servicio de urgencias o acude a urgencias, o llama al número de emergencias de tu zona.',
  'home.urgentToday.next':
    'Hoy no habrá sesión. A partir de mañana podrás volver a hacer una sesión, después de que un profesional de la salud te haya revisado.',
  'home.avoidToday.title': 'Hoy no uses la tracción',
  'home.avoidToday.body':
    'Según tus respuestas de hoy, no se debe usar la tracción con ayuda de otra persona. Habla de tu espalda con un médico o un fisioterapeuta: pueden aconsejarte qué es seguro para ti.',
  'home.avoidToday.next':
    'Hoy no habrá sesión. A partir de mañana se vuelven a hacer todas las preguntas de seguridad.',
  'home.plan':
    'Tu plan: mantener {hold} s (hasta {holdMax} s), soltar en {release} s, descansar {rest} s, {total} minutos en total.',
  'recovery.title': 'La sesión se interrumpió',
  'recovery.releaseNow': 'Quien ayuda: suelta despacio ahora.',
  'recovery.explain':
    'Tractus se cerró durante una sesión. Si todavía estás tirando, suelta ahora despacio y con suavidad, y después descansa.',
  'recovery.saved':
    'Todo lo registrado antes de la interrupción se conserva. La sesión queda marcada como interrumpida.',
  'recovery.damaged':
    'El registro de esa sesión estaba dañado en este dispositivo y no se ha podido conservar.',
  'recovery.released': 'Ya hemos soltado: continuar',
  'recovery.saveFailed': 'No se pudo guardar la sesión interrumpida: {message}',
  'setup.audioCheckPhrase':
    'Esta es la prueba de sonido de Tractus. Si ambas personas la oyen bien, marca la casilla: los dos lo hemos oído.',
  'app.loadFailed':
    'Esta parte de Tractus no se pudo cargar. Comprueba la conexión y vuelve a intentarlo; si sigue fallando, vuelve a cargar la página.',
  'app.retry': 'Volver a intentarlo',
  'storage.settingsResetTitle': 'Algunos ajustes se han restablecido',
  'storage.title': 'Problema de almacenamiento',
  'storage.message.quota':
    'El almacenamiento de este dispositivo está lleno y Tractus no pudo guardar. Libera espacio, o exporta una copia de seguridad y borra sesiones antiguas, y vuelve a intentarlo.',
  'storage.message.unavailable':
    'Este navegador no permite que Tractus guarde datos (navegación privada o almacenamiento desactivado).',
  'storage.message.blocked':
    'Tractus está abierto en otra pestaña con una versión distinta, así que esta pestaña no puede acceder a tus datos guardados. Cierra las otras pestañas de Tractus y vuelve a cargar esta página.',
  'storage.message.upgradedElsewhere':
    'Se abrió una versión más nueva de Tractus en otra pestaña. Vuelve a cargar esta página para seguir guardando.',
  'storage.message.newerData':
    'Tus datos los guardó una versión más nueva de Tractus. Vuelve a cargar esta página para actualizar.',
  'storage.message.inMemory':
    'Las sesiones siguen funcionando, pero solo se conservan hasta que se cierre esta página: exporta una copia de seguridad para guardarlas.',
  'storage.message.unknown': 'Tractus no pudo leer ni guardar sus datos',
  'storage.message.damagedSession':
    'Esta sesión está dañada en este dispositivo y no se puede mostrar. Se ha dejado como estaba.',
  'storage.message.damagedProfile':
    'Tu plan y tu señal de parada guardados estaban dañados en este dispositivo; se usan los valores predeterminados.',
  'storage.message.settingsUnavailable': 'Los ajustes no se pueden guardar en este dispositivo.',
  'storage.message.settingsFull':
    'El almacenamiento del dispositivo está lleno: no se guardaron los ajustes.',
  'storage.message.settingsFailed': 'No se pudieron guardar los ajustes en este dispositivo.',
  'storage.message.settingsUnreadable': 'No se pudieron leer los ajustes en este dispositivo.',
  'storage.message.settingsKeptUnsaved':
    'No se pudieron leer los ajustes en este dispositivo, así que los cambios solo duran hasta que se cierre Tractus; tus ajustes guardados se quedan como estaban.',
  'storage.message.settingsReset':
    'Algunos ajustes guardados no se pudieron leer y han vuelto a sus valores predeterminados. Revísalos en Ajustes.',
  'storage.message.settingsDamaged': 'Los ajustes guardados estaban dañados y se han restablecido.',
} satisfies Record<keyof typeof english, string>;
