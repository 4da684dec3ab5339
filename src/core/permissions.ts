// Permission as a question the core asks when it needs the answer (compare Koishi's
// `permissions.test` and Sapphire's preconditions): each adapter supplies `actor.isAdmin()` from the
// platform's own rules, and the engine or a command calls it only where admin rights matter.
import type { Actor } from './types.ts';

/** The answer for actors who are never admins here (a tap, a poll vote). */
export const notAdmin = (): Promise<boolean> => Promise.resolve(false);

/** The answer where the actor owns the place (the terminal's single user). */
export const alwaysAdmin = (): Promise<boolean> => Promise.resolve(true);

/**
 * Asks `check` at most once for the update it was made for, so a command that needs the answer
 * twice costs one platform call. A failed ask is forgotten, so a later one tries again.
 */
export function askOnce(check: () => Promise<boolean>): () => Promise<boolean> {
  let asked: Promise<boolean> | undefined;
  return () => {
    asked ??= check().catch((err: unknown) => {
      asked = undefined;
      throw err;
    });
    return asked;
  };
}

/**
 * For replies that only look different to admins (/help): when the platform cannot be asked, the
 * member sees what everyone sees rather than an error.
 */
export function isAdminOrNot(actor: Actor): Promise<boolean> {
  return actor.isAdmin().catch(() => false);
}
