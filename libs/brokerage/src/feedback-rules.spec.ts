import { ApplicationStatus, RejectionReason } from './brokerage.enums';
import { feedbackProblems } from './feedback-rules';

const REQUIRED = ['skill-a', 'skill-b'];

describe('feedback rules', () => {
  it('accepts feedback on a rejection, with unmet skills the vacancy asks for when the reason is SKILLS', () => {
    expect(feedbackProblems(undefined, ApplicationStatus.REJECTED, REQUIRED)).toEqual([]);
    expect(
      feedbackProblems(
        { reason: RejectionReason.SKILLS, unmetSkillIds: ['skill-b'] },
        ApplicationStatus.REJECTED,
        REQUIRED,
      ),
    ).toEqual([]);
    expect(
      feedbackProblems(
        { reason: RejectionReason.EXPERIENCE, message: 'More experience' },
        ApplicationStatus.REJECTED,
        [],
      ),
    ).toEqual([]);
  });

  it('refuses feedback on any move but a rejection', () => {
    expect(
      feedbackProblems({ reason: RejectionReason.OTHER }, ApplicationStatus.SHORTLISTED, REQUIRED).map((p) => p.path),
    ).toEqual(['feedback']);
  });

  it('refuses unmet skills with another reason, and names each skill the vacancy does not ask for or repeats', () => {
    expect(
      feedbackProblems(
        { reason: RejectionReason.AVAILABILITY, unmetSkillIds: ['skill-a'] },
        ApplicationStatus.REJECTED,
        REQUIRED,
      ),
    ).toEqual([{ path: 'feedback.unmetSkillIds', message: 'unmetSkillIds can only be given with the reason SKILLS' }]);
    expect(
      feedbackProblems(
        { reason: RejectionReason.SKILLS, unmetSkillIds: ['skill-a', 'other', 'skill-a'] },
        ApplicationStatus.REJECTED,
        REQUIRED,
      ),
    ).toEqual([
      { path: 'feedback.unmetSkillIds.1', message: 'other is not a skill this vacancy asks for' },
      { path: 'feedback.unmetSkillIds.2', message: 'skill-a is listed twice' },
    ]);
  });
});
