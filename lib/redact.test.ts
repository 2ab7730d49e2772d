import { describe, expect, it } from 'vitest';
import { luhnValid, redactRecord, redactText } from './redact';
import type { NearMissRecord } from './schema';

const on = { enabled: true, patterns: [] };

describe('luhnValid', () => {
  it.each([
    ['4111111111111111', true], // Visa test number
    ['5555555555554444', true], // Mastercard test number
    ['378282246310005', true], // Amex test number
    ['4111111111111112', false],
    ['1234567812345678', false],
    ['', false],
  ])('%s → %s', (digits, expected) => {
    expect(luhnValid(digits)).toBe(expected);
  });
});

describe('redactText', () => {
  it.each([
    ['mail me at jane.doe+nm@example.co.uk please', 'mail me at [email] please'],
    ['card 4111 1111 1111 1111 was charged', 'card [card number] was charged'],
    ['card 4111-1111-1111-1111.', 'card [card number].'],
    ['amex 378282246310005', 'amex [card number]'],
    // Same length, fails Luhn: an order number, kept.
    ['order 4111 1111 1111 1112 shipped', 'order 4111 1111 1111 1112 shipped'],
    ['call +44 20 7946 0958 today', 'call [phone] today'],
    ['call (555) 123-4567', 'call [phone]'],
    ['on 2026-01-05 at 10:30', 'on 2026-01-05 at 10:30'],
    ['ticket 1042 and 12345', 'ticket 1042 and 12345'],
  ])('%s', (input, expected) => {
    expect(redactText(input, on)).toBe(expected);
  });

  it('applies the admin patterns, and nothing when switched off', () => {
    const options = { enabled: true, patterns: ['ACC-\\d{6}', 'Project Falcon'] };
    expect(redactText('account ACC-123456 on Project Falcon', options)).toBe('account [redacted] on [redacted]');
    expect(redactText('jane@example.com 4111111111111111', { enabled: false, patterns: ['jane'] })).toBe('jane@example.com 4111111111111111');
  });
});

describe('redactRecord', () => {
  it('redacts every free-text field and keeps the bounds', () => {
    const record = {
      evidence: [{ quote: 'reach me at a@b.co' }, { quote: 'a@b.c '.repeat(1365) }],
      contributed: 'phone 555 123 4567',
      recommendedChange: 'email ops@example.com',
      segment: 'key_account',
    } as unknown as NearMissRecord;
    const out = redactRecord(record, on);
    expect(out.evidence[0]?.quote).toBe('reach me at [email]');
    expect(out.evidence[1]?.quote.length).toBe(8192);
    expect(out.contributed).toBe('phone [phone]');
    expect(out.recommendedChange).toBe('email [email]');
    expect(out.segment).toBe('key_account');
  });
});
