import { AuthController } from './auth/auth.controller';
import { CoursesController } from './courses/courses.controller';
import { JobsController } from './jobs/jobs.controller';
import { PagesController } from './pages/pages.controller';

/** Every controller of the web app; the pages controller last, so its routes never shadow another area's. */
export const WEB_CONTROLLERS = [AuthController, CoursesController, JobsController, PagesController];
