// Spanish words for History: the session list, trends, one session's details and the data controls.
import type { history as english } from '../en/history';

export const history = {
  'history.damaged':
    'Sesiones dañadas que no se pueden mostrar: {count}. Están guardadas en este dispositivo y se han dejado como estaban.',
  'history.title': 'Historial',
  'history.loading': 'Cargando tus sesiones…',
  'history.loadFailed': 'No se pudieron cargar tus sesiones',
  'history.retry': 'Volver a intentarlo',
  'history.empty.title': 'Aún no hay sesiones',
  'history.empty.body':
    'Cada sesión que termines aparece aquí, con sus tracciones, el tiempo en tracción y las valoraciones de dolor. Para recuperar sesiones de otro dispositivo, importa una copia de seguridad más abajo.',

  // The list
  'history.sessions.heading': 'Sesiones',
  'history.sessions.showing': 'Sesiones mostradas: {shown} de {total}, primero las más recientes.',
  'history.sessions.showMore': 'Mostrar más',
  'history.session.unknownDate': 'Fecha desconocida',
  'history.session.pulls': 'Tracciones',
  'history.session.traction': 'En tracción',
  'history.session.pain': 'Dolor antes → después',
  'history.session.ended': 'Cómo terminó',
  'history.session.redFlag': 'Se registró una señal de alarma',
  'history.session.open': 'Detalles',
  'history.session.openFull': 'Detalles de la sesión del {date}',

  // Values
  'history.unit.seconds': '{n} s',
  'history.unit.minutes': '{n} min',
  'history.pain.change': '{before} → {after}',
  'history.pain.changeSpoken': '{before} antes, {after} después',
  'history.pain.none': 'sin indicar',

  // How a session ended
  'history.end.completed': 'Terminada según el plan',
  'history.end.receiverEnded': 'Terminada antes, por decisión propia',
  'history.end.redFlag': 'Terminada por una señal de alarma',
  'history.end.urgent': 'Terminada con el consejo de buscar atención médica urgente',
  'history.end.interrupted': 'Interrumpida: la app se cerró antes de que terminara la sesión',
  'history.end.none': 'Sin terminar',

  // Trends
  'history.trends.heading': 'Tendencias',
  'history.trends.loading': 'Cargando las tendencias…',
  'history.trends.loadFailed': 'No se pudieron cargar las tendencias',
  'history.trends.caveat':
    'El dolor cambia por muchos motivos. Estos gráficos muestran lo que has registrado; no demuestran que la tracción haya causado un cambio.',
  'history.trends.tooFew': 'Todavía hay muy pocas sesiones para mostrar una tendencia',
  'history.trends.tooFewWeeks': 'Todavía hay muy pocas semanas para mostrar una tendencia',
  'history.trends.tooFewDetail': 'Sesiones con valoración de dolor hasta ahora: {count}.',
  'history.trends.tooFewWeeksDetail': 'Semanas con alguna sesión hasta ahora: {count}.',
  'history.chart.loading': 'Dibujando el gráfico…',
  'history.chart.failed': 'No se pudo dibujar el gráfico. Los números están debajo.',
  'history.painTrend.heading': 'Dolor antes y después de cada sesión',
  'history.painTrend.chart':
    'Gráfico del dolor antes y después de cada sesión, de 0 a 10. Los números están en la tabla de abajo.',
  'history.painTrend.before': 'Dolor antes',
  'history.painTrend.after': 'Dolor después',
  'history.painTrend.axis': 'Dolor (0–10)',
  'history.painTrend.numbers': 'Los números: dolor antes y después de cada sesión',
  'history.painTrend.caption': 'Dolor antes y después de cada sesión, primero las más antiguas',
  'history.tractionTrend.heading': 'Minutos en tracción por semana',
  'history.tractionTrend.chart':
    'Gráfico de barras de los minutos en tracción por semana. Los números están en la tabla de abajo.',
  'history.tractionTrend.series': 'Minutos en tracción',
  'history.tractionTrend.axis': 'Minutos',
  'history.tractionTrend.numbers': 'Los números: minutos en tracción por semana',
  'history.tractionTrend.caption': 'Minutos en tracción por semana, primero las más antiguas',
  'history.table.date': 'Fecha',
  'history.table.weekStarting': 'Semana que empieza el',
  'history.table.minutes': 'Minutos',
  'history.table.sessions': 'Sesiones',

  // One session
  'history.detail.title': 'Sesión del {date}',
  'history.detail.titleUnknown': 'Sesión',
  'history.detail.loading': 'Cargando la sesión…',
  'history.detail.loadFailed': 'No se pudo cargar esta sesión',
  'history.detail.notFound': 'Esta sesión ya no está en este dispositivo.',
  'history.detail.summary': 'Resumen',
  'history.detail.technique': 'Técnica',
  'history.detail.longestHold': 'Tiempo mantenido más largo',
  'history.detail.activeTime': 'Tiempo de sesión (sin contar las pausas)',
  'history.detail.screening': 'Preguntas de seguridad',
  'history.detail.stopSignal': 'Señal de parada acordada',
  'history.detail.stopSignalValue': 'Palabra: «{word}». Señal: {physical}',
  'history.detail.plan': 'El plan utilizado',
  'history.detail.pulls': 'Tracciones',
  'history.detail.noPulls': 'En esta sesión no se empezó ninguna tracción.',
  'history.detail.stops': 'Paradas',
  'history.detail.noStops': 'Sin paradas.',
  'history.detail.redFlags': 'Señales de alarma',
  'history.detail.noRedFlags': 'Ninguna registrada.',
  'history.detail.redFlagAdvice':
    'Consulta a un profesional antes de la próxima sesión. La próxima comprobación volverá a preguntar por esto.',
  'history.detail.notes': 'Notas',
  'history.detail.noNotes': 'Sin notas.',
  'history.screening.clear': 'Nada en las preguntas de seguridad descartó la tracción',
  'history.screening.askFirst':
    'Consultar antes: un profesional de la salud dio su conformidad el {date}',
  'history.screening.askFirstUndated':
    'Consultar antes: un profesional de la salud dio su conformidad',
  'history.plan.hold': 'Tiempo mantenido inicial',
  'history.plan.holdMax': 'Tiempo mantenido máximo permitido',
  'history.plan.release': 'Tiempo para soltar',
  'history.plan.rest': 'Descanso entre tracciones',
  'history.plan.total': 'Tiempo total',

  // One pull
  'history.pull.title': 'Tracción {n}',
  'history.pull.ramp': 'Inclinarse hacia atrás (subida)',
  'history.pull.rampConfirmed': '{seconds} s; quien recibe confirmó una tracción suave',
  'history.pull.rampUnconfirmed': '{seconds} s, sin confirmar',
  'history.pull.hold': 'Tiempo mantenido',
  'history.pull.holdValue': '{actual} s mantenidos de {target} s previstos',
  'history.pull.release': 'Soltar',
  'history.pull.releaseReason': 'Por qué se soltó',
  'history.pull.late':
    'El dispositivo estaba en reposo: se soltó {seconds} s después de lo previsto',
  'history.pull.rating': 'Valoración',
  'history.pull.discomfort': 'Molestias en',
  'history.pull.noDiscomfort': 'Ninguna parte',
  'history.pull.events': 'Qué pasó',
  'history.pull.noEvents': 'Nada más',
  'history.pull.event': '{time}: {event}',
  'history.time.fromStart': '{minutes}:{seconds}',

  'history.releaseReason.holdComplete': 'Se mantuvo todo el tiempo previsto',
  'history.releaseReason.rampCap': 'La confirmación no llegó a tiempo',
  'history.releaseReason.stop': 'Se pulsó «Stop»',
  'history.releaseReason.pain': 'Se indicó dolor',
  'history.releaseReason.pause': 'Se pulsó «Pause»',
  'history.releaseReason.timeUp': 'Se acabó el tiempo de la sesión',
  'history.releaseReason.none': 'No registrado (la app se cerró)',

  'history.rating.tooGentle': 'Demasiado suave',
  'history.rating.justRight': 'En su punto',
  'history.rating.tooStrong': 'Demasiado fuerte',
  'history.rating.painful': 'Con dolor',
  'history.rating.none': 'Sin valorar',

  'history.discomfort.ankles': 'Tobillos',
  'history.discomfort.knees': 'Rodillas',
  'history.discomfort.hips': 'Caderas',
  'history.discomfort.belt': 'Bajo el cinturón',
  'history.discomfort.sliding': 'Resbalar sobre la superficie',

  'history.event.confirmed': 'Quien recibe confirmó una tracción suave',
  'history.event.easeOff': 'Aflojar un poco',
  'history.event.stop': 'Parar',
  'history.event.pain': 'Dolor',
  'history.event.pause': 'Pausa',
  'history.event.rampPrompt': 'Se pidió confirmación a quien recibe',

  // Stops
  'history.stop.item': '{time}: {trigger}',
  'history.stop.reason': 'Motivo: {reason}',
  'history.stop.noReason': 'Sin motivo indicado',
  'history.stopTrigger.stop': 'Se pulsó «Stop»',
  'history.stopTrigger.pain': 'Se pulsó «Dolor»',
  'history.stopTrigger.painfulRating': 'Una tracción se valoró como dolorosa',
  'history.stopReason.finished': 'Terminado',
  'history.stopReason.wantedToStop': 'Solo quería parar',
  'history.stopReason.discomfort': 'Resultaba incómodo',
  'history.stopReason.slipped':
    'El agarre o el cinturón resbaló, o quien ayuda perdió el equilibrio',
  'history.stopReason.sharpPain': 'Dolor agudo, o dolor que baja por una pierna',
  'history.stopReason.numbness': 'Entumecimiento, hormigueo o debilidad nuevos',
  'history.stopReason.dizziness': 'Mareo o náuseas',
  'history.stopReason.urgentSign':
    'Entumecimiento alrededor de los genitales, las nalgas o la cara interna de los muslos; dificultad nueva para orinar o pérdida del control de la vejiga o del intestino; entumecimiento o debilidad en ambas piernas, o debilidad en una pierna que va a peor; problemas sexuales nuevos junto con dolor de espalda',

  // Data controls
  'history.data.heading': 'Tus datos',
  'history.data.privacy':
    'Todo se guarda en este dispositivo. Nada sale de él a menos que lo exportes.',
  'history.export.heading': 'Exportar',
  'history.export.hint':
    'Una copia de seguridad lo contiene todo y se puede volver a importar. Los archivos CSV se abren en una hoja de cálculo. El archivo para historias clínicas (FHIR) contiene tus valoraciones de dolor, para el sistema de un profesional de la salud.',
  'history.export.backup': 'Exportar copia de seguridad (JSON)',
  'history.export.sessionsCsv': 'Exportar sesiones (CSV)',
  'history.export.pullsCsv': 'Exportar tracciones (CSV)',
  'history.export.fhir': 'Exportar para historias clínicas (FHIR)',
  'history.export.done': 'Tu navegador está guardando {file}.',
  'history.export.leftOut':
    'Sesiones dañadas que faltan en este archivo: {count}. No se pueden leer, así que ninguna exportación puede contenerlas. Siguen en este dispositivo tal como estaban: para conservarlas, no borres todos los datos.',
  'history.export.profileLeftOut':
    'Tu plan y tu señal de parada guardados no se pudieron leer en este dispositivo, así que esta ' +
    'copia de seguridad no los incluye. Sus sesiones se importan con normalidad.',
  'history.export.failed': 'No se pudo hacer la exportación',
  'history.import.heading': 'Importar una copia de seguridad',
  'history.import.hint':
    'Solo se añaden las sesiones que son nuevas en este dispositivo; no se cambia ninguna sesión que ya esté aquí. En un dispositivo donde aún no se ha preparado ninguna sesión, también se recuperan el plan y la señal de parada.',
  'history.import.label': 'Elige un archivo de copia de seguridad',
  'history.import.working': 'Importando {file}…',
  'history.import.done': 'Copia de seguridad importada',
  'history.import.added': 'Sesiones añadidas: {count}.',
  'history.import.skipped': 'Omitidas porque ya estaban aquí: {count}.',
  'history.import.conflicts':
    'Se mantienen como estaban, porque ya hay aquí otra sesión con el mismo identificador: {count}.',
  'history.import.profileRestored':
    'Recuperado de la copia de seguridad: tu plan, tu señal de parada, cuándo se respondieron por última vez las preguntas de seguridad y cómo terminó la última sesión.',
  'history.import.safetyCarried':
    'Se añadieron las señales de alarma de la copia de seguridad que este dispositivo no tenía: la próxima comprobación las tiene en cuenta.',
  'history.import.profileFailed':
    'El plan y la señal de parada de la copia de seguridad no se pudieron guardar en este dispositivo: {message}',
  'history.import.rejected': 'Este archivo no se importó',
  'history.import.nothingChanged': 'No se ha cambiado nada en este dispositivo.',
  'history.import.problems': 'Qué falla en el archivo:',
  'history.import.readFailed': 'No se pudo leer el archivo.',
  'history.import.tooLarge':
    'Este archivo es demasiado grande para ser una copia de seguridad de Tractus.',
  'history.import.problem.notJson':
    'Este archivo no es una copia de seguridad de Tractus: no es un archivo JSON.',
  'history.import.problem.wrongFormat':
    'Este archivo no es una copia de seguridad de Tractus: su formato no es «{format}».',
  'history.import.problem.versionNotWhole':
    'Este archivo no es una copia de seguridad de Tractus: su schemaVersion no es un número entero.',
  'history.import.problem.newerVersion':
    'Esta copia de seguridad se hizo con una versión más reciente de Tractus (versión de copia {version}); esta app lee hasta la versión {supported}. Actualiza la app y vuelve a importarla.',
  'history.import.problem.unsupportedVersion':
    'Esta versión de Tractus no admite copias de seguridad de la versión {version}.',
  'history.import.problem.upgradeFailed':
    'No se pudo actualizar esta copia de seguridad (versión {version}): {detail}',
  'history.import.problem.inSession': '{where} (sesión «{session}»)',
  'history.import.problem.fieldName': '«{name}»',
  'history.import.problem.missing': '{place}: falta',
  'history.import.problem.unexpectedField': '{place}: tiene un campo inesperado, {names}',
  'history.import.problem.unexpectedFields': '{place}: tiene campos inesperados, {names}',
  'history.import.problem.invalid': '{place}: {detail}',
  'history.import.problem.backupMissing': 'Falta la copia de seguridad',
  'history.import.problem.backupUnexpectedField':
    'La copia de seguridad tiene un campo inesperado, {names}',
  'history.import.problem.backupUnexpectedFields':
    'La copia de seguridad tiene campos inesperados, {names}',
  'history.import.problem.backupInvalid': 'Copia de seguridad: {detail}',
  'history.import.problem.repeatedSession':
    '{place}: esta sesión está dos veces en el archivo, primero en {first}. Una copia de ' +
    'seguridad tiene cada sesión una sola vez, así que no se puede saber qué copia es la buena.',
  'history.import.problem.more': 'Problemas que no se muestran: {count}.',
  'history.import.failed': 'No se pudo guardar la importación, así que no se añadió nada',
  'history.delete.heading': 'Borrar todos los datos',
  'history.delete.start': 'Borrar todos los datos',
  'history.delete.warning':
    'Esto borra todas las sesiones, tu señal de parada, las fechas de tus preguntas de seguridad y tu plan en este dispositivo: la próxima sesión empieza con el plan predeterminado. Tus ajustes (idioma, voz, sonidos y pantalla) se mantienen. También se conserva lo que las próximas preguntas de seguridad aún deben preguntar: un resultado urgente o de «no usar» y las señales de alarma con las que terminó tu última sesión. No se puede deshacer. Si quizá quieras tus sesiones más adelante, exporta antes una copia de seguridad.',
  'history.delete.confirm': 'Entiendo que esto borra todas las sesiones de este dispositivo',
  'history.delete.confirmError': 'Marca la casilla de arriba para confirmar, o elige «Cancelar».',
  'history.delete.go': 'Borrarlo todo',
  'history.delete.cancel': 'Cancelar',
  'history.delete.working': 'Borrando…',
  'history.delete.done':
    'Se han borrado todas las sesiones, tu señal de parada, las fechas de tus preguntas de seguridad y tu plan en este dispositivo. Tus ajustes se han mantenido.',
  'history.delete.failed': 'No se pudieron borrar los datos',
} satisfies Record<keyof typeof english, string>;
