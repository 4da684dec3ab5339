// What a kind of button is, to the core: how its payload is written into a button's data, read
// back, and what a tap on it does. See codec.ts for how to add one.
import type { CoreServices, Invocation, Reply } from '../types.ts';

export interface TapKind<P extends { kind: string }> {
  /** The payload's discriminant. */
  readonly kind: P['kind'];
  /** Its short, unique prefix on the wire: the data reads `<tag>` or `<tag>:<fields>`. */
  readonly tag: string;
  /** The payload's fields as text (without the tag); '' when the kind has none. */
  write(payload: P): string;
  /** The fields back into a payload, or undefined for anything this kind never wrote. */
  read(fields: string): P | undefined;
  /** A more compact payload carrying the same tap, for when `write` does not fit the budget. */
  shorter?(payload: P): { kind: string };
  /**
   * What the tap does. `inv` is where it came from: a kind whose payload names a community's post
   * must check that the post is that place's (data in a button can be forged). Never throws.
   */
  run(services: CoreServices, inv: Invocation, payload: P): Promise<Reply>;
}

/** Identity, for type inference: `export const next = defineTap<NextTap>({ ... })`. */
export const defineTap = <P extends { kind: string }>(kind: TapKind<P>): TapKind<P> => kind;
