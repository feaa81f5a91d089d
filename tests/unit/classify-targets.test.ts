import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../electron/classify';

/**
 * Who a word is aimed at (rules/target.ts) and the everyday words that are not abuse. Each pair puts
 * the innocent use next to the abusive one, so a rule made looser or stricter fails here. Rules only
 * for the targeting cases, independent of the trained weights; the full classifier where the model
 * would otherwise overrule the rules.
 */
const rules = createClassifier({ model: null });
const full = createClassifier();
const keys = (text: string): string[] => rules.classify(text).categories.map((l) => l.key);
const abusive = (text: string): boolean => rules.classify(text).abusive;

describe('targets', () => {
  it('animal words count only when aimed at someone, not after "a" or "the"', () => {
    expect(abusive('We had a pig roast at the village fete')).toBe(false);
    expect(abusive('The rat problem on the estate is getting worse')).toBe(false);
    expect(keys('You filthy pig, nobody wants you here')).toContain('dehumanisation');
    expect(keys('Tory MPs are animals')).toContain('dehumanisation');
    // An insult noun is aimed whatever introduces it, unless it is first of all a thing.
    expect(keys('I wish this cunt would just go away')).toContain('personal_insult');
    expect(abusive('the trash we dump in the sea is a disgrace, well done Caroline')).toBe(false);
    expect(abusive('Left the door knob in the garden again')).toBe(false);
    expect(keys('She is trash')).toContain('personal_insult');
  });

  it('"u" is the person, not the "U" of a U-turn', () => {
    expect(keys('Delete your account u pathetic scum')).toContain('personal_insult');
    expect(keys('ima put u in the ground u fat rat')).toContain('threat');
    expect(abusive('What a stupid U-turn by the minister')).toBe(false);
  });

  it('calling an armed group terrorists is a statement about the group, not Islamophobia', () => {
    expect(abusive('Hamas are terrorists and she should say so')).toBe(false);
    expect(abusive('Israel calls on the EU to designate Hezbollah as a terrorist organisation')).toBe(false);
    expect(abusive('Islamic State are terrorists')).toBe(false);
    expect(keys('Muslims are terrorists')).toContain('islamophobia');
    expect(keys('She is a Muslim terrorist')).toContain('islamophobia');
  });

  it('a position in a contested debate is not abuse, even where the trained heads react to its words', () => {
    // The sexism head scores "Trans women are women" 0.9+ and the antisemitism head any "Zionism";
    // both phrases are political critique (lexicons/political.json), scored with them masked.
    expect(full.classify('Trans women are women, and you should be ashamed').abusive).toBe(false);
    expect(full.classify('Zionism is a political ideology and I oppose it').abusive).toBe(false);
    expect(full.classify('Zionists control the BBC').abusive).toBe(true);
  });

  it('women-directed words need a woman: dog breeders, childless couples, getting laid', () => {
    expect(abusive('She bought her puppy from a breeder in Kent and campaigns against puppy farms')).toBe(
      false,
    );
    expect(abusive('Childless couples will lose out under her tax plan')).toBe(false);
    expect(abusive('Fun fact: buying drinks is not the only way to get laid')).toBe(false);
    expect(keys('She is just a breeder for the Tories')).toContain('misogyny');
    expect(keys("She's a childless spinster, what does she know")).toContain('misogyny');
    expect(keys("she can't get laid so she takes it out on men")).toContain('misogyny');
  });

  it('a possessive before an animal word names a pet', () => {
    expect(abusive('Your dog is gorgeous, Sarah')).toBe(false);
    expect(abusive('Her dog ate it')).toBe(false);
    expect(keys('Sarah is a dog')).toContain('dehumanisation');
  });

  it('an animal someone keeps is a pet; an animal face or brain is still an insult', () => {
    expect(abusive('Fiona MacLeod has a dog called Haggis, best thing I learned this week')).toBe(false);
    expect(abusive("She's got a dog called Biscuit")).toBe(false);
    expect(abusive('You have a pig for a face')).toBe(true);
    expect(abusive("He's got a rat face")).toBe(true);
    expect(abusive('She is a dog')).toBe(true);
  });

  it("a street's name is not a person's", () => {
    expect(
      abusive('Every independent shop on Castle Street will be dead by Christmas. Well done, Cllr Pike.'),
    ).toBe(false);
    expect(keys('Sarah Pike will be dead by Christmas')).toContain('threat');
  });

  it('hashtags and capitalised titles are not names', () => {
    expect(abusive('Lovely afternoon at the school farm #Education #Farming #animals')).toBe(false);
    expect(abusive('Tickets for the Pig Out Food Festival are nearly gone')).toBe(false);
    expect(keys('I hate that rat Starmer')).toContain('dehumanisation');
  });

  it('looks for a target only in the word’s own sentence', () => {
    expect(abusive('@JaneMarshMP Your levy doubled our costs in a year. Pretty dumb, eh?')).toBe(false);
    expect(abusive('The minister scrapped the rail link to save money. Really stupid.')).toBe(false);
    expect(keys('@JaneMarshMP you are dumb')).toContain('personal_insult');
    expect(keys('Idiot.')).toContain('personal_insult');
  });

  it('idioms are figures of speech', () => {
    expect(abusive("Honestly I couldn't give a monkey's what the Chancellor thinks")).toBe(false);
    expect(abusive('Monkey business at the council again')).toBe(false);
    expect(abusive("This lot couldn't run a piss-up in a brewery")).toBe(false);
    expect(abusive('This insane decision will cripple small businesses')).toBe(false);
    expect(abusive('Tories are rats leaving a sinking ship')).toBe(false);
    expect(keys('Look at the monkeys in parliament, go back to the jungle')).toContain('racism');
  });

  it('ordinary double-letter words are not squeezed into slurs', () => {
    expect(abusive('Speed test on the wired computer')).toBe(false);
    expect(abusive('Hogg doesn’t have a clue about this')).toBe(false);
    expect(keys('you stuuupid hooog')).toContain('dehumanisation');
  });

  it('"terrorist" is Islamophobic only in a post about Islam or Muslims', () => {
    expect(abusive('Antifa should be declared a domestic terrorist organisation')).toBe(false);
    expect(keys('@AishaKhanMP you are a terrorist, go back to your mosque')).toContain('islamophobia');
  });

  it('everyday verbs threaten only with a stated intent', () => {
    expect(abusive('I find them super cool honestly')).toBe(false);
    expect(abusive('We need to get Jim Renacci elected')).toBe(false);
    expect(keys("I'll find you and I'll hurt you")).toContain('threat');
  });

  it("turning up at someone's place with a weapon is a threat; the policy topic is not", () => {
    expect(keys('Coming to your office on Monday. Bringing acid.')).toContain('threat');
    expect(abusive("I'll be at your surgery on Friday to ask about petrol prices.")).toBe(false);
    expect(abusive('Will be at your constituency office for the knife crime meeting.')).toBe(false);
  });

  it('damage promised to their office, windows, tyres or car is a threat; visiting the office is not', () => {
    expect(keys("I'm going to smash your windows")).toContain('threat');
    expect(keys("I'll slash your tyres")).toContain('threat');
    expect(keys("I'll break your office windows")).toContain('threat');
    expect(keys('I will set fire to your office')).toContain('threat');
    expect(keys("I'll set your car alight")).toContain('threat');
    expect(abusive('I will visit your office on Friday')).toBe(false);
    expect(abusive("I'll get your office to ring you back")).toBe(false);
    expect(abusive('We will slash your budget for consultants')).toBe(false);
    expect(abusive('Someone set fire to his car last night.')).toBe(false);
    expect(abusive('Did you set fire to your own manifesto?')).toBe(false);
  });

  it('the offensive head does not call a post of solidarity an insult for its condemnation words', () => {
    const fullAbusive = (text: string) => full.classify(text).abusive;
    expect(
      fullAbusive(
        'Sorry to hear about the vile messages she has had. Whoever is sending them is disgusting.',
      ),
    ).toBe(false);
    expect(fullAbusive('You are disgusting and everyone knows it')).toBe(true);
  });

  it('winning big in a game is not a threat; "after the match" or "at the match" still is', () => {
    expect(abusive("We're going to murder the Conservative Club in the rematch 🎯")).toBe(false);
    expect(abusive("we'll slaughter them at darts")).toBe(false);
    expect(abusive('Stevie Robson scored a screamer and we battered the fire brigade 6-2')).toBe(false);
    expect(abusive("Cllr Lam's knife skills at the cookery demo were something else 🔪")).toBe(false);
    expect(keys("I'm going to murder you after the match")).toContain('threat');
    expect(keys("I'll kill you at the match")).toContain('threat');
  });

  it('swearing stays swearing under a negation', () => {
    expect(keys("I'm not fucking happy about the rail cuts")).toContain('profanity');
    expect(keys('What the f*** is this budget')).toContain('profanity');
    expect(keys('@JaneMarshMP f*** off back to Westminster')).toContain('personal_insult');
    expect(abusive("You're not an idiot, you were badly advised")).toBe(false);
  });

  it('the offensive head does not overrule a word aimed at no one, nor invent identity labels', () => {
    expect(full.classify('I saw a monkey at the safari park with my kids').abusive).toBe(false);
    const dumb = full.classify('@JaneMarshMP you are a dumb cow and everyone knows it');
    expect(dumb.abusive).toBe(true);
    expect(dumb.categories.map((l) => l.key)).not.toContain('ableism');
  });

  it('an insult sentence of its own is aimed at whoever the post is about; a policy word after it is not its object', () => {
    // "Votes" opens the next sentence: it does not make "twat" describe a policy.
    expect(
      keys('What an absolute twat. Votes to close the A&E then turns up at the vigil. @DominicFauldsMP'),
    ).toContain('personal_insult');
    expect(keys('Callum Strachan is the dimmest of the lot on housing. Half-wit.')).toContain(
      'personal_insult',
    );
    // An adjective alone judges the last thing said, and with no one named it is aimed at no one.
    expect(abusive('The minister scrapped the rail link to save money. Really stupid.')).toBe(false);
    expect(abusive('They scrapped the bus route again. Idiots.')).toBe(true);
    expect(abusive('Scrapped the bus route again. Idiotic.')).toBe(false);
    // Within its own clause a policy word still makes it an insult to an idea.
    expect(abusive('What an absolutely stupid policy, Minister')).toBe(false);
  });

  it('looks past adjectives, size words and hyphenated words to the target', () => {
    expect(keys('Our MP is a gurning, dim-witted oaf and his housing bill is every bit as bad')).toContain(
      'personal_insult',
    );
    expect(keys("Angus Rennie, ye're a pathetic sweaty wee creep and the whole town is laughing")).toContain(
      'personal_insult',
    );
    expect(keys('brain dead halfwit chancellor strikes again')).toContain('personal_insult');
    // A phrase entry, since "low" became a word of other phrases (a word in the vocabulary is not re-joined).
    expect(keys('Great, she needs to be gone, she is a low life')).toContain('personal_insult');
    expect(keys('Clueless, self-righteous idiots, the lot of them.')).toContain('personal_insult');
    // Animal words still look back only three words: "the most important living creature" is a pet.
    expect(
      abusive("He's telling you that he is the most important living creature in a 10 mile radius"),
    ).toBe(false);
  });

  it('a protected group shut out of public life is identity abuse; policy about a group is not', () => {
    expect(keys("Muslims shouldn't be allowed to stand for parliament, full stop.")).toContain(
      'islamophobia',
    );
    expect(keys("Autistic MPs like Chris Ostrowski shouldn't be on committees.")).toContain('ableism');
    expect(keys("Women like Ruth Abelson shouldn't be let near defence policy.")).toContain('misogyny');
    expect(keys("Can't expect a Muslim to put Britain first.")).toContain('islamophobia');
    expect(keys('Typical Pole, Ostrowski. Came over, took the jobs, now he wants our votes.')).toContain(
      'racism',
    );
    expect(abusive("Women MPs shouldn't be forced out of politics by abuse like this.")).toBe(false);
    expect(
      abusive("Migrants shouldn't be allowed to work while their claims are processed, says the minister."),
    ).toBe(false);
    expect(abusive('The typical Muslim voter in Bradford cares most about the cost of living.')).toBe(false);
    expect(abusive("Disabled people shouldn't have to wait a year for a PIP assessment.")).toBe(false);
  });

  it('a call on someone to do something is incitement only when the something is harm', () => {
    expect(abusive('Somebody needs to fix the potholes on Mill Lane.')).toBe(false);
    expect(abusive('Somebody needs to put this policy out of its misery.')).toBe(false);
    expect(keys('Somebody needs to sort him out properly.')).toContain('harm_incitement');
  });

  it('a sweeping claim about a protected group is identity abuse; a reported or denied one is not', () => {
    expect(keys('Disabled people are a drain. Millions on PIP and half of them down the gym.')).toContain(
      'ableism',
    );
    expect(keys("Muslims can't integrate. It's not culture, it's the religion.")).toContain('islamophobia');
    expect(keys('Every Muslim councillor elected in this country is another step towards sharia.')).toContain(
      'islamophobia',
    );
    expect(abusive('Not all Muslims are terrorists, and the minister should say so.')).toBe(false);
    expect(abusive('The MP suggested Jews are not loyal to Britain, and she must apologise.')).toBe(false);
    expect(abusive('In the war, people who hid Jews were called criminals.')).toBe(false);
    expect(abusive('Disabled people are being failed by the PIP assessments.')).toBe(false);
  });

  it('hatred, very negative attributes, smearing questions and negated virtues for a whole group', () => {
    // HateCheck's derogation tests (Röttger et al. 2021), in the writer's own voice.
    expect(keys('I hate Muslims.')).toContain('islamophobia');
    expect(keys("I can't stand trans people, never have.")).toContain('anti_lgbtq');
    expect(keys('Pakistanis are filthy people.')).toContain('racism');
    expect(keys('Disabled people are useless.')).toContain('ableism');
    expect(keys('Why are Muslims so violent?')).toContain('islamophobia');
    expect(keys('Muslims are never honest.')).toContain('islamophobia');
    expect(keys('Women are not capable of leading a country.')).toContain('misogyny');
    expect(keys('I think Jews are greedy.')).toContain('antisemitism');
    expect(keys('Muslims make me sick.')).toContain('islamophobia');
    expect(keys("Autistic people shouldn't have kids.")).toContain('ableism');
    expect(keys('Black people belong in a zoo.')).toContain('dehumanisation');
    // …and what is not: the group is not the object, is treated that way, is the victim, or the view
    // is someone else's or a condition.
    expect(abusive('I hate the way Muslims are portrayed in the press.')).toBe(false);
    expect(abusive("I don't hate Muslims, I hate what this government has done to Bradford.")).toBe(false);
    expect(abusive('I despise the woman who wrote this article.')).toBe(false);
    expect(abusive('Disabled people are being treated like criminals by the DWP.')).toBe(false);
    expect(abusive('Black people are victims of violent crime far more often.')).toBe(false);
    expect(abusive('Women are no less capable than men of running the Treasury.')).toBe(false);
    expect(abusive('Why are disabled people always the first to lose out under this government?')).toBe(
      false,
    );
    expect(abusive('According to the Home Secretary, Muslims are dangerous. Shameful.')).toBe(false);
  });

  it('disclaimers, expulsion, collective blame and group words without a plural s', () => {
    expect(keys('Chinese are sneaky by nature.')).toContain('racism');
    expect(keys("Not racist but Asians just aren't honest with money.")).toContain('racism');
    expect(keys('Why is it ALWAYS Muslims? Every attack, every time.')).toContain('islamophobia');
    expect(keys('Every British Jew should be held responsible for what Israel does.')).toContain(
      'antisemitism',
    );
    expect(keys('Albanians should be deported, all of them.')).toContain('racism');
    expect(keys("Autistic people shouldn't be making decisions for normal people.")).toContain('ableism');
    expect(keys('honestly muslims breed to outvote us')).toContain('islamophobia');
    expect(keys("Honestly I'm sick of Jews.")).toContain('antisemitism');
    expect(keys("can't stand the gays anymore")).toContain('anti_lgbtq');
    expect(keys('Bisexual just means greedy and confused.')).toContain('anti_lgbtq');
    expect(keys('Women should never have been allowed to stand.')).toContain('misogyny');
    expect(keys('Every Muslim MP should be investigated by MI5 as a security risk.')).toContain(
      'islamophobia',
    );
    expect(keys('Muslims are incompatible with British values.')).toContain('islamophobia');
    expect(abusive('Women should never have been forced out of the Commons by abuse.')).toBe(false);
    expect(abusive('The minister should be investigated for this.')).toBe(false);
    // Rights, risks and weariness about something else are not smears.
    expect(abusive('Disabled people are entitled to PIP and the DWP should pay it.')).toBe(false);
    expect(abusive('Disabled people are at risk of losing their homes under this bill.')).toBe(false);
    expect(abusive("I'm sick of disabled people being demonised by this government.")).toBe(false);
    expect(abusive("Asylum seekers shouldn't be deported to Rwanda, it's cruel.")).toBe(false);
  });

  it("a person's group as a joke about their fitness for office; not a celebration or a report", () => {
    expect(keys('A blind MP? How does he even read the bills')).toContain('ableism');
    expect(keys('Chinese MP? Chinese spy more like.')).toContain('racism');
    expect(keys("a woman chancellor 😂😂 here's a calculator sweetheart")).toContain('misogyny');
    expect(abusive('A deaf MP? Brilliant, about time.')).toBe(false);
    expect(abusive('A Jewish MP? Yes, and she has had death threats all week.')).toBe(false);
    expect(abusive('Disabled MP Marie Tidball secured a debate on SEND funding 🙄 only an hour though')).toBe(
      false,
    );
  });

  it('telling a person to go back to a country is racism; news of people going home is not', () => {
    expect(keys('@MarekNowickiCllr go back to Gdansk and take your cousins with you')).toContain('racism');
    expect(
      keys(
        'Nadia Farrukh wants to decolonise the curriculum. Fine, decolonise yourself love, back to Karachi.',
      ),
    ).toContain('racism');
    expect(keys('If you hate our police so much there are plenty of flights to Lagos, @ChiomaMP')).toContain(
      'racism',
    );
    expect(abusive('Polish workers are going back to Poland since Brexit, the survey says.')).toBe(false);
    expect(abusive('The minister flew back to Westminster from the summit.')).toBe(false);
  });
});
