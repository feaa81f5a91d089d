/**
 * Templates for the posts that are NOT abuse: support, neutral news, harsh political criticism, the
 * people's own posts, and the deliberately tricky cases (counter-speech, reported abuse, figures of speech)
 * that a careless classifier would flag. The criticism set is harsh on purpose: Bulwark's most important
 * line is that "you voted to cut benefits, you coward" is politics, not abuse.
 *
 * Forms: `you` = addressed to the person (replies, or "@handle ..."), `they` = about them ({n} becomes
 * their name, an alias or @handle), `general` = mentions nobody. Slots are listed in compose.ts; a
 * template never uses "{they}" with a present-tense verb, so she/he/they all read naturally.
 */

export interface TemplateSet {
  you: readonly string[];
  they: readonly string[];
  general?: readonly string[];
}

export const SUPPORTIVE: TemplateSet = {
  you: [
    'Thank you for everything you are doing on {topic}. Keep going.',
    'Great to see you in {const} today!',
    'You were brilliant on Question Time last night.',
    'Keep fighting for {const}, you have our support.',
    'Thanks for replying to my email about {topic}, really appreciated.',
    'Well said. Completely agree on {topic}.',
    'Proud to have voted for you.',
    'Any update on the {policy}? Asking for our residents group.',
    'Thank you for coming to {place}, the kids loved it.',
    'Just watched your speech on {topic}. Clear, honest and kind.',
    'You answered every question at the hustings, respect.',
    'Not always agreed with you but you work hard for {const}.',
    'Could you look at the bus cuts in {const}? Happy to share details.',
    'Will you be at {place} on Saturday?',
  ],
  they: [
    'Brilliant speech from {n} on {topic} today. More of this please.',
    '{n} held a surgery in {const} this morning and actually listened. Rare these days.',
    'Really proud that {n} is our MP. Thank you for standing up on {topic}.',
    'Watching {n} at PMQs. Calm, clear and on the facts.',
    '{n} helped my mum sort out her pension when nobody else would.',
    'Good interview with {n} on the radio about {topic}.',
    '{n} to lead tomorrow’s debate on {topic}.',
    '{n} says the party will publish its plan for {topic} next month.',
    'Met {n} at {place} today. Genuinely kind.',
    'Fair play to {n} for turning up to the hustings in {const}.',
    'Agree or not, {n} answered every question tonight. Respect.',
    'Interesting thread from {n} on {topic}, worth a read.',
    '{n} visiting {place} in {const} on Friday, anyone going?',
    'Thank you {n} for backing the {policy}.',
    'Does anyone know if {n} is speaking at the {topic} event?',
    '{n} has written to the minister about {topic} in {const}.',
    'Local paper has a good profile of {n} this week.',
  ],
  general: [
    'PMQs was lively today. Lots on {topic}.',
    'The {party} conference looks busy this year.',
    'New poll out on {topic}: public split down the middle.',
    'Waiting lists at our hospital are finally coming down. Good news for the NHS.',
    'Anyone else watching the {topic} debate?',
    '{party} announce plans for the {policy}.',
    'Volunteered at the food bank today. {topic} is hitting people hard.',
    'Good turnout at the {party} canvassing session this morning.',
    'Explainer: what the {policy} means for your household.',
  ],
};

export const CRITICISM: TemplateSet = {
  you: [
    'You voted to cut benefits, you coward.',
    'Your {policy} will kill the NHS. Shame on you.',
    'You promised us action on {topic} and delivered nothing. Resign.',
    'You are a hypocrite on {topic} and your voting record proves it.',
    'How do you sleep at night after that vote on {topic}?',
    'You have betrayed every renter in {const}.',
    'Absolute shambles. You have no plan for {topic}.',
    'You should resign. You have failed {const}.',
    'Completely out of touch. Nobody in {const} can afford your {policy}.',
    'Weak, weak, weak. Answer the question on {topic}.',
    'You abstained on {topic}. Gutless.',
    'Another U-turn. Do you believe in anything?',
    'Your party wrecked {topic} and now you want credit for fixing it?',
    'You lied to {const} about the {policy}. We will remember at the election.',
  ],
  they: [
    '{n} voted to cut benefits. Coward.',
    '{ns} {policy} will kill the NHS. Absolute disgrace of a policy.',
    '{n} promised {const} a new hospital and delivered nothing. Resign.',
    '{n} is a hypocrite on {topic} and the voting record proves it.',
    'Another U-turn from {n}. Spineless leadership on {topic}.',
    '{n} should be ashamed of that vote on {topic}. Thousands will suffer.',
    '{ns} housing plan is a car crash. Renters in {const} deserve better.',
    'Nobody in {const} trusts {n} on {topic} any more. Deselect.',
    '{n} has abandoned working people. Utterly useless on {topic}.',
    'Shameful abstention from {n} on {topic}.',
    '{n} talks about {topic} but voted against funding it three times.',
    '{n} is completely out of touch. The {policy} will bleed {const} dry.',
    'Watch {n} dodge the question on {topic} for five straight minutes.',
    'If {n} cared about {const} {they} would have voted against the {policy}.',
    '{n} is the worst thing to happen to {topic} in a decade.',
  ],
  general: [
    'The {party} have no plan for {topic}. None.',
    '{party} policy on {topic} will kill the NHS.',
    'Every {party} MP who backed the {policy} should be ashamed.',
    'This lot are a shambles on {topic}. Time for an election.',
    '{party} U-turn on {topic} number five. Do they believe in anything?',
    'The {policy} is going to hammer families. Disgraceful.',
  ],
};

/**
 * Counter-speech and reported abuse: the words of an abusive post appear, but the post opposes them.
 * `{quote}` is a phrase of the kind this person is actually sent (see compose.ts).
 */
export const TRICKY_SUPPORTIVE: TemplateSet = {
  you: [
    'The people calling you "{quote}" do not speak for {const}. Sorry you have to read that.',
    'Reported the account that called you "{quote}". Solidarity.',
    'F***ing brilliant speech today. Bloody well done.',
    'You absolutely killed it at PMQs today 🔥',
    'You destroyed the minister in committee. Brutal.',
  ],
  they: [
    'Calling {n} "{quote}" is disgusting. Criticise the votes, not the person.',
    '"{quote}" is the kind of message {n} gets every single day. This has to stop.',
    'Reported three accounts today for calling {n} "{quote}". Platforms need to do better.',
    'Disagree with {n} on {topic} all you like, but "{quote}" is abuse, not debate.',
    '{n} absolutely killed it at PMQs today 🔥',
    '{n} destroyed the minister in committee. Brutal.',
    'The minister got slaughtered by {n} in the chamber today.',
    'I would kill for an MP as good as {n}.',
    'F***ing brilliant from {n} on {topic}. Bloody well said.',
    'Anyone sending {n} "{quote}" messages: you are the reason good people quit politics.',
  ],
  general: [
    'The abuse MPs get online is vile. Nobody should be told to "kill yourself" for doing their job.',
    'I could murder a pint after that debate.',
    'Politics Twitter is a bloodbath tonight.',
  ],
};

/** Harsh criticism in violent or crude figures of speech: still about policy, still not abuse. */
export const TRICKY_CRITICISM: TemplateSet = {
  you: [
    'Your {policy} is daylight robbery.',
    'You have stabbed {const} in the back with this vote.',
    'This {policy} is a bloodbath for renters and you know it.',
    'You are killing off the high street with the {policy}.',
  ],
  they: [
    'The {policy} is daylight robbery and {n} voted for it.',
    '{n} has stabbed {const} in the back with this vote.',
    '{ns} {policy} is a death sentence for local pubs.',
    '{n} is killing off the high street with the {policy}.',
    '{n} got torn to shreds on {topic} tonight and deserved it.',
  ],
  general: ['This {policy} will murder small businesses.', 'The {policy} is a bloodbath for renters.'],
};

/** What the cast post themselves. `{co}` is a colleague's @handle (adds a mention of them). */
export const OWN_POSTS: readonly string[] = [
  'Proud to stand up for {const} on {topic} today.',
  'Surgery this Saturday at {place}, {const}. Drop in, no appointment needed.',
  'Today I voted for the {policy}. Here is why 🧵',
  'Great to visit {place} in {const} this morning.',
  'My statement on {topic}.',
  'Thank you to the volunteers at the Riverside food bank. Humbling as always.',
  'Speaking in the {topic} debate shortly. Watch live on Parliament TV.',
  'We will keep pushing the government on {topic}. {const} deserves better.',
  'Huge thanks to everyone who came to the {topic} public meeting tonight.',
  'The {policy} is a good start but it does not go far enough on {topic}.',
  'Back in {const} today talking to residents about {topic}.',
  'Questions on {topic}? Ask me anything below and I will answer what I can.',
];

export const OWN_WITH_COLLEAGUE: readonly string[] = [
  'Great to campaign in {const} with {co} today.',
  'Thanks {co} for joining our {topic} roundtable.',
  'Brilliant to have {co} at {place} this morning.',
];
