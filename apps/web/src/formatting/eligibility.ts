import { TFunction } from 'i18next';
import { EligibilityFragment } from '../graphql/generated';

/**
 * Who can apply for a course, as short plain-English sentences ("You must live in Manchester."). An empty rule
 * says nothing; no rules at all gives "Anyone can apply." The wording is in the catalogue (eligibility.*).
 */
export function describeEligibility(rules: EligibilityFragment, t: TFunction): string[] {
  const sentences: string[] = [];
  const { minAge, maxAge } = rules;
  if (minAge != null && maxAge != null) sentences.push(t('eligibility.ageBetween', { min: minAge, max: maxAge }));
  else if (minAge != null) sentences.push(t('eligibility.ageAtLeast', { min: minAge }));
  else if (maxAge != null) sentences.push(t('eligibility.ageAtMost', { max: maxAge }));
  if (rules.residency !== 'ANY') sentences.push(t(`eligibility.residency.${rules.residency}`));
  if (rules.employmentStatuses.length) {
    const statuses = rules.employmentStatuses.map((status) => t(`labels.employmentStatus.${status}`).toLowerCase());
    sentences.push(t('eligibility.employment', { statuses: orList(statuses, t) }));
  }
  if (rules.targetGroups.length) {
    const groups = rules.targetGroups.map((group) => t(`eligibility.groups.${group}`));
    sentences.push(t('eligibility.targetGroups', { groups: orList(groups, t) }));
  }
  if (rules.minQualificationLevel != null && rules.minQualificationLevel > 0) {
    sentences.push(t('eligibility.qualification', { level: rules.minQualificationLevel }));
  }
  return sentences.length ? sentences : [t('eligibility.anyone')];
}

/** "a", "a or b", "a, b or c". */
function orList(items: string[], t: TFunction): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${t('common.or')} ${items[items.length - 1]}`;
}
