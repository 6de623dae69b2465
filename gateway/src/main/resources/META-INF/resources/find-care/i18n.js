// The page's own words in English and Spanish. Texts that come from the API (questions, levels of
// care, recommendations) are asked for in the same language with Accept-Language.
const TEXTS = {
  en: {
    skip: 'Skip to the form',
    crisisLineTitle: 'In crisis?', crisisLineCall: 'Call or text', crisisLine988: '988',
    crisisLineChat: '(Suicide & Crisis Lifeline)', crisisLineEmergency: 'In immediate danger, call',
    admissions: 'Admissions, 24/7:', languageLabel: 'Language', title: 'Find care',
    crisisTitle: 'Please reach out now',
    crisisDefault: 'If you or the person you are asking about may act on thoughts of harm, call or text 988 now, or call 911 if there is immediate danger.',
    crisisContinue: 'You can keep using this page once you are safe.',
    whoTitle: 'Who are you seeking help for?', whoLegend: 'I am looking for care for', whoSelf: 'Myself', whoLovedOne: 'A loved one',
    ageLegend: 'Age group of the person who needs care', ageAdult: 'Adult (18 or older)', ageAdolescent: 'Adolescent (12 to 17)',
    next: 'Next', back: 'Back', backToResults: 'Back to the places',
    screenTitle: 'A short screen',
    screenIntro: 'Pick what worries you most. The answers are scored by the same questionnaires clinicians use; nothing is stored until you ask for a recommendation.',
    answerForThem: 'Answer as the person you are asking about would: "you" in the questions means them.',
    screenLegend: 'What would you like to check?', screenAlcohol: 'Drinking (AUDIT-C, 3 questions)',
    screenDrugs: 'Drug use (DAST-10, 10 questions)', screenMood: 'Mood (PHQ-9, 9 questions)',
    questionsTitle: 'A few questions about the person', recommend: 'See the recommended care',
    recommendationTitle: 'Recommended level of care',
    notDiagnosis: 'This is decision support, not a diagnosis: a clinician confirms the level of care with the person.',
    findSites: 'Find a place near me',
    whereTitle: 'Where and how will you pay?', zipLabel: 'ZIP code', zipHint: '5 digits, or use your location instead.',
    useLocation: 'Use my location', radiusLabel: 'Distance', payerLabel: 'Insurance (optional)',
    payerHint: "Type your insurer's name, then pick it from the list. Leave empty if you have none.",
    planTypeLabel: 'Plan type', planTypeAny: 'Not sure', search: 'Show places',
    resultsTitle: 'Places that can help', filtersLegend: 'Only programs with sessions', evening: 'In the evening', weekend: 'On weekends',
    coverageTitle: 'Check my coverage',
    coverageIntro: 'Our admissions team checks your benefits with your insurer and calls you back. Your insurer is not contacted by this form.',
    firstName: "Patient's first name", lastName: "Patient's last name", dateOfBirth: "Patient's date of birth", dateHint: 'MM/DD/YYYY',
    phone: 'Phone', email: 'Email (optional)', preferredContact: 'How should we reach you?',
    contactPhone: 'Phone call', contactText: 'Text message', contactEmail: 'Email', payerName: 'Insurance company',
    memberId: 'Member ID (on the card)', groupNumber: 'Group number (optional)', relationship: "The patient is the policy holder's",
    relSelf: 'Self (the patient holds the policy)', relSpouse: 'Spouse or partner', relChild: 'Child', relOther: 'Other',
    holderLegend: 'The policy holder (the person whose name is on the card)', holderFirstName: "Policy holder's first name",
    holderLastName: "Policy holder's last name", holderDateOfBirth: "Policy holder's date of birth",
    consentText: "I agree that the care network's admissions team may use the information in this form to check my insurance benefits for treatment, and may contact me by the way I chose about the results. I understand this is not a guarantee of coverage and that my information is kept private.",
    consentAgree: 'I agree', send: 'Send my request', receiptTitle: 'We received your request',
    footerPrivacy: 'This page stores nothing on your device and sends your answers only to the care network.',
    helpline: 'SAMHSA National Helpline (free, confidential, 24/7, English and Spanish):',
    miles: (n) => `${n} miles`,
    required: 'Please choose an answer.', fixErrors: 'Please check the answers marked below.',
    whoRequired: 'Choose who the care is for.', ageRequired: 'Choose the age group.', instrumentRequired: 'Choose what to check.',
    zipOrLocation: 'Enter a 5-digit ZIP code, or use your location.',
    loading: 'Loading…', searching: 'Searching…', sending: 'Sending…',
    unavailable: 'This part of the service is not answering right now. Please try again, or call admissions.',
    locating: 'Finding your location…', located: 'Using your location.', locationDenied: 'Your location is not available; enter a ZIP code.',
    scoreOf: (name, total, band) => total === null || total === undefined ? `${name}: ${band}` : `${name}: ${total} points, ${band}`,
    detoxFirst: 'Withdrawal management (detox) comes first.', matConsider: 'Medication for addiction treatment (MAT) should be considered.',
    asam: (l) => `ASAM level ${l}`, hours: (h) => `About ${h}.`, why: 'Why this recommendation',
    livingLabel: 'Where the person lives', whoForLabel: 'Who it is for',
    noLevel: 'No level of care is recommended before the person is safe.',
    distance: (d) => `${d} miles away`, openings: (n) => n === 1 ? '1 opening today' : `${n} openings today`,
    noOpenings: 'No openings confirmed today', openingsUnknown: 'Openings not known: call to ask', confirmed: (when) => `confirmed ${when}`,
    stale: 'not confirmed recently: call to check', call: (p) => `Call ${p}`,
    network: { IN_NETWORK: 'In network', OUT_OF_NETWORK: 'Out of network', UNKNOWN: 'Network status unknown' },
    schedules: { DAY: 'day', EVENING: 'evening', WEEKEND: 'weekend' }, sessionsLabel: 'Sessions:',
    checkCoverage: 'Check my coverage', resultsCount: (n, level) => `${n} places offer ${level}.`,
    noResults: (r) => `No place offering this level of care was found within ${r} miles. Try a larger distance, or call admissions: they can help find a place.`,
    insuranceUnknown: 'We could not check insurance networks just now, so network status is unknown. The places below may still take your plan: call to ask.',
    assessmentUnknown: 'We could not read the recommendation just now; the places below run the level you chose.',
    coverageFor: (name) => `For ${name}`,
    receiptId: 'Reference number', receiptStatus: 'Status', receiptReceived: 'Received', receiptNetwork: 'In-network result',
    status: { RECEIVED: 'Received: admissions will call you back', IN_REVIEW: 'In review', VERIFIED: 'Verified', NOT_COVERED: 'Not covered', NEEDS_INFO: 'Needs more information', CONTACTED: 'Contacted' },
    dateInvalid: 'Enter the date as MM/DD/YYYY.', consentRequired: 'You must agree before sending.',
    fieldRequired: 'This is required.',
    planTypes: { PPO: 'PPO', HMO: 'HMO', EPO: 'EPO', POS: 'POS', MEDICAID: 'Medicaid', MEDICARE_ADVANTAGE: 'Medicare Advantage', TRICARE: 'TRICARE' },
  },
  es: {
    skip: 'Ir al formulario',
    crisisLineTitle: '¿En crisis?', crisisLineCall: 'Llame o envíe un mensaje de texto al', crisisLine988: '988',
    crisisLineChat: '(Línea de Prevención del Suicidio y Crisis)', crisisLineEmergency: 'Si hay peligro inmediato, llame al',
    admissions: 'Admisiones, 24/7:', languageLabel: 'Idioma', title: 'Encontrar atención',
    crisisTitle: 'Por favor, pida ayuda ahora',
    crisisDefault: 'Si usted o la persona por la que pregunta podría actuar sobre pensamientos de hacerse daño, llame o envíe un mensaje de texto al 988 ahora, o llame al 911 si hay peligro inmediato.',
    crisisContinue: 'Puede seguir usando esta página cuando esté a salvo.',
    whoTitle: '¿Para quién busca ayuda?', whoLegend: 'Busco atención para', whoSelf: 'Mí mismo o misma', whoLovedOne: 'Un ser querido',
    ageLegend: 'Grupo de edad de la persona que necesita atención', ageAdult: 'Adulto (18 años o más)', ageAdolescent: 'Adolescente (12 a 17 años)',
    next: 'Siguiente', back: 'Atrás', backToResults: 'Volver a los lugares',
    screenTitle: 'Una evaluación breve',
    screenIntro: 'Elija lo que más le preocupa. Las respuestas se puntúan con los mismos cuestionarios que usan los profesionales; no se guarda nada hasta que pida una recomendación.',
    answerForThem: 'Responda como lo haría la persona por la que pregunta: "usted" en las preguntas se refiere a ella.',
    screenLegend: '¿Qué le gustaría revisar?', screenAlcohol: 'El consumo de alcohol (AUDIT-C, 3 preguntas)',
    screenDrugs: 'El consumo de drogas (DAST-10, 10 preguntas)', screenMood: 'El estado de ánimo (PHQ-9, 9 preguntas)',
    questionsTitle: 'Algunas preguntas sobre la persona', recommend: 'Ver la atención recomendada',
    recommendationTitle: 'Nivel de atención recomendado',
    notDiagnosis: 'Esto es apoyo para decidir, no un diagnóstico: un profesional confirma el nivel de atención con la persona.',
    findSites: 'Buscar un lugar cerca',
    whereTitle: '¿Dónde y cómo pagará?', zipLabel: 'Código postal (ZIP)', zipHint: '5 dígitos, o use su ubicación.',
    useLocation: 'Usar mi ubicación', radiusLabel: 'Distancia', payerLabel: 'Seguro médico (opcional)',
    payerHint: 'Escriba el nombre de su aseguradora y elíjala de la lista. Déjelo vacío si no tiene.',
    planTypeLabel: 'Tipo de plan', planTypeAny: 'No estoy seguro', search: 'Mostrar lugares',
    resultsTitle: 'Lugares que pueden ayudar', filtersLegend: 'Solo programas con sesiones', evening: 'Por la noche', weekend: 'Los fines de semana',
    coverageTitle: 'Revisar mi cobertura',
    coverageIntro: 'Nuestro equipo de admisiones revisa sus beneficios con su aseguradora y le devuelve la llamada. Este formulario no contacta a su aseguradora.',
    firstName: 'Nombre del paciente', lastName: 'Apellido del paciente', dateOfBirth: 'Fecha de nacimiento del paciente', dateHint: 'MM/DD/AAAA',
    phone: 'Teléfono', email: 'Correo electrónico (opcional)', preferredContact: '¿Cómo prefiere que le contactemos?',
    contactPhone: 'Llamada', contactText: 'Mensaje de texto', contactEmail: 'Correo electrónico', payerName: 'Compañía de seguro',
    memberId: 'Número de miembro (en la tarjeta)', groupNumber: 'Número de grupo (opcional)', relationship: 'El paciente es, del titular de la póliza,',
    relSelf: 'El titular (el paciente tiene la póliza)', relSpouse: 'Cónyuge o pareja', relChild: 'Hijo o hija', relOther: 'Otro',
    holderLegend: 'El titular de la póliza (la persona cuyo nombre figura en la tarjeta)', holderFirstName: 'Nombre del titular',
    holderLastName: 'Apellido del titular', holderDateOfBirth: 'Fecha de nacimiento del titular',
    consentText: 'Acepto que el equipo de admisiones de la red de atención use la información de este formulario para revisar los beneficios de mi seguro para el tratamiento, y que me contacte por el medio que elegí sobre los resultados. Entiendo que esto no garantiza la cobertura y que mi información se mantiene privada.',
    consentAgree: 'Acepto', send: 'Enviar mi solicitud', receiptTitle: 'Recibimos su solicitud',
    footerPrivacy: 'Esta página no guarda nada en su dispositivo y envía sus respuestas solo a la red de atención.',
    helpline: 'Línea Nacional de Ayuda de SAMHSA (gratuita, confidencial, 24/7, en inglés y español):',
    miles: (n) => `${n} millas`,
    required: 'Elija una respuesta.', fixErrors: 'Revise las respuestas marcadas abajo.',
    whoRequired: 'Elija para quién es la atención.', ageRequired: 'Elija el grupo de edad.', instrumentRequired: 'Elija qué revisar.',
    zipOrLocation: 'Escriba un código postal de 5 dígitos, o use su ubicación.',
    loading: 'Cargando…', searching: 'Buscando…', sending: 'Enviando…',
    unavailable: 'Esta parte del servicio no responde en este momento. Inténtelo de nuevo, o llame a admisiones.',
    locating: 'Buscando su ubicación…', located: 'Usando su ubicación.', locationDenied: 'Su ubicación no está disponible; escriba un código postal.',
    scoreOf: (name, total, band) => total === null || total === undefined ? `${name}: ${band}` : `${name}: ${total} puntos, ${band}`,
    detoxFirst: 'Primero va el manejo de la abstinencia (desintoxicación).', matConsider: 'Se deben considerar medicamentos para el tratamiento de la adicción (MAT).',
    asam: (l) => `Nivel ASAM ${l}`, hours: (h) => `Aproximadamente ${h}.`, why: 'Por qué esta recomendación',
    livingLabel: 'Dónde vive la persona', whoForLabel: 'Para quién es',
    noLevel: 'No se recomienda un nivel de atención antes de que la persona esté a salvo.',
    distance: (d) => `a ${d} millas`, openings: (n) => n === 1 ? '1 plaza disponible hoy' : `${n} plazas disponibles hoy`,
    noOpenings: 'No hay plazas confirmadas hoy', openingsUnknown: 'Plazas no conocidas: llame para preguntar', confirmed: (when) => `confirmado ${when}`,
    stale: 'sin confirmar recientemente: llame para verificar', call: (p) => `Llamar al ${p}`,
    network: { IN_NETWORK: 'Dentro de la red', OUT_OF_NETWORK: 'Fuera de la red', UNKNOWN: 'Estado de la red desconocido' },
    schedules: { DAY: 'de día', EVENING: 'de noche', WEEKEND: 'fin de semana' }, sessionsLabel: 'Sesiones:',
    checkCoverage: 'Revisar mi cobertura', resultsCount: (n, level) => `${n} lugares ofrecen ${level}.`,
    noResults: (r) => `No se encontró ningún lugar con este nivel de atención a menos de ${r} millas. Pruebe una distancia mayor, o llame a admisiones: pueden ayudarle a encontrar un lugar.`,
    insuranceUnknown: 'No pudimos revisar las redes de seguros en este momento, así que el estado de la red es desconocido. Los lugares de abajo pueden aceptar su plan: llame para preguntar.',
    assessmentUnknown: 'No pudimos leer la recomendación en este momento; los lugares de abajo ofrecen el nivel que eligió.',
    coverageFor: (name) => `Para ${name}`,
    receiptId: 'Número de referencia', receiptStatus: 'Estado', receiptReceived: 'Recibida', receiptNetwork: 'Resultado de la red',
    status: { RECEIVED: 'Recibida: admisiones le devolverá la llamada', IN_REVIEW: 'En revisión', VERIFIED: 'Verificada', NOT_COVERED: 'Sin cobertura', NEEDS_INFO: 'Falta información', CONTACTED: 'Contactado' },
    dateInvalid: 'Escriba la fecha como MM/DD/AAAA.', consentRequired: 'Debe aceptar antes de enviar.',
    fieldRequired: 'Este dato es obligatorio.',
    planTypes: { PPO: 'PPO', HMO: 'HMO', EPO: 'EPO', POS: 'POS', MEDICAID: 'Medicaid', MEDICARE_ADVANTAGE: 'Medicare Advantage', TRICARE: 'TRICARE' },
  },
};

let current = 'en';

export function language() {
  return current;
}

export function t(key, ...args) {
  const value = TEXTS[current][key] ?? TEXTS.en[key];
  return typeof value === 'function' ? value(...args) : value;
}

/** Sets the language and rewrites every element marked with data-i18n. */
export function setLanguage(lang) {
  current = lang === 'es' ? 'es' : 'en';
  document.documentElement.lang = current;
  for (const element of document.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const option of document.querySelectorAll('#radius option')) {
    option.textContent = t('miles', option.value);
  }
  document.getElementById('lang-en').setAttribute('aria-pressed', String(current === 'en'));
  document.getElementById('lang-es').setAttribute('aria-pressed', String(current === 'es'));
}

/** The language to start in: ?lang=, the embed's data-lang, or the browser's. */
export function initialLanguage(params) {
  const asked = params.get('lang') || '';
  if (asked === 'es' || asked === 'en') {
    return asked;
  }
  return (navigator.language || 'en').toLowerCase().startsWith('es') ? 'es' : 'en';
}
