import { FieldError } from '@app/errors';

export interface SkillListItem {
  skillId: string;
}

/**
 * Shape problems of a list of skills given as input (API.md: 1..30 entries unless the list may be empty, no skill
 * twice). Unknown skill ids are checked against the database separately (SkillCatalogueService.findUnknownIds).
 */
export function skillListProblems(items: readonly SkillListItem[], path: string, minEntries = 1): FieldError[] {
  const problems: FieldError[] = [];
  if (items.length < minEntries || items.length > 30) {
    problems.push({ path, message: `${path.split('.').at(-1)} must list ${minEntries} to 30 skills` });
  }
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.skillId))
      problems.push({ path: `${path}[${index}].skillId`, message: 'this skill is listed twice' });
    seen.add(item.skillId);
  });
  return problems;
}
