/** Logged with each near-miss record; bump when lexicon or rules change what is flagged. Its own
 *  module so the content script can name the version without bundling the detector. */
export const DETECTOR_VERSION = 'en-1.21.0';
