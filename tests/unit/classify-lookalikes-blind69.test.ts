import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Harmless posts the rules flagged in blind69 (2026-12-06, twenty-fourth session; the sentences
 * paraphrase them, tests/fixtures/classify/README.md), each beside the abuse the same words make.
 */

describe('an animal or an illness that is only an animal or an illness', () => {
  it('is not dehumanisation: "the dog will lick you", "the dog show", "the cancer unit"', () => {
    expect(abusive("Please don't come to my house, the dog will lick you to death 😅")).toBe(false);
    expect(abusive("Come meet Helen Varney MP at the summer fete. She's judging the dog show 🐶")).toBe(
      false,
    );
    expect(abusive("Cllr Fairclough's doing a sponsored head shave on Friday for the cancer unit")).toBe(
      false,
    );
  });

  it('still calls a person one', () => {
    expect(keys('Starmer is a dog')).toContain('dehumanisation');
    expect(keys('olu adebayo should be hunted down like the rat he is')).toContain('dehumanisation');
    expect(keys("You're a cancer on this town, Pryce")).toContain('dehumanisation');
  });
});

describe("the writer's own address and number", () => {
  it('is not doxxing: a flooded "our back garden", a lost-dog notice', () => {
    expect(
      abusive(
        'Cllr Oakridge came round to 6 Willow Walk yesterday to see the flooding in our back garden. Thank you',
      ),
    ).toBe(false);
    expect(
      abusive(
        'LOST DOG 🐕 Bramble, black spaniel, slipped her lead on the common. Please ring 07700 900555 if seen',
      ),
    ).toBe(false);
  });

  it("is doxxing when it is someone else's", () => {
    expect(keys('Cllr Pryce lives at 6 Willow Walk, the one with the blue door')).toContain('doxxing');
    expect(keys('Her mobile is 07700 900555. Please ring it and tell her what you think')).toContain(
      'doxxing',
    );
  });
});

describe('a kind of school', () => {
  it('locates nobody: "her kids are in private school"', () => {
    expect(
      abusive(
        "Her holiday home is in Spain, her kids are in private school and she lectures me about 'hardworking families'",
      ),
    ).toBe(false);
  });
});

describe('exposure handed on in more words', () => {
  it('finds "save before it\'s deleted", "so wait on", "now you know"', () => {
    expect(
      keys(
        'Save before its deleted. Keith Horsfall, farmhouse top of Moorside Lane, green Land Rover, Wed 7am market run',
      ),
    ).toContain('doxxing');
    expect(
      keys(
        'Sharon Yates leaves the council offices by the back door on Pump Lane at 5.30 most days. so wait on Pump Lane',
      ),
    ).toContain('doxxing');
    expect(
      keys(
        "gary whitlock's missus does the lollipop outside Brinford Juniors, 8:30 and 3:15. now you know whose wife she is",
      ),
    ).toContain('doxxing');
  });

  it('is not a public event', () => {
    expect(
      abusive(
        'Our MP Tom Ashdown is at the Crown for the quiz night on Sunday at 8, all welcome. Now you know!',
      ),
    ).toBe(false);
  });
});
