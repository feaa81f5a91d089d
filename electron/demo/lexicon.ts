/**
 * Slot fillers for the demo's post templates. Everything is generic or invented: no real places in
 * addresses, and doxxing details use numbers that can never reach anyone (see below).
 */

export const TOPICS = [
  'the NHS',
  'NHS waiting lists',
  'housing',
  'childcare',
  'energy bills',
  'rail fares',
  'the budget',
  'climate',
  'school funding',
  'welfare reform',
  'immigration',
  'defence spending',
  'sewage in our rivers',
  'social care',
  'potholes',
  'the cost of living',
  'student loans',
  'the two-child limit',
  'bus routes',
  'GP appointments',
  'mental health services',
  'knife crime',
  'farming',
  'council tax',
];

export const POLICIES = [
  'Renters Reform Bill',
  'water bill',
  "care workers' pay plan",
  'winter fuel cut',
  'NHS staffing plan',
  'green levy',
  'housing targets',
  'welfare bill',
  'rail plan',
  'childcare scheme',
  'local bus fund',
  'hospital parking plan',
  'school meals plan',
];

export const PLACES = [
  'the community centre',
  "St Anne's Hall",
  'the library',
  'the Riverside food bank',
  'the leisure centre',
  'the high street',
  'the fire station open day',
  'the youth club',
  'the farmers market',
  'the hospice fun run',
];

export const STREETS = [
  'Larchfield Road',
  'Ashgrove Close',
  'Mill Lane',
  'Orchard Way',
  'Kingfisher Drive',
  'Beech Crescent',
  'Chapel Row',
  'Fernlea Avenue',
];

export const TOWNS = ['Kestrel Vale', 'Ashby Marsh', 'Carrow Bridge', 'Eastferry', 'Sandmere', 'Wexcombe'];

export const SCHOOLS = ["St Bede's Primary", 'Millbrook Academy', 'Oakfield Juniors', 'Greenway Primary'];

export const VENUES = [
  'the Crown and Anchor',
  'the café on the high street',
  'the station car park',
  'the gym on Mill Lane',
];

export const HASHTAGS = [
  '#PMQs',
  '#NHS',
  '#CostOfLiving',
  '#ukpolitics',
  '#CivicAlliance',
  '#Budget',
  '#GE',
  '#BBCQT',
];

/**
 * Postcodes in the valid UK shape (A9 9AA, AA9 9AA, AA99 9AA) but with areas Royal Mail has never
 * assigned (FA, JB, KD, UC, YR, OA), so a doxxing detector sees a well-formed postcode and no real
 * household is ever named. Inward letters avoid C, I, K, M, O, V as Royal Mail does.
 */
const FAKE_AREAS = ['FA', 'JB', 'KD', 'UC', 'YR', 'OA'];
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

export function fakePostcode(r: () => number): string {
  const area = FAKE_AREAS[Math.floor(r() * FAKE_AREAS.length)];
  const district = 1 + Math.floor(r() * 29);
  const sector = Math.floor(r() * 10);
  const a = INWARD_LETTERS[Math.floor(r() * INWARD_LETTERS.length)];
  const b = INWARD_LETTERS[Math.floor(r() * INWARD_LETTERS.length)];
  return `${area}${district} ${sector}${a}${b}`;
}

/** Ofcom reserves 07700 900000–900999 and 01632 960000–960999 for drama: well-formed, never in service. */
export function fakePhone(r: () => number): string {
  const n = String(Math.floor(r() * 1000)).padStart(3, '0');
  return r() < 0.8 ? `07700 900${n}` : `01632 960${n}`;
}

export const EMOJI = {
  supportive: ['👏', '💪', '🙌', '❤️', '👍', '🌹', '✊', '🙏'],
  political_criticism: ['🙄', '😡', '🤦', '👎', '😤', '🤷'],
  abuse: ['🤮', '🖕', '💀', '😂', '🤡', '🐀'],
} as const;
