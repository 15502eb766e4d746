import { Request } from 'express';
import { ApiError } from '../graphql/graphql-api';

export interface FitNote {
  kind: string;
  met: boolean;
  text: string;
}

/**
 * The fit notes a job's or course's public page shows a signed-in resident ("How this fits your life"); none for
 * anyone else. The page stays public: when the API will not answer (not a resident, an expired sign-in) it shows
 * without them rather than failing.
 */
export async function fitsForPage(
  request: Request,
  load: (token: string) => Promise<readonly FitNote[]>,
): Promise<readonly FitNote[]> {
  const token = request.session.signedIn?.token;
  if (!token) return [];
  try {
    return await load(token);
  } catch (error) {
    if (error instanceof ApiError) return [];
    throw error;
  }
}
