/** How well a skill is held or needed (MATCHING.md "Levels"). */
export enum SkillLevel {
  AWARENESS = 'AWARENESS',
  WORKING = 'WORKING',
  PRACTITIONER = 'PRACTITIONER',
  EXPERT = 'EXPERT',
}

/** The numbers the scoring model uses; stored as these numbers (smallint) in the database. */
export const LEVEL_VALUE: Readonly<Record<SkillLevel, number>> = {
  [SkillLevel.AWARENESS]: 1,
  [SkillLevel.WORKING]: 2,
  [SkillLevel.PRACTITIONER]: 3,
  [SkillLevel.EXPERT]: 4,
};

const LEVEL_BY_VALUE = new Map(Object.entries(LEVEL_VALUE).map(([level, value]) => [value, level as SkillLevel]));

export function levelFromValue(value: number): SkillLevel {
  const level = LEVEL_BY_VALUE.get(value);
  if (!level) throw new Error(`no skill level ${value}`);
  return level;
}
