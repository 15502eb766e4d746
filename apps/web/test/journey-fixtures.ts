import { Residency } from '@app/catalogue';
import { SkillLevel } from '@app/reference';
import { createActors, openCohort, openVacancy, skillIds } from '@app/testing';
import { WebTestApp } from './web-test-app';

/** The skills the resident adds, by the names the search finds them by. */
export const JOURNEY_SKILLS = [
  { search: 'Python', name: 'Python (computer programming)', level: 'Working' },
  { search: 'SQL', name: 'SQL', level: 'Working' },
  { search: 'TypeScript', name: 'TypeScript', level: 'Awareness' },
];

/**
 * A small catalogue for the journeys: a data analyst job the resident will match (Python and SQL), a developer job
 * they will not yet (TypeScript at practitioner level), and a free bootcamp for Manchester residents aged 19 or over
 * that teaches TypeScript, so it shows as a course match and a pathway to the developer job.
 */
export async function journeyCatalogue(app: WebTestApp) {
  const actors = await createActors(app.api);
  const [python, sql, typescript] = await skillIds(app.api, 'Python (computer programming)', 'SQL', 'TypeScript');
  const analystJob = await openVacancy(app.api, actors.employer, python, {
    title: 'Junior Data Analyst',
    requirements: [
      { skillId: python, level: SkillLevel.WORKING, essential: true },
      { skillId: sql, level: SkillLevel.WORKING, essential: true },
    ],
  });
  const developerJob = await openVacancy(app.api, actors.employer, typescript, {
    title: 'Junior TypeScript Developer',
    requirements: [
      { skillId: typescript, level: SkillLevel.PRACTITIONER, essential: true },
      { skillId: python, level: SkillLevel.WORKING, essential: false },
    ],
  });
  const bootcamp = await openCohort(app.api, actors.provider, typescript, {
    programme: {
      title: 'TypeScript Skills Bootcamp',
      summary: 'Ten weeks of TypeScript for people new to web development.',
      skillsTaught: [{ skillId: typescript, level: SkillLevel.PRACTITIONER }],
      eligibility: { residency: Residency.MANCHESTER, minAge: 19 },
    },
  });
  return { actors, analystJob, developerJob, bootcamp };
}
