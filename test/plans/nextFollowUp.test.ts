import { describe, expect, it } from 'vitest';
import { nextFollowUp, SupportedEmploymentError } from '../../src';
import { followUpPlan } from '../fixtures/plans/factories';

describe('nextFollowUp', () => {
  it('returns the first planned contact on or after asOf', () => {
    expect(nextFollowUp(followUpPlan(), '2026-10-02')).toEqual({
      date: '2026-10-08',
      type: 'contact',
      path: ['contacts', 1],
      overdue: false,
    });
    expect(nextFollowUp(followUpPlan(), '2026-10-08')?.date).toBe('2026-10-08');
  });

  it('puts a triangular meeting before a contact on the same day', () => {
    expect(nextFollowUp(followUpPlan(), '2026-10-15')).toEqual({
      date: '2026-10-15',
      type: 'triangular-meeting',
      path: ['triangularMeetings', 0],
      overdue: false,
    });
  });

  it('skips contacts that are held, cancelled or missed', () => {
    const plan = followUpPlan((d) => {
      d.contacts![1]!.status = 'held';
      d.contacts![2]!.status = 'cancelled';
      d.triangularMeetings![0]!.status = 'missed';
      d.contacts![3]!.status = 'held';
    });
    expect(nextFollowUp(plan, '2026-10-02')).toMatchObject({ date: '2026-10-29', path: ['contacts', 4] });
  });

  it('returns the oldest overdue item when asked to include overdue ones', () => {
    const plan = followUpPlan((d) => {
      d.contacts![0]!.status = 'held';
    });
    expect(nextFollowUp(plan, '2026-10-20', { includeOverdue: true })).toEqual({
      date: '2026-10-08',
      type: 'contact',
      path: ['contacts', 1],
      overdue: true,
    });
    expect(nextFollowUp(plan, '2026-10-20')).toMatchObject({ date: '2026-10-22', overdue: false });
  });

  it('returns undefined when nothing more is planned', () => {
    expect(nextFollowUp(followUpPlan(), '2029-10-02')).toBeUndefined();
    expect(
      nextFollowUp(
        followUpPlan((d) => void ((d.contacts = []), (d.triangularMeetings = []))),
        '2026-01-01',
      ),
    ).toBeUndefined();
  });

  it('throws invalid_date for an asOf that is not a date', () => {
    expect(() => nextFollowUp(followUpPlan(), '2026-13-01')).toThrow(SupportedEmploymentError);
  });

  it.each([
    [{ includeOverdue: 'yes' }, 'schema_invalid_type', ['includeOverdue']],
    [{ includeOverdu: true }, 'schema_unrecognized_key', ['includeOverdu']],
  ])('refuses the options %j with invalid_option and a path', (options, code, path) => {
    let error: SupportedEmploymentError | undefined;
    try {
      nextFollowUp(followUpPlan(), '2026-10-02', options as never);
    } catch (e) {
      error = e as SupportedEmploymentError;
    }
    expect(error?.code).toBe('invalid_option');
    expect(error?.issues[0]).toMatchObject({ code, path });
  });
});
