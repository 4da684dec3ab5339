// Streak freezes (core/streaks.ts): what /streak says about them.
export const streaks = {
  'streaks.freezes': (p: { held: number; used: number }) =>
    `Streak freezes: ${p.held} of 2 held · ${p.used} used (you earn one every 7 days in a row; a missed day uses one)`,
};
