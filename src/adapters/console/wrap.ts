// Word wrap for the terminal: a terminal breaks long lines at its edge, mid-word. Each line is
// broken at spaces to fit `columns`; continuation lines keep the line's indent, so an answer option
// stays visibly one option. A word longer than a whole line is cut, as nothing else fits.

/** Wraps every line of `text` to at most `columns` characters (no wrapping when columns is unknown). */
export function wrapText(text: string, columns: number | undefined): string {
  if (!columns || columns < 20) return text;
  return text
    .split('\n')
    .map((line) => wrapLine(line, columns))
    .join('\n');
}

function wrapLine(line: string, columns: number): string {
  if ([...line].length <= columns) return line;
  const indent = /^\s*/.exec(line)![0];
  const lead = indent.length < columns / 2 ? indent : '';
  const out: string[] = [];
  let current = indent;
  for (const word of line.slice(indent.length).split(/ +/)) {
    if (!word) continue;
    const start = current.trim() === '' ? current : `${current} `;
    if ([...start].length + [...word].length <= columns) {
      current = start + word;
      continue;
    }
    if (current.trim() !== '') out.push(current);
    // A word wider than a whole line is cut to fit.
    let rest = [...word];
    const room = columns - [...lead].length;
    while (rest.length > room) {
      out.push(lead + rest.slice(0, room).join(''));
      rest = rest.slice(room);
    }
    current = lead + rest.join('');
  }
  if (current.trim() !== '') out.push(current);
  return out.join('\n');
}
