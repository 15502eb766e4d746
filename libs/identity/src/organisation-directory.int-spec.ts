import { KeysetPosition } from '@app/database';
import { GOOD_PASSWORD, ServiceTestModule, startServiceTestModule, uniqueEmail } from '@app/testing';
import { IdentityService } from './identity.service';
import { OrganisationDirectory, OrganisationListFilter } from './organisation-directory';
import { OrganisationKind } from './role';

/**
 * OrganisationDirectory against real PostgreSQL (the medium test tier): the brokers' verification queue in its
 * order (unverified first, oldest first), its filters, and keyset paging that neither repeats nor skips an
 * organisation while others register or are verified between pages.
 */
describe('OrganisationDirectory (integration)', () => {
  let module: ServiceTestModule;
  let identity: IdentityService;
  let directory: OrganisationDirectory;

  beforeAll(async () => {
    module = await startServiceTestModule([]);
    identity = module.app.get(IdentityService);
    directory = module.app.get(OrganisationDirectory);
  });
  afterAll(() => module?.close());

  const register = async (name: string, kind = OrganisationKind.EMPLOYER): Promise<string> => {
    const { user } = await identity.registerOrganisation({
      email: uniqueEmail('member'),
      password: GOOD_PASSWORD,
      displayName: 'Sam Jones',
      organisationName: name,
      kind,
    });
    return user.organisationId!;
  };
  /** Every page of the filter, `size` at a time, running `between` after each page but the last. */
  const allPages = async (filter: OrganisationListFilter, size: number, between?: () => Promise<void>) => {
    const seen: string[] = [];
    let after: KeysetPosition | undefined;
    for (;;) {
      const page = await directory.page(filter, size, after);
      seen.push(...page.items.map(({ item }) => item.id));
      if (!page.hasNextPage) return { seen, totalCount: page.totalCount };
      after = page.items[page.items.length - 1].position;
      await between?.();
    }
  };

  it('lists unverified organisations first, each group oldest first, and pages through them without gaps', async () => {
    const ids: string[] = [];
    for (const place of ['Ancoats', 'Beswick', 'Clayton', 'Didsbury', 'Eccles'])
      ids.push(await register(`${place} Ltd`));
    // The second and fourth are verified: they move behind the three still waiting.
    await identity.verifyOrganisation(ids[1]);
    await identity.verifyOrganisation(ids[3]);
    const expected = [ids[0], ids[2], ids[4], ids[1], ids[3]];

    const filter = { search: 'ltd' };
    const whole = await directory.page(filter, 100);
    const ours = (list: string[]) => list.filter((id) => ids.includes(id));
    expect(ours(whole.items.map(({ item }) => item.id))).toEqual(expected);

    const paged = await allPages(filter, 2);
    expect(paged.seen).toEqual(whole.items.map(({ item }) => item.id));
    expect(paged.totalCount).toBe(whole.totalCount);
  });

  it('keeps its place when organisations register or are verified between pages', async () => {
    const ids: string[] = [];
    for (const name of ['Fallowfield Foods', 'Gorton Gardens', 'Hulme Health', 'Irlam Ironworks']) {
      ids.push(await register(name, OrganisationKind.PROVIDER));
    }
    const filter = { kinds: [OrganisationKind.PROVIDER], verified: false };
    let step = 0;
    const { seen } = await allPages(filter, 1, async () => {
      step += 1;
      // After the first page a newcomer joins the end of the queue; after the second one already listed is verified
      // elsewhere and leaves this (unverified) list behind the cursor (counting by offset would now skip one); after
      // the third one not yet listed leaves it ahead of the cursor.
      if (step === 1) ids.push(await register('Jericho Joinery', OrganisationKind.PROVIDER));
      if (step === 2) await identity.verifyOrganisation(ids[0]);
      if (step === 3) await identity.verifyOrganisation(ids[3]);
    });
    const ours = seen.filter((id) => ids.includes(id));
    expect(ours).toEqual([ids[0], ids[1], ids[2], ids[4]]);
    expect(new Set(seen).size).toBe(seen.length); // nothing listed twice
  });

  it('filters by kind, by verification and by part of the name, taking % and _ literally', async () => {
    const percent = await register('100% Training CIC', OrganisationKind.PROVIDER);
    const underscore = await register('Skills_Hub Manchester', OrganisationKind.PROVIDER);
    const employer = await register('Levenshulme Logistics');
    await identity.verifyOrganisation(employer);

    const names = async (filter: OrganisationListFilter) =>
      (await directory.page(filter, 100)).items.map(({ item }) => item.id);
    expect(await names({ search: '100%' })).toEqual([percent]);
    expect(await names({ search: 's_h' })).toEqual([underscore]);
    expect(await names({ search: '  LEVENSHULME  ' })).toEqual([employer]);
    expect(await names({ search: 'levenshulme', verified: false })).toEqual([]);
    expect(await names({ search: 'levenshulme', kinds: [OrganisationKind.PROVIDER] })).toEqual([]);
    expect(await names({ search: 'levenshulme', kinds: [OrganisationKind.EMPLOYER], verified: true })).toEqual([
      employer,
    ]);
    const empty = await directory.page({ search: 'no organisation is called this' }, 10);
    expect(empty).toEqual({ totalCount: 0, hasNextPage: false, items: [] });
  });
});
