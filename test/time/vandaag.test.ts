// "Today" is the calendar day in Europe/Amsterdam (issue 13 item 7). The instants below follow from
// the Dutch offsets: CET = UTC+1; CEST = UTC+2 from the last Sunday of March 01:00 UTC to the last
// Sunday of October 01:00 UTC (EU summer-time directive 2000/84/EC): 29 March and 25 October 2026.
import { formatDatum, vandaag } from '../../src/time/dag';

const dagOp = (instant: string) => formatDatum(vandaag(Date.parse(instant)));

describe('vandaag(): the day in Europe/Amsterdam', () => {
  it.each([
    // winter (CET): midnight in Amsterdam is 23:00 UTC the day before
    ['2026-01-15T22:59:59.999Z', '2026-01-15'],
    ['2026-01-15T23:00:00.000Z', '2026-01-16'],
    ['2026-01-15T23:30:00.000Z', '2026-01-16'],
    // summer (CEST): midnight in Amsterdam is 22:00 UTC the day before
    ['2026-07-31T21:59:59.999Z', '2026-07-31'],
    ['2026-07-31T22:00:00.000Z', '2026-08-01'],
    ['2026-07-31T22:30:00.000Z', '2026-08-01'],
    // the night summer time starts (29 March 2026): the 28th ends at 23:00 UTC, the 29th at 22:00 UTC
    ['2026-03-28T22:59:59.999Z', '2026-03-28'],
    ['2026-03-28T23:30:00.000Z', '2026-03-29'],
    ['2026-03-29T21:59:59.999Z', '2026-03-29'],
    ['2026-03-29T22:00:00.000Z', '2026-03-30'],
    // the night it ends (25 October 2026): the 24th ends at 22:00 UTC, the 25th at 23:00 UTC
    ['2026-10-24T21:59:59.999Z', '2026-10-24'],
    ['2026-10-24T22:00:00.000Z', '2026-10-25'],
    ['2026-10-25T22:59:59.999Z', '2026-10-25'],
    ['2026-10-25T23:00:00.000Z', '2026-10-26'],
    // the year boundary
    ['2025-12-31T22:59:59.999Z', '2025-12-31'],
    ['2025-12-31T23:00:00.000Z', '2026-01-01'],
  ])('%s is %s in Amsterdam', (instant, dag) => {
    expect(dagOp(instant)).toBe(dag);
  });

  it('takes a Date as well as milliseconds, and defaults to the clock', () => {
    expect(formatDatum(vandaag(new Date('2026-07-31T22:30:00Z')))).toBe('2026-08-01');
    const spion = jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-01-15T23:30:00Z'));
    try {
      expect(formatDatum(vandaag())).toBe('2026-01-16');
    } finally {
      spion.mockRestore();
    }
  });
});
