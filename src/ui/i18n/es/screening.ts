// Spanish words for the safety screening, the "anything changed?" check and their outcomes.
import type { screening as english } from '../en/screening';

export const screening = {
  // Every question the domain can ask; a yes always means the concern applies.
  'screening.q.spinalInstability':
    '¿Te han dicho que tu columna es inestable, que tienes una fractura reciente en la columna o que los ligamentos de la espalda están muy flojos?',
  'screening.q.weakenedBone':
    '¿Te han dicho que tienes osteoporosis grave (huesos frágiles) u otra afección que debilita los huesos de la columna, como un tumor o una infección activa en la columna?',
  'screening.q.backSurgery': '¿Te han operado de la espalda?',
  'screening.q.painWorseWithStretch':
    '¿Tienes un dolor repentino o agudo, o un dolor que se extiende (por ejemplo, por una pierna), que empeora cuando se estira o se tira de la espalda?',
  'screening.q.numbnessOrWeakness':
    '¿Tienes entumecimiento, hormigueo o debilidad muscular que sean nuevos o vayan a peor?',
  'screening.q.pregnancy': '¿Estás embarazada o podrías estarlo?',
  'screening.q.saddleNumbness':
    '¿Notas entumecimiento alrededor de los genitales, las nalgas o la cara interna de los muslos?',
  'screening.q.bladderOrBowel':
    '¿Has tenido hace poco una dificultad nueva para orinar, o has perdido el control de la vejiga o del intestino?',
  'screening.q.sexualDysfunction':
    '¿Has notado problemas nuevos en la función sexual junto con el dolor de espalda?',
  'screening.q.legWeakness':
    '¿Tienes entumecimiento o debilidad en ambas piernas, o debilidad en una pierna que va a peor?',
  'screening.q.cancerOrUnwell':
    '¿Has tenido cáncer alguna vez, has perdido peso sin saber por qué, o has tenido fiebre o malestar general junto con el dolor de espalda?',
  'screening.q.fallOrAccident':
    '¿Empezó el dolor de espalda después de una caída fuerte o un accidente?',
  'screening.q.steroidsOrImmunity':
    '¿Tomas corticoides durante mucho tiempo, o tienes el sistema inmunitario debilitado (por una enfermedad o un medicamento)?',
  'screening.q.inflammatoryArthritis':
    '¿Tienes artritis inflamatoria, como artritis reumatoide o espondilitis anquilosante?',
  'screening.q.aneurysmOrHernia':
    '¿Tienes un aneurisma de aorta abdominal conocido (la arteria principal del vientre ensanchada), una hernia en el vientre o una hernia de hiato?',
  'screening.q.bloodPressureHeartLung':
    '¿Tienes la presión arterial alta y sin controlar, o una enfermedad grave del corazón o de los pulmones?',
  'screening.q.cannotLieFlat': '¿Te resulta incómodo tumbarte boca arriba, en plano?',
  'screening.q.ankleHoldJoints':
    '¿Has tenido una lesión, una prótesis o inestabilidad en una cadera, una rodilla o un tobillo?',
  'screening.q.pelvicBeltHipGroin':
    '¿Tienes una prótesis de cadera, una hernia en la ingle o un problema de circulación en las piernas?',
  'screening.q.changedNumbness':
    'Desde tu última sesión o comprobación, ¿ha aparecido o empeorado algún entumecimiento, hormigueo o debilidad?',
  'screening.q.changedPain':
    'Desde tu última sesión o comprobación, ¿ha aparecido o empeorado algún dolor agudo, o un dolor que baja por una pierna?',
  'screening.q.newInjury':
    '¿Has tenido una lesión nueva o una caída desde tu última sesión o comprobación?',
  'screening.q.newSurgery':
    'Desde tu última sesión o comprobación, ¿te han operado de la espalda o de la columna?',
  'screening.q.newOtherOperation':
    'Desde tu última sesión o comprobación, ¿te han hecho alguna otra operación?',
  'screening.q.stillSharpPain':
    '¿Sigues teniendo algo del dolor agudo, o que baja por una pierna, con el que terminó tu última sesión?',
  'screening.q.stillNumbness':
    '¿Sigues teniendo algo del entumecimiento, el hormigueo o la debilidad con los que terminó tu última sesión?',
  'screening.q.dizziness':
    '¿Has vuelto a tener mareo o náuseas desde tu última sesión, o los tienes ahora?',

  // What each yes means, in plain words, shown on the outcome screen; never a diagnosis.
  'screening.reason.spinalInstability':
    'Has dicho que tu columna podría ser inestable o tener una fractura reciente, o que los ligamentos están muy flojos. Una tracción podría mover partes de la columna que deben quedarse quietas.',
  'screening.reason.weakenedBone':
    'Has dicho que los huesos de tu columna podrían estar frágiles o debilitados. Una tracción podría lesionarlos.',
  'screening.reason.backSurgery':
    'Te han operado de la espalda en los últimos seis meses. La espalda necesita tiempo para curarse, y una tracción podría afectar a la recuperación.',
  'screening.reason.painWorseWithStretch':
    'Tienes un dolor agudo o que se extiende, y que empeora cuando se estira o se tira de la espalda. Una tracción podría empeorarlo.',
  'screening.reason.numbnessOrWeakness':
    'Tienes entumecimiento, hormigueo o debilidad nuevos o que van a peor. Una tracción podría empeorarlos.',
  'screening.reason.pregnancy':
    'Estás o podrías estar embarazada. El embarazo afloja las articulaciones y los ligamentos, así que una tracción podría estirarlos en exceso.',
  'screening.reason.saddleNumbness':
    'Entumecimiento alrededor de los genitales, las nalgas o la cara interna de los muslos.',
  'screening.reason.bladderOrBowel':
    'Dificultad nueva para orinar, o pérdida del control de la vejiga o del intestino.',
  'screening.reason.sexualDysfunction':
    'Problemas nuevos en la función sexual junto con dolor de espalda.',
  'screening.reason.legWeakness':
    'Entumecimiento o debilidad en ambas piernas, o debilidad en una pierna que va a peor.',
  'screening.reason.cancerOrUnwell':
    'Cáncer en el pasado, pérdida de peso sin motivo conocido, o fiebre o malestar general con dolor de espalda.',
  'screening.reason.fallOrAccident':
    'Dolor de espalda que empezó después de una caída fuerte o un accidente.',
  'screening.reason.steroidsOrImmunity':
    'Corticoides durante mucho tiempo, o un sistema inmunitario debilitado.',
  'screening.reason.inflammatoryArthritis':
    'Artritis inflamatoria, como artritis reumatoide o espondilitis anquilosante.',
  'screening.reason.aneurysmOrHernia':
    'Un aneurisma de aorta abdominal, una hernia en el vientre o una hernia de hiato.',
  'screening.reason.bloodPressureHeartLung':
    'Presión arterial alta sin controlar, o una enfermedad grave del corazón o de los pulmones.',
  'screening.reason.cannotLieFlat': 'Te resulta incómodo tumbarte boca arriba, en plano.',
  'screening.reason.ankleHoldJoints':
    'Una lesión, una prótesis o inestabilidad en una cadera, una rodilla o un tobillo. En la sujeción por los tobillos, la tracción pasa por estas articulaciones.',
  'screening.reason.pelvicBeltHipGroin':
    'Una prótesis de cadera, una hernia en la ingle o un problema de circulación en las piernas. El cinturón queda cerca de la ingle.',
  'screening.reason.changedNumbness':
    'Entumecimiento, hormigueo o debilidad que ha aparecido o empeorado desde tu última sesión o comprobación. Una tracción podría empeorarlo.',
  'screening.reason.changedPain':
    'Dolor agudo o que se extiende, que ha aparecido o empeorado desde tu última sesión o comprobación. Una tracción podría empeorarlo.',
  'screening.reason.newInjury':
    'Una lesión nueva o una caída desde tu última sesión o comprobación.',
  'screening.reason.newSurgery':
    'Una operación de espalda o de columna en los últimos seis meses. La espalda necesita tiempo para curarse, y una tracción podría afectar a la recuperación.',
  'screening.reason.newOtherOperation':
    'Una operación desde tu última sesión o comprobación (no de la espalda ni de la columna).',
  'screening.reason.stillSharpPain':
    'Dolor agudo o que se extiende, del final de tu última sesión, que sigue ahí. Una tracción podría empeorarlo.',
  'screening.reason.stillNumbness':
    'Entumecimiento, hormigueo o debilidad del final de tu última sesión que siguen ahí. Una tracción podría empeorarlos.',
  'screening.reason.dizziness':
    'Mareo o náuseas, como al final de tu última sesión, que han vuelto o siguen ahí.',

  'screening.title': 'Preguntas de seguridad',
  'screening.intro':
    'Algunos problemas de salud hacen que la tracción no sea segura. Estas preguntas son sobre quien recibe, la persona que se va a acostar. Responde a todas, por favor.',
  'screening.howToAnswer':
    'Responde «Yes» (sí) si te afecta y «No» si no. Si tienes dudas, responde «Yes»: es la opción más segura.',
  'screening.privacy': 'Tus respuestas se quedan en este dispositivo.',
  'screening.lastSession.title': 'Tu última sesión terminó antes de tiempo',
  'screening.lastSession.endedWith': 'Terminó por:',
  'screening.lastSession.askedAgain':
    'Las primeras preguntas de abajo vuelven a preguntar por esto. Respóndelas según cómo estás ahora.',
  'screening.lastSession.professional':
    'Antes de seguir, te recomendamos pedir consejo a un médico o un fisioterapeuta.',
  'screening.section.lastSession': 'Sobre cómo terminó tu última sesión',
  'screening.section.spine': 'Tu columna y tus huesos',
  'screening.section.symptoms': 'Cómo notas la espalda y las piernas',
  'screening.section.health': 'Tu salud en general',
  'screening.section.position': 'Acostarte y tus articulaciones',
  'screening.section.changes': 'Desde tu última sesión o comprobación',
  'screening.section.signs': 'Otras señales que comprobar',
  'screening.section.other': 'Otras preguntas',
  'screening.date.backSurgery': '¿Cuándo fue tu operación de espalda más reciente?',
  'screening.date.newSurgery':
    '¿Cuándo fue la operación de espalda o de columna? Si hubo más de una, indica la más reciente.',
  'screening.date.other': '¿Cuándo ocurrió? Si fue más de una vez, indica la fecha más reciente.',
  'screening.date.hint': 'Si no sabes el día exacto, elige el día más tardío en que pudo ser.',
  'screening.error.unanswered': 'Responde «Yes» o «No».',
  'screening.error.dateMissing': 'Escribe la fecha.',
  'screening.error.dateInvalid': 'Escribe una fecha real, con día, mes y año.',
  'screening.error.dateFuture':
    'La fecha no puede estar en el futuro. Escribe el día en que ocurrió, hoy o antes.',
  'screening.urgent.title': 'Busca atención médica urgente ahora',
  'screening.urgent.body':
    'Algunas de tus respuestas pueden ser señales de que un médico debe revisarte hoy. No uses la tracción.',
  'screening.urgent.action':
    'Contacta ahora con un servicio de urgencias o acude a urgencias, o llama al número de emergencias de tu zona. Cuéntales las señales de abajo.',
  'screening.urgent.reasonsHeading': 'Lo que nos has contado',
  'screening.urgent.noSession': 'Hoy no habrá sesión de tracción.',
  'screening.urgentToday.body':
    'Hoy ya le has indicado a Tractus una señal de que un médico debe revisarte hoy. No uses la tracción.',
  'screening.urgentToday.action':
    'Si aún no te han revisado, contacta ahora con un servicio de urgencias o acude a urgencias, o llama al número de emergencias de tu zona.',
  'screening.urgentToday.noSession':
    'Hoy no habrá sesión de tracción. A partir de mañana podrás volver a hacer una sesión, después de que un profesional de la salud te haya revisado. Primero se repetirán las preguntas de seguridad.',
  'screening.avoid.title': 'No uses la tracción',
  'screening.avoid.body':
    'Según tus respuestas, no se debe usar la tracción con ayuda de otra persona. Tirar de la espalda podría causar daño.',
  'screening.avoid.reasonsHeading': 'Por qué',
  'screening.avoid.professional':
    'Habla de tu espalda con un médico o un fisioterapeuta. Pueden aconsejarte qué es seguro para ti.',
  'screening.avoid.noSession': 'Tractus no guiará ninguna sesión mientras esto sea así.',
  'screening.avoidToday.note':
    'Diste estas respuestas hoy mismo, así que hoy no hay sesión. Las preguntas de seguridad se vuelven a hacer a partir de mañana.',
  'screening.askFirst.title': 'Habla primero con un profesional de la salud',
  'screening.askFirst.body':
    'Algunas de tus respuestas indican que un profesional de la salud debe comprobar, antes de empezar, que la tracción con ayuda de otra persona es adecuada para ti.',
  'screening.askFirst.reasonsHeading': 'Lo que un profesional debería saber',
  'screening.askFirst.urgentEarlier':
    'El {date} indicaste a Tractus una señal que necesitaba atención urgente. La tracción solo puede volver a empezar cuando un profesional de la salud te haya revisado desde entonces.',
  'screening.askFirst.notYet':
    'Si aún no has hablado de esto con un profesional de la salud, para aquí y vuelve cuando lo hayas hecho.',
  'screening.askFirst.confirm':
    'Un profesional de la salud ha revisado mi situación y está de acuerdo en que la tracción con ayuda de otra persona es adecuada para mí',
  'screening.askFirst.confirmHint': 'Con esta confirmación se guarda la fecha de hoy.',
  'screening.askFirst.error':
    'Marca esto solo cuando un profesional de la salud lo haya aprobado. Hasta entonces, no uses la tracción.',
  'screening.preSession.title': '¿Ha cambiado algo?',
  'screening.preSession.intro':
    'Antes de cada sesión, comprueba si ha cambiado algo para quien recibe, la persona que se va a acostar.',
} satisfies Record<keyof typeof english, string>;
