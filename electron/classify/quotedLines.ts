/** A repost or quote-post line as copied as text: "RT @kestle_carl: …", "QT @TillotsonMP: …". */
const REPOST_LINE = /^(RT|QT) @\w+/i;
/**
 * A comment that holds the repost up to report or condemn it ("Reporting this", "Blocked and
 * reported", "An elected MP calling pensioners 'vermin'"). Without one, a comment on a repost agrees
 * with it more often than not ("Facts.", "this 👆", "Say it louder"), so the reposted words count.
 */
const HELD_UP =
  /\b(report\w*|block\w*|calling|called|condemn\w*|disgust\w*|vile|appalling|shameful|unacceptable|abuse|abusive|hate|hateful|racis\w*|misogyn\w*|bigot\w*|threat\w*|harass\w*|police|whips?|screenshot\w*|this is what|this is the kind|nobody should|no one should|solidarity)\b/i;

/**
 * Lines that quote someone else's post, answered by the writer's own words:
 *  - opened with ">" and followed by a reply, the forum way of quoting what is answered ("> X should be
 *    shot for this\n\nNo, he should be questioned…"); lines of ">" with no reply after them are
 *    greentext, the writer's own story, and stay the writer's;
 *  - a repost block, from "RT @x: …" or "QT @x: …" opening a line to the next blank line (a reposted
 *    post may run over several lines), when the writer's comment above or below it reports or condemns
 *    it ("Reporting this.\n\nRT @angryfenman: someone needs to pay Carrow a visit"); a bare repost, or
 *    one the comment agrees with, is left as the words it carries.
 * Offsets index `text` (each range runs from the line's first mark to the end of its line or block).
 */
export function quotedLines(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const reposts: [number, number][] = [];
  // Lines as [first non-space, end]; a blank line has first >= end.
  const lines: [number, number][] = [];
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let i = start;
    while (i < end && text.charCodeAt(i) === 32) i++;
    lines.push([i, end]);
    start = end + 1;
  }
  let replied = false;
  for (let n = lines.length - 1; n >= 0; n--) {
    const [i, end] = lines[n]!;
    if (i >= end) continue;
    if (text.charCodeAt(i) === 62) {
      if (replied) ranges.push([i, end]);
    } else replied = true;
  }
  let heldUp = false;
  for (let n = 0; n < lines.length; n++) {
    const [i, end] = lines[n]!;
    if (i >= end) continue;
    if (REPOST_LINE.test(text.slice(i, Math.min(end, i + 40)))) {
      // The block runs on to the next blank line.
      let last = n;
      while (last + 1 < lines.length && lines[last + 1]![0] < lines[last + 1]![1]) last++;
      reposts.push([i, lines[last]![1]]);
      n = last;
    } else if (text.charCodeAt(i) !== 62 && !heldUp) heldUp = HELD_UP.test(text.slice(i, end));
  }
  if (heldUp) for (const r of reposts) ranges.push(r);
  return ranges;
}

/** A cheap first test: could the text hold a quoted line at all? */
export function mayQuoteLines(text: string): boolean {
  return text.includes('>') || text.includes('t @');
}
