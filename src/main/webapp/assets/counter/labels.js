// Japanese words for the codes the API uses. The server checks every value; these only name them.

export const TRAVEL_MODES = [
  ['PUBLIC_TRANSPORT', '公共交通'], ['CAR', '自家用車'], ['BICYCLE', '自転車'], ['WALK', '徒歩'], ['PICK_UP', '送迎'],
];

export const PROGRAMMES = [
  ['WORK_READINESS', '就労準備支援事業'], ['CERTIFIED_TRAINING_EMPLOYED', '認定就労訓練（雇用型）'],
  ['CERTIFIED_TRAINING_NON_EMPLOYED', '認定就労訓練（非雇用型）'], ['WORK_EXPERIENCE', '就労体験'],
  ['FARM_EXPERIENCE', '農業体験'], ['PARTICIPATION', '参加支援・居場所'],
];

export const WORK_KINDS = [
  ['FARMING', '農作業'], ['LIGHT_WORK', '軽作業'], ['CLEANING', '清掃'], ['KITCHEN_HELP', '調理補助'],
  ['DATA_ENTRY', 'PC入力'], ['SALES', '販売'], ['CARE_ASSIST', '介護補助'], ['OFFICE_ASSIST', '事務補助'],
  ['MANUFACTURING', '製造'], ['GARDENING', '園芸・緑化'],
];

export const WEEKDAYS = [
  ['MONDAY', '月'], ['TUESDAY', '火'], ['WEDNESDAY', '水'], ['THURSDAY', '木'], ['FRIDAY', '金'],
  ['SATURDAY', '土'], ['SUNDAY', '日'],
];

export const CANDIDATE_STATUS = [['ACTIVE', '支援中'], ['WITHDRAWN', '終了（取り下げ）']];

export const PRIORITIES = [['1', '1（通常）'], ['2', '2'], ['3', '3'], ['4', '4'], ['5', '5（緊急・最優先）']];

export const SHARED_ITEMS = [
  ['PACING_STAGE', '今のステップ（1日の時間・週の日数）'], ['ACCOMMODATIONS', '必要な配慮'],
  ['INTERESTS', '好きなこと・得意なこと'], ['FIRST_DAY_NEEDS', '初日に必要なこと'],
  ['COUNTER_CONTACT', '窓口の名前と担当者'],
];

export const DECLINE_REASONS = [
  ['PERSON_DECLINED', '本人が希望しない'], ['SUPPORT_MEETING_DECIDED', '支援調整会議で別の方針に決定'],
  ['TIMING', '時期が合わない'], ['HEALTH', '体調'], ['OTHER', 'その他'],
];

export const HOST_DECLINE_REASONS = {
  NO_CAPACITY: '受け入れる余裕がなくなった', SCHEDULE: '日程・時間が合わない',
  TASK_NOT_SUITABLE: '業務内容が合わない', OTHER: 'その他',
};

export const PLACEMENT_OUTCOMES = [
  ['HIRED', '就職した'], ['OTHER_WORK', '他の仕事・訓練に移った'], ['CONTINUES_ELSEWHERE', '別の受入先で続ける'],
  ['ENDED_BY_PERSON', '本人の申し出で終了'], ['ENDED_BY_HOST', '受入先の都合で終了'],
];

export const BOOKING_KINDS = [['VISIT', '見学会'], ['ACCOMPANIMENT', '同行（初日）']];

export const RESOURCE_KINDS = [
  ['HOST', '受入事業所（すべて）'], ['PLACE_TO_BE', '居場所'], ['VOLUNTEERING', 'ボランティア'],
  ['COMMUNITY_CAFE', 'コミュニティカフェ'], ['CONSULTATION', '相談窓口'], ['LEARNING', '学びの場'],
  ['FOOD_SUPPORT', '食の支援'], ['PEER_GROUP', '当事者の会'], ['COMPANY', '企業'], ['FARM', '農家'],
  ['SOCIAL_WELFARE_CORPORATION', '社会福祉法人'], ['NPO', 'NPO法人'], ['SHOP', '商店'],
];

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

export function weekdays(codes) {
  const order = WEEKDAYS.map(([c]) => c);
  return [...(codes || [])].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((c) => label(WEEKDAYS, c)).join('・');
}

export function time(value) {
  return value ? String(value).slice(0, 5) : '';
}
