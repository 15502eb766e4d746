import { FieldError } from '@app/errors';
import { ApplicationStatus, RejectionReason } from './brokerage.enums';

/** An employer's feedback when rejecting an application (advanceApplication's `feedback`). */
export interface ApplicationFeedbackInput {
  reason: RejectionReason;
  message?: string | null;
  unmetSkillIds?: readonly string[] | null;
}

/**
 * What is wrong with feedback given on a move to `to`, every problem named: feedback only comes with a rejection;
 * unmet skills only with the reason SKILLS, and only skills the vacancy asks for (so the resident is pointed at a real
 * gap and at courses that close it).
 */
export function feedbackProblems(
  feedback: ApplicationFeedbackInput | null | undefined,
  to: ApplicationStatus,
  requiredSkillIds: readonly string[],
): FieldError[] {
  if (!feedback) return [];
  if (to !== ApplicationStatus.REJECTED) {
    return [{ path: 'feedback', message: 'feedback can only be given when rejecting an application' }];
  }
  const unmet = feedback.unmetSkillIds ?? [];
  if (unmet.length === 0) return [];
  if (feedback.reason !== RejectionReason.SKILLS) {
    return [{ path: 'feedback.unmetSkillIds', message: 'unmetSkillIds can only be given with the reason SKILLS' }];
  }
  const problems: FieldError[] = [];
  unmet.forEach((skillId, index) => {
    if (!requiredSkillIds.includes(skillId)) {
      problems.push({
        path: `feedback.unmetSkillIds.${index}`,
        message: `${skillId} is not a skill this vacancy asks for`,
      });
    } else if (unmet.indexOf(skillId) !== index) {
      problems.push({ path: `feedback.unmetSkillIds.${index}`, message: `${skillId} is listed twice` });
    }
  });
  return problems;
}
