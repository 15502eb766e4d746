import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { FieldError, InvalidInputError } from '@app/errors';
import { Role, UserEntity } from '@app/identity';
import { SkillCatalogueService } from '@app/reference';
import { NotificationRecord, NotificationsService } from '@app/notifications';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators';
import { keysetWindow, toKeysetConnection } from '../graphql/keyset-cursor';
import { Connection, pageWindow, toConnection } from '../graphql/pagination';
import {
  AlertPreferences,
  AlertPreferencesInput,
  Notification,
  NotificationConnection,
  OutboxEmail,
  OutboxEmailConnection,
  SavedSearch,
  SavedSearchInput,
} from './notification.types';

const DEFAULT_MIN_SCORE = 0.5;

/** The notification centre, alert preferences, saved searches, unsubscribe and the email outbox (ADMIN). */
@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly skills: SkillCatalogueService,
  ) {}

  @Roles(Role.RESIDENT)
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first' })
  async myNotifications(
    @CurrentUser() user: UserEntity,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<NotificationRecord>> {
    const window = keysetWindow(first, after);
    return toKeysetConnection(await this.notifications.page(user.id, window.limit, window.after), window);
  }

  @Roles(Role.RESIDENT)
  @Query(() => Int, { description: 'How many of your notifications are unread' })
  myUnreadNotificationCount(@CurrentUser() user: UserEntity): Promise<number> {
    return this.notifications.unreadCount(user.id);
  }

  @Roles(Role.RESIDENT)
  @Mutation(() => [Notification], { description: 'Marks your notifications read; returns them' })
  markNotificationsRead(
    @CurrentUser() user: UserEntity,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<NotificationRecord[]> {
    return this.notifications.markRead(user.id, ids);
  }

  @Roles(Role.RESIDENT)
  @Mutation(() => SavedSearch, { description: 'Saves a search of courses or jobs; alerts follow at its frequency' })
  async saveSearch(@CurrentUser() user: UserEntity, @Args('input') input: SavedSearchInput) {
    await this.refuseBadFilters(input);
    return this.notifications.saveSearch(user.id, {
      kind: input.kind,
      query: input.query || null,
      programmeFilter: input.programmeFilter ? { ...input.programmeFilter } : null,
      vacancyFilter: input.vacancyFilter ? { ...input.vacancyFilter } : null,
      minScore: input.minScore ?? DEFAULT_MIN_SCORE,
      frequency: input.frequency,
    });
  }

  /**
   * A saved search is kept for good, so its filters are held to more than a search's: no list longer than its
   * choices (30 skills), and every skill id names a skill. Every bad field is named.
   */
  private async refuseBadFilters(input: SavedSearchInput): Promise<void> {
    const problems: FieldError[] = [];
    const lists: [string, unknown[] | null | undefined, number][] = [
      ['input.programmeFilter.kinds', input.programmeFilter?.kinds, 10],
      ['input.programmeFilter.delivery', input.programmeFilter?.delivery, 10],
      ['input.programmeFilter.skillIds', input.programmeFilter?.skillIds, 30],
      ['input.vacancyFilter.workplaces', input.vacancyFilter?.workplaces, 10],
      ['input.vacancyFilter.contracts', input.vacancyFilter?.contracts, 10],
      ['input.vacancyFilter.skillIds', input.vacancyFilter?.skillIds, 30],
    ];
    for (const [path, list, most] of lists) {
      if (list && list.length > most) problems.push({ path, message: `give at most ${most} choices` });
    }
    for (const [path, ids] of [
      ['input.programmeFilter.skillIds', input.programmeFilter?.skillIds],
      ['input.vacancyFilter.skillIds', input.vacancyFilter?.skillIds],
    ] as const) {
      if (!ids?.length || ids.length > 30) continue;
      const unknown = new Set(await this.skills.findUnknownIds(ids));
      ids.forEach((id, index) => {
        if (unknown.has(id)) problems.push({ path: `${path}.${index}`, message: 'not a skill' });
      });
    }
    if (problems.length) throw new InvalidInputError(problems);
  }

  @Roles(Role.RESIDENT)
  @Query(() => [SavedSearch])
  mySavedSearches(@CurrentUser() user: UserEntity) {
    return this.notifications.savedSearches(user.id);
  }

  @Roles(Role.RESIDENT)
  @Mutation(() => Boolean, { description: 'true once deleted; NOT_FOUND when you have no saved search with that id' })
  deleteSavedSearch(@CurrentUser() user: UserEntity, @Args('id', { type: () => ID }) id: string) {
    return this.notifications.deleteSavedSearch(user.id, id);
  }

  @Roles(Role.RESIDENT)
  @Query(() => AlertPreferences)
  myAlertPreferences(@CurrentUser() user: UserEntity) {
    return this.notifications.preferences(user.id);
  }

  @Roles(Role.RESIDENT)
  @Mutation(() => AlertPreferences)
  updateMyAlertPreferences(@CurrentUser() user: UserEntity, @Args('input') input: AlertPreferencesInput) {
    return this.notifications.updatePreferences(user.id, { ...input });
  }

  @Public()
  @Mutation(() => Boolean, {
    description: "Stops every email to the person an email's unsubscribe token was made for; no sign-in needed",
  })
  unsubscribeFromEmails(@Args('token') token: string): Promise<boolean> {
    return this.notifications.unsubscribe(token);
  }

  @Roles(Role.ADMIN)
  @Query(() => OutboxEmailConnection, {
    description: 'Emails the platform made, newest first (without SMTP_URL: kept)',
  })
  async emailOutbox(
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<OutboxEmail>> {
    const window = pageWindow(first, after);
    const { emails, totalCount } = await this.notifications.emailOutbox(window.limit, window.offset);
    return toConnection(emails, totalCount, window);
  }
}
