import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, UserEntity } from '@app/identity';
import { Audience, audienceOf, MetricsReportView, MetricsRunEntity, MetricsScope, MetricsService } from '@app/metrics';
import { GraphQLContext } from '../graphql/loaders';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { DiversityReport, MetricsRun, MetricsScopeInput, OutcomeReport } from './metrics.types';

const METRICS_READERS = [Role.PROVIDER, Role.EMPLOYER, Role.BROKER, Role.ANALYST, Role.ADMIN];

const toScope = (input: MetricsScopeInput): MetricsScope => ({
  kind: input.kind,
  id: input.id ?? null,
  from: input.from ?? null,
  to: input.to ?? null,
});

const runScope = (run: MetricsRunEntity) => ({
  kind: run.scopeKind,
  id: run.scopeId,
  from: run.scopeFrom,
  to: run.scopeTo,
});

const presentRun = (run: MetricsRunEntity): MetricsRun => ({ ...run, scope: runScope(run) });

/** Queued metrics (METRICS.md): reports are read from the latest completed run of a scope, never computed here. */
@Resolver()
export class MetricsResolver {
  constructor(private readonly metrics: MetricsService) {}

  @Roles(...METRICS_READERS)
  @Mutation(() => MetricsRun, { description: 'Queues a recompute of the scope; follow it with metricsRun' })
  async requestMetrics(
    @CurrentUser() user: UserEntity,
    @Args('scope', { type: () => MetricsScopeInput }) scope: MetricsScopeInput,
  ): Promise<MetricsRun> {
    return presentRun(await this.metrics.request(user, toScope(scope)));
  }

  @Roles(...METRICS_READERS)
  @Query(() => MetricsRun, { nullable: true })
  async metricsRun(@CurrentUser() user: UserEntity, @Args('id', { type: () => ID }) id: string) {
    const run = await this.metrics.run(user, id);
    return run ? presentRun(run) : null;
  }

  @Roles(...METRICS_READERS)
  @Query(() => DiversityReport, { nullable: true, description: 'Null until the scope has a completed run' })
  async diversityReport(
    @CurrentUser() user: UserEntity,
    @Context() { loaders }: GraphQLContext,
    @Args('scope', { type: () => MetricsScopeInput }) scope: MetricsScopeInput,
  ): Promise<DiversityReport | null> {
    const report = await this.metrics.latestReport(user, toScope(scope));
    await auditStaffRead(user, report, loaders);
    return report ? { ...header(report, scope), ...report.diversity } : null;
  }

  @Roles(...METRICS_READERS)
  @Query(() => OutcomeReport, {
    nullable: true,
    description: 'Null until the scope has a completed run, and for vacancy-side scopes (EMPLOYER, VACANCY)',
  })
  async outcomeReport(
    @CurrentUser() user: UserEntity,
    @Context() { loaders }: GraphQLContext,
    @Args('scope', { type: () => MetricsScopeInput }) scope: MetricsScopeInput,
  ): Promise<OutcomeReport | null> {
    const report = await this.metrics.latestReport(user, toScope(scope));
    await auditStaffRead(user, report, loaders);
    return report?.outcomes ? { ...header(report, scope), ...report.outcomes } : null;
  }
}

const header = (report: MetricsReportView, scope: MetricsScopeInput) => ({
  scope: toScope(scope),
  runId: report.runId,
  computedAt: report.computedAt,
});

/**
 * City staff read exact figures (the staff view), so each read is audited (METRICS.md "Disclosure control"): who read
 * which run. Organisations read the protected view, which needs no trail.
 */
async function auditStaffRead(
  user: UserEntity,
  report: MetricsReportView | null,
  loaders: GraphQLContext['loaders'],
): Promise<void> {
  if (!report || audienceOf(user) !== Audience.STAFF) return;
  await loaders.auditRead.load({
    actor: { id: user.id, role: user.role },
    action: 'METRICS_READ',
    subjectType: 'METRICS_RUN',
    subjectId: report.runId,
  });
}
