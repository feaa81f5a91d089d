import { describe, it, expect } from 'vitest';
import {
  blueskyHandles,
  fediverseHandles,
  redditUsers,
  uniqueLower,
  xHandles,
  atHandles,
} from '../../electron/ingest/mappers/handles';
import { decodeBasicEntities, htmlToText } from '../../electron/ingest/mappers/html-text';
import { idValue } from '../../electron/ingest/mappers/json-fields';
import { parseJsonLossless, quoteBigIntegers } from '../../electron/ingest/mappers/lossless-json';
import { instagramMediaId, facebookPostPart } from '../../electron/ingest/mappers/meta-ids';
import { metrics, parseCount } from '../../electron/ingest/mappers/numbers';
import { toIsoUtc } from '../../electron/ingest/mappers/time';

describe('toIsoUtc', () => {
  it.each([
    ['2021-09-22T16:37:29.000Z', '2021-09-22T16:37:29.000Z'],
    ['2023-12-13T20:37:03Z', '2023-12-13T20:37:03.000Z'],
    ['2023-12-13T20:37:03.123456Z', '2023-12-13T20:37:03.123Z'],
    ['2024-03-05T16:00:00.000+00:00', '2024-03-05T16:00:00.000Z'],
    ['2024-03-05T16:00:00+0100', '2024-03-05T15:00:00.000Z'],
    ['2024-03-05T16:00:00-05:30', '2024-03-05T21:30:00.000Z'],
    ['Sat Jan 23 20:19:45 +0000 2016', '2016-01-23T20:19:45.000Z'],
    ['Mon Mar 04 09:15:02 -0500 2024', '2024-03-04T14:15:02.000Z'],
    ['2021-03-01 12:34:56 EST', '2021-03-01T17:34:56.000Z'],
    ['2021-07-01 12:34:56 BST', '2021-07-01T11:34:56.000Z'],
    ['2021-03-01 12:34:56 GMT', '2021-03-01T12:34:56.000Z'],
    ['2021-03-01 12:34:56 CET', '2021-03-01T11:34:56.000Z'],
    ['2021-03-01 12:34:56 PST', '2021-03-01T20:34:56.000Z'],
    ['2021-03-01 12:34:56 UTC+2', '2021-03-01T10:34:56.000Z'],
    ['1709571600', '2024-03-04T17:00:00.000Z'],
    ['1709571600.5', '2024-03-04T17:00:00.500Z'],
  ])('%s → %s', (input, expected) => {
    expect(toIsoUtc(input)).toBe(expected);
  });

  it('reads Unix seconds and milliseconds as numbers', () => {
    expect(toIsoUtc(1633823999)).toBe('2021-10-09T23:59:59.000Z');
    expect(toIsoUtc(1706745600.0)).toBe('2024-02-01T00:00:00.000Z');
    expect(toIsoUtc(1709571600123)).toBe('2024-03-04T17:00:00.123Z');
  });

  it('applies an assumed zone only to zone-less times, and refuses to guess otherwise', () => {
    expect(toIsoUtc('2024-03-05 19:02:11', 'UTC')).toBe('2024-03-05T19:02:11.000Z');
    expect(() => toIsoUtc('2024-03-05 19:02:11')).toThrow(/no time zone/);
    expect(() => toIsoUtc('2024-03-05 19:02:11 XYZ')).toThrow(/unknown time zone "XYZ"/);
    expect(() => toIsoUtc('2021-02-30T10:00:00Z')).toThrow(/impossible date/);
    expect(() => toIsoUtc('2023-02-29T00:00:00.000Z')).toThrow(/impossible date/);
    expect(() => toIsoUtc('1900-02-29T00:00:00.000Z')).toThrow(/impossible date/);
    expect(() => toIsoUtc('2024-04-31T00:00:00.000Z')).toThrow(/impossible date/);
    expect(() => toIsoUtc('2024-04-30T24:00:00.000Z')).toThrow();
    expect(toIsoUtc('2024-02-29T23:59:59.999Z')).toBe('2024-02-29T23:59:59.999Z');
    expect(toIsoUtc('2000-02-29T00:00:00.000Z')).toBe('2000-02-29T00:00:00.000Z');
    expect(() => toIsoUtc('yesterday')).toThrow(/unrecognised date and time "yesterday"/);
    expect(() => toIsoUtc(null)).toThrow(/expected a date and time/);
  });
});

describe('parseCount', () => {
  it.each([
    [1234, 1234],
    ['1234', 1234],
    ['1,234', 1234],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ["1'234", 1234],
    ['12K', 12000],
    ['1.2K', 1200],
    ['1,2K', 1200],
    ['3.4M', 3400000],
    ['3,4 Mio', 3400000],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['2.35', 2.35],
    ['0', 0],
  ])('%j → %d', (input, expected) => {
    expect(parseCount(input)).toBe(expected);
  });

  it.each([[null], [undefined], [''], ['n/a'], ['N/A'], ['-'], ['abc'], ['12Q'], [Number.NaN], [{}]])(
    '%j → null',
    (input) => {
      expect(parseCount(input)).toBeNull();
    },
  );

  it('keeps only usable counts in metrics', () => {
    expect(metrics({ likes: '1,2K', replies: null, reposts: undefined, views: 'n/a', quotes: 0 })).toEqual({
      likes: 1200,
      quotes: 0,
    });
  });
});

describe('htmlToText', () => {
  it('turns paragraphs and breaks into newlines, strips tags and decodes entities', () => {
    expect(
      htmlToText('<p>One<br>two<br />three</p><p>Four &amp; five &lt;3 &#39;six&#x27; &quot;7&quot;</p>'),
    ).toBe('One\ntwo\nthree\n\nFour & five <3 \'six\' "7"');
  });

  it('keeps link text, including the parts Mastodon hides', () => {
    expect(
      htmlToText(
        '<p>See <a href="https://example.org/a/long/path"><span class="invisible">https://</span><span class="ellipsis">example.org/a/lo</span><span class="invisible">ng/path</span></a></p>',
      ),
    ).toBe('See https://example.org/a/long/path');
  });

  it('drops scripts, styles and comments, never running or keeping them', () => {
    expect(htmlToText('<script>alert(1)</script>hi<style>p{}</style><!-- note --> there')).toBe('hi there');
  });

  it('replaces invalid numeric entities and leaves unknown named ones', () => {
    expect(htmlToText('a&#0;b&#xD800;c&#1114112;d &bogus; &nbsp;e')).toBe(
      'a\ufffdb\ufffdc\ufffdd &bogus;  e',
    );
  });

  it('decodes only &, < and > for X and Reddit text', () => {
    expect(decodeBasicEntities('A &amp; B &lt;3 &gt; &quot;q&quot; &amp;amp;')).toBe(
      'A & B <3 > &quot;q&quot; &amp;',
    );
  });
});

describe('handle extraction', () => {
  it('finds X handles but not e-mail addresses or truncated ones', () => {
    expect(xHandles('@PriyaShahMP and @tom_aldridge, mail me@example.com, cut @Bori…')).toEqual([
      'priyashahmp',
      'tom_aldridge',
    ]);
  });

  it('finds Bluesky domain handles', () => {
    expect(blueskyHandles('hi @alice.bsky.social and @example.org. not @nodot or a@b.c')).toEqual([
      'alice.bsky.social',
      'example.org',
    ]);
  });

  it('finds fediverse handles with their domain only', () => {
    expect(fediverseHandles('cc @bob@example.social and @local, x@y.z')).toEqual(['bob@example.social']);
  });

  it('finds Reddit users and generic @handles', () => {
    expect(redditUsers('ask u/Some_User or /u/other-one, not http://x.com/u/nope')).toEqual([
      'some_user',
      'other-one',
    ]);
    expect(atHandles('@priyashah.mp! and @a_b-c.')).toEqual(['priyashah.mp', 'a_b-c']);
    expect(uniqueLower(['@A', 'a', null, '', 'B'])).toEqual(['a', 'b']);
  });
});

describe('ids and lossless JSON', () => {
  it('quotes integers beyond 2^53 outside strings, and nothing else', () => {
    const src =
      '{"id": 7028743950684949650, "small": 123, "f": 1.5e300, "s": "7028743950684949650 \\" 9007199254740993", "n": -9007199254740993}';
    expect(parseJsonLossless(src)).toEqual({
      id: '7028743950684949650',
      small: 123,
      f: 1.5e300,
      s: '7028743950684949650 " 9007199254740993',
      n: '-9007199254740993',
    });
    expect(quoteBigIntegers('[1,2,3]')).toBe('[1,2,3]');
    expect(parseJsonLossless('\uFEFF{"a":9007199254740991}')).toEqual({ a: 9007199254740991 });
  });

  it('accepts exact ids and refuses rounded ones', () => {
    expect(idValue('123', 'id')).toBe('123');
    expect(idValue(123, 'id')).toBe('123');
    expect(idValue(null, 'id')).toBeUndefined();
    expect(() => idValue(Number('7028743950684949650'), 'video_id')).toThrow(
      /video_id is the JSON number .* beyond 2\^53/,
    );
  });

  it('recovers Facebook and Instagram ids from URLs', () => {
    expect(facebookPostPart('https://www.facebook.com/Page/posts/722310045678901')).toBe('722310045678901');
    expect(facebookPostPart('https://www.facebook.com/permalink.php?story_fbid=123&id=456')).toBe('123');
    expect(facebookPostPart('https://www.facebook.com/Page/photos/a.1122/722400011122233/')).toBe(
      '722400011122233',
    );
    expect(instagramMediaId('B')).toBe('1');
    expect(instagramMediaId('BA')).toBe('64');
    expect(instagramMediaId('C4Gx2aBsQ7e')).toBe('3316557418681405150');
  });
});
