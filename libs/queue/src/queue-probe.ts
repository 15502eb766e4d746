import { Queue } from 'bullmq';

/** True when the queue's store (Redis or PostgreSQL) answers a cheap read within `ms`. */
export function queueAnswers(queue: Queue, ms: number): Promise<boolean> {
  const timeout = new Promise<false>((done) => setTimeout(() => done(false), ms).unref());
  const probe = queue.getJobCounts('waiting').then(
    () => true,
    () => false,
  );
  return Promise.race([probe, timeout]);
}
