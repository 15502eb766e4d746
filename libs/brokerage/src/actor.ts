import { Requester } from '@app/identity';

/** Who is acting: identity's one "who is asking" type, under the name brokerage's services have always used. */
export type Actor = Requester;
