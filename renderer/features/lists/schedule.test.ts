import { describe, expect, it } from 'vitest';
import { parseMaxItems } from './maxItems';
import { fromLocalInput, scheduleNote, toLocalInput } from './schedule';

describe('datetime-local values', () => {
  it('go to UTC and back in the machine’s own time zone', () => {
    const iso = fromLocalInput('2025-05-10T09:30');
    expect(iso).toBe(new Date(2025, 4, 10, 9, 30).toISOString());
    expect(toLocalInput(iso)).toBe('2025-05-10T09:30');
  });

  it('leave a side open when empty or not a time', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('tomorrow')).toBeNull();
    expect(toLocalInput(null)).toBe('');
    expect(toLocalInput('not a time')).toBe('');
  });
});

describe('scheduleNote', () => {
  const now = Date.parse('2025-05-10T12:00:00Z');

  it('says nothing while the item is shown', () => {
    expect(scheduleNote({ showFrom: null, showUntil: null }, now)).toBeNull();
    expect(scheduleNote({ showFrom: '2025-05-01T12:00:00Z', showUntil: '2025-06-01T12:00:00Z' }, now)).toBeNull();
  });

  it('says when a scheduled item starts and when an expired one ended', () => {
    expect(scheduleNote({ showFrom: '2025-06-01T12:00:00Z', showUntil: null }, now)).toMatchObject({ state: 'scheduled', label: expect.stringMatching(/^Scheduled: shown from 1 Jun 2025, \d\d:\d\d$/) });
    expect(scheduleNote({ showFrom: null, showUntil: '2025-05-01T12:00:00Z' }, now)).toMatchObject({ state: 'expired', label: expect.stringMatching(/^Expired: shown until 1 May 2025/) });
  });

  it('says a window that ends before it starts never shows the item', () => {
    expect(scheduleNote({ showFrom: '2025-06-01T12:00:00Z', showUntil: '2025-05-01T12:00:00Z' }, now)?.state).toBe('never');
  });
});

describe('parseMaxItems', () => {
  it('takes whole numbers from 1 to 100 only', () => {
    expect(parseMaxItems(' 10 ')).toBe(10);
    expect(parseMaxItems('100')).toBe(100);
    expect(parseMaxItems('0')).toBeNull();
    expect(parseMaxItems('101')).toBeNull();
    expect(parseMaxItems('2.5')).toBeNull();
    expect(parseMaxItems('')).toBeNull();
  });
});
