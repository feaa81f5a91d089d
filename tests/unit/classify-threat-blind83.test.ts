import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Threats and calls for harm written as real replies to UK politicians (dialect, text-speak, live
 * issues) that the rules missed in blind83 (2026-12-06, twenty-sixth session; the sentences
 * paraphrase the misses, tests/fixtures/classify/README.md), each beside the harmless post the same
 * words make.
 */

describe('"I\'ll" in Brummie and Geordie, and a knock-out promised', () => {
  it('reads "ar\'ll" and "aa\'ll" as the writer\'s "I\'ll"', () => {
    expect(keys("@CllrBassi close them roads again n ar'll break both yer legs")).toContain('threat');
    expect(keys("shut the toon's roads again n aa'll knock ye clean oot @CllrRobson")).toContain('threat');
    expect(keys("I'll knock you spark out if I see you at the hustings")).toContain('threat');
  });

  it('is not a knock-out cup or a broken leg in the news', () => {
    expect(abusive('Spurs knocked us out of the cup again, gutted')).toBe(false);
    expect(abusive('@CllrBassi my lad broke both his legs on that pothole on Moseley Road')).toBe(false);
  });
});

describe('the body, the blade and fire told as what will happen', () => {
  it('finds a head through a windscreen, a blade taken to someone, a face kept for now', () => {
    expect(keys("canvass our estate again and I'll put your head through a windscreen")).toContain('threat');
    expect(keys("vote for it n ah'll take a blade tae ye masel")).toContain('threat');
    expect(keys("smile for the cameras while you've still got a face to smile with")).toContain('threat');
    expect(keys('may his barn go up with him in it')).toContain('harm_incitement');
    expect(keys('hope some wee ned chibs @CllrMcGarvie ootside his surgery')).toContain('harm_incitement');
  });

  it('is not a windscreen repaired, a blade sharpened for the kitchen or a barn fire in the news', () => {
    expect(abusive('Got the windscreen replaced today, that chip had spread right across')).toBe(false);
    expect(abusive('The barn fire at Hollins Farm is out, no animals hurt, thank you fire crews')).toBe(
      false,
    );
  });
});

describe('escalation from property to the person', () => {
  it('finds "next time it won\'t just be the windows", "not the only thing getting ripped out"', () => {
    expect(keys("Shame about your office windows. Next time it won't just be the windows.")).toContain(
      'threat',
    );
    expect(
      keys("one more vote like that and your boiler won't be the only thing getting ripped out"),
    ).toContain('threat');
  });
});

describe('self-harm urged in a figure of speech', () => {
  it('finds freezing, a toaster in the bath and a walk off the pier', () => {
    expect(keys('switch ur heating off and freeze urself to death, lead by example')).toContain('self_harm');
    expect(keys('the decent thing for you now is a hot bath and a toaster')).toContain('self_harm');
  });
});

describe('the writer knows the routine', () => {
  it('finds a habit known and a meeting promised', () => {
    expect(
      keys("Committee 7pm Thursday. You always leave by the side door. We'll be at the side door."),
    ).toContain('threat');
  });
});

describe('look-alikes set aside', () => {
  it('is not "dead to me", trash talk over a video game, a court report, pest control or a bonfire', () => {
    expect(abusive("you're dead to me @CllrRobson for putting pineapple on the pizza order")).toBe(false);
    expect(abusive('ur dead next time on FIFA mate, 4-0 was a fluke 🎮')).toBe(false);
    expect(
      abusive(
        'Jury finds man guilty of harassment after he followed a councillor home and filmed outside her house',
      ),
    ).toBe(false);
    expect(abusive('shotgun cert question: do you need a variation for fox control at night or not?')).toBe(
      false,
    );
    expect(abusive('bonfire tonight was lush, diolch to the fire crew for watching it all night 🔥')).toBe(
      false,
    );
  });

  it('still finds a threat after a game or a court report', () => {
    expect(keys("you're dead @CllrRobson, I know where you live")).toContain('threat');
    expect(keys("the jury got it wrong. I know where you live and you're dead")).toContain('threat');
  });
});

describe('a hyperbole among friends', () => {
  it('is not "I\'m going to kill you for posting that photo 😂 … x"', () => {
    expect(
      abusive(
        "@CllrCadwallader I'm going to kill you for posting that photo of me at the fun run 😂😂 drinks Friday x",
      ),
    ).toBe(false);
    expect(
      abusive(
        "Lost the pub quiz again. I'm going to kill him for that answer about the Tudors 😂 (love you mate)",
      ),
    ).toBe(false);
  });

  it('is still a threat with a laugh alone, or a kiss for what was done to a town', () => {
    expect(keys("I'm going to kill you for what you did to this town 😂")).toContain('threat');
    expect(keys("I'm going to kill you 😂 x")).toContain('threat');
  });
});
