// Renders a neutral Reply as plain terminal text.
import { t } from '../../core/i18n/index.ts';
import { letter } from '../../core/replies.ts';
import type { Reply } from '../../core/types.ts';
import { hanging, questionLines, solutionLinesText, WIDTH } from './question.ts';

/** A line longer than the terminal's 80 columns, wrapped at words (shorter lines stay as they are). */
const fit = (line: string): string[] =>
  line.split('\n').flatMap((l) => (l.length <= WIDTH ? [l] : hanging('', l.trim(), /^\s*/.exec(l)![0])));

export function renderText(reply: Reply): string {
  const lang = reply.lang ?? 'en';
  const out: string[] = [];
  const mark = reply.tone === 'error' ? '! ' : reply.tone === 'success' ? '✓ ' : '';
  if (reply.title) out.push(`${mark}${reply.title}`, ...(reply.lines.length > 0 ? [''] : []));
  else if (mark && reply.lines[0])
    reply = { ...reply, lines: [`${mark}${reply.lines[0]}`, ...reply.lines.slice(1)] };
  out.push(...reply.lines.flatMap(fit));
  for (const f of reply.fields ?? []) out.push('', `${f.name}:`, `  ${f.value}`);
  const q = reply.question;
  if (q) {
    out.push(
      '',
      ...questionLines(
        q,
        t(
          lang,
          q.kind === 'daily'
            ? 'console.question'
            : q.kind === 'review'
              ? 'review.terminalQuestion'
              : 'console.practiceQuestion',
        ),
      ),
    );
    const letters = q.options.map((_, i) => letter(i).slice(1, -1)).join('|');
    // Each question names its own command, so an answer cannot go to the other one.
    out.push(
      q.kind === 'daily'
        ? t(lang, 'console.answerDaily', { letters })
        : q.kind === 'review'
          ? t(lang, 'review.terminalAnswer', { letters })
          : t(lang, 'console.answerPractice', { letters }),
    );
  }
  out.push(...solutionLinesText(reply.answer?.solution, lang));
  // The terminal has no buttons: "Next" and "Start review" are the /review command, "Today's
  // question" is /daily.
  if (reply.buttons?.some((b) => b.payload.kind === 'review-next'))
    out.push('', t(lang, 'review.terminalNext'));
  if (reply.buttons?.some((b) => b.payload.kind === 'today')) out.push('', t(lang, 'today.terminal'));
  if (reply.footer) out.push('', ...fit(reply.footer));
  return out.join('\n');
}
