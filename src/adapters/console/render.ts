// Renders a neutral Reply as plain terminal text.
import { letter } from '../../core/replies.ts';
import type { Reply } from '../../core/types.ts';

/** The terminal's own command, added to /help: elsewhere practice questions are answered by a tap. */
export const PRACTICE_HELP =
  "/practice <A-D> — answer the practice question on screen (/answer always answers today's)";

export function renderText(reply: Reply): string {
  const out: string[] = [];
  const mark = reply.tone === 'error' ? '! ' : reply.tone === 'success' ? '✓ ' : '';
  if (reply.title) out.push(`${mark}${reply.title}`, ...(reply.lines.length > 0 ? [''] : []));
  else if (mark && reply.lines[0])
    reply = { ...reply, lines: [`${mark}${reply.lines[0]}`, ...reply.lines.slice(1)] };
  out.push(...reply.lines);
  for (const f of reply.fields ?? []) out.push('', `${f.name}:`, `  ${f.value}`);
  const q = reply.question;
  if (q) {
    out.push('', q.kind === 'daily' ? `Question: ${q.prompt}` : `Practice question: ${q.prompt}`);
    q.options.forEach((o, i) => out.push(`  ${letter(i)}) ${o}`));
    const letters = q.options.map((_, i) => letter(i)).join('|');
    // Each question names its own command, so an answer cannot go to the other one.
    out.push(
      q.kind === 'daily'
        ? `Answer today's question with /answer ${letters}`
        : `Answer this practice question with /practice ${letters} (/answer is for today's question)`,
    );
  }
  if (reply.footer) out.push('', reply.footer);
  return out.join('\n');
}
