import { VacancyGuaranteedInterviewEntity, VacancyRequirementEntity } from './entities/vacancy-requirement.entity';
import { VacancyEntity } from './entities/vacancy.entity';

export const VACANCY_ENTITIES = [VacancyEntity, VacancyRequirementEntity, VacancyGuaranteedInterviewEntity];
