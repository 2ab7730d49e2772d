/**
 * Redaction of personal data before anything leaves the browser (product principle 4).
 *
 * Runs in the background on the copy of a record that is queued for delivery; the local history
 * keeps the agent's own words. Card numbers are replaced only when the Luhn check passes, so order
 * numbers and ticket ids of the same length survive. Order matters: cards first (their digit
 * groups would otherwise look like phone numbers), then e-mail addresses, then phones, then the
 * admin's own patterns.
 */
import { NOTE_MAX, QUOTE_MAX, type NearMissRecord } from './schema';

export interface RedactionOptions {
  enabled: boolean;
  /** Admin-defined regular expression sources (validated by the settings schema). */
  patterns: readonly string[];
}

// 13–19 digits, optionally grouped by single spaces or dashes (ISO/IEC 7812 lengths).
const cardCandidate = /(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])/g;
const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// An optional +country code, then digits with spaces, dots, dashes or parentheses; 7–15 digits (E.164).
const phoneCandidate = /(?<![\w+])\+?\(?\d[\d ().-]{5,22}\d(?![\w])/g;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The Luhn (mod 10) check of a digit string. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

export function redactText(text: string, options: RedactionOptions): string {
  if (!options.enabled) return text;
  let out = text.replace(cardCandidate, (match) => (luhnValid(match.replace(/\D/g, '')) ? '[card number]' : match));
  out = out.replace(email, '[email]');
  out = out.replace(phoneCandidate, (match) => {
    const digits = match.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15 || isoDate.test(match)) return match;
    return '[phone]';
  });
  for (const source of options.patterns) {
    out = out.replace(new RegExp(source, 'gu'), '[redacted]');
  }
  return out;
}

/** The record as it may leave the browser: every free-text field redacted. */
export function redactRecord(record: NearMissRecord, options: RedactionOptions): NearMissRecord {
  if (!options.enabled) return record;
  // A placeholder can be longer than what it replaces ("a@b.c" → "[email]"): cut back to the bounds.
  const r = (text: string, max: number) => redactText(text, options).slice(0, max);
  return {
    ...record,
    evidence: record.evidence.map((e) => ({ ...e, quote: r(e.quote, QUOTE_MAX) })),
    contributed: r(record.contributed, NOTE_MAX),
    recommendedChange: r(record.recommendedChange, NOTE_MAX),
    segment: record.segment === null ? null : r(record.segment, 80),
  };
}
