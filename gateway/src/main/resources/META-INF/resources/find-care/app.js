// The find-care flow: who → short screen → level-of-care questions → recommendation → where and
// insurance → care match → coverage request → receipt. It keeps what a person enters in memory
// only (no URL, no storage, no analytics) and calls only the public /api/v1.
import { t, setLanguage, initialLanguage, language } from './i18n.js';
import { get, post, ApiError, idempotencyKey } from './api.js';
import { applyTheme, phoneParts } from './theme.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(window.location.search);

const state = {
  respondent: null, ageGroup: null, instrument: null, instrumentDef: null, screenAnswers: {},
  screenScore: null, questions: null, dimensionAnswers: {}, levels: [], assessment: null, accessToken: null,
  place: null, payer: null, planType: null, radius: 50, result: null, chosen: null,
};

// ---------- small DOM helpers ----------

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

/** Replaces an element's children; lists are flattened and absent parts (null) left out. */
function fill(node, ...children) {
  node.replaceChildren(...children.flat(Infinity).filter((child) => child !== null && child !== undefined));
}

function say(message) {
  $('status').textContent = message || '';
}

function showError(message, items = []) {
  const box = $('error');
  fill(box, el('p', { text: message }));
  if (items.length) {
    box.append(el('ul', {}, items.map((item) => el('li', {}, item.target
      ? el('a', { href: '#' + item.target, text: item.message }) : item.message))));
  }
  box.hidden = false;
  box.focus();
}

function clearError() {
  $('error').hidden = true;
  fill($('error'));
}

function unavailable(error) {
  const phone = $('brand-phone').textContent;
  showError(`${t('unavailable')} ${phone}`);
  console.warn('request failed', error instanceof ApiError ? error.status : error);
}

const STEPS = ['step-who', 'step-screen', 'step-questions', 'step-recommendation', 'step-where', 'step-results',
  'step-coverage', 'step-receipt'];

function showStep(id) {
  clearError();
  say('');
  for (const step of STEPS) $(step).hidden = step !== id;
  const heading = $(id).querySelector('h2');
  heading.focus();
  reportHeight();
}

function reportHeight() {
  if (window.parent !== window) {
    window.parent.postMessage({ type: 'carenet-find-care-height', height: document.documentElement.scrollHeight }, '*');
  }
}

function checked(form, name) {
  const input = form.querySelector(`input[name="${CSS.escape(name)}"]:checked`);
  return input ? input.value : null;
}

/** A group of radio buttons as a fieldset: legend, options, and a place for its error. */
function radioGroup(name, legend, options, chosen) {
  const errorId = `${name}-error`;
  return el('fieldset', { id: `${name}-group`, 'aria-describedby': errorId },
    el('legend', { text: legend }),
    options.map((option, i) => el('label', {},
      el('input', { type: 'radio', name, value: option.value, id: i === 0 ? name : null, required: i === 0,
        checked: chosen !== undefined && chosen !== null && String(chosen) === String(option.value),
        'data-signals': (option.signals || []).join(' ') || null }),
      ' ', el('span', { text: option.text }))),
    el('p', { id: errorId, class: 'field-error', hidden: true }));
}

function markGroups(form, names, messageKey) {
  const missing = [];
  for (const name of names) {
    const error = $(`${name}-error`);
    const answered = checked(form, name) !== null;
    if (error) {
      error.hidden = answered;
      error.textContent = answered ? '' : t(messageKey || 'required');
    }
    if (!answered) missing.push({ target: name, message: form.querySelector(`#${CSS.escape(name)}-group legend`)?.textContent || name });
  }
  return missing;
}

// ---------- crisis ----------

/** Shows the crisis panel at once, with the API's message and resources when it sent them, and moves focus to it. */
function showCrisis(answer) {
  const panel = $('crisis-panel');
  if (answer?.crisisMessage) {
    $('crisis-message').textContent = answer.crisisMessage;
  }
  if (answer?.crisisResources?.length) {
    fill($('crisis-resources'), ...answer.crisisResources.map((r) => {
      // The number to dial is the first one the contact names ("Call or text 988, or chat at ...", "1-800-662-4357").
      const number = /(?:1-)?\d{3}(?:-\d{3}-\d{4})?/.exec(r.contact || '');
      const digits = number ? number[0].replace(/\D/g, '') : '';
      return el('li', {}, digits ? el('a', { href: `tel:${digits}`, text: `${r.name}: ${r.contact}` }) : `${r.name}: ${r.contact}`,
        r.when ? el('span', { text: ` (${r.when})` }) : null);
    }));
  }
  panel.hidden = false;
  panel.setAttribute('role', 'alert');
  panel.focus();
  reportHeight();
}

document.addEventListener('change', (event) => {
  const signals = event.target?.dataset?.signals || '';
  if (event.target.checked && signals.split(' ').includes('INTENT_TO_HARM')) {
    showCrisis(null);
  }
});

// ---------- step 1: who ----------

$('step-who').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = event.target;
  state.respondent = checked(form, 'respondent');
  state.ageGroup = checked(form, 'ageGroup');
  const missing = [];
  if (!state.respondent) missing.push({ target: 'who-first', message: t('whoRequired') });
  if (!state.ageGroup) missing.push({ target: 'age-first', message: t('ageRequired') });
  if (missing.length) {
    showError(t('fixErrors'), missing);
    return;
  }
  $('screen-for').hidden = state.respondent !== 'LOVED_ONE';
  showStep('step-screen');
});

// ---------- step 2: the screener ----------

async function loadInstrument(code) {
  say(t('loading'));
  try {
    state.instrumentDef = await get(`/instruments/${encodeURIComponent(code)}`);
    renderInstrument();
    say('');
  } catch (e) {
    unavailable(e);
  }
}

function renderInstrument() {
  const def = state.instrumentDef;
  if (!def) return;
  const answers = state.screenAnswers[def.code] || {};
  fill($('screen-items'),
    el('p', { class: 'hint', text: def.timeframe || '' }),
    def.items.map((item, i) => radioGroup(`item-${i}`, `${item.number}. ${item.text}`,
      item.options.map((o) => ({ value: o.score, text: o.text })), answers[i])));
  reportHeight();
}

$('step-screen').addEventListener('change', (event) => {
  const input = event.target;
  if (input.name === 'instrument') {
    state.instrument = input.value;
    loadInstrument(input.value);
  } else if (input.name?.startsWith('item-') && state.instrumentDef) {
    const answers = state.screenAnswers[state.instrumentDef.code] ||= {};
    answers[Number(input.name.slice(5))] = Number(input.value);
  }
});

$('step-screen').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  if (!state.instrument || !state.instrumentDef) {
    showError(t('fixErrors'), [{ target: 'instrument-first', message: t('instrumentRequired') }]);
    return;
  }
  const names = state.instrumentDef.items.map((_, i) => `item-${i}`);
  const missing = markGroups(form, names);
  if (missing.length) {
    showError(t('fixErrors'), missing);
    return;
  }
  const answers = names.map((name) => Number(checked(form, name)));
  say(t('loading'));
  try {
    state.screenScore = await post(`/instruments/${encodeURIComponent(state.instrument)}/score`, { answers });
  } catch (e) {
    unavailable(e);
    return;
  }
  await loadQuestions();
  showStep('step-questions');
  renderScore();
  if (state.screenScore.crisis) {
    showCrisis(state.screenScore);
  }
});

function renderScore() {
  const s = state.screenScore;
  const box = $('screen-result');
  if (!s) return;
  fill(box, el('p', { text: t('scoreOf', state.instrumentDef?.name || s.instrument, s.total, s.bandLabel || s.band) }),
    (s.flags || []).map((f) => el('p', { text: f.message })));
  box.hidden = false;
}

// ---------- step 3: the level-of-care questions ----------

async function loadQuestions() {
  try {
    state.questions = await get('/assessments/questions');
  } catch (e) {
    unavailable(e);
    return;
  }
  renderQuestions();
}

function questionName(dimension, id) {
  return `q-${dimension}-${id}`;
}

function renderQuestions() {
  const q = state.questions;
  if (!q) return;
  fill($('questions'),
    el('p', { text: q.intro || '' }),
    q.dimensions.map((d) => el('section', { 'aria-label': d.title },
      el('h3', { text: d.title }),
      d.questions.map((question) => radioGroup(questionName(d.dimension, question.id), question.text,
        question.options.map((o) => ({ value: o.code, text: o.text, signals: o.signals })),
        state.dimensionAnswers[d.dimension]?.[question.id])))));
  reportHeight();
}

$('step-questions').addEventListener('change', (event) => {
  const match = /^q-([A-Z_]+)-(.+)$/.exec(event.target.name || '');
  if (match) {
    (state.dimensionAnswers[match[1]] ||= {})[match[2]] = event.target.value;
  }
});

$('step-questions').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const names = state.questions.dimensions.flatMap((d) => d.questions.map((q) => questionName(d.dimension, q.id)));
  const missing = markGroups(form, names);
  if (missing.length) {
    showError(t('fixErrors'), missing);
    return;
  }
  const instruments = {};
  instruments[state.instrument] = state.instrumentDef.items.map((_, i) => state.screenAnswers[state.instrumentDef.code][i]);
  const body = { respondent: state.respondent, ageGroup: state.ageGroup, instruments,
    dimensions: state.dimensionAnswers, consentToShare: false };
  say(t('loading'));
  try {
    state.assessment = await post('/assessments', body, { headers: { 'Idempotency-Key': idempotencyKey() } });
    state.accessToken = state.assessment.accessToken;
  } catch (e) {
    unavailable(e);
    return;
  }
  await loadLevels();
  renderRecommendation();
  showStep('step-recommendation');
  if (state.assessment.crisis) {
    showCrisis(state.assessment);
  }
});

// ---------- the recommendation, with the level's facts from /levels-of-care ----------

async function loadLevels() {
  try {
    state.levels = await get('/levels-of-care');
  } catch (e) {
    state.levels = [];
  }
}

function levelInfo(code) {
  return state.levels.find((l) => l.levelOfCare === code);
}

function levelName(code) {
  return levelInfo(code)?.name || code;
}

function renderRecommendation() {
  const a = state.assessment;
  if (!a) return;
  const r = a.recommendation || {};
  const info = levelInfo(r.levelOfCare);
  const rationale = Array.isArray(r.rationale) ? r.rationale : (r.rationale ? [r.rationale] : []);
  fill($('recommendation'),
    (a.scores || []).map((s) => el('p', { text: t('scoreOf', s.instrument, s.total, s.bandLabel || s.band) })),
    r.levelOfCare
      ? el('div', { class: 'result' },
        el('h3', { id: 'recommended-level', text: info?.name || r.levelOfCare }),
        r.asamLevel ? el('p', { text: t('asam', r.asamLevel) }) : null,
        info ? el('p', { text: info.description }) : null,
        info ? el('p', {}, el('strong', { text: `${t('livingLabel')}: ` }), info.livingSituationText) : null,
        info ? el('p', {}, el('strong', { text: `${t('whoForLabel')}: ` }), info.whoFor) : null,
        r.hoursPerWeek ? el('p', { text: t('hours', r.hoursPerWeek) }) : null)
      : el('p', { class: 'result', id: 'recommended-level', text: t('noLevel') }),
    r.withdrawalManagement ? el('p', { text: t('detoxFirst') }) : null,
    r.mat ? el('p', { text: t('matConsider') }) : null,
    rationale.length ? el('details', { open: true }, el('summary', { text: t('why') }),
      el('ul', {}, rationale.map((line) => el('li', { text: line })))) : null);
  $('to-where').hidden = !r.levelOfCare;
  reportHeight();
}

$('to-where').addEventListener('click', () => showStep('step-where'));

// ---------- step 4: where, and insurance ----------

$('use-location').addEventListener('click', () => {
  const status = $('location-status');
  if (!navigator.geolocation) {
    status.textContent = t('locationDenied');
    return;
  }
  status.textContent = t('locating');
  navigator.geolocation.getCurrentPosition((position) => {
    state.place = { lat: Math.round(position.coords.latitude * 1e4) / 1e4, lon: Math.round(position.coords.longitude * 1e4) / 1e4 };
    $('zip').value = '';
    status.textContent = t('located');
  }, () => {
    state.place = null;
    status.textContent = t('locationDenied');
  }, { timeout: 10000, maximumAge: 600000 });
});

$('zip').addEventListener('input', () => {
  if ($('zip').value) {
    state.place = null;
    $('location-status').textContent = '';
  }
});

// The payer type-ahead: an ARIA 1.2 combobox over GET /payers?q=.
const payerInput = $('payer');
const payerList = $('payer-options');
let payerOptions = [];
let payerActive = -1;
let payerQuery = 0;

function renderPlanTypes(select, planTypes, chosen) {
  const types = planTypes?.length ? planTypes : Object.keys(t('planTypes'));
  fill(select, el('option', { value: '', text: t('planTypeAny') }),
    types.map((type) => el('option', { value: type, text: t('planTypes')[type] || type, selected: type === chosen })));
}

function closePayers() {
  payerList.hidden = true;
  payerInput.setAttribute('aria-expanded', 'false');
  payerInput.removeAttribute('aria-activedescendant');
  payerActive = -1;
}

function choosePayer(index) {
  const payer = payerOptions[index];
  if (!payer) return;
  state.payer = payer;
  payerInput.value = payer.name;
  renderPlanTypes($('plan-type'), payer.planTypes, null);
  closePayers();
}

function highlight(index) {
  payerActive = index;
  [...payerList.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
  if (index >= 0) payerInput.setAttribute('aria-activedescendant', `payer-option-${index}`);
}

payerInput.addEventListener('input', async () => {
  state.payer = null;
  const q = payerInput.value.trim();
  const mine = ++payerQuery;
  if (q.length < 2) {
    closePayers();
    return;
  }
  let page;
  try {
    page = await get(`/payers?q=${encodeURIComponent(q)}&size=8`);
  } catch (e) {
    closePayers();
    return;
  }
  if (mine !== payerQuery) return;
  payerOptions = page.items || [];
  fill(payerList, ...payerOptions.map((p, i) => {
    const li = el('li', { role: 'option', id: `payer-option-${i}`, 'aria-selected': 'false', text: p.name });
    li.addEventListener('mousedown', (e) => { e.preventDefault(); choosePayer(i); });
    return li;
  }));
  const open = payerOptions.length > 0;
  payerList.hidden = !open;
  payerInput.setAttribute('aria-expanded', String(open));
  if (open) highlight(0);
  reportHeight();
});

payerInput.addEventListener('keydown', (event) => {
  if (payerList.hidden) return;
  if (event.key === 'ArrowDown') { event.preventDefault(); highlight(Math.min(payerActive + 1, payerOptions.length - 1)); }
  else if (event.key === 'ArrowUp') { event.preventDefault(); highlight(Math.max(payerActive - 1, 0)); }
  else if (event.key === 'Enter') { event.preventDefault(); choosePayer(payerActive); }
  else if (event.key === 'Escape') { event.preventDefault(); closePayers(); }
});
payerInput.addEventListener('blur', closePayers);

$('step-where').addEventListener('submit', async (event) => {
  event.preventDefault();
  const zip = $('zip').value.trim();
  const zipError = $('zip-error');
  if (!state.place && !/^\d{5}$/.test(zip)) {
    zipError.textContent = t('zipOrLocation');
    zipError.hidden = false;
    $('zip').setAttribute('aria-invalid', 'true');
    showError(t('fixErrors'), [{ target: 'zip', message: t('zipOrLocation') }]);
    return;
  }
  zipError.hidden = true;
  $('zip').removeAttribute('aria-invalid');
  if (!state.place) state.place = { zip };
  state.radius = Number($('radius').value);
  state.planType = $('plan-type').value || null;
  await match(true);
});

// ---------- step 5: the care match ----------

function schedules() {
  return ['filter-evening', 'filter-weekend'].filter((id) => $(id).checked).map((id) => $(id).value);
}

async function match(moveFocus) {
  const r = state.assessment?.recommendation || {};
  const body = { ...state.place, radiusMiles: state.radius };
  const headers = {};
  if (state.assessment?.id && state.accessToken) {
    body.assessmentId = state.assessment.id;
    headers['X-Assessment-Token'] = state.accessToken;
  } else {
    body.levelOfCare = r.levelOfCare;
  }
  if (state.payer) {
    body.payer = state.payer.id;
    if (state.planType) body.planType = state.planType;
  }
  const wanted = schedules();
  if (wanted.length) body.schedule = wanted;
  say(t('searching'));
  try {
    state.result = await post('/care-matches', body, { headers });
  } catch (e) {
    unavailable(e);
    return;
  }
  if (moveFocus) showStep('step-results');
  // Which schedule filters the list shown was searched with (a test, or a person's tools, can tell).
  $('results').dataset.schedule = wanted.join(',');
  renderResults();
  say(t('resultsCount', state.result.matches.length, levelName(state.result.levelOfCare)));
  if (state.result.crisis) showCrisis(state.result);
}

['filter-evening', 'filter-weekend'].forEach((id) => $(id).addEventListener('change', () => match(false)));

function relative(instant) {
  const minutes = Math.round((Date.parse(instant) - Date.now()) / 60000);
  const rtf = new Intl.RelativeTimeFormat(language(), { numeric: 'auto' });
  if (Math.abs(minutes) < 60) return rtf.format(minutes, 'minute');
  if (Math.abs(minutes) < 48 * 60) return rtf.format(Math.round(minutes / 60), 'hour');
  return rtf.format(Math.round(minutes / 1440), 'day');
}

function renderResults() {
  const res = state.result;
  const degraded = res.degraded || [];
  const notice = $('results-notice');
  const notes = [];
  if (degraded.includes('insurance-service')) notes.push(t('insuranceUnknown'));
  if (degraded.includes('assessment-service')) notes.push(t('assessmentUnknown'));
  fill(notice, ...notes.map((n) => el('p', { text: n })));
  notice.hidden = notes.length === 0;
  if (!res.matches.length) {
    const phone = phoneParts($('brand-phone').href.replace('tel:', '')) || { text: $('brand-phone').textContent, href: $('brand-phone').href };
    fill($('results'), el('p', { id: 'no-results', text: t('noResults', state.radius) }),
      el('p', {}, el('a', { href: phone.href, text: t('call', phone.text) })));
    reportHeight();
    return;
  }
  fill($('results'), el('ol', { class: 'matches' }, res.matches.map((m, index) => {
    const f = m.facility;
    const program = (f.programs || []).find((p) => p.levelOfCare === res.levelOfCare) || {};
    const phone = phoneParts(f.phone);
    const status = m.network?.status || 'UNKNOWN';
    const freshness = program.openingsStale || !program.openingsUpdatedAt
      ? t('stale') : t('confirmed', relative(program.openingsUpdatedAt));
    const button = el('button', { type: 'button', class: 'coverage', 'data-index': String(index),
      'aria-describedby': `match-${index}-name`, text: t('checkCoverage') });
    button.addEventListener('click', () => openCoverage(index));
    return el('li', { class: 'match', 'data-facility-id': f.id },
      el('h3', { id: `match-${index}-name`, text: f.name }),
      el('p', { text: [f.address?.line1, f.address?.city, f.address?.state].filter(Boolean).join(', ') }),
      m.distanceMiles !== null && m.distanceMiles !== undefined ? el('p', { class: 'distance', text: t('distance', m.distanceMiles.toFixed(1)) }) : null,
      el('p', { class: 'openings' }, m.openings === null || m.openings === undefined ? t('openingsUnknown')
        : m.openings > 0 ? t('openings', m.openings) : t('noOpenings'), ` (${freshness})`),
      el('p', { class: `network network-${status}` }, t('network')[status] || status,
        m.network?.reason ? el('span', { class: 'hint', text: ` · ${m.network.reason}` }) : null),
      program.schedules?.length ? el('p', { text: `${t('sessionsLabel')} ${program.schedules.map((s) => t('schedules')[s] || s).join(', ')}` }) : null,
      phone ? el('p', {}, el('a', { href: phone.href, class: 'tel', text: t('call', phone.text) })) : null,
      button);
  })));
  reportHeight();
}

// ---------- step 6: the coverage request ----------

function openCoverage(index) {
  state.chosen = state.result.matches[index];
  $('coverage-site').textContent = t('coverageFor', `${state.chosen.facility.name} · ${levelName(state.result.levelOfCare)}`);
  if (state.payer) $('cv-payer').value = state.payer.name;
  renderPlanTypes($('cv-planType'), state.payer?.planTypes, state.planType);
  $('cv-subscriberRelationship').value = state.respondent === 'SELF' ? 'SELF' : 'OTHER';
  showHolder();
  showStep('step-coverage');
}

// The policy holder's name and date of birth are asked for only when the patient is not the holder.
function showHolder() {
  $('cv-holder').hidden = $('cv-subscriberRelationship').value === 'SELF';
}
$('cv-subscriberRelationship').addEventListener('change', showHolder);
const HOLDER_FIELDS = { firstName: 'holderFirstName', lastName: 'holderLastName', dateOfBirth: 'holderDateOfBirth' };

const COVERAGE_FIELDS = ['firstName', 'lastName', 'dateOfBirth', 'phone', 'email', 'preferredContact', 'payer',
  'memberId', 'groupNumber', 'consent', 'holderFirstName', 'holderLastName', 'holderDateOfBirth'];

function fieldError(field, message) {
  const input = $(`cv-${field}`);
  const error = $(`cv-${field}-error`);
  if (!input || !error) return false;
  input.setAttribute('aria-invalid', 'true');
  error.textContent = message;
  error.hidden = false;
  return true;
}

function clearFieldErrors() {
  for (const field of COVERAGE_FIELDS) {
    $(`cv-${field}`)?.removeAttribute('aria-invalid');
    const error = $(`cv-${field}-error`);
    if (error) { error.hidden = true; error.textContent = ''; }
  }
}

function isoDate(text) {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

$('step-coverage').addEventListener('submit', async (event) => {
  event.preventDefault();
  clearFieldErrors();
  const value = (field) => $(`cv-${field}`).value.trim();
  const problems = [];
  for (const field of ['firstName', 'lastName', 'payer', 'memberId']) {
    if (!value(field)) problems.push({ field, message: t('fieldRequired') });
  }
  const dateOfBirth = isoDate(value('dateOfBirth'));
  if (!dateOfBirth) problems.push({ field: 'dateOfBirth', message: t('dateInvalid') });
  const holder = $('cv-subscriberRelationship').value !== 'SELF';
  let holderDateOfBirth = null;
  if (holder) {
    for (const field of ['holderFirstName', 'holderLastName']) {
      if (!value(field)) problems.push({ field, message: t('fieldRequired') });
    }
    holderDateOfBirth = isoDate(value('holderDateOfBirth'));
    if (!holderDateOfBirth) problems.push({ field: 'holderDateOfBirth', message: t('dateInvalid') });
  }
  if (!$('cv-consent').checked) problems.push({ field: 'consent', message: t('consentRequired') });
  if (problems.length) {
    problems.forEach((p) => fieldError(p.field, p.message));
    showError(t('fixErrors'), problems.map((p) => ({ target: `cv-${p.field}`, message: `${$(`cv-${p.field}`).labels?.[0]?.textContent || p.field}: ${p.message}` })));
    return;
  }
  const typedPayer = value('payer');
  const body = {
    seekingCareFor: state.respondent,
    firstName: value('firstName'), lastName: value('lastName'), dateOfBirth,
    phone: value('phone') || null, email: value('email') || null,
    preferredContact: $('cv-preferredContact').value,
    payer: state.payer && state.payer.name === typedPayer ? state.payer.id : typedPayer,
    planType: $('cv-planType').value || null,
    memberId: value('memberId'), groupNumber: value('groupNumber') || null,
    subscriberRelationship: $('cv-subscriberRelationship').value,
    ...(holder ? { policyHolder: { firstName: value('holderFirstName'), lastName: value('holderLastName'),
      dateOfBirth: holderDateOfBirth } } : {}),
    facilityId: state.chosen.facility.id, levelOfCare: state.result.levelOfCare,
    consent: { agreed: true, text: $('consent-text').textContent.trim(), agreedAt: new Date().toISOString() },
  };
  const submit = event.target.querySelector('button[type="submit"]');
  submit.disabled = true;
  say(t('sending'));
  let receipt;
  try {
    receipt = await post('/coverage-requests', body, { headers: { 'Idempotency-Key': idempotencyKey() } });
  } catch (e) {
    submit.disabled = false;
    say('');
    if (e instanceof ApiError && (e.status === 400 || e.status === 422) && e.problem.errors?.length) {
      const items = e.problem.errors.map((err) => {
        const path = String(err.field || '').split(/[.[]/);
        const field = path[0] === 'policyHolder' && HOLDER_FIELDS[path[1]] ? HOLDER_FIELDS[path[1]] : path[0];
        const shown = fieldError(field, err.message);
        return { target: shown ? `cv-${field}` : null, message: `${err.field}: ${err.message}` };
      });
      showError(e.problem.title || t('fixErrors'), items);
    } else {
      unavailable(e);
    }
    return;
  }
  submit.disabled = false;
  // What the person typed is no longer needed on the page once admissions has it.
  event.target.reset();
  renderReceipt(receipt);
  showStep('step-receipt');
});

function renderReceipt(receipt) {
  const network = receipt.network?.status ? (t('network')[receipt.network.status] || receipt.network.status) : null;
  fill($('receipt'), el('dl', { class: 'receipt' },
    el('dt', { text: t('receiptId') }), el('dd', { id: 'receipt-id', text: receipt.id }),
    el('dt', { text: t('receiptStatus') }), el('dd', { id: 'receipt-status', 'data-status': receipt.status, text: t('status')[receipt.status] || receipt.status }),
    el('dt', { text: t('receiptReceived') }), el('dd', { text: new Date(receipt.receivedAt).toLocaleString(language()) }),
    network ? el('dt', { text: t('receiptNetwork') }) : null,
    network ? el('dd', { id: 'receipt-network', 'data-status': receipt.network.status, text: network }) : null));
}

// ---------- back buttons, language, start ----------

document.querySelectorAll('[data-back]').forEach((button) => {
  button.addEventListener('click', () => showStep(button.dataset.back));
});

// Error-summary links move focus to the field they name.
$('error').addEventListener('click', (event) => {
  const link = event.target.closest('a[href^="#"]');
  if (!link) return;
  const target = document.getElementById(link.getAttribute('href').slice(1));
  if (target) {
    event.preventDefault();
    target.focus();
  }
});

async function switchLanguage(lang) {
  setLanguage(lang);
  const reloads = [];
  if (state.instrument) reloads.push(get(`/instruments/${encodeURIComponent(state.instrument)}`).then((d) => { state.instrumentDef = d; renderInstrument(); }));
  if (state.questions) reloads.push(get('/assessments/questions').then((q) => { state.questions = q; renderQuestions(); }));
  if (state.assessment) reloads.push(loadLevels().then(renderRecommendation));
  await Promise.allSettled(reloads);
  if (state.result) renderResults();
}

$('lang-en').addEventListener('click', () => switchLanguage('en'));
$('lang-es').addEventListener('click', () => switchLanguage('es'));

// Ids for the error summary's links to the first radio of each group on step 1 and 2.
document.querySelector('#step-who input[name="respondent"]').id = 'who-first';
document.querySelector('#step-who input[name="ageGroup"]').id = 'age-first';
document.querySelector('#step-screen input[name="instrument"]').id = 'instrument-first';

setLanguage(initialLanguage(params));
applyTheme(params.get('org')).finally(() => {
  document.body.dataset.ready = 'true';
  reportHeight();
});
new ResizeObserver(reportHeight).observe(document.body);
