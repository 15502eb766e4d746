import { DomainError } from '@app/errors';

export enum NotificationsErrorReason {
  SAVED_SEARCH_NOT_FOUND = 'SAVED_SEARCH_NOT_FOUND',
  NOTIFICATION_NOT_FOUND = 'NOTIFICATION_NOT_FOUND',
}

export class NotificationsError extends DomainError {
  static savedSearchNotFound(): NotificationsError {
    return new NotificationsError('NOT_FOUND', NotificationsErrorReason.SAVED_SEARCH_NOT_FOUND, 'No such saved search');
  }

  static notificationNotFound(): NotificationsError {
    return new NotificationsError('NOT_FOUND', NotificationsErrorReason.NOTIFICATION_NOT_FOUND, 'No such notification');
  }
}
