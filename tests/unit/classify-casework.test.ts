import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Casework and civic talk to councillors and MPs that uses the words of threats, doxxing and
 * self-harm: repairs reported with an address, rope for a tug of war, a radar gun, a hosepipe ban,
 * "you know what to do" before a vote. The sentences paraphrase civic1's false alarms (2026-12-06,
 * twenty-first session; tests/fixtures/classify/README.md). Beside each, the abuse it must not excuse.
 */

describe('casework is not doxxing', () => {
  it('a repair reported with the address that needs fixing', () => {
    expect(
      abusive('Hi @CllrNina, the gate at 14 Larch Court is hanging off again. Ref number HR-55120. Thanks'),
    ).toBe(false);
    // …but an address handed on with a broken buzzer and a name is still exposure.
    expect(
      keys(
        "For anyone wanting to visit Colin Eddery: Flat 2, 9 Wren Row, Stenmouth. Buzzer's broken, just knock",
      ),
    ).toContain('doxxing');
  });

  it("the writer's own flat and family", () => {
    expect(
      abusive("Can't thank @CllrNina enough. Flat flooded from the one above and she sorted it in a day."),
    ).toBe(false);
    expect(
      abusive("Diversion adds forty minutes to our kid's school run. Any news on the bridge @CllrNina?"),
    ).toBe(false);
    expect(abusive("Diversion adds forty minutes to my daughter's school run @CllrNina")).toBe(false);
  });
});

describe('tools, games and votes are not threats or pushes', () => {
  it('rope at work or play, a radar gun, a hosepipe ban', () => {
    expect(abusive('Can the speedwatch volunteers borrow the radar gun on Sunday, @CllrOwen? Ta')).toBe(
      false,
    );
    expect(
      abusive(
        'Rope access team on the tower block windows at Elm House this week, so do not panic @CllrOwen',
      ),
    ).toBe(false);
    expect(
      abusive('Off you pop then @CllrOwen, see you at the tug of war final. Our rope team is ready'),
    ).toBe(false);
    expect(
      abusive('Hosepipe ban for us while the water firm leaks a quarter of it. Any word @JoMP? Just saying.'),
    ).toBe(false);
    expect(
      abusive(
        'Just saying, the new railings on the multi-storey look brilliant. Really appreciate @CllrOwen',
      ),
    ).toBe(false);
  });

  it('help named beside a place, and "you know what to do" before a vote', () => {
    expect(abusive('Glad the council put a Samaritans sign and a phone at the Beachy Head car park.')).toBe(
      false,
    );
    expect(abusive('You know what to do @JoMP. Vote for the flood defence amendment on Tuesday.')).toBe(
      false,
    );
    expect(abusive('You know what to do folks: register to vote by midnight Tuesday 🗳️')).toBe(false);
    // …while the same words with a place and no vote remain a call.
    expect(abusive('Lads, @JoMP does her walkabout at Feltham market Saturday. You know what to do.')).toBe(
      true,
    );
  });
});
