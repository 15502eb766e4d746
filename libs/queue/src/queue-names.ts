/** Every queue of the platform. Job payloads carry ids, never rows: processors re-read state. */
export const QueueName = {
  SYSTEM: 'system',
} as const;

export const SystemJob = {
  PING: 'ping',
} as const;

export interface PingJobData {
  requestedAt: string;
  requestedBy?: string;
}

export interface PingJobResult {
  pong: true;
  requestedAt: string;
  processedAt: string;
  processedByPid: number;
}
