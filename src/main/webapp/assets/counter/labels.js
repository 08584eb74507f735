// The words of the counter's screens for the codes the API uses: the code lists come from the
// service's own enums (../vocabulary.js), filled before any screen draws; only what no enum holds is here.
// The server checks every value; these only name them.
export {
  TRAVEL_MODES, PROGRAMMES, WORK_KINDS, WEEKDAYS, CANDIDATE_STATUS, SHARED_ITEMS, DECLINE_REASONS,
  HOST_DECLINE_REASONS, PLACEMENT_OUTCOMES, BOOKING_KINDS, PROPOSAL_STATES, SUGGESTION_STATES, label, labels, weekdays,
} from '../vocabulary.js';
import { RESOURCE_KINDS, HOST_KINDS } from '../vocabulary.js';

export const PRIORITIES = [['1', '1（通常）'], ['2', '2'], ['3', '3'], ['4', '4'], ['5', '5（緊急・最優先）']];

/** What the directory searches by kind: every host, a social resource's kind, or a kind of host. */
export function directoryKinds() {
  return [['HOST', '受入事業所（すべて）'], ...RESOURCE_KINDS, ...HOST_KINDS];
}

export function time(value) {
  return value ? String(value).slice(0, 5) : '';
}
