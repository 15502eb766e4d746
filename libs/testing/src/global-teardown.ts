export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { embeddedTestPostgres?: { stop(): Promise<void> } }).embeddedTestPostgres;
  await embedded?.stop();
}
