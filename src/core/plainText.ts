// A reply as plain lines: the alt text of its picture (what a screen reader or a text-only
// surface gets instead of the card).
import type { Reply } from './types.ts';

export function plainText(reply: Reply): string {
  const out: string[] = [];
  if (reply.title) out.push(reply.title);
  out.push(...reply.lines.filter((l) => l.trim() !== ''));
  for (const f of reply.fields ?? []) out.push(`${f.name}: ${f.value}`);
  if (reply.footer) out.push(reply.footer);
  return out.join('\n');
}
