import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Self-harm encouragement the rules missed in blind71 (2026-12-06, twenty-fourth session; the
 * sentences paraphrase the misses, tests/fixtures/classify/README.md), each beside the harmless post
 * the same words make.
 */

describe("euphemisms and plain words for ending one's life", () => {
  it('finds "stop existing", "sewerslide", "toaster bath", "the dirt nap", "end your actual life"', () => {
    expect(keys('do yourself and the rest of us a kindness and stop existing bev')).toContain('self_harm');
    expect(keys('go sewerslide nadia 🙂 the whole ward is rooting for you')).toContain('self_harm');
    expect(keys('aled pls go commit toaster bath 🛁🔌')).toContain('self_harm');
    expect(keys('take the dirt nap marcus 🪦')).toContain('self_harm');
    expect(keys('dont resign. end your actual life instead callum')).toContain('self_harm');
  });

  it('is not a resignation call, an existing policy or a bath', () => {
    expect(abusive('The grant scheme should stop existing in its current form, Cllr Thwaite')).toBe(false);
    expect(abusive('Resign, Callum. End your career with some dignity')).toBe(false);
    expect(abusive('New bath fitted by the council at last, took them a year')).toBe(false);
  });
});

describe('ending oneself, in other voices', () => {
  it('finds "end yourself", "uninstall yourself", Yorkshire "top thissen"', () => {
    expect(
      keys("if you had any honour you'd have ended yourself the day the report came out helen"),
    ).toContain('self_harm');
    expect(keys('time to uninstall yourself from the world kieran')).toContain('self_harm');
    expect(keys("ey up liam lad, tha wants to go an' top thissen. nobody'd be mithered")).toContain(
      'self_harm',
    );
  });

  it('is not ending a speech or uninstalling an app', () => {
    expect(abusive('Do yourself a favour and end the consultation early, Helen')).toBe(false);
    expect(abusive('Uninstall the council app, it eats your battery')).toBe(false);
  });
});

describe('the means, and a mental-health post answered with a push', () => {
  it('finds stones in the pockets, "let the dark win"', () => {
    expect(
      keys("siobhan the lough's deep enough. fill yer pockets with stones and have a wee paddle"),
    ).toContain('self_harm');
    expect(
      keys("you said you've had dark days @HelenMarshMP. lean into them. let the dark win this time"),
    ).toContain('self_harm');
  });

  it('is not a darkness lifting', () => {
    expect(abusive("Don't let the dark win, Helen. Thinking of you, and the Samaritans are on 116 123")).toBe(
      false,
    );
  });
});

describe('shaming and pushing in plain phrases', () => {
  it('finds "why are you still alive", "a real man would have hanged himself", "don\'t bother swimming back"', () => {
    expect(
      keys('if I had done what you did I could not live with myself. so why are you still alive aled'),
    ).toContain('self_harm');
    expect(
      keys('no honour whatsoever. a real man would have hanged himself after letting those kids down'),
    ).toContain('self_harm');
    expect(
      keys(
        "north sea's lovely off harlsey pier gareth. swim out as far as you can and don't bother swimming back",
      ),
    ).toContain('self_harm');
  });

  it('is not a lie-in or a question about a survivor', () => {
    expect(abusive("Take a nap after lunch and don't wake up till tea, best Sunday ever")).toBe(false);
    expect(abusive('The bridge collapsed in 1968 and the town still asks how anyone is still alive')).toBe(
      false,
    );
  });
});
