/**
 * The one codec for the data a button carries (a tap's payload), for every platform.
 *
 * Data reads `<tag>:<fields>` (or just `<tag>` for a kind without fields) and must fit the
 * platform's budget, which each adapter passes in: a number of characters or of UTF-8 bytes. A
 * payload that does not fit is written in its kind's shorter form if it has one (a long practice
 * question id becomes a hash). Parsing returns the payload, or undefined for data this bot never
 * wrote (an old message, a forged tap): the adapter then says the button no longer works. Compare
 * Sapphire's InteractionHandler.parse() (some/none).
 *
 * To add a kind of button:
 *   1. write `kinds/<name>.ts`: its payload type and `defineTap({ kind, tag, write, read, run })`,
 *      with a tag no other kind uses; `run` answers the tap (and checks the payload belongs to the
 *      place it came from, if it names a community's post);
 *   2. add it to the `tapKinds` list in `kinds/index.ts`;
 *   3. offer it: put `{ label, payload }` in a Reply's `buttons`. Adapters render every Reply's
 *      buttons, encode and parse them here, and hand the payload to StudyCore.answerTap: they need
 *      no change, unless the platform must show the reply somewhere new.
 */
import { kindNamed, kindTagged, type AnyTapKind, type TapPayload } from './kinds/index.ts';

/** How much data a platform's button holds: so many characters, or so many UTF-8 bytes. */
export interface TapBudget {
  max: number;
  unit: 'characters' | 'bytes';
}

const sizeOf = (data: string, budget: TapBudget) =>
  budget.unit === 'bytes' ? Buffer.byteLength(data) : data.length;

function write(kind: AnyTapKind, payload: { kind: string }): string {
  const fields = kind.write(payload);
  return fields === '' ? kind.tag : `${kind.tag}:${fields}`;
}

/**
 * A payload as button data within `budget`. Throws when even the shorter form does not fit: that is
 * a bug in a kind (a button that could never be tapped), found by the codec tests.
 */
export function encodeTap(payload: TapPayload, budget: TapBudget): string {
  let kind = kindNamed(payload.kind)!;
  let current: { kind: string } = payload;
  let data = write(kind, current);
  while (sizeOf(data, budget) > budget.max && kind.shorter) {
    current = kind.shorter(current);
    kind = kindNamed(current.kind)!;
    data = write(kind, current);
  }
  if (sizeOf(data, budget) > budget.max)
    throw new Error(`a ${payload.kind} button's data is over the ${budget.max} ${budget.unit} it may hold`);
  return data;
}

/** The payload in button data, or undefined for data this bot never wrote. */
export function parseTap(data: string, budget: TapBudget): TapPayload | undefined {
  if (sizeOf(data, budget) > budget.max) return undefined;
  const colon = data.indexOf(':');
  const kind = kindTagged(colon < 0 ? data : data.slice(0, colon));
  return kind?.read(colon < 0 ? '' : data.slice(colon + 1)) as TapPayload | undefined;
}
