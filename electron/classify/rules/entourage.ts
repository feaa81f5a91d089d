/**
 * The people around a politician whom abuse reaches instead: constituency and parliamentary staff,
 * volunteers and canvassers ("I'll batter the canvassers", "your caseworker will get stabbed"). Family
 * words are in each rule's own list, since "your face" and "your family" are read there already. Plural
 * and possessive forms are listed, as the tokeniser gives them ("the receptionist's face" reads
 * "receptionists face").
 */
export const ENTOURAGE = new Set([
  'caseworker',
  'caseworkers',
  'receptionist',
  'receptionists',
  'researcher',
  'researchers',
  'staffer',
  'staffers',
  'aide',
  'aides',
  'intern',
  'interns',
  'volunteer',
  'volunteers',
  'canvasser',
  'canvassers',
  'leafleter',
  'leafleters',
  'leafletter',
  'leafletters',
  'activists',
  'assistant',
  'assistants',
]);

/** One office holder, picked out as staff are: "I'll stab the next councillor who…", "that minister". */
export const OFFICE_HOLDER = new Set(['councillor', 'cllr', 'mp', 'minister', 'mayor']);

/** Before a staff word, words that make it someone in particular: "the canvassers", "that caseworker", "your researcher", "the next councillor". */
export const PICKED_OUT = new Set([
  'the',
  'next',
  'that',
  'those',
  'these',
  'any',
  'every',
  'each',
  'your',
  'ur',
  'yer',
  'his',
  'her',
  'their',
]);
