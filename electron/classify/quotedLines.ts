/**
 * Lines opened with ">" that a reply follows: the forum way of quoting what is answered ("> X should
 * be shot for this\n\nNo, he should be questioned…"). Lines of ">" with no reply after them are
 * greentext, the writer's own story, and stay the writer's.
 */
export function quotedLines(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let replied = false;
  for (let end = text.length; end > 0;) {
    const nl = text.lastIndexOf('\n', end - 1);
    const start = nl + 1;
    let i = start;
    while (i < end && text.charCodeAt(i) === 32) i++;
    if (i < end && text.charCodeAt(i) === 62) {
      if (replied) ranges.push([i, end]);
    } else if (i < end) replied = true;
    if (nl < 0) break;
    end = nl;
  }
  return ranges;
}
