import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApplicationChangedPayload, BrokerageEventType, EnrolmentChangedPayload } from '@app/brokerage';
import { CatalogueEventType, CohortEventPayload } from '@app/catalogue';
import { loadResidentContext, ProgrammeMatchingService, VacancyAudience } from '@app/matching';
import { PublishedEvent } from '@app/queue';
import { VacancyEventType, VacancyOpenedPayload } from '@app/vacancies';
import {
  applicationNotice,
  cohortCancelledNotice,
  enrolmentNotice,
  matchingCourseNotice,
  matchingJobNotice,
  NoticeContent,
  pathwayNotice,
} from './notification-content';
import { NotificationDelivery } from './notification-delivery';
import { AlertFrequency, NewNotification } from './notification.types';
import { NotificationsReadModel } from './notifications.read-model';
import { SavedSearchRepository } from './saved-search.repository';

/** How many pathways of one resident are looked through for the new cohort's programme. */
const PATHWAYS_LOOKED_AT = 200;

/**
 * Turns a relayed domain event into notices (docs/notifications.md). Each notice's key names the event's subject and
 * what happened to it (`application:<id>:SHORTLISTED`, `vacancy-opened:<id>`), so however often the event arrives, a
 * resident is told once. Status changes are emailed at once; alerts at the frequency of the resident's search.
 */
@Injectable()
export class NotificationEvents {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly delivery: NotificationDelivery,
    private readonly sources: NotificationsReadModel,
    private readonly searches: SavedSearchRepository,
    private readonly audience: VacancyAudience,
    private readonly programmes: ProgrammeMatchingService,
  ) {}

  /** Handles one event; returns how many notices were newly stored. */
  async handle(event: PublishedEvent): Promise<number> {
    return this.delivery.deliver(await this.notices(event));
  }

  private async notices(event: PublishedEvent): Promise<NewNotification[]> {
    switch (event.type) {
      case BrokerageEventType.APPLICATION_CHANGED:
        return this.applicationChanged(event.payload as ApplicationChangedPayload);
      case BrokerageEventType.ENROLMENT_CHANGED:
        return this.enrolmentChanged(event.payload as EnrolmentChangedPayload);
      case CatalogueEventType.COHORT_CANCELLED:
        return this.cohortCancelled(event.payload as CohortEventPayload);
      case CatalogueEventType.COHORT_OPENED:
        return this.cohortOpened(event.payload as CohortEventPayload);
      case VacancyEventType.VACANCY_OPENED:
        return this.vacancyOpened(event.payload as VacancyOpenedPayload);
      default:
        return [];
    }
  }

  private async applicationChanged(change: ApplicationChangedPayload): Promise<NewNotification[]> {
    if (!change.applicationId || !change.residentId || !change.status) return [];
    const vacancy = await this.sources.vacancy(change.vacancyId);
    const content = vacancy && applicationNotice(change.status, vacancy.title, change.reason);
    if (!content) return [];
    return [notice(change.residentId, `application:${change.applicationId}:${change.status}`, content)];
  }

  private async enrolmentChanged(change: EnrolmentChangedPayload): Promise<NewNotification[]> {
    if (!change.enrolmentId || !change.residentId || !change.status) return [];
    const title = await this.sources.programmeTitle(change.programmeId);
    const content = title && enrolmentNotice(change.status, title, change.reason);
    if (!content) return [];
    return [notice(change.residentId, `enrolment:${change.enrolmentId}:${change.status}`, content)];
  }

  private async cohortCancelled({ cohortId }: CohortEventPayload): Promise<NewNotification[]> {
    const cohort = await this.sources.listedCohort(cohortId);
    if (!cohort) return [];
    const content = cohortCancelledNotice(cohort.title, cohort.startDate);
    const residents = await this.sources.residentsOnCohort(cohortId);
    return residents.map((residentId) => notice(residentId, `cohort-cancelled:${cohortId}`, content));
  }

  /**
   * A new vacancy: residents with a JOBS search it answers and whose score reaches the search's minimum, found
   * through the skills index (VacancyAudience) and one set-based join with the searches.
   */
  private async vacancyOpened({ vacancyId }: VacancyOpenedPayload): Promise<NewNotification[]> {
    const lowest = await this.searches.lowestJobScore();
    if (lowest === null) return [];
    const vacancy = await this.sources.vacancy(vacancyId);
    if (!vacancy) return [];
    const audience = await this.audience.residentsMatching(vacancyId, Math.max(lowest, 1e-9));
    const searchers = await this.sources.jobSearchers(vacancyId, audience);
    return searchers.map((searcher) =>
      notice(
        searcher.residentId,
        `vacancy-opened:${vacancyId}`,
        matchingJobNotice(vacancy, searcher.score),
        searcher.frequency,
      ),
    );
  }

  /**
   * A new cohort: residents with saved searches for whom its programme opens a pathway (MATCHING.md) get a pathway
   * alert; residents with a COURSES search it answers get a new-course alert. One notice per resident per cohort,
   * the pathway alert first.
   */
  private async cohortOpened({ cohortId, programmeId }: CohortEventPayload): Promise<NewNotification[]> {
    const cohort = await this.sources.listedCohort(cohortId);
    if (!cohort?.listed) return [];
    const key = `cohort-opened:${cohortId}`;
    const notices = new Map<string, NewNotification>();
    for (const searcher of await this.searches.searchers()) {
      const resident = await loadResidentContext(this.dataSource, searcher.residentId);
      const pathways = await this.programmes.pathways(resident, PATHWAYS_LOOKED_AT);
      const pathway = pathways.find((row) => row.programme.programmeId === programmeId);
      if (!pathway) continue;
      const vacancy = await this.sources.vacancy(pathway.vacancyId);
      if (!vacancy) continue;
      const skills = await this.sources.skillNames(pathway.programme.skillsGained.map((skill) => skill.skillId));
      const content = pathwayNotice({ id: programmeId, title: cohort.title }, cohort.startDate, vacancy.title, skills);
      notices.set(searcher.residentId, notice(searcher.residentId, key, content, searcher.frequency));
    }
    const course = matchingCourseNotice({ id: programmeId, title: cohort.title }, cohort.startDate);
    for (const searcher of await this.sources.courseSearchers(programmeId)) {
      if (!notices.has(searcher.residentId)) {
        notices.set(searcher.residentId, notice(searcher.residentId, key, course, searcher.frequency));
      }
    }
    return [...notices.values()];
  }
}

function notice(
  residentId: string,
  key: string,
  content: NoticeContent,
  frequency: AlertFrequency = AlertFrequency.INSTANT,
): NewNotification {
  return { residentId, key, ...content, frequency };
}
