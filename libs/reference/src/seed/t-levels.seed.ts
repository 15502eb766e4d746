// Digital T Level pathways (route "Digital") with their LAR qualification codes and occupational specialisms.
// Source: DfE, SkillsFundingAgency/tl-results-and-certification (MIT), PostDeployment seed scripts SeedTlRoutes.sql,
// SeedTlPathways.sql and SeedTlSpecialisms.sql; facts from DfE. Names are the T Level titles; the 2020/2021 pathways
// come first, then the 2025 redesigns that replace them.
export interface TLevelPathwaySeed {
  larCode: string;
  name: string;
  specialisms: readonly { larCode: string; name: string }[];
}

export const DIGITAL_T_LEVEL_SEED: readonly TLevelPathwaySeed[] = [
  {
    larCode: '60358324',
    name: 'T Level in Digital Production, Design and Development',
    specialisms: [{ larCode: 'ZTLOS005', name: 'Digital Production, Design and Development' }],
  },
  {
    larCode: '60369012',
    name: 'T Level in Digital Support Services',
    specialisms: [
      { larCode: 'ZTLOS010', name: 'Digital Infrastructure' },
      { larCode: 'ZTLOS011', name: 'Network Cabling' },
      { larCode: 'ZTLOS012', name: 'Digital Support' },
      { larCode: 'ZTLOS064', name: 'Cyber Security' },
    ],
  },
  {
    larCode: '60369024',
    name: 'T Level in Digital Business Services',
    specialisms: [{ larCode: 'ZTLOS009', name: 'Data Technician' }],
  },
  {
    larCode: '61058002',
    name: 'T Level in Digital Data Analytics',
    specialisms: [{ larCode: 'ZTLOS095', name: 'Data Analytics Technician' }],
  },
  {
    larCode: '61058014',
    name: 'T Level in Digital Software Development',
    specialisms: [{ larCode: 'ZTLOS090', name: 'Digital Software Development' }],
  },
  {
    larCode: '6105799X',
    name: 'T Level in Digital Support and Security',
    specialisms: [
      { larCode: 'ZTLOS091', name: 'Digital Infrastructure' },
      { larCode: 'ZTLOS092', name: 'Network Cabling' },
      { larCode: 'ZTLOS093', name: 'Digital Support' },
      { larCode: 'ZTLOS094', name: 'Cyber Security' },
    ],
  },
];
