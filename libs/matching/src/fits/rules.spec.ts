import { DeliveryMode, TimeSlot } from '@app/catalogue';
import { digitalNotes } from './digital-rule';
import { programmeFits, vacancyFits } from './fit-notes';
import { hoursNote } from './hours-rule';
import { interestsNote, isInInterests } from './interests-rule';
import { MatchNoteKind } from './match-note';
import { timesNote } from './times-rule';

// Hand-worked cases, one rule at a time (docs/matching.md "Every factor explained").
describe('interests rule', () => {
  it('is met when any category of the job or course is one the resident chose', () => {
    expect(isInInterests(['Data and AI', 'Cyber security'], ['Cyber security'])).toBe(true);
    expect(interestsNote(['Data and AI', 'Cyber security'], ['Cyber security', 'IT support'])).toEqual({
      kind: MatchNoteKind.INTERESTS,
      met: true,
      text: 'In cyber security, which you said interests you',
    });
    expect(interestsNote(['Data and AI', 'Cyber security'], ['Cyber security', 'Data and AI'])?.text).toBe(
      'In cyber security and data and AI, which you said interests you',
    );
  });

  it('is not met outside them, and says nothing when the resident chose none', () => {
    expect(isInInterests(['Digital marketing'], ['Cyber security'])).toBe(false);
    expect(interestsNote(['Digital marketing'], ['Cyber security'])).toEqual({
      kind: MatchNoteKind.INTERESTS,
      met: false,
      text: 'Not in the areas you said interest you',
    });
    expect(interestsNote(['Digital marketing'], [])).toBeNull();
  });
});

describe('hours rule', () => {
  it('fits when the hours needed are no more than the hours available (equal fits)', () => {
    expect(hoursNote(16, 16, 'course')).toEqual({
      kind: MatchNoteKind.HOURS,
      met: true,
      text: 'Fits your 16 hours a week (this course is 16 hours a week)',
    });
    expect(hoursNote(12, 16, 'job')?.met).toBe(true);
  });

  it('says how far over a job is, and nothing when the resident gave no hours', () => {
    expect(hoursNote(37.5, 16, 'job')).toEqual({
      kind: MatchNoteKind.HOURS,
      met: false,
      text: 'This job is 37.5 hours a week: more than the 16 hours you have',
    });
    expect(hoursNote(2, 1, 'course')?.text).toBe('This course is 2 hours a week: more than the 1 hour you have');
    expect(hoursNote(37.5, null, 'job')).toBeNull();
  });
});

describe('times rule', () => {
  const { DAYTIME, SCHOOL_HOURS, EVENINGS, WEEKENDS } = TimeSlot;

  it('needs the resident free at every time the sessions run', () => {
    expect(timesNote([SCHOOL_HOURS], [SCHOOL_HOURS])).toEqual({
      kind: MatchNoteKind.TIMES,
      met: true,
      text: 'Runs in school hours, when you said you are free',
    });
    expect(timesNote([EVENINGS, WEEKENDS], [EVENINGS])).toEqual({
      kind: MatchNoteKind.TIMES,
      met: false,
      text: 'Runs at weekends: you said you are free in the evenings',
    });
  });

  it('counts school hours as inside the day, but not the whole day as inside school hours', () => {
    expect(timesNote([SCHOOL_HOURS], [DAYTIME])?.met).toBe(true);
    expect(timesNote([DAYTIME], [SCHOOL_HOURS])).toEqual({
      kind: MatchNoteKind.TIMES,
      met: false,
      text: 'Runs in the daytime: you said you are free in school hours',
    });
  });

  it('says nothing when the provider or the resident has not said', () => {
    expect(timesNote([], [DAYTIME])).toBeNull();
    expect(timesNote([DAYTIME], [])).toBeNull();
  });
});

describe('digital access rule', () => {
  const online = { delivery: DeliveryMode.ONLINE, lendsDevices: true, providesData: false };

  it('says what a resident without a device or internet would need, and whether the provider lends it', () => {
    expect(digitalNotes(online, { hasDevice: false, hasHomeInternet: false })).toEqual([
      { kind: MatchNoteKind.DEVICE, met: true, text: 'You would need a laptop: this provider lends one' },
      {
        kind: MatchNoteKind.INTERNET,
        met: false,
        text: 'You would need internet at home for this online course: this provider does not provide it',
      },
    ]);
    const hybrid = { delivery: DeliveryMode.HYBRID, lendsDevices: false, providesData: true };
    expect(digitalNotes(hybrid, { hasDevice: false, hasHomeInternet: false })).toEqual([
      {
        kind: MatchNoteKind.DEVICE,
        met: false,
        text: 'You would need a laptop or tablet for the online parts of this course: this provider does not lend them',
      },
      {
        kind: MatchNoteKind.INTERNET,
        met: true,
        text: 'You would need internet at home: this provider gives you data',
      },
    ]);
  });

  it('confirms a resident with both, and says nothing for a course in person', () => {
    expect(digitalNotes(online, { hasDevice: true, hasHomeInternet: true })).toEqual([
      { kind: MatchNoteKind.DEVICE, met: true, text: 'You have a device and home internet for this online course' },
    ]);
    const inPerson = { delivery: DeliveryMode.IN_PERSON, lendsDevices: false, providesData: false };
    expect(digitalNotes(inPerson, { hasDevice: false, hasHomeInternet: false })).toEqual([]);
  });
});

describe('fit notes of a match', () => {
  const resident = {
    interests: ['Cyber security'],
    availableTimes: [TimeSlot.SCHOOL_HOURS],
    hoursAvailablePerWeek: 16,
    hasDevice: false,
    hasHomeInternet: true,
  };

  it('explains a job by interests, then hours', () => {
    expect(vacancyFits(resident, { hoursPerWeek: 37.5 }, ['Cyber security']).map((n) => [n.kind, n.met])).toEqual([
      [MatchNoteKind.INTERESTS, true],
      [MatchNoteKind.HOURS, false],
    ]);
  });

  it('explains a course by interests, hours, times and digital access, in that order', () => {
    const course = { delivery: DeliveryMode.ONLINE, lendsDevices: true, providesData: false, hoursPerWeek: 15 };
    expect(
      programmeFits(resident, course, { deliveryTimes: [TimeSlot.EVENINGS] }, ['Data and AI']).map((n) => [
        n.kind,
        n.met,
      ]),
    ).toEqual([
      [MatchNoteKind.INTERESTS, false],
      [MatchNoteKind.HOURS, true],
      [MatchNoteKind.TIMES, false],
      [MatchNoteKind.DEVICE, true],
    ]);
  });
});
