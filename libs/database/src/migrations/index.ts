import { Initial1795434299492 } from './1795434299492-Initial';
import { Catalogue1795435578264 } from './1795435578264-Catalogue';
import { Residents1795436321167 } from './1795436321167-Residents';
import { VacancyMatchWeights1795436757680 } from './1795436757680-VacancyMatchWeights';
import { MatchingIndexes1795439051367 } from './1795439051367-MatchingIndexes';
import { RequirementWeights1795439284867 } from './1795439284867-RequirementWeights';
import { MatchingVersion1795440228502 } from './1795440228502-MatchingVersion';
import { ProgrammeCatalogueVersion1795442640810 } from './1795442640810-ProgrammeCatalogueVersion';
import { Brokerage1795442650648 } from './1795442650648-Brokerage';
import { Metrics1795443364844 } from './1795443364844-Metrics';
import { StagesReached1795450000000 } from './1795450000000-StagesReached';
import { DisclosureControl1795460000000 } from './1795460000000-DisclosureControl';
import { JourneyReasons1795470000000 } from './1795470000000-JourneyReasons';
import { WebSessions1795480000000 } from './1795480000000-WebSessions';
import { MetricsRunFaults1796573428871 } from './1796573428871-MetricsRunFaults';
import { SignInAttempts1796574366274 } from './1796574366274-SignInAttempts';
import { FitMatching1797100000001 } from './1797100000001-FitMatching';
import { DomainEventsOutbox1797200000001 } from './1797200000001-DomainEventsOutbox';
import { Notifications1797200000002 } from './1797200000002-Notifications';
import { SnapshotsOnRecords1797300000001 } from './1797300000001-SnapshotsOnRecords';
import { SearchVectors1797400000001 } from './1797400000001-SearchVectors';

/** Every migration, oldest first. `npm run migration:generate -- <Name>` writes new ones; add each here. */
export const MIGRATIONS = [
  Initial1795434299492,
  Catalogue1795435578264,
  Residents1795436321167,
  VacancyMatchWeights1795436757680,
  MatchingIndexes1795439051367,
  RequirementWeights1795439284867,
  MatchingVersion1795440228502,
  ProgrammeCatalogueVersion1795442640810,
  Brokerage1795442650648,
  Metrics1795443364844,
  StagesReached1795450000000,
  DisclosureControl1795460000000,
  JourneyReasons1795470000000,
  WebSessions1795480000000,
  MetricsRunFaults1796573428871,
  SignInAttempts1796574366274,
  FitMatching1797100000001,
  DomainEventsOutbox1797200000001,
  Notifications1797200000002,
  SnapshotsOnRecords1797300000001,
  SearchVectors1797400000001,
];
