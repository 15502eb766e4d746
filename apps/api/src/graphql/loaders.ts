import { Injectable, Module } from '@nestjs/common';
import DataLoader from 'dataloader';
import { IdentityModule, IdentityService, OrganisationEntity } from '@app/identity';
import { ReferenceModule, WardDirectoryService, WardEntity } from '@app/reference';

/** Returns the items in the order of `keys`, null where none matched (DataLoader's contract). */
function inKeyOrder<K, V>(keys: readonly K[], items: V[], keyOf: (item: V) => K): (V | null)[] {
  const byKey = new Map(items.map((item) => [keyOf(item), item]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** The per-request batch loaders: one query per kind of parent per request, never one per parent. */
export interface Loaders {
  organisation: DataLoader<string, OrganisationEntity | null>;
  ward: DataLoader<string, WardEntity | null>;
}

@Injectable()
export class LoadersFactory {
  constructor(
    private readonly identity: IdentityService,
    private readonly wards: WardDirectoryService,
  ) {}

  create(): Loaders {
    return {
      organisation: new DataLoader(async (ids) =>
        inKeyOrder(ids, await this.identity.findOrganisationsByIds(ids), (o) => o.id),
      ),
      ward: new DataLoader(async (codes) => inKeyOrder(codes, await this.wards.findByCodes(codes), (w) => w.code)),
    };
  }
}

export interface GraphQLContext {
  req: import('../auth/request-of').AuthenticatedRequest;
  loaders: Loaders;
}

@Module({ imports: [IdentityModule, ReferenceModule], providers: [LoadersFactory], exports: [LoadersFactory] })
export class LoadersModule {}
