// Card colours. Each card paints its own solid background, so it reads the same in a light or a
// dark chat theme; the dark palette is the default because it sits quietly in both.

export interface CardTheme {
  background: string;
  panel: string;
  panelBorder: string;
  text: string;
  muted: string;
  accent: string;
  /** Heatmap and result colours. */
  right: string;
  wrong: string;
  freeze: string;
  skipped: string;
  /** A day with nothing answered, and the empty part of a bar. */
  empty: string;
  gold: string;
  silver: string;
  bronze: string;
  /** Text drawn on the gold, silver and bronze blocks. */
  onMedal: string;
}

export const darkTheme: CardTheme = {
  background: '#0F1724',
  panel: '#172234',
  panelBorder: '#22304A',
  text: '#F1F5F9',
  muted: '#94A3B8',
  accent: '#5EEAD4',
  right: '#34D399',
  wrong: '#FB923C',
  freeze: '#60A5FA',
  skipped: '#64748B',
  empty: '#243247',
  gold: '#F5C451',
  silver: '#C9D3DF',
  bronze: '#D99A6C',
  onMedal: '#0F1724',
};

export const lightTheme: CardTheme = {
  background: '#F7F6F2',
  panel: '#FFFFFF',
  panelBorder: '#E4E2DA',
  text: '#0F172A',
  muted: '#5B6474',
  accent: '#0F766E',
  right: '#16A34A',
  wrong: '#EA580C',
  freeze: '#2563EB',
  skipped: '#94A3B8',
  empty: '#E8E6DF',
  gold: '#E3A92B',
  silver: '#A7B3C2',
  bronze: '#C27B4A',
  onMedal: '#FFFFFF',
};
