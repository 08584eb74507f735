// The Japanese words for the API's codes, from the service's own enums (GET /vocabulary): read once per
// page load, kept by the browser for an hour. Screens import the lists below as [code, label] pairs (or
// the objects by code); `loadVocabulary()` fills them before any screen draws, so no screen keeps a copy.
import { api } from './api.js';

export const TRAVEL_MODES = [];
export const PROGRAMMES = [];
export const WORK_KINDS = [];
export const WEEKDAYS = [];
export const CANDIDATE_STATUS = [];
export const SHARED_ITEMS = [];
export const DECLINE_REASONS = [];
export const HOST_DECLINE_REASONS = [];
export const PROPOSAL_STATES = [];
export const PLACEMENT_OUTCOMES = [];
export const BOOKING_KINDS = [];
export const RESOURCE_KINDS = [];
export const HOST_KINDS = [];
export const PHYSICAL_LOADS = [];
export const CUSTOMER_CONTACTS = [];
export const ROUND_STATUS = [];
export const NOTIFICATION_KINDS = [];
export const SUGGESTION_STATES = [];
export const EXCLUSION_SOURCES = [];
export const EXCLUSION_REASONS = [];

const LISTS = {
  TRAVEL_MODES, PROGRAMMES, WORK_KINDS, WEEKDAYS, CANDIDATE_STATUS, SHARED_ITEMS, DECLINE_REASONS,
  HOST_DECLINE_REASONS, PROPOSAL_STATES, PLACEMENT_OUTCOMES, BOOKING_KINDS, RESOURCE_KINDS, HOST_KINDS,
  PHYSICAL_LOADS, CUSTOMER_CONTACTS, ROUND_STATUS, NOTIFICATION_KINDS, SUGGESTION_STATES, EXCLUSION_SOURCES,
  EXCLUSION_REASONS,
};

let loading = null;

/** Reads the lists once (later calls wait for the same read) and fills the exported lists in place. */
export function loadVocabulary() {
  loading ??= api('GET', 'vocabulary').then((lists) => {
    for (const [name, target] of Object.entries(LISTS)) {
      target.splice(0, target.length, ...(lists[name] || []));
    }
  });
  return loading;
}

/** A list as an object by code, e.g. byCode(WORK_KINDS).FARMING → 農作業; filled once the lists are. */
export function byCode(list) {
  return Object.fromEntries(list);
}

/** The label of `code` in a list of [code, label], or the code itself when unknown. */
export function label(list, code) {
  if (code === null || code === undefined) return '';
  const found = list.find(([c]) => c === code);
  return found ? found[1] : String(code);
}

/** Labels of several codes, joined the Japanese way. */
export function labels(list, codes) {
  return (codes || []).map((c) => label(list, c)).join('、');
}

/** 「月・水・金」, in the week's order whatever the order given. */
export function weekdays(codes) {
  const order = WEEKDAYS.map(([c]) => c);
  return [...(codes || [])].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((c) => label(WEEKDAYS, c)).join('・');
}
