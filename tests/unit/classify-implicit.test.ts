import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../electron/classify';
import threatJson from '../../electron/classify/lexicons/threat.json';

const threatLexicon = threatJson as { phrase: string[]; weights: Record<string, number> };

/**
 * Abuse that names no slur and swears at no one, next to the innocent posts that look like it. Found
 * by scoring blind sets written by someone who never saw the rules (tests/fixtures/classify/README.md);
 * the sentences here are paraphrases, not the blind posts. Each pair fails if a rule is made looser or
 * stricter.
 */
const c = createClassifier();
const keys = (text: string): string[] => c.classify(text).categories.map((l) => l.key);
const abusive = (text: string): boolean => c.classify(text).abusive;

describe('implicit abuse', () => {
  it('conditional threats to family and home, not "a shame if the bill failed"', () => {
    expect(keys("Lovely kids you've got. Shame if anything happened to them on the way home.")).toContain(
      'threat',
    );
    expect(keys('I know which school your son goes to, Mr Hale. Vote the right way.')).toContain('threat');
    expect(keys('Nice house in Brackley. Be a pity if your house caught fire one night.')).toContain(
      'threat',
    );
    expect(abusive('It would be a shame if the bill failed at second reading.')).toBe(false);
  });

  it('veiled threats and self-harm suggestions in any wording (rules/veiled.ts)', () => {
    expect(
      keys('Nice conservatory @JaneMarshMP. Be a pity if the place went up in flames one night.'),
    ).toContain('threat');
    expect(keys('Shame if your wee one got hurt walking home from Brackley Primary, Jane.')).toContain(
      'threat',
    );
    expect(keys('@DanHaleMP why not jump off the Severn bridge and save us all the bother')).toContain(
      'self_harm',
    );
    expect(keys('Go on Dan, swallow the lot of your pills tonight, nobody will stop you')).toContain(
      'self_harm',
    );
    expect(abusive('Shame if small firms got hurt by the rates rise, Jane, have you modelled it?')).toBe(
      false,
    );
    expect(abusive('@DanHaleMP just jump off the fence and back the bridge repairs')).toBe(false);
    expect(abusive('Why not take a stand on the rail bridge closure, Dan?')).toBe(false);
  });

  it('threats and wishes about a named person, not what the person will do', () => {
    expect(keys('@JaneMP honestly Mackellar will be shot one of these days')).toContain('threat');
    expect(keys('May she drown in her own lies')).toContain('harm_incitement');
    expect(abusive('Trump will have killed millions by then')).toBe(false);
    expect(abusive('May I ask when the bus route returns?')).toBe(false);
    expect(abusive('The bill will be dead by Christmas')).toBe(false);
  });

  it('self-harm encouragement phrased as advice', () => {
    expect(keys('@DanHaleMP have you considered ending it all? Asking for the country.')).toContain(
      'self_harm',
    );
    expect(keys("If I were you I'd take a long walk into the sea. Nobody would notice.")).toContain(
      'self_harm',
    );
    expect(abusive('The council should consider ending the parking scheme altogether.')).toBe(false);
  });

  it('harm wishes and praise for attacks, not travel wishes', () => {
    expect(keys('Hope your plane crashes on the way back from Brussels @DanHaleMP')).toContain(
      'harm_incitement',
    );
    expect(keys('The bloke who threw the milkshake should have used a brick.')).toContain('harm_incitement');
    expect(abusive('Hope your plane lands safely, safe travels to Brussels @DanHaleMP')).toBe(false);
  });

  it('sexual harassment without explicit words', () => {
    expect(keys('Would love to bend @LucyGrantMP over the table')).toContain('sexualised');
    expect(keys('What colour knickers today Lucy? 😏')).toContain('sexualised');
    expect(keys("What's she wearing under that suit 😏")).toContain('sexualised');
    expect(keys('She only got the job because she slept with the whip')).toContain('misogyny');
    expect(abusive('She only got the job because she was the best candidate')).toBe(false);
    expect(abusive('Lucy Grant spoke well at the hustings in Brackley tonight')).toBe(false);
  });

  it('slurs spelt out letter by letter after "a"', () => {
    expect(keys("They've only gone and elected a n i g g e r in Hatfield")).toContain('racism');
    expect(abusive('We need a n e w bus route in Hatfield')).toBe(false);
  });

  it('insults aimed at a party are party abuse', () => {
    expect(keys('Reform councillors are a bunch of smug useless wankers')).toContain('party_abuse');
    expect(abusive('Reform councillors voted against the bus lane again')).toBe(false);
  });

  it('identity abuse with no slur', () => {
    expect(keys("He'll never be British, no matter what his passport says")).toContain('racism');
    expect(keys('Take that rag off your head before you lecture us on values')).toContain('islamophobia');
    expect(keys("Shame Hitler didn't finish the job with your lot")).toContain('antisemitism');
    expect(keys('Your lot are breeding us out of our own country')).toContain('racism');
  });
});

describe('what is not abuse', () => {
  it('threat words about elections and careers', () => {
    expect(abusive("We'll bury you at the ballot box in May, @DanHaleMP 🗳️")).toBe(false);
    expect(abusive('Your days are numbered as leader, the polls are brutal.')).toBe(false);
    expect(keys('Your days are numbered, Price.')).toContain('threat');
    expect(keys('We will bury you. Watch your back.')).toContain('threat');
  });

  it('one piece of evidence however it is spelt', () => {
    // "i'll" and "ill" spellings of one weak phrase used to count twice and reach a threat (S4).
    expect(abusive("I'll be at your surgery on Friday to ask about petrol prices.")).toBe(false);
    expect(abusive('Rhodri should be hung out to dry over the health board cover-up.')).toBe(false);
    expect(abusive('Fucking brilliant speech from @GPriceMP tonight, absolute scenes')).toBe(false);
  });

  it('a weapon emoji illustrating a figure of speech', () => {
    expect(abusive("She bombed at the hustings, bless her 💣 but she'll be back next time.")).toBe(false);
    expect(keys('@DanHaleMP 💣💣 you are next')).toContain('threat');
  });

  it('the kind of school a politician chose is criticism; which school and when is exposure', () => {
    expect(abusive('His kids go to private school while he cuts state school funding')).toBe(false);
    expect(abusive('Her children went to Eton and she lectures us on equality')).toBe(false);
    expect(keys("His kids go to St Mary's on Church Lane, 8.45 drop off")).toContain('doxxing');
  });

  it('Parliament’s address and published office numbers', () => {
    expect(abusive('Letters to Lucy Grant MP, House of Commons, London SW1A 0AA reach her fastest.')).toBe(
      false,
    );
    expect(
      abusive(
        "The constituency office number is 01632 960347. Please don't DM the MP's personal account with casework.",
      ),
    ).toBe(false);
    expect(keys('Her home address is 14 Mill Lane, Thornbury TB4 7QX. Pay her a visit.')).toContain(
      'doxxing',
    );
  });

  it('swearing in thanks, mild British idioms, and figures of speech', () => {
    expect(
      abusive(
        'Car park at the General is a f***ing nightmare but the staff were brilliant. Thank you NHS 💙',
      ),
    ).toBe(false);
    expect(abusive('Shocking performance at PMQs. Leader of the Opposition my arse.')).toBe(false);
    expect(abusive('Total cock-up on the bin rota again 🙄')).toBe(false);
    expect(abusive('Faggots and peas night at the club Friday, all proceeds to the food bank')).toBe(false);
    expect(keys('What a load of fucking bullshit from the minister today.')).toContain('profanity');
    expect(keys('Thanks for nothing, you fucking idiot')).toContain('personal_insult');
  });

  it('harm wished as an accident or illness, not wishing someone well after one', () => {
    expect(keys('Really hope she trips on the escalator and cracks her skull, honestly')).toContain(
      'harm_incitement',
    );
    expect(keys('Praying for a nasty accident for Mr Hale on the M6 this week')).toContain('harm_incitement');
    expect(keys('Wishing Dan Hale a long and painful illness over the recess')).toContain('harm_incitement');
    expect(abusive('Hope Jane is okay after the accident on the A14, thoughts with her team')).toBe(false);
    expect(abusive('Wishing Dan a speedy recovery from his illness, get well soon')).toBe(false);
  });

  it("someone's home, car and routine in a visitor's detail, not a community notice or your own car", () => {
    expect(
      keys("Hale's bungalow is on Orchard Close. No cameras, side gate never locked. Pics below"),
    ).toContain('doxxing');
    expect(keys('His wife drives the silver Golf, KM19 XRT, parked at the station every day')).toContain(
      'doxxing',
    );
    expect(
      keys('Jane does her Lidl shop Saturday mornings about 8, easy to find if anyone wants a word'),
    ).toContain('doxxing');
    expect(abusive('Thanks to everyone on Orchard Close who opened their home for the street party')).toBe(
      false,
    );
    expect(abusive('My car reg is KM19 XRT if the council wants to fine me again lol')).toBe(false);
    expect(abusive('Black Lives Matter march down Station Road this Saturday, all welcome')).toBe(false);
  });

  it('a violent figure the writer says is a figure', () => {
    expect(abusive('Whoever set these rail fares should be shot. Metaphorically, before anyone asks.')).toBe(
      false,
    );
    expect(keys('Whoever set these rail fares should be shot.')).toContain('harm_incitement');
  });

  it('a call on others to hurt someone, not a call to beat them at the polls or to find someone', () => {
    expect(keys('Someone should kick his teeth in after the hustings')).toContain('harm_incitement');
    expect(keys('lads go and smash him up when he leaves the count')).toContain('harm_incitement');
    expect(abusive('Someone should beat him at the ballot box in May')).toBe(false);
    expect(abusive('Someone please help me find Mr Hale, he has gone missing from the care home')).toBe(
      false,
    );
    expect(abusive('Someone needs to kill this bill before it reaches the Lords')).toBe(false);
  });

  it('support that condemns the abuse someone gets is not an insult, though "disgusting" is', () => {
    expect(
      abusive("Keep going Priya, the abuse you're getting is disgusting and most of us are behind you"),
    ).toBe(false);
    expect(abusive("Jane gets this abuse because she's a woman and it is disgusting")).toBe(false);
    expect(abusive('You are disgusting, Jane')).toBe(true);
  });

  it('an insult after a group noun and "of" is aimed at the group', () => {
    expect(
      keys('the Greens are a cult of brainwashed morons and their councillors are the worst of the lot'),
    ).toContain('party_abuse');
    expect(abusive('the Greens are a bunch of candidates standing in every ward')).toBe(false);
  });

  it('ending oneself in other words, not a top-up or an outing', () => {
    expect(keys('@DanHaleMP do us a favour and delete yourself')).toContain('self_harm');
    expect(keys('Jane, find the nerve and finish yourself off tonight')).toContain('self_harm');
    expect(keys("If he had any shame he'd have done himself in by now")).toContain('self_harm');
    expect(abusive('Dan topped himself up with coffee before the all-night sitting')).toBe(false);
    expect(abusive('Jane, take yourself out for a walk after that debate, you earned it')).toBe(false);
  });

  it("a timetable for finding someone, not a surgery's published hours", () => {
    expect(keys('Hale swims at Brackley leisure centre, 6am, every Thursday')).toContain('doxxing');
    expect(keys("Hale's elderly mum is in Rowan House care home, visits at 3")).toContain('doxxing');
    expect(abusive("Jane's surgery has moved to the church hall, Thursdays 6pm, all welcome")).toBe(false);
  });

  it('"somebody hospitalise him": a call with the bare verb', () => {
    expect(keys('Somebody hospitalise Hale already, honestly')).toContain('harm_incitement');
    expect(abusive('Somebody kill the noise in the chamber, I cannot hear the minister')).toBe(false);
  });

  it('an illness wished on someone named anywhere in the sentence, not being sick of something', () => {
    expect(keys('Hope the stroke was a bad one, Jane. Hope another is on the way.')).toContain(
      'harm_incitement',
    );
    expect(abusive('I hope you are sick of the delays too, Jane, because we are')).toBe(false);
    expect(abusive('Hope the stroke research funding comes through, Jane, my dad would be proud')).toBe(
      false,
    );
  });

  it('weapon emoji in a post about a hobby illustrate it', () => {
    expect(
      abusive('Butcher tip: joint the lamb with a cleaver 🪓 and a sharp knife 🔪, ask Jane at the counter'),
    ).toBe(false);
    expect(abusive('Hit 47 of 50 at the clay ground with Dan this morning 🔫🔫')).toBe(false);
    expect(keys('@JaneHaleMP 🔪🔪🔪 see you at the count')).toContain('threat');
  });

  it('"fingers crossed for" a harm, and suggestions to walk into the sea, not a routine spread over a long post', () => {
    expect(keys('Fingers crossed for a nasty accident on the M6 for Jane Hale this week')).toContain(
      'harm_incitement',
    );
    expect(keys('Ever thought about walking into the sea, Dan? Brackley has plenty of it.')).toContain(
      'self_harm',
    );
    expect(abusive('Fingers crossed for a dry day at the Brackley fete, Jane, see you there')).toBe(false);
    expect(
      abusive(
        'She says the patriarchy runs the whole world, which is odd, because the numbers I have seen over the last ten years of studies, including the big one in 2019 with 4,000 people, say otherwise',
      ),
    ).toBe(false);
  });
});

// Sixth session (blind sets 17 and 19: phone-typed replies in lower case, regional voices).
describe('implicit abuse typed on a phone, and its look-alikes', () => {
  it('names typed in lower case still name a person (lexicons/names.json)', () => {
    expect(keys('hope gareth pryces house burns down with him in it')).toContain('harm_incitement');
    expect(
      keys('imran khalids daughter does swimming at lowfield baths tuesday nights, done by 7'),
    ).toContain('doxxing');
    expect(keys('cllr hartley lives at 22 orchard grove brenton, no cameras')).toContain('doxxing');
    // Ordinary words that are also names stay words; a house number in a capitalised post is not a street.
    expect(abusive('hope will prevail and the bill burns no more bridges')).toBe(false);
    expect(abusive('3 main roads closed in Brenton tonight, use the bypass')).toBe(false);
  });

  it('phrases match when "you" is typed "u" (lexicon.ts textspeak)', () => {
    expect(keys('we know where u live, priya')).toContain('threat');
    expect(keys('we know where ur kids go to school tom')).toContain('threat');
    expect(abusive('we know where u stand on this tom, and we disagree')).toBe(false);
    // Every confident threat phrase with "you" in the threat lexicon, typed with "u" / "ur" / "urself".
    const phrases = threatLexicon.phrase.filter(
      (t) => /\byou(r|rself)?\b/.test(t) && (threatLexicon.weights[t] ?? 0.8) >= 0.6,
    );
    const phone = (t: string) =>
      t
        .replace(/\byourself\b/g, 'urself')
        .replace(/\byour\b/g, 'ur')
        .replace(/\byou\b/g, 'u');
    const missed = phrases.map(phone).filter((t) => !abusive(t));
    expect(phrases.length).toBeGreaterThan(100);
    expect(missed.length / phrases.length).toBeLessThan(0.03);
  });

  it('harm done to someone, cheered or promised (rules/harmDone.ts), not reported', () => {
    expect(
      keys('honestly declan rourke getting his head kicked in would be the best news all year'),
    ).toContain('harm_incitement');
    expect(keys('the minute she sets foot in brenton shes getting hurt')).toContain('threat');
    expect(keys('ur getting hurt pal, mark my words')).toContain('threat');
    expect(abusive('An MP getting punched at a hustings is a disgrace to democracy.')).toBe(false);
    expect(abusive('Small firms are getting hurt by the rates rise, minister.')).toBe(false);
    expect(abusive('Labour getting battered in the polls again 😂')).toBe(false);
  });

  it('rewards and praise for attacks on members, not thanks to rescuers', () => {
    expect(keys('fifty quid to anyone who knocks cllr hartley spark out')).toContain('harm_incitement');
    expect(keys('Fair play to the lad that chinned Councillor Pybus at the match.')).toContain(
      'harm_incitement',
    );
    expect(keys('The bloke who went for that MP at his surgery was a hero.')).toContain('harm_incitement');
    expect(abusive('A pint for anyone who helps count the ballots tonight, cheers all')).toBe(false);
    expect(abusive('Thank you to the man who tackled the attacker and saved our MP. A hero.')).toBe(false);
    expect(abusive('Our MP stood with us at the vigil for the lad stabbed on Canal Row. Thank you.')).toBe(
      false,
    );
  });

  it('a weapon the writer owns, in a post to the person, not gun laws or DIY (threat.ts armed)', () => {
    expect(
      keys("Got my dad's old shotgun cleaned up this weekend. Anyway how's things, Marchbank?"),
    ).toContain('threat');
    expect(keys('theres a bottle of acid in my garage and you know why, simon')).toContain('threat');
    expect(abusive("I've got my gun licence renewed, no thanks to your new law, Sarah")).toBe(false);
    expect(abusive('Got my hammer out for the shelves, cheers for the tip Sarah')).toBe(false);
  });

  it('self-harm means after "and", "you\'d" and "better", with the means right after the verb', () => {
    expect(keys('pls Mr Fairclough resign and then slit ur throat, thanks x')).toContain('self_harm');
    expect(keys("if you had any decency you'd drive off the Orwell bridge tonight, Tam")).toContain(
      'self_harm',
    );
    expect(keys('go home, run a hot bath and open your wrists, Eleri')).toContain('self_harm');
    expect(abusive('Resign and then open your books to the auditors, Mr Fairclough')).toBe(false);
    expect(abusive("You'd drive past the bridge works every day if you lived here, Tam")).toBe(false);
    expect(abusive('Should remove himself from the committee while it investigates.')).toBe(false);
  });

  it('calls asked as questions and orders passed on are not reported speech', () => {
    expect(keys('can someone just shoot Delaney already')).toContain('harm_incitement');
    expect(keys('rhys, your staffer with the red coat, tell her to watch her back')).toContain('threat');
    expect(abusive('Can someone just explain Delaney’s housing plan to me?')).toBe(false);
    expect(abusive('She told him to watch his back on the budget vote, say whips.')).toBe(false);
  });
  it('an attack told as news or condemned is not wished for (guards.ts pastAttack)', () => {
    expect(abusive('sending love to sophie after that brick through her window. hope ur family are ok')).toBe(
      false,
    );
    expect(abusive("Every party on the council condemning last week's firebomb attempt on the office.")).toBe(
      false,
    );
    expect(keys('a brick through her window next time, and one for her office too')).toContain(
      'harm_incitement',
    );
  });

  it('the writer armed and on the way, and Scots first person', () => {
    expect(keys("I'll be in the car park after the vote. Just me and a hammer, Mr Sutcliffe.")).toContain(
      'threat',
    );
    expect(
      keys('Bought a crossbow today. Anyway, what time does Alderman Quigley finish, Quigley?'),
    ).toContain('threat');
    expect(keys("Next time I'm bringing the knife, Mrs Kaur.")).toContain('threat');
    expect(keys("Cllr Donoghue, ah'll kill ye if ye shut the pool")).toContain('threat');
    expect(
      abusive('Me and a hammer spent Saturday fixing the community centre roof, Cllr Shah came to help!'),
    ).toBe(false);
    expect(abusive('Bought a cricket bat for the village team today, thanks Jane for the grant')).toBe(false);
  });

  it('a street typed in lower case, placed by "on" or "off", in a post about someone\'s home', () => {
    expect(keys('priya sandhus flat is the one above the dry cleaners on thessaly rd, 2nd floor')).toContain(
      'doxxing',
    );
    expect(abusive('stuck in traffic on the main road again, when is the bypass coming priya')).toBe(false);
  });
  it("the writer's own death wished on the person as a comparison (veiled.ts ifIWere)", () => {
    expect(keys("If I was as useless as you I'd have hanged myself by now")).toContain('self_harm');
    expect(keys('if i looked like her id have gone off the humber bridge years ago')).toContain('self_harm');
    expect(abusive('I nearly killed myself laughing at PMQs today')).toBe(false);
    expect(abusive("If I was the minister I'd have ended this scheme myself by now")).toBe(false);
    expect(abusive('Walked off the bridge at Putney and straight into the hustings, what a night')).toBe(
      false,
    );
  });
  it('where the person will end up, said to them (harmDone.ts futureInjury), not NHS waits or contests', () => {
    expect(keys('Come to Kirby Moor again and you will leave in pieces, Dougie.')).toContain('threat');
    expect(keys("next walkabout in Thornaby you're going home in an ambulance")).toContain('threat');
    expect(keys("carry on like that and you'll be leaving the estate in a box")).toContain('threat');
    expect(
      abusive("You'll wait ten hours for an ambulance in this county, minister, thanks to your cuts."),
    ).toBe(false);
    expect(abusive("You'll leave the election count in pieces, Dougie, the polls are brutal.")).toBe(false);
    expect(abusive('Delia got absolutely murdered on the Question Time panel tonight. Deserved.')).toBe(
      false,
    );
  });
  it('the writer telling the person they know their private life (harmDone.ts knowsPrivateLife)', () => {
    expect(keys('we know your car and we know your route home, Mulgrew')).toContain('threat');
    expect(keys('ah ken which close ye stay in an whit time ye get in, Fairgrieve')).toContain('threat');
    expect(abusive('I know your mum from church, lovely woman, Tom')).toBe(false);
    expect(
      abusive("I don't know which school your kids go to and I don't care, it's your policy I mind"),
    ).toBe(false);
  });
  it('when and where the person is on their own, told to them (harmDone.ts aloneAtTime)', () => {
    expect(
      keys('you leave the office at 6 most Thursdays and walk to the car park on your own, Mrs Hale'),
    ).toContain('threat');
    expect(
      abusive(
        'Thanks for walking home with my mum at 10pm when she was on her own, Sarah, she said you were lovely',
      ),
    ).toBe(false);
    expect(
      abusive(
        'You were on your own at the 7pm meeting on Tuesday defending this, minister, nobody backed you',
      ),
    ).toBe(false);
  });
  it("violence pictured on the person's body (rules/bodyHarm.ts), not idioms or contests", () => {
    expect(keys("Mark me, you'll get a knife between your ribs before the recess, Pollard")).toContain(
      'threat',
    );
    expect(keys('Smile for the cameras Doyle, see how you smile with a brick in your face')).toContain(
      'threat',
    );
    expect(keys("I'll take your head off with a shovel at the gala, Crane")).toContain('threat');
    expect(keys('im gonna rearrange that smug face of yours, Hartley')).toContain('threat');
    expect(abusive("You'll break your neck on these pavements, councillor, when are they being fixed?")).toBe(
      false,
    );
    expect(abusive('This budget is a kick in the teeth and a knife to the throat of the high street.')).toBe(
      false,
    );
    expect(abusive('The whips stuck a knife in your back, Pollard, and you still voted with them.')).toBe(
      false,
    );
    expect(abusive("We'll take their heads off at the ballot box in May, lads, get canvassing.")).toBe(false);
    expect(abusive("I'd never break your jaw, I'm a pacifist, but I will vote you out.")).toBe(false);
  });
  it('talk about an address that gives none is not doxxing (guards.ts addressTalk)', () => {
    expect(
      abusive("Mods, the accounts posting Cllr Reid's home address need banning. That's dangerous."),
    ).toBe(false);
    expect(abusive("Please stop sharing the MP's home address. Report the post and move on.")).toBe(false);
    expect(abusive("Office reminder: never give out the MP's home address to callers.")).toBe(false);
    expect(abusive("I'm an MP and I don't publish my home address, this is why.")).toBe(false);
    // The writer having it, or asking for it, is still doxxing, whatever else the post says.
    expect(keys("I've got your home address, Reid. Report me, see if I care.")).toContain('doxxing');
    expect(keys("Anyone got Cllr Reid's home address?")).toContain('doxxing');
    expect(keys('Got her home address. Dangerous times, lads.')).toContain('doxxing');
  });
  it('a fire with the person inside (rules/arson.ts), not news, idioms or the writer', () => {
    expect(
      keys("once that incinerator's approved your van's getting torched with you sat in it, Fenwick"),
    ).toContain('threat');
    expect(
      keys('be a shame if the surgery had a fire one night with her in it, doing her casework'),
    ).toContain('threat');
    expect(
      keys('Bring rags and petrol Saturday. The ward office on Tanner Street, with Pryor inside.'),
    ).toContain('threat');
    expect(
      abusive('Her office was firebombed last year while she was inside. Solidarity with Cllr Pryor.'),
    ).toBe(false);
    expect(abusive('The office caught fire last night, thankfully nobody was inside.')).toBe(false);
    expect(
      abusive('My car caught fire on the A1 with me in it, terrifying. Thanks to the fire brigade.'),
    ).toBe(false);
    expect(abusive('Your department is burning through money with you in it doing nothing, minister.')).toBe(
      false,
    );
    expect(abusive('She was on fire at PMQs and he was in there taking notes, brilliant session.')).toBe(
      false,
    );
  });
  it('a question that asserts is not a negation, and a place with the person in it (veiled.ts)', () => {
    expect(
      keys(
        "Wouldn't it be a shame if the surgery had a nasty accident one evening while you were locking up, Kaur",
      ),
    ).toContain('threat');
    expect(abusive("It wouldn't be a shame if the bill fell at second reading, it's a bad bill.")).toBe(
      false,
    );
    expect(
      abusive(
        'Would be a shame if the bill had an accident in the Lords while you were on holiday, minister',
      ),
    ).toBe(false);
    expect(
      abusive("It would be a shame if the office had an accident with the boiler, we'd lose the casework"),
    ).toBe(false);
  });
  it('harm to the body wished for or asked of others (bodyHarm.ts), not told as news or hoped against', () => {
    expect(keys('could someone pls throw bleach at gareth brantwoods smug face')).toContain(
      'harm_incitement',
    );
    expect(
      keys('Would love nothing more than to see Cllr Dunmore get his head kicked in on live telly.'),
    ).toContain('harm_incitement');
    expect(
      keys('Hoping Nia Powell MS slips on the Senedd steps and breaks her neck. Would watch it twice.'),
    ).toContain('harm_incitement');
    expect(keys("you'll get your face smashed in if you canvass on our estate again")).toContain('threat');
    expect(abusive('Hope nobody breaks their neck on these icy pavements, council. Grit them.')).toBe(false);
    expect(abusive('The man was found in the car park with a knife in his chest, police said.')).toBe(false);
    expect(abusive('Reeves got her face smashed in at PMQs by the numbers, brutal session.')).toBe(false);
  });
  it('give someone a beating, done, wished or asked for (bodyHarm.ts givenBeating), not a vote', () => {
    expect(
      keys('Somebody should give Pawel a proper kicking outside his Friday surgery. Volunteers?'),
    ).toContain('harm_incitement');
    expect(keys('her staff are in on it too. if you see them, give em a slap from me')).toContain(
      'harm_incitement',
    );
    expect(keys("I'll give you a right leathering if you knock on my door again")).toContain('threat');
    expect(abusive("Let's give the Tories a good kicking at the ballot box in May.")).toBe(false);
    expect(abusive('Voters gave them a good kicking last night, deservedly.')).toBe(false);
    expect(abusive('My nan would give him a good slap for that speech, bless her.')).toBe(false);
  });
  it('"can\'t wait" is eagerness, not a negation, and an illness wished in its possessive form (harm.ts)', () => {
    expect(keys("Can't wait for the day I read Cllr Pemberton's obituary. Make it soon.")).toContain(
      'harm_incitement',
    );
    expect(keys("Hope the tumour's spreading nicely, Priya 🙂")).toContain('harm_incitement');
    expect(abusive("I can't wait for her to recover and get back to the chamber, get well soon Priya")).toBe(
      false,
    );
    expect(abusive("Can't wait for the death of this awful bill at third reading.")).toBe(false);
    expect(abusive("can't wait for the tories to die at the ballot box in May")).toBe(false);
  });
  it('a fate held out to the person (rules/fate.ts), and "got a …" as possession, not a report', () => {
    expect(keys('Got a noose with your name on it, Hargreaves. Soon.')).toContain('threat');
    expect(keys("You'll get what that MP in Essex got, mark me.")).toContain('threat');
    expect(keys('cant wait for nadia to get what that councillor in ayr got')).toContain('harm_incitement');
    expect(abusive('She got what the last minister got: the sack, and a seat in the Lords.')).toBe(false);
    expect(abusive("I got a message saying I'll kill you, reported it to the police.")).toBe(false);
  });
  it('taking all of the means, told to the person, and reported words the writer endorses (veiled.ts, guards.ts)', () => {
    expect(keys('Loads of paracetamol in the Portcullis House shop, Dev. Take the lot.')).toContain(
      'self_harm',
    );
    expect(keys('you got tablets in the house? good, swallow them all')).toContain('self_harm');
    expect(
      keys("Listen to that voice in your head that says you'd be better off dead, Alistair. It's right."),
    ).toContain('self_harm');
    expect(keys("Cllr Ross, ye'd be better aff deid.")).toContain('harm_incitement');
    expect(
      abusive(
        'Mum is on six tablets a day and has to take them all, but the pharmacy in your ward keeps running out.',
      ),
    ).toBe(false);
    expect(abusive('The chancellor wants to take the lot: pensions, savings, the lot.')).toBe(false);
    expect(abusive("Someone replied 'you'd be better off dead' under her post. Reported. Vile.")).toBe(false);
  });
  it('a menace told to the person: an outcome, a time and someone addressed, all three (menace.ts)', () => {
    expect(
      keys(
        'Next time you show your face at the Legion, Marsh, you will not... no: you wont be leaving in one piece.',
      ),
    ).toContain('threat');
    expect(keys('@CllrHollins sleep well tonight. Sweet dreams.')).toContain('threat');
    expect(keys("we'll be waiting for you outside the community centre on Saturday, Tomlinson")).toContain(
      'threat',
    );
    expect(keys('keep ur curtains shut this weekend deano')).toContain('threat');
    // Without a time, without anyone addressed, or about an election: ordinary talk.
    expect(abusive("You won't be leaving in one piece if you eat all that cake, Margaret!")).toBe(false);
    expect(abusive('The bridge repairs finish Thursday; the old span was never in one piece anyway.')).toBe(
      false,
    );
    expect(
      abusive("Next time you're at the surgery I'll be waiting with my petition and 300 signatures."),
    ).toBe(false);
    expect(
      abusive("We'll be waiting for you at the ballot box next May, and you won't be getting back in."),
    ).toBe(false);
    expect(abusive('Sleep well tonight knowing the food bank queue is longer than ever, minister.')).toBe(
      false,
    );
  });
  it('an insult word inside an everyday idiom is not an insult, and the model may not overrule that (guards.json figurative)', () => {
    expect(abusive("You need a thick skin in this job, Rachel. Don't let them get to you.")).toBe(false);
    expect(abusive("She's been in the thick of it all week at the inquiry.")).toBe(false);
    expect(abusive('Through thick and thin, Jo. Proud of you.')).toBe(false);
    expect(abusive('Ugly scenes outside Parliament today as protesters clashed with police.')).toBe(false);
    expect(abusive("Stupid o'clock start for the count, but worth it.")).toBe(false);
    expect(abusive('Pure dumb luck that nobody was hurt on that bridge.')).toBe(false);
    expect(abusive('Fat chance of a rebate from this council.')).toBe(false);
    // The same words aimed at a person still are.
    expect(keys('You thick idiot, Rachel.')).toContain('personal_insult');
    expect(keys('Thick. Resign.')).toContain('personal_insult');
    expect(keys("You're too thick to be in the thick of anything, Jo.")).toContain('personal_insult');
    // The sexism head reacts to "cow" too; inside an idiom it may not tag the post alone.
    expect(abusive('The triple lock is a sacred cow for every party.')).toBe(false);
    expect(keys('You silly cow, Rachel.')).toContain('misogyny');
    expect(abusive("It's a dog-eat-dog world in Westminster.")).toBe(false);
    expect(abusive('Working like a dog for this constituency, and proud of it.')).toBe(false);
    expect(abusive('Spastic colon flare-up, off sick today, sorry all.')).toBe(false);
    expect(keys('You filthy dog, Reeves.')).toContain('dehumanisation');
    // Taking a bullet for someone is loyalty; taking a bullet for this is not.
    expect(abusive('He took a bullet for the chancellor over that leak.')).toBe(false);
    expect(abusive("I'd take a bullet for this MP, she's the best we have.")).toBe(false);
    expect(abusive("You'll take a bullet for this, Reeves.")).toBe(true);
  });
  it("official addresses and the writer's own number are not doxxing; someone else's home and number are (rules/doxxing.ts)", () => {
    expect(abusive('Protest outside 10 Downing Street at noon Saturday, bring banners.')).toBe(false);
    expect(abusive('Petition handed in at 10 Downing Street today. Thank you all.')).toBe(false);
    expect(abusive('Starmer lives at 10 Downing Street now, so write to him there.')).toBe(false);
    expect(abusive("My number's 07700 900123 if any constituent needs me. Jo, your MP")).toBe(false);
    expect(abusive('Call me on 07700 900123 any time about your case.')).toBe(false);
    expect(keys('She lives at 14 Orchard Rise, Kettlebury.')).toContain('doxxing');
    expect(keys('he lives at 3 Elm Close, round the corner from Downing Street')).toContain('doxxing');
    expect(keys('Her mobile is 07700 900123, ring her and tell her what you think.')).toContain('doxxing');
    expect(keys('my mate has her number: 07700 900123')).toContain('doxxing');
  });
});
