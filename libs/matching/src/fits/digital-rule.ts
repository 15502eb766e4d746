import { DeliveryMode } from '@app/catalogue';
import { MatchNote, MatchNoteKind } from './match-note';

export interface DigitalNeeds {
  delivery: DeliveryMode;
  lendsDevices: boolean;
  providesData: boolean;
}

export interface DigitalAccessFacts {
  hasDevice: boolean;
  hasHomeInternet: boolean;
}

/**
 * Digital access: an ONLINE or HYBRID course needs a laptop or tablet and home internet. For each the resident lacks,
 * one note says so and whether the provider lends it (met when it does); nothing to say for an IN_PERSON course.
 */
export function digitalNotes(course: DigitalNeeds, resident: DigitalAccessFacts): MatchNote[] {
  if (course.delivery === DeliveryMode.IN_PERSON) return [];
  const online = course.delivery === DeliveryMode.ONLINE ? 'this online course' : 'the online parts of this course';
  if (resident.hasDevice && resident.hasHomeInternet) {
    return [{ kind: MatchNoteKind.DEVICE, met: true, text: `You have a device and home internet for ${online}` }];
  }
  const notes: MatchNote[] = [];
  if (!resident.hasDevice) {
    notes.push(
      course.lendsDevices
        ? { kind: MatchNoteKind.DEVICE, met: true, text: 'You would need a laptop: this provider lends one' }
        : {
            kind: MatchNoteKind.DEVICE,
            met: false,
            text: `You would need a laptop or tablet for ${online}: this provider does not lend them`,
          },
    );
  }
  if (!resident.hasHomeInternet) {
    notes.push(
      course.providesData
        ? {
            kind: MatchNoteKind.INTERNET,
            met: true,
            text: 'You would need internet at home: this provider gives you data',
          }
        : {
            kind: MatchNoteKind.INTERNET,
            met: false,
            text: `You would need internet at home for ${online}: this provider does not provide it`,
          },
    );
  }
  return notes;
}
