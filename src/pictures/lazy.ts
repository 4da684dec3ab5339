// The cards, loaded on first use: the canvas library and its fonts cost about 25 MB of memory, which
// a bot whose members never ask for a picture should not carry.
let cards: Promise<typeof import('./index.ts')> | undefined;

export const loadCards = () => (cards ??= import('./index.ts'));
