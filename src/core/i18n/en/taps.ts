// Labels of the buttons the core offers under a reply (see core/taps).
export const taps = {
  'taps.share': () => 'Share',
  'taps.next': () => 'Next question',
};
