// Demo data for `npm run seed:demo`: a believable Manchester catalogue. Fictional organisations and people; real
// ward codes (ONS) and real ESCO skill names from libs/reference/src/seed/skills.seed.ts.
export type Level = 'AWARENESS' | 'WORKING' | 'PRACTITIONER' | 'EXPERT';
export interface DemoSkillLevel {
  skill: string; // exact `name` from skills.seed.ts
  level: Level;
  essential?: boolean;
}
export interface DemoOrganisation {
  key: string; // stable slug, e.g. 'techequity'
  kind: 'EMPLOYER' | 'PROVIDER';
  name: string;
  email: string; // login of its first member, '<something>@demo.brokerage.localhost'
  displayName: string; // that member's name
  website: string | null; // https://... on a fictional domain like example.org subdomain
  wardCode: string; // one of the 32 codes in libs/reference/src/seed/wards.seed.ts
  realLivingWageEmployer: boolean;
  goodEmploymentCharter: boolean;
  disabilityConfident: 'COMMITTED' | 'EMPLOYER' | 'LEADER' | null;
}
// Relative to the day of seeding; a past cohort has negative startsInDays.
export interface DemoCohort {
  startsInDays: number;
  weeks?: number;
  closesDaysBeforeStart: number;
  capacity: number;
}
export interface DemoProgramme {
  key: string;
  providerKey: string;
  kind: 'BOOTCAMP' | 'T_LEVEL' | 'APPRENTICESHIP' | 'SHORT_COURSE';
  title: string; // 3..200 chars
  summary: string; // up to ~600 chars, plain English, UK spelling
  skillsTaught: DemoSkillLevel[]; // 1..30, no duplicates
  prerequisites: DemoSkillLevel[]; // 0..30, no duplicates, `essential` set explicitly
  qualifications: string[];
  durationWeeks: number;
  hoursPerWeek: number; // 1..60
  delivery: 'IN_PERSON' | 'ONLINE' | 'HYBRID';
  wardCode: string | null;
  fullyFunded: boolean;
  costPence: number; // fullyFunded → 0
  eligibility: {
    minAge?: number; // 14..100
    maxAge?: number; // 14..100
    employmentStatuses?: (
      'UNEMPLOYED' | 'EMPLOYED_LOW_PAID' | 'EMPLOYED' | 'SELF_EMPLOYED' | 'IN_EDUCATION' | 'ECONOMICALLY_INACTIVE'
    )[];
    residency: 'MANCHESTER' | 'GREATER_MANCHESTER' | 'ANY';
    targetGroups?: ('WOMEN' | 'TRANS_AND_NON_BINARY' | 'ETHNIC_MINORITY' | 'DISABLED' | 'AGED_50_PLUS')[];
    minQualificationLevel?: number; // 0..8 (RQF)
  };
  tLevelCode: string | null; // only for T_LEVEL: a larCode from libs/reference/src/seed/t-levels.seed.ts
  guaranteedInterview: boolean;
  cohorts: DemoCohort[];
}
export interface DemoVacancy {
  key: string;
  employerKey: string;
  title: string;
  description: string; // 200..1500 chars
  requirements: DemoSkillLevel[]; // 1..12, `essential` set explicitly
  salaryMinPence: number; // annual pay for the advertised hours, in pence
  salaryMaxPence: number;
  hoursPerWeek: number;
  contract: 'PERMANENT' | 'FIXED_TERM' | 'APPRENTICESHIP' | 'TEMPORARY';
  workplace: 'ON_SITE' | 'HYBRID' | 'REMOTE';
  wardCode: string | null; // null for REMOTE
  positions: number;
  closesInDays: number; // 10..90
  guaranteedInterviewProgrammeKeys: string[]; // keys of DEMO_PROGRAMMES
  open: boolean; // false: left as DRAFT
}
export interface DemoResident {
  email: string;
  displayName: string;
  /** What the resident has answered about themselves, so the demo shows real matches (web /account pages). */
  profile: {
    wardCode: string | null;
    livesInGreaterManchester: boolean;
    dateOfBirth: string;
    employmentStatus: string;
    highestQualificationLevel: number;
    maxTravelKm: number;
    hoursAvailablePerWeek: number;
    hasDevice: boolean;
    hasHomeInternet: boolean;
    shareProfileWithEmployers: boolean;
  };
  skills: { skill: string; level: DemoSkillLevel['level'] }[];
}

// ONS ward codes (December 2019 boundaries), as in libs/reference/src/seed/wards.seed.ts.
const WARD = {
  ancoatsAndBeswick: 'E05011350',
  ardwick: 'E05011351',
  cheetham: 'E05011356',
  chorlton: 'E05011357',
  deansgate: 'E05011361', // Spinningfields, St Peter's Square, the Town Hall
  didsburyWest: 'E05011363',
  hulme: 'E05011368',
  mossSide: 'E05011372',
  piccadilly: 'E05011376', // includes the Northern Quarter
  woodhousePark: 'E05011381', // Airport City
} as const;

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  // ---------------------------------------------------------------- providers
  {
    key: 'open-door-tech',
    kind: 'PROVIDER',
    name: 'Open Door Tech CIC',
    email: 'amara.okafor@demo.brokerage.localhost',
    displayName: 'Amara Okafor',
    website: 'https://open-door-tech.example.org',
    wardCode: WARD.hulme,
    realLivingWageEmployer: true,
    goodEmploymentCharter: true,
    disabilityConfident: 'EMPLOYER',
  },
  {
    key: 'portland-street-college',
    kind: 'PROVIDER',
    name: 'Portland Street College',
    email: 'gareth.pryce@demo.brokerage.localhost',
    displayName: 'Gareth Pryce',
    website: 'https://portland-street-college.example.org',
    wardCode: WARD.piccadilly,
    realLivingWageEmployer: true,
    goodEmploymentCharter: true,
    disabilityConfident: 'LEADER',
  },
  {
    key: 'back-online',
    kind: 'PROVIDER',
    name: 'Back Online Manchester',
    email: 'bernadette.walsh@demo.brokerage.localhost',
    displayName: 'Bernadette Walsh',
    website: 'https://back-online.example.org',
    wardCode: WARD.mossSide,
    realLivingWageEmployer: true,
    goodEmploymentCharter: false,
    disabilityConfident: 'COMMITTED',
  },
  {
    key: 'cottonworks',
    kind: 'PROVIDER',
    name: 'Cottonworks Apprenticeships Ltd',
    email: 'imran.siddiqui@demo.brokerage.localhost',
    displayName: 'Imran Siddiqui',
    website: 'https://cottonworks.example.org',
    wardCode: WARD.ancoatsAndBeswick,
    realLivingWageEmployer: false,
    goodEmploymentCharter: true,
    disabilityConfident: 'EMPLOYER',
  },
  // ---------------------------------------------------------------- employers
  {
    key: 'ledgerline',
    kind: 'EMPLOYER',
    name: 'Ledgerline Payments Ltd',
    email: 'hannah.brierley@demo.brokerage.localhost',
    displayName: 'Hannah Brierley',
    website: 'https://ledgerline.example.org',
    wardCode: WARD.deansgate,
    realLivingWageEmployer: true,
    goodEmploymentCharter: true,
    disabilityConfident: 'EMPLOYER',
  },
  {
    key: 'red-brick-games',
    kind: 'EMPLOYER',
    name: 'Red Brick Games',
    email: 'ellie.grundy@demo.brokerage.localhost',
    displayName: 'Ellie Grundy',
    website: 'https://red-brick-games.example.org',
    wardCode: WARD.ancoatsAndBeswick,
    realLivingWageEmployer: false,
    goodEmploymentCharter: false,
    disabilityConfident: 'COMMITTED',
  },
  {
    key: 'carebridge-health',
    kind: 'EMPLOYER',
    name: 'Carebridge Health Technologies',
    email: 'priya.raman@demo.brokerage.localhost',
    displayName: 'Priya Raman',
    website: 'https://carebridge-health.example.org',
    wardCode: WARD.ardwick,
    realLivingWageEmployer: true,
    goodEmploymentCharter: true,
    disabilityConfident: 'LEADER',
  },
  {
    key: 'irk-valley-it',
    kind: 'EMPLOYER',
    name: 'Irk Valley IT Services Ltd',
    email: 'yusuf.patel@demo.brokerage.localhost',
    displayName: 'Yusuf Patel',
    website: null,
    wardCode: WARD.cheetham,
    realLivingWageEmployer: false,
    goodEmploymentCharter: true,
    disabilityConfident: 'COMMITTED',
  },
  {
    key: 'kettle-and-pixel',
    kind: 'EMPLOYER',
    name: 'Kettle & Pixel Digital',
    email: 'chloe.fitzgerald@demo.brokerage.localhost',
    displayName: 'Chloe Fitzgerald',
    website: 'https://kettle-and-pixel.example.org',
    wardCode: WARD.piccadilly,
    realLivingWageEmployer: false,
    goodEmploymentCharter: false,
    disabilityConfident: null,
  },
  {
    key: 'spindle-data',
    kind: 'EMPLOYER',
    name: 'Spindle Data Consulting',
    email: 'wei.zhang@demo.brokerage.localhost',
    displayName: 'Wei Zhang',
    website: 'https://spindle-data.example.org',
    wardCode: WARD.didsburyWest,
    realLivingWageEmployer: true,
    goodEmploymentCharter: false,
    disabilityConfident: null,
  },
  {
    key: 'civic-digital',
    kind: 'EMPLOYER',
    name: 'Manchester Civic Digital Service',
    email: 'olumide.adeyemi@demo.brokerage.localhost',
    displayName: 'Olumide Adeyemi',
    website: 'https://civic-digital.example.org',
    wardCode: WARD.deansgate,
    realLivingWageEmployer: true,
    goodEmploymentCharter: true,
    disabilityConfident: 'LEADER',
  },
  {
    key: 'redbank-cyber',
    kind: 'EMPLOYER',
    name: 'Redbank Cyber Security Ltd',
    email: 'siobhan.murphy@demo.brokerage.localhost',
    displayName: 'Siobhan Murphy',
    website: 'https://redbank-cyber.example.org',
    wardCode: WARD.piccadilly,
    realLivingWageEmployer: true,
    goodEmploymentCharter: false,
    disabilityConfident: 'EMPLOYER',
  },
  {
    key: 'thread-and-frame',
    kind: 'EMPLOYER',
    name: 'Thread & Frame UX Studio',
    email: 'kwame.mensah@demo.brokerage.localhost',
    displayName: 'Kwame Mensah',
    website: 'https://thread-and-frame.example.org',
    wardCode: WARD.chorlton,
    realLivingWageEmployer: true,
    goodEmploymentCharter: false,
    disabilityConfident: 'COMMITTED',
  },
  {
    key: 'cloudmill',
    kind: 'EMPLOYER',
    name: 'Cloudmill Engineering Ltd',
    email: 'rhys.evans@demo.brokerage.localhost',
    displayName: 'Rhys Evans',
    website: 'https://cloudmill.example.org',
    wardCode: WARD.woodhousePark,
    realLivingWageEmployer: true,
    goodEmploymentCharter: true,
    disabilityConfident: 'EMPLOYER',
  },
];

export const DEMO_PROGRAMMES: readonly DemoProgramme[] = [
  // ---------------------------------------------------------------- Open Door Tech CIC (skills bootcamps)
  {
    key: 'open-door-cyber-bootcamp',
    providerKey: 'open-door-tech',
    kind: 'BOOTCAMP',
    title: 'Skills Bootcamp in Linux, Networking and Cyber Security for Women and Trans People',
    summary:
      'A free 16-week Skills Bootcamp for women and for trans and non-binary people who want a first job in IT ' +
      'infrastructure or cyber security. You will learn to run Linux systems from the command line, build and ' +
      'troubleshoot networks, and defend them: firewalls, packet analysis with Wireshark, ethical hacking with Kali ' +
      'Linux and responding to incidents. Two evenings a week at our Hulme studio plus an online Saturday lab. ' +
      'Everyone who completes is guaranteed an interview with an employer partner. No experience needed; laptops ' +
      'and travel costs provided.',
    skillsTaught: [
      { skill: 'operating systems', level: 'WORKING' },
      { skill: 'install operating system', level: 'WORKING' },
      { skill: 'administer ICT system', level: 'WORKING' },
      { skill: 'configure ICT system', level: 'WORKING' },
      { skill: 'maintain ICT server', level: 'WORKING' },
      { skill: 'use scripting programming', level: 'AWARENESS' },
      { skill: 'network engineering', level: 'WORKING' },
      { skill: 'ICT network routing', level: 'WORKING' },
      { skill: 'ICT networking hardware', level: 'WORKING' },
      { skill: 'maintain internet protocol configuration', level: 'WORKING' },
      { skill: 'domain name service', level: 'WORKING' },
      { skill: 'ICT communications protocols', level: 'WORKING' },
      { skill: 'implement ICT network diagnostic tools', level: 'WORKING' },
      { skill: 'implement a firewall', level: 'WORKING' },
      { skill: 'define firewall rules', level: 'WORKING' },
      { skill: 'implement a virtual private network', level: 'AWARENESS' },
      { skill: 'cyber security', level: 'WORKING' },
      { skill: 'attack vectors', level: 'WORKING' },
      { skill: 'cyber attack counter-measures', level: 'WORKING' },
      { skill: 'identify ICT security risks', level: 'WORKING' },
      { skill: 'handle cybersecurity incidents', level: 'AWARENESS' },
      { skill: 'ethical hacking principles', level: 'AWARENESS' },
      { skill: 'Kali Linux', level: 'WORKING' },
      { skill: 'Wireshark', level: 'WORKING' },
      { skill: 'ICT security standards', level: 'AWARENESS' },
      { skill: 'perform ICT troubleshooting', level: 'WORKING' },
      { skill: 'data protection', level: 'AWARENESS' },
    ],
    prerequisites: [{ skill: 'use microsoft office', level: 'AWARENESS', essential: false }],
    qualifications: ['CompTIA Network+', 'CompTIA Security+'],
    durationWeeks: 16,
    hoursPerWeek: 15,
    delivery: 'HYBRID',
    wardCode: WARD.hulme,
    fullyFunded: true,
    costPence: 0,
    eligibility: {
      minAge: 19,
      residency: 'GREATER_MANCHESTER',
      targetGroups: ['WOMEN', 'TRANS_AND_NON_BINARY'],
    },
    tLevelCode: null,
    guaranteedInterview: true,
    cohorts: [
      { startsInDays: -200, closesDaysBeforeStart: 7, capacity: 36 },
      { startsInDays: 30, closesDaysBeforeStart: 7, capacity: 36 },
    ],
  },
  {
    key: 'open-door-testing-bootcamp',
    providerKey: 'open-door-tech',
    kind: 'BOOTCAMP',
    title: 'Skills Bootcamp in Software Testing',
    summary:
      'A free 12-week Skills Bootcamp that prepares you for a junior software tester or QA analyst role. You will ' +
      'learn how software is tested at every level, write clear test plans and bug reports, use a ticketing system ' +
      'the way delivery teams do, and get a first taste of test automation and accessibility testing. Taught live ' +
      'online three evenings a week, with a fortnightly workshop in Hulme. Includes the ISTQB Foundation exam. Open ' +
      'to adults in Greater Manchester who are out of work or in low-paid work.',
    skillsTaught: [
      { skill: 'execute software tests', level: 'WORKING' },
      { skill: 'plan software testing', level: 'WORKING' },
      { skill: 'levels of software testing', level: 'WORKING' },
      { skill: 'software anomalies', level: 'WORKING' },
      { skill: 'replicate customer software issues', level: 'WORKING' },
      { skill: 'provide software testing documentation', level: 'WORKING' },
      { skill: 'develop ICT test suite', level: 'AWARENESS' },
      { skill: 'tools for ICT test automation', level: 'AWARENESS' },
      { skill: 'test system accessibility for users with special needs', level: 'AWARENESS' },
      { skill: 'use ICT ticketing system', level: 'WORKING' },
      { skill: 'Agile development', level: 'AWARENESS' },
      { skill: 'SQL', level: 'AWARENESS' },
    ],
    prerequisites: [
      { skill: 'use microsoft office', level: 'AWARENESS', essential: true },
      { skill: 'use spreadsheets software', level: 'AWARENESS', essential: false },
    ],
    qualifications: ['ISTQB Certified Tester Foundation Level (CTFL)'],
    durationWeeks: 12,
    hoursPerWeek: 12,
    delivery: 'HYBRID',
    wardCode: WARD.hulme,
    fullyFunded: true,
    costPence: 0,
    eligibility: {
      minAge: 19,
      employmentStatuses: ['UNEMPLOYED', 'EMPLOYED_LOW_PAID', 'ECONOMICALLY_INACTIVE'],
      residency: 'GREATER_MANCHESTER',
    },
    tLevelCode: null,
    guaranteedInterview: false,
    cohorts: [
      { startsInDays: 45, closesDaysBeforeStart: 10, capacity: 20 },
      { startsInDays: 133, closesDaysBeforeStart: 10, capacity: 20 },
    ],
  },
  // ---------------------------------------------------------------- Portland Street College (digital T Levels)
  {
    key: 't-level-software-development',
    providerKey: 'portland-street-college',
    kind: 'T_LEVEL',
    title: 'T Level in Digital Software Development',
    summary:
      'A two-year technical qualification for 16 to 19 year olds, equivalent to three A levels. You will learn to ' +
      'design, build and test software in Python and for the web, work in agile teams and use version control, and ' +
      'spend at least 45 days on an industry placement with a Manchester digital employer. Taught at our city-centre ' +
      'campus near Piccadilly. Leads to a degree, a higher apprenticeship or a junior developer job. You will need ' +
      'five GCSEs at grade 4 or above, including English and maths.',
    skillsTaught: [
      { skill: 'computer programming', level: 'WORKING' },
      { skill: 'Python (computer programming)', level: 'WORKING' },
      { skill: 'use object-oriented programming', level: 'AWARENESS' },
      { skill: 'algorithms', level: 'AWARENESS' },
      { skill: 'debug software', level: 'WORKING' },
      { skill: 'create software design', level: 'AWARENESS' },
      { skill: 'web programming', level: 'AWARENESS' },
      { skill: 'use markup languages', level: 'WORKING' },
      { skill: 'CSS', level: 'AWARENESS' },
      { skill: 'SQL', level: 'AWARENESS' },
      { skill: 'tools for software configuration management', level: 'AWARENESS' },
      { skill: 'perform software unit testing', level: 'AWARENESS' },
      { skill: 'Agile development', level: 'AWARENESS' },
      { skill: 'data protection', level: 'AWARENESS' },
    ],
    prerequisites: [],
    qualifications: ['T Level in Digital Software Development (Level 3)'],
    durationWeeks: 80,
    hoursPerWeek: 22,
    delivery: 'IN_PERSON',
    wardCode: WARD.piccadilly,
    fullyFunded: true,
    costPence: 0,
    eligibility: { minAge: 16, maxAge: 19, residency: 'ANY', minQualificationLevel: 2 },
    tLevelCode: '61058014',
    guaranteedInterview: false,
    cohorts: [{ startsInDays: 150, closesDaysBeforeStart: 45, capacity: 24 }],
  },
  {
    key: 't-level-support-and-security',
    providerKey: 'portland-street-college',
    kind: 'T_LEVEL',
    title: 'T Level in Digital Support and Security',
    summary:
      'A two-year technical qualification for 16 to 19 year olds, equivalent to three A levels. You will learn how ' +
      'organisations keep their computers, networks and data working and safe: supporting users, fixing hardware ' +
      'and software faults, setting up networks and spotting security risks. Includes an industry placement of at ' +
      'least 45 days. Taught at our city-centre campus near Piccadilly. You will need five GCSEs at grade 4 or ' +
      'above, including English and maths.',
    skillsTaught: [
      { skill: 'provide ICT support', level: 'WORKING' },
      { skill: 'support ICT system users', level: 'WORKING' },
      { skill: 'perform ICT troubleshooting', level: 'WORKING' },
      { skill: 'operating systems', level: 'WORKING' },
      { skill: 'install software', level: 'WORKING' },
      { skill: 'maintain computer hardware', level: 'WORKING' },
      { skill: 'use ICT ticketing system', level: 'AWARENESS' },
      { skill: 'network engineering', level: 'AWARENESS' },
      { skill: 'ICT infrastructure', level: 'AWARENESS' },
      { skill: 'cyber security', level: 'AWARENESS' },
      { skill: 'identify ICT security risks', level: 'AWARENESS' },
      { skill: 'data protection', level: 'AWARENESS' },
    ],
    prerequisites: [],
    qualifications: ['T Level in Digital Support and Security (Level 3)'],
    durationWeeks: 80,
    hoursPerWeek: 22,
    delivery: 'IN_PERSON',
    wardCode: WARD.piccadilly,
    fullyFunded: true,
    costPence: 0,
    eligibility: { minAge: 16, maxAge: 19, residency: 'ANY', minQualificationLevel: 2 },
    tLevelCode: '6105799X',
    guaranteedInterview: false,
    cohorts: [{ startsInDays: 150, closesDaysBeforeStart: 45, capacity: 24 }],
  },
  {
    key: 't-level-data-analytics',
    providerKey: 'portland-street-college',
    kind: 'T_LEVEL',
    title: 'T Level in Digital Data Analytics',
    summary:
      'A two-year technical qualification for 16 to 19 year olds, equivalent to three A levels. You will learn to ' +
      'collect, clean and analyse data with spreadsheets, SQL and Python, present what you find in charts and ' +
      'dashboards, and handle personal data lawfully. Includes an industry placement of at least 45 days. Taught at ' +
      'our city-centre campus near Piccadilly. You will need five GCSEs at grade 4 or above, including English and ' +
      'maths.',
    skillsTaught: [
      { skill: 'use spreadsheets software', level: 'WORKING' },
      { skill: 'perform data analysis', level: 'WORKING' },
      { skill: 'perform data cleansing', level: 'WORKING' },
      { skill: 'SQL', level: 'AWARENESS' },
      { skill: 'data visualisation software', level: 'AWARENESS' },
      { skill: 'apply statistical analysis techniques', level: 'AWARENESS' },
      { skill: 'Python (computer programming)', level: 'AWARENESS' },
      { skill: 'data models', level: 'AWARENESS' },
      { skill: 'data protection', level: 'AWARENESS' },
    ],
    prerequisites: [],
    qualifications: ['T Level in Digital Data Analytics (Level 3)'],
    durationWeeks: 80,
    hoursPerWeek: 22,
    delivery: 'IN_PERSON',
    wardCode: WARD.piccadilly,
    fullyFunded: true,
    costPence: 0,
    eligibility: { minAge: 16, maxAge: 19, residency: 'ANY', minQualificationLevel: 2 },
    tLevelCode: '61058002',
    guaranteedInterview: false,
    cohorts: [{ startsInDays: 150, closesDaysBeforeStart: 45, capacity: 18 }],
  },
  // ---------------------------------------------------------------- Back Online Manchester (community short courses)
  {
    key: 'back-online-digital-basics',
    providerKey: 'back-online',
    kind: 'SHORT_COURSE',
    title: 'Digital Basics: Get Online with Confidence',
    summary:
      'A friendly, free six-week course for adults who want to feel more confident with computers. Learn to use ' +
      'email, documents and simple spreadsheets, fill in forms online, stay safe from scams and look after your ' +
      'personal information. Small groups of twelve at our Moss Side community centre, with tea, a loan laptop if ' +
      'you need one and no jargon. Leads to the Essential Digital Skills qualification.',
    skillsTaught: [
      { skill: 'use microsoft office', level: 'AWARENESS' },
      { skill: 'use spreadsheets software', level: 'AWARENESS' },
      { skill: 'manage online communications', level: 'AWARENESS' },
      { skill: 'install software', level: 'AWARENESS' },
      { skill: 'data protection', level: 'AWARENESS' },
    ],
    prerequisites: [],
    qualifications: ['Essential Digital Skills Qualification (Entry Level 3)'],
    durationWeeks: 6,
    hoursPerWeek: 3,
    delivery: 'IN_PERSON',
    wardCode: WARD.mossSide,
    fullyFunded: true,
    costPence: 0,
    eligibility: { minAge: 19, residency: 'MANCHESTER' },
    tLevelCode: null,
    guaranteedInterview: false,
    cohorts: [
      { startsInDays: 14, closesDaysBeforeStart: 3, capacity: 12 },
      { startsInDays: 63, closesDaysBeforeStart: 3, capacity: 12 },
    ],
  },
  {
    key: 'back-online-intro-to-data',
    providerKey: 'back-online',
    kind: 'SHORT_COURSE',
    title: 'Introduction to Data: Spreadsheets, Charts and Clean Data',
    summary:
      'A free eight-week course for people who already use spreadsheets a little and want to do more with data. ' +
      'You will tidy up messy data, use formulas, pivot tables and charts to answer questions, try a first SQL ' +
      'query and learn what GDPR means for the data you handle at work. One morning a week in Moss Side plus a ' +
      'short online exercise. A good first step towards data entry, data quality or junior analyst roles.',
    skillsTaught: [
      { skill: 'use spreadsheets software', level: 'WORKING' },
      { skill: 'perform data cleansing', level: 'WORKING' },
      { skill: 'perform data analysis', level: 'AWARENESS' },
      { skill: 'data visualisation software', level: 'AWARENESS' },
      { skill: 'SQL', level: 'AWARENESS' },
      { skill: 'data protection', level: 'AWARENESS' },
    ],
    prerequisites: [
      { skill: 'use spreadsheets software', level: 'AWARENESS', essential: true },
      { skill: 'use microsoft office', level: 'AWARENESS', essential: false },
    ],
    qualifications: [],
    durationWeeks: 8,
    hoursPerWeek: 4,
    delivery: 'HYBRID',
    wardCode: WARD.mossSide,
    fullyFunded: true,
    costPence: 0,
    eligibility: { minAge: 19, residency: 'MANCHESTER' },
    tLevelCode: null,
    guaranteedInterview: false,
    cohorts: [
      { startsInDays: 21, closesDaysBeforeStart: 7, capacity: 15 },
      { startsInDays: 91, closesDaysBeforeStart: 7, capacity: 15 },
    ],
  },
  {
    key: 'back-online-digital-marketing',
    providerKey: 'back-online',
    kind: 'SHORT_COURSE',
    title: 'Digital Marketing Basics',
    summary:
      'A free six-week online course in the essentials of digital marketing, for job seekers and for people ' +
      'starting a small business or social enterprise. Plan a social media campaign, write posts that people ' +
      'engage with, get found on search engines, set up a simple website page and read the numbers in web ' +
      'analytics. Live sessions on Tuesday evenings, recorded for anyone who cannot make it.',
    skillsTaught: [
      { skill: 'digital marketing techniques', level: 'WORKING' },
      { skill: 'apply social media marketing', level: 'WORKING' },
      { skill: 'social media management', level: 'WORKING' },
      { skill: 'plan social media marketing campaigns', level: 'AWARENESS' },
      { skill: 'search engine optimisation', level: 'AWARENESS' },
      { skill: 'web analytics', level: 'AWARENESS' },
      { skill: 'use content management system software', level: 'AWARENESS' },
    ],
    prerequisites: [{ skill: 'manage online communications', level: 'AWARENESS', essential: false }],
    qualifications: [],
    durationWeeks: 6,
    hoursPerWeek: 5,
    delivery: 'ONLINE',
    wardCode: null,
    fullyFunded: true,
    costPence: 0,
    eligibility: { minAge: 19, residency: 'GREATER_MANCHESTER' },
    tLevelCode: null,
    guaranteedInterview: false,
    cohorts: [{ startsInDays: 28, closesDaysBeforeStart: 5, capacity: 25 }],
  },
  // ---------------------------------------------------------------- Cottonworks Apprenticeships (apprenticeships)
  {
    key: 'cottonworks-software-developer-apprenticeship',
    providerKey: 'cottonworks',
    kind: 'APPRENTICESHIP',
    title: 'Software Developer Apprenticeship (Level 4)',
    summary:
      'Earn a salary while you train as a software developer with one of our Manchester employer partners. Over two ' +
      'years you will spend four days a week in your team and one day a week learning with us in Ancoats or online: ' +
      'programming in JavaScript and TypeScript, databases, version control, testing and code review, agile ways ' +
      'of working and secure, lawful handling of data. Ends with the Level 4 Software Developer end-point ' +
      'assessment. No tuition fees: the training is paid for by your employer and the government.',
    skillsTaught: [
      { skill: 'computer programming', level: 'PRACTITIONER' },
      { skill: 'JavaScript', level: 'WORKING' },
      { skill: 'TypeScript', level: 'WORKING' },
      { skill: 'web programming', level: 'WORKING' },
      { skill: 'use object-oriented programming', level: 'WORKING' },
      { skill: 'SQL', level: 'WORKING' },
      { skill: 'tools for software configuration management', level: 'WORKING' },
      { skill: 'perform software unit testing', level: 'WORKING' },
      { skill: 'debug software', level: 'WORKING' },
      { skill: 'conduct ICT code review', level: 'WORKING' },
      { skill: 'Agile development', level: 'WORKING' },
      { skill: 'create software design', level: 'AWARENESS' },
      { skill: 'DevOps', level: 'AWARENESS' },
      { skill: 'GDPR', level: 'AWARENESS' },
    ],
    prerequisites: [{ skill: 'computer programming', level: 'AWARENESS', essential: false }],
    qualifications: ['Software Developer Level 4 apprenticeship standard'],
    durationWeeks: 104,
    hoursPerWeek: 37,
    delivery: 'HYBRID',
    wardCode: WARD.ancoatsAndBeswick,
    fullyFunded: true,
    costPence: 0,
    eligibility: { minAge: 16, residency: 'ANY', minQualificationLevel: 2 },
    tLevelCode: null,
    guaranteedInterview: false,
    cohorts: [
      { startsInDays: 35, closesDaysBeforeStart: 14, capacity: 16 },
      { startsInDays: 126, closesDaysBeforeStart: 14, capacity: 16 },
    ],
  },
  {
    key: 'cottonworks-ict-technician-apprenticeship',
    providerKey: 'cottonworks',
    kind: 'APPRENTICESHIP',
    title: 'Information Communications Technician Apprenticeship (Level 3)',
    summary:
      'An 18-month apprenticeship for people starting out in IT support. You will be employed by a Manchester ' +
      'business or managed service provider and learn on the job and in our Ancoats training rooms: supporting ' +
      'users on the service desk, building and repairing devices, installing software, looking after backups and ' +
      'basic networking, and keeping systems secure. Includes CompTIA A+. Suitable for school and college leavers ' +
      'and for adults changing career.',
    skillsTaught: [
      { skill: 'provide ICT support', level: 'WORKING' },
      { skill: 'support ICT system users', level: 'WORKING' },
      { skill: 'perform ICT troubleshooting', level: 'WORKING' },
      { skill: 'use ICT ticketing system', level: 'WORKING' },
      { skill: 'install software', level: 'WORKING' },
      { skill: 'maintain computer hardware', level: 'WORKING' },
      { skill: 'operating systems', level: 'WORKING' },
      { skill: 'use back-up and recovery tools', level: 'AWARENESS' },
      { skill: 'mobile device management', level: 'AWARENESS' },
      { skill: 'apply operations for an ITIL-based environment', level: 'AWARENESS' },
      { skill: 'network engineering', level: 'AWARENESS' },
      { skill: 'cyber security', level: 'AWARENESS' },
    ],
    prerequisites: [{ skill: 'use microsoft office', level: 'AWARENESS', essential: true }],
    qualifications: ['Information Communications Technician Level 3 apprenticeship standard', 'CompTIA A+'],
    durationWeeks: 78,
    hoursPerWeek: 37,
    delivery: 'HYBRID',
    wardCode: WARD.ancoatsAndBeswick,
    fullyFunded: true,
    costPence: 0,
    eligibility: { minAge: 16, residency: 'ANY', minQualificationLevel: 1 },
    tLevelCode: null,
    guaranteedInterview: false,
    cohorts: [{ startsInDays: 28, closesDaysBeforeStart: 14, capacity: 20 }],
  },
  {
    key: 'cottonworks-python-evenings',
    providerKey: 'cottonworks',
    kind: 'SHORT_COURSE',
    title: 'Python Programming for Beginners (Evening Course)',
    summary:
      'Ten weeks of live online evening classes for complete beginners who want to find out whether programming is ' +
      'for them. Write small Python programs from the first week, automate a boring task, read error messages ' +
      'without panicking and finish with a project you can show an employer. One evening a week plus an hour of ' +
      'practice. Fee payable; ask about paying in instalments.',
    skillsTaught: [
      { skill: 'Python (computer programming)', level: 'WORKING' },
      { skill: 'computer programming', level: 'AWARENESS' },
      { skill: 'use scripting programming', level: 'AWARENESS' },
      { skill: 'debug software', level: 'AWARENESS' },
    ],
    prerequisites: [],
    qualifications: [],
    durationWeeks: 10,
    hoursPerWeek: 3,
    delivery: 'ONLINE',
    wardCode: null,
    fullyFunded: false,
    costPence: 29_500,
    eligibility: { minAge: 18, residency: 'ANY' },
    tLevelCode: null,
    guaranteedInterview: false,
    cohorts: [
      { startsInDays: 18, closesDaysBeforeStart: 4, capacity: 30 },
      { startsInDays: 88, closesDaysBeforeStart: 4, capacity: 30 },
    ],
  },
];

export const DEMO_VACANCIES: readonly DemoVacancy[] = [
  // ---------------------------------------------------------------- Ledgerline Payments (fintech, Spinningfields)
  {
    key: 'ledgerline-junior-backend-developer',
    employerKey: 'ledgerline',
    title: 'Junior Backend Developer (TypeScript)',
    description:
      'Ledgerline builds the payment rails that let small UK businesses get paid faster. We are growing our ' +
      'Spinningfields engineering team and are looking for two junior backend developers to join a squad working ' +
      'on our merchant API.\n\n' +
      'You will write and test TypeScript services on Node.js, work with PostgreSQL, review code with your ' +
      'teammates and pair with a senior engineer every week. We care more about how you learn than where you ' +
      'learned: bootcamp, apprenticeship and self-taught candidates are all welcome.\n\n' +
      'What we offer: hybrid working (two days a week in the office), 27 days holiday plus bank holidays, 6% ' +
      'employer pension, a £1,000 yearly learning budget and a structured 12-month progression plan.',
    requirements: [
      { skill: 'TypeScript', level: 'WORKING', essential: true },
      { skill: 'JavaScript', level: 'WORKING', essential: true },
      { skill: 'SQL', level: 'WORKING', essential: true },
      { skill: 'tools for software configuration management', level: 'WORKING', essential: true },
      { skill: 'perform software unit testing', level: 'AWARENESS', essential: false },
      { skill: 'PostgreSQL', level: 'AWARENESS', essential: false },
      { skill: 'web services', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 3_000_000,
    salaryMaxPence: 3_500_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.deansgate,
    positions: 2,
    closesInDays: 35,
    guaranteedInterviewProgrammeKeys: ['cottonworks-software-developer-apprenticeship'],
    open: true,
  },
  {
    key: 'ledgerline-software-developer-apprentice',
    employerKey: 'ledgerline',
    title: 'Software Developer Apprentice (Level 4)',
    description:
      'Start your career in software with a two-year Level 4 apprenticeship at Ledgerline. You will be a full ' +
      'member of one of our product squads from day one, spend one day a week training with our apprenticeship ' +
      'partner, and have a dedicated mentor throughout.\n\n' +
      'You do not need a degree or professional experience. We are looking for curiosity, persistence and some ' +
      'evidence that you have tried programming, for example at school, college, a code club or on your own.\n\n' +
      'We pay apprentices the Real Living Wage or above, with a guaranteed pay rise at the end of year one and a ' +
      'permanent developer role when you complete. Applicants who have completed the T Level in Digital Software ' +
      'Development are guaranteed an interview.',
    requirements: [
      { skill: 'computer programming', level: 'AWARENESS', essential: true },
      { skill: 'JavaScript', level: 'AWARENESS', essential: false },
      { skill: 'use spreadsheets software', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 2_650_000,
    salaryMaxPence: 2_750_000,
    hoursPerWeek: 37.5,
    contract: 'APPRENTICESHIP',
    workplace: 'HYBRID',
    wardCode: WARD.deansgate,
    positions: 2,
    closesInDays: 60,
    guaranteedInterviewProgrammeKeys: ['t-level-software-development'],
    open: true,
  },
  {
    key: 'ledgerline-qa-automation-engineer',
    employerKey: 'ledgerline',
    title: 'QA Automation Engineer',
    description:
      'We move money for thousands of businesses, so quality matters. As a QA Automation Engineer you will own ' +
      'the automated test suites for our payments platform, build API and end-to-end tests in TypeScript, and make ' +
      'them run fast and reliably in our CI pipelines.\n\n' +
      'You will work with developers from the start of each piece of work, help the team decide what to test and ' +
      'at which level, and coach others to write better tests. You will have at least two years of experience in ' +
      'test automation on a commercial product.\n\n' +
      'Hybrid working from our Spinningfields office, 27 days holiday, 6% pension, private medical cover and a ' +
      'learning budget.',
    requirements: [
      { skill: 'develop automated software tests', level: 'PRACTITIONER', essential: true },
      { skill: 'tools for ICT test automation', level: 'PRACTITIONER', essential: true },
      { skill: 'TypeScript', level: 'WORKING', essential: true },
      { skill: 'execute integration testing', level: 'WORKING', essential: true },
      { skill: 'plan software testing', level: 'WORKING', essential: false },
      { skill: 'DevOps', level: 'WORKING', essential: false },
    ],
    salaryMinPence: 4_000_000,
    salaryMaxPence: 4_800_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.deansgate,
    positions: 1,
    closesInDays: 30,
    guaranteedInterviewProgrammeKeys: [],
    open: true,
  },
  {
    key: 'ledgerline-information-security-analyst',
    employerKey: 'ledgerline',
    title: 'Information Security Analyst (Governance, Risk and Compliance)',
    description:
      'Ledgerline is regulated by the FCA and certified to ISO 27001. We are looking for an Information Security ' +
      'Analyst to help keep it that way. You will maintain our risk register, run supplier security reviews, ' +
      'prepare evidence for audits, and help teams understand and meet our security policies and UK GDPR.\n\n' +
      'This role suits someone with a year or two in IT, security or compliance who wants to specialise in ' +
      'governance, risk and compliance. You will be supported to take a recognised qualification such as ' +
      'ISO 27001 Lead Implementer.\n\n' +
      'Hybrid working, 27 days holiday, 6% pension and a learning budget.',
    requirements: [
      { skill: 'ICT security standards', level: 'WORKING', essential: true },
      { skill: 'implement ICT risk management', level: 'WORKING', essential: true },
      { skill: 'identify ICT security risks', level: 'WORKING', essential: true },
      { skill: 'GDPR', level: 'WORKING', essential: true },
      { skill: 'establish an Information Security Management System', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 3_600_000,
    salaryMaxPence: 4_200_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.deansgate,
    positions: 1,
    closesInDays: 42,
    guaranteedInterviewProgrammeKeys: [],
    open: true,
  },
  {
    key: 'ledgerline-junior-data-analyst',
    employerKey: 'ledgerline',
    title: 'Junior Data Analyst',
    description:
      'Join our small data team and help Ledgerline understand how merchants use our products. You will write SQL ' +
      'to pull and check data, build and maintain Power BI dashboards for our commercial and risk teams, and turn ' +
      'questions from colleagues into clear answers.\n\n' +
      'You will be confident with spreadsheets and have used SQL, whether at work, at college or on a course. ' +
      'Some Python is a bonus but not expected.\n\n' +
      'Hybrid working from Spinningfields, 27 days holiday, 6% pension and a learning budget.',
    requirements: [
      { skill: 'SQL', level: 'WORKING', essential: true },
      { skill: 'perform data analysis', level: 'WORKING', essential: true },
      { skill: 'data visualisation software', level: 'WORKING', essential: true },
      { skill: 'use spreadsheets software', level: 'PRACTITIONER', essential: false },
      { skill: 'Python (computer programming)', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 2_900_000,
    salaryMaxPence: 3_300_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.deansgate,
    positions: 1,
    closesInDays: 28,
    guaranteedInterviewProgrammeKeys: [],
    open: true,
  },
  // ---------------------------------------------------------------- Red Brick Games (games studio, Ancoats)
  {
    key: 'red-brick-games-qa-tester',
    employerKey: 'red-brick-games',
    title: 'Games QA Tester (12-month contract)',
    description:
      'Red Brick Games is an independent studio in Ancoats making narrative games for PC and console. Our next ' +
      'title enters its final year of development and we need four QA testers to help us ship it.\n\n' +
      'You will play early builds in depth, follow test plans, find and reproduce bugs, and write clear bug ' +
      'reports in our tracker so that developers can fix them first time. You need patience, a sharp eye for ' +
      'detail and good written English. You do not need previous QA experience: full training is given.\n\n' +
      'Fixed-term contract for 12 months, on site in Ancoats, Monday to Friday 9:30 to 5:30. Free lunch on ' +
      'Fridays and a copy of every game we ship.',
    requirements: [
      { skill: 'execute software tests', level: 'AWARENESS', essential: true },
      { skill: 'replicate customer software issues', level: 'WORKING', essential: true },
      { skill: 'software anomalies', level: 'AWARENESS', essential: true },
      { skill: 'use ICT ticketing system', level: 'AWARENESS', essential: false },
      { skill: 'provide software testing documentation', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 2_500_000,
    salaryMaxPence: 2_650_000,
    hoursPerWeek: 37.5,
    contract: 'FIXED_TERM',
    workplace: 'ON_SITE',
    wardCode: WARD.ancoatsAndBeswick,
    positions: 4,
    closesInDays: 21,
    guaranteedInterviewProgrammeKeys: ['open-door-testing-bootcamp'],
    open: true,
  },
  {
    key: 'red-brick-games-junior-gameplay-programmer',
    employerKey: 'red-brick-games',
    title: 'Junior Gameplay Programmer (Unity)',
    description:
      'We are looking for a junior gameplay programmer to join our team of twelve. You will implement and polish ' +
      'gameplay features in Unity and C#, fix bugs, and work closely with our designers and artists to make ideas ' +
      'playable quickly.\n\n' +
      'Please send a link to something you have made: a game jam entry, a university or college project, or a ' +
      'personal prototype all count. We would like to see clean, object-oriented C# and a willingness to debug ' +
      "other people's code.\n\n" +
      'Hybrid working (three days a week in our Ancoats studio), flexible hours and 25 days holiday plus bank ' +
      'holidays.',
    requirements: [
      { skill: 'Unity (digital game creation systems)', level: 'WORKING', essential: true },
      { skill: 'C#', level: 'WORKING', essential: true },
      { skill: 'use object-oriented programming', level: 'WORKING', essential: true },
      { skill: 'debug software', level: 'WORKING', essential: false },
      { skill: 'tools for software configuration management', level: 'AWARENESS', essential: false },
      { skill: 'algorithms', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 2_800_000,
    salaryMaxPence: 3_200_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.ancoatsAndBeswick,
    positions: 1,
    closesInDays: 40,
    guaranteedInterviewProgrammeKeys: [],
    open: true,
  },
  {
    key: 'red-brick-games-community-executive',
    employerKey: 'red-brick-games',
    title: 'Community and Social Media Executive (part-time, 30 hours)',
    description:
      'Our players are the best thing about Red Brick Games. We are looking for a part-time Community and Social ' +
      'Media Executive to look after them: running our Discord, TikTok, Instagram and Bluesky channels, planning ' +
      'posts around our release schedule, answering questions and passing feedback to the team.\n\n' +
      'You will have run social media channels for a brand, club or community before, write in a warm and clear ' +
      'voice, and be comfortable reading engagement numbers. Basic design skills are a bonus.\n\n' +
      '30 hours a week over four days, hybrid, with some flexibility around launches and events.',
    requirements: [
      { skill: 'social media management', level: 'WORKING', essential: true },
      { skill: 'apply social media marketing', level: 'WORKING', essential: true },
      { skill: 'manage online communications', level: 'WORKING', essential: true },
      { skill: 'web analytics', level: 'AWARENESS', essential: false },
      { skill: 'graphic design', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 2_050_000,
    salaryMaxPence: 2_150_000,
    hoursPerWeek: 30,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.ancoatsAndBeswick,
    positions: 1,
    closesInDays: 25,
    guaranteedInterviewProgrammeKeys: [],
    open: true,
  },
  {
    key: 'red-brick-games-ui-ux-designer',
    employerKey: 'red-brick-games',
    title: 'UI/UX Designer (Games)',
    description:
      'We are looking for an experienced UI/UX designer to shape the menus, HUD and onboarding of our next game. ' +
      'You will design and prototype interfaces, test them with players, and work with programmers to implement ' +
      'them in Unity, with accessibility options built in from the start rather than added at the end.\n\n' +
      'You will have a portfolio showing shipped interface work, ideally in games, and be fluent in a modern ' +
      'design and prototyping tool.\n\n' +
      'Hybrid working from our Ancoats studio, flexible hours and 25 days holiday plus bank holidays.',
    requirements: [
      { skill: 'design user interface', level: 'PRACTITIONER', essential: true },
      { skill: 'create prototype of user experience solutions', level: 'WORKING', essential: true },
      { skill: 'software UI design patterns', level: 'WORKING', essential: true },
      { skill: 'ICT accessibility standards', level: 'WORKING', essential: false },
      { skill: 'adobe creative suite', level: 'WORKING', essential: false },
    ],
    salaryMinPence: 3_600_000,
    salaryMaxPence: 4_200_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.ancoatsAndBeswick,
    positions: 1,
    closesInDays: 45,
    guaranteedInterviewProgrammeKeys: [],
    open: false,
  },
  // ---------------------------------------------------------------- Carebridge Health Technologies (health-tech)
  {
    key: 'carebridge-junior-front-end-developer',
    employerKey: 'carebridge-health',
    title: 'Junior Front-End Developer',
    description:
      'Carebridge builds the apps that thousands of patients use to manage long-term conditions with their GP and ' +
      'community nurses. We are looking for a junior front-end developer to help build accessible, fast and ' +
      'reliable web screens in React.\n\n' +
      'You will turn designs into semantic HTML, CSS and JavaScript, work closely with our designers and testers, ' +
      'and learn how to build software for the NHS safely. Knowledge of accessibility (WCAG) or TypeScript is a ' +
      'plus.\n\n' +
      'Hybrid working from our office on the Oxford Road corridor, 28 days holiday plus bank holidays, 8% employer ' +
      'pension and a four-day week in August.',
    requirements: [
      { skill: 'JavaScript', level: 'WORKING', essential: true },
      { skill: 'JavaScript Framework', level: 'WORKING', essential: true },
      { skill: 'CSS', level: 'WORKING', essential: true },
      { skill: 'use markup languages', level: 'WORKING', essential: true },
      { skill: 'ICT accessibility standards', level: 'AWARENESS', essential: false },
      { skill: 'TypeScript', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 2_800_000,
    salaryMaxPence: 3_200_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.ardwick,
    positions: 1,
    closesInDays: 33,
    guaranteedInterviewProgrammeKeys: [],
    open: true,
  },
  {
    key: 'carebridge-test-analyst',
    employerKey: 'carebridge-health',
    title: 'Test Analyst',
    description:
      'Software used in healthcare has to work every time. As a Test Analyst at Carebridge you will plan and run ' +
      'manual tests of our patient and clinician apps, from single features through to full system and ' +
      'regression testing before each release, and write the test evidence our clinical safety case relies on.\n\n' +
      'You will have some experience of structured testing, whether in a job, on placement or through a bootcamp, ' +
      'and an eye for how people with different needs use technology. ISTQB Foundation is desirable.\n\n' +
      'Hybrid working, 28 days holiday plus bank holidays, 8% employer pension.',
    requirements: [
      { skill: 'execute software tests', level: 'WORKING', essential: true },
      { skill: 'plan software testing', level: 'WORKING', essential: true },
      { skill: 'levels of software testing', level: 'WORKING', essential: true },
      { skill: 'provide software testing documentation', level: 'WORKING', essential: false },
      { skill: 'test system accessibility for users with special needs', level: 'AWARENESS', essential: false },
      { skill: 'SQL', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 3_000_000,
    salaryMaxPence: 3_400_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.ardwick,
    positions: 1,
    closesInDays: 30,
    guaranteedInterviewProgrammeKeys: ['open-door-testing-bootcamp'],
    open: true,
  },
  {
    key: 'carebridge-data-engineer',
    employerKey: 'carebridge-health',
    title: 'Data Engineer',
    description:
      'We are building a new analytics platform so that NHS partners can see, safely and in near real time, how ' +
      'patients are doing. As a Data Engineer you will design and build data pipelines in Python and SQL, model ' +
      'data for reporting, and make sure every flow respects our data protection and information governance ' +
      'rules.\n\n' +
      'You will have several years of commercial experience building ETL or ELT pipelines and be comfortable with ' +
      'at least one major cloud platform.\n\n' +
      'Hybrid working, 28 days holiday plus bank holidays, 8% employer pension.',
    requirements: [
      { skill: 'data engineering', level: 'PRACTITIONER', essential: true },
      { skill: 'Python (computer programming)', level: 'PRACTITIONER', essential: true },
      { skill: 'SQL', level: 'PRACTITIONER', essential: true },
      { skill: 'data extraction, transformation and loading tools', level: 'WORKING', essential: true },
      { skill: 'data protection', level: 'WORKING', essential: true },
      { skill: 'cloud technologies', level: 'WORKING', essential: false },
    ],
    salaryMinPence: 4_500_000,
    salaryMaxPence: 5_500_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.ardwick,
    positions: 1,
    closesInDays: 50,
    guaranteedInterviewProgrammeKeys: [],
    open: false,
  },
  {
    key: 'carebridge-service-desk-analyst',
    employerKey: 'carebridge-health',
    title: 'Service Desk Analyst (part-time, 22.5 hours)',
    description:
      'Our service desk helps GP practices and community teams get the most out of Carebridge. We are looking for ' +
      'a part-time Service Desk Analyst to answer calls and emails, log and resolve tickets, guide users through ' +
      'fixes and pass on anything more complex to the right team.\n\n' +
      'You will be patient, clear on the phone and comfortable with Windows and Microsoft 365. Experience in a ' +
      'customer-facing role is more important to us than IT qualifications.\n\n' +
      '22.5 hours a week, worked as three full days, on site at our Ardwick office. 28 days holiday (pro rata) and ' +
      '8% employer pension.',
    requirements: [
      { skill: 'provide ICT support', level: 'WORKING', essential: true },
      { skill: 'support ICT system users', level: 'WORKING', essential: true },
      { skill: 'use ICT ticketing system', level: 'AWARENESS', essential: true },
      { skill: 'use microsoft office', level: 'WORKING', essential: false },
      { skill: 'data protection', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 1_700_000,
    salaryMaxPence: 1_760_000,
    hoursPerWeek: 22.5,
    contract: 'PERMANENT',
    workplace: 'ON_SITE',
    wardCode: WARD.ardwick,
    positions: 1,
    closesInDays: 20,
    guaranteedInterviewProgrammeKeys: [],
    open: true,
  },
  // ---------------------------------------------------------------- Irk Valley IT Services (MSP, Cheetham)
  {
    key: 'irk-valley-first-line-support',
    employerKey: 'irk-valley-it',
    title: 'First Line IT Support Technician',
    description:
      'Irk Valley IT looks after the computers, networks and phones of around 150 small businesses, charities and ' +
      'schools across north Manchester. We are hiring three first line technicians for our Cheetham Hill help ' +
      'desk.\n\n' +
      'You will answer calls and tickets from customers, fix common problems remotely, set up new laptops and ' +
      'user accounts, and escalate anything you cannot fix. Full training is given, and we will pay for your ' +
      'first Microsoft or CompTIA certification after probation.\n\n' +
      'Monday to Friday, 8:30 to 5, on site. Free parking, 25 days holiday plus bank holidays and a clear route to ' +
      'second line within 18 months.',
    requirements: [
      { skill: 'provide ICT support', level: 'WORKING', essential: true },
      { skill: 'perform ICT troubleshooting', level: 'WORKING', essential: true },
      { skill: 'install software', level: 'WORKING', essential: true },
      { skill: 'use ICT ticketing system', level: 'AWARENESS', essential: false },
      { skill: 'operating systems', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 2_500_000,
    salaryMaxPence: 2_600_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'ON_SITE',
    wardCode: WARD.cheetham,
    positions: 3,
    closesInDays: 28,
    guaranteedInterviewProgrammeKeys: ['open-door-cyber-bootcamp'],
    open: true,
  },
  {
    key: 'irk-valley-it-support-apprentice',
    employerKey: 'irk-valley-it',
    title: 'IT Support Apprentice',
    description:
      'Want to work in IT but do not know where to start? Our 18-month Level 3 Information Communications ' +
      'Technician apprenticeship is a paid route in. You will work alongside our engineers on the help desk and ' +
      'out on customer sites, and spend one day a week training with our apprenticeship partner in Ancoats.\n\n' +
      'We are looking for people who like solving problems and talking to people. You will need to be comfortable ' +
      'with everyday computer use; no IT experience or qualifications are needed beyond GCSE English and maths (or ' +
      'a willingness to work towards them).\n\n' +
      'On site in Cheetham Hill, Monday to Friday. A permanent job is offered to apprentices who complete.',
    requirements: [
      { skill: 'use microsoft office', level: 'AWARENESS', essential: true },
      { skill: 'maintain computer hardware', level: 'AWARENESS', essential: false },
      { skill: 'perform ICT troubleshooting', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 1_950_000,
    salaryMaxPence: 2_100_000,
    hoursPerWeek: 37.5,
    contract: 'APPRENTICESHIP',
    workplace: 'ON_SITE',
    wardCode: WARD.cheetham,
    positions: 2,
    closesInDays: 45,
    guaranteedInterviewProgrammeKeys: [],
    open: true,
  },
  {
    key: 'irk-valley-second-line-engineer',
    employerKey: 'irk-valley-it',
    title: 'Second Line Support Engineer',
    description:
      'We are looking for a second line engineer to take on the problems our first line team cannot solve. You ' +
      'will manage Windows and Linux servers, configure switches, firewalls and Wi-Fi, look after backups and ' +
      'Microsoft 365 tenants, and visit customer sites across north Manchester when needed.\n\n' +
      'You will have at least a year in IT support or networking, or equivalent hands-on training, and be ' +
      'comfortable explaining technical issues to non-technical customers. A full UK driving licence is ' +
      'desirable; a pool car is available.\n\n' +
      'Based in Cheetham Hill, Monday to Friday, with a paid on-call rota one week in six.',
    requirements: [
      { skill: 'administer ICT system', level: 'WORKING', essential: true },
      { skill: 'maintain ICT server', level: 'WORKING', essential: true },
      { skill: 'ICT networking hardware', level: 'WORKING', essential: true },
      { skill: 'maintain internet protocol configuration', level: 'WORKING', essential: true },
      { skill: 'use back-up and recovery tools', level: 'WORKING', essential: false },
      { skill: 'mobile device management', level: 'AWARENESS', essential: false },
      { skill: 'apply operations for an ITIL-based environment', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 2_900_000,
    salaryMaxPence: 3_300_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'ON_SITE',
    wardCode: WARD.cheetham,
    positions: 1,
    closesInDays: 35,
    guaranteedInterviewProgrammeKeys: ['open-door-cyber-bootcamp'],
    open: true,
  },
  {
    key: 'irk-valley-junior-network-engineer',
    employerKey: 'irk-valley-it',
    title: 'Junior Network Engineer',
    description:
      'Our networks team designs and installs networks for schools, surgeries and offices. We are looking for a ' +
      'junior network engineer to help plan installations, configure routers, switches and firewalls, set up ' +
      'site-to-site VPNs and troubleshoot connectivity problems for customers.\n\n' +
      'You will understand IP addressing, routing and firewall basics, from study, a bootcamp or hands-on ' +
      'experience. Cisco or Ubiquiti experience is useful but not essential; we will put you through your CCNA.\n\n' +
      'On site in Cheetham Hill with regular customer visits. 25 days holiday plus bank holidays.',
    requirements: [
      { skill: 'network engineering', level: 'WORKING', essential: true },
      { skill: 'ICT network routing', level: 'WORKING', essential: true },
      { skill: 'implement a firewall', level: 'WORKING', essential: true },
      { skill: 'ICT networking hardware', level: 'WORKING', essential: false },
      { skill: 'implement a virtual private network', level: 'AWARENESS', essential: false },
      { skill: 'Cisco', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 2_800_000,
    salaryMaxPence: 3_200_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'ON_SITE',
    wardCode: WARD.cheetham,
    positions: 1,
    closesInDays: 40,
    guaranteedInterviewProgrammeKeys: ['open-door-cyber-bootcamp'],
    open: true,
  },
  {
    key: 'irk-valley-workshop-technician',
    employerKey: 'irk-valley-it',
    title: 'Workshop Technician (part-time, school hours)',
    description:
      'Our workshop builds, repairs and refurbishes laptops and desktops for our customers, and prepares donated ' +
      'devices for local digital inclusion schemes. We are looking for a part-time technician to diagnose and ' +
      'replace faulty parts, reinstall and update software, clean up malware and keep accurate records of the ' +
      'work done.\n\n' +
      'You will enjoy practical, hands-on work and be careful and methodical. Experience of repairing computers, ' +
      'phones or consoles, paid or unpaid, is welcome.\n\n' +
      '25 hours a week, Monday to Friday 9:30 to 2:30, term time and school holidays by agreement. On site in ' +
      'Cheetham Hill.',
    requirements: [
      { skill: 'maintain computer hardware', level: 'WORKING', essential: true },
      { skill: 'repair ICT devices', level: 'WORKING', essential: true },
      { skill: 'install software', level: 'WORKING', essential: true },
      { skill: 'remove computer virus or malware from a computer', level: 'WORKING', essential: false },
    ],
    salaryMinPence: 1_690_000,
    salaryMaxPence: 1_750_000,
    hoursPerWeek: 25,
    contract: 'PERMANENT',
    workplace: 'ON_SITE',
    wardCode: WARD.cheetham,
    positions: 1,
    closesInDays: 18,
    guaranteedInterviewProgrammeKeys: [],
    open: true,
  },
  // ---------------------------------------------------------------- Kettle & Pixel (digital marketing, Northern Quarter)
  {
    key: 'kettle-and-pixel-digital-marketing-executive',
    employerKey: 'kettle-and-pixel',
    title: 'Junior Digital Marketing Executive',
    description:
      'Kettle & Pixel is a twenty-person digital marketing agency in the Northern Quarter, working with food, ' +
      'drink, retail and charity clients across the North West. We are looking for a Junior Digital Marketing ' +
      'Executive to help plan and deliver campaigns.\n\n' +
      'You will schedule social posts, help set up email and paid campaigns, write first drafts of copy, and pull ' +
      'together monthly reports from Google Analytics and social platforms. We will teach you the tools; we are ' +
      'looking for energy, good writing and an interest in why people click.\n\n' +
      'Hybrid working after probation, 25 days holiday plus your birthday off. Graduates of the Back Online ' +
      'Digital Marketing Basics course are guaranteed an interview.',
    requirements: [
      { skill: 'digital marketing techniques', level: 'WORKING', essential: true },
      { skill: 'apply social media marketing', level: 'WORKING', essential: true },
      { skill: 'web analytics', level: 'AWARENESS', essential: true },
      { skill: 'search engine optimisation', level: 'AWARENESS', essential: false },
      { skill: 'use customer relationship management software', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 2_500_000,
    salaryMaxPence: 2_700_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.piccadilly,
    positions: 1,
    closesInDays: 24,
    guaranteedInterviewProgrammeKeys: ['back-online-digital-marketing'],
    open: true,
  },
  {
    key: 'kettle-and-pixel-marketing-apprentice',
    employerKey: 'kettle-and-pixel',
    title: 'Digital Marketing Apprentice (Level 3)',
    description:
      'Learn digital marketing inside a busy agency. Over 15 months you will work across our social, content and ' +
      'paid media teams, and study towards the Level 3 Multi-channel Marketer apprenticeship one day a week.\n\n' +
      'You might be leaving school or college, or looking for a change. What matters is that you are curious ' +
      'about how brands talk to people online, you like writing, and you are organised.\n\n' +
      'On site in our Northern Quarter studio, Monday to Friday 9 to 5:30. Your pay rises when you complete your ' +
      'first year.',
    requirements: [
      { skill: 'social media management', level: 'AWARENESS', essential: true },
      { skill: 'use microsoft office', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 1_850_000,
    salaryMaxPence: 1_850_000,
    hoursPerWeek: 37.5,
    contract: 'APPRENTICESHIP',
    workplace: 'ON_SITE',
    wardCode: WARD.piccadilly,
    positions: 1,
    closesInDays: 38,
    guaranteedInterviewProgrammeKeys: [],
    open: true,
  },
  {
    key: 'kettle-and-pixel-ppc-executive',
    employerKey: 'kettle-and-pixel',
    title: 'PPC Executive',
    description:
      'We are looking for a PPC Executive to manage paid search and paid social campaigns for a portfolio of ' +
      'retail and hospitality clients. You will build and optimise Google Ads and Meta campaigns, manage budgets ' +
      'and bids, test new ad copy, and explain results to clients in plain English.\n\n' +
      'You will have at least a year of hands-on paid media experience, in-house or at an agency, and be at home ' +
      'in spreadsheets. Google Ads certification is a plus.\n\n' +
      'Hybrid working, 25 days holiday plus your birthday off, and a yearly training allowance.',
    requirements: [
      { skill: 'pay-per-click', level: 'WORKING', essential: true },
      { skill: 'online ads campaign techniques', level: 'WORKING', essential: true },
      { skill: 'marketing analytics', level: 'WORKING', essential: true },
      { skill: 'use spreadsheets software', level: 'WORKING', essential: true },
      { skill: 'web analytics', level: 'WORKING', essential: false },
    ],
    salaryMinPence: 2_700_000,
    salaryMaxPence: 3_100_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.piccadilly,
    positions: 1,
    closesInDays: 30,
    guaranteedInterviewProgrammeKeys: [],
    open: true,
  },
  {
    key: 'kettle-and-pixel-seo-specialist',
    employerKey: 'kettle-and-pixel',
    title: 'SEO Specialist',
    description:
      'We are looking for an SEO Specialist to lead organic search for our clients. You will run technical and ' +
      'content audits, plan keyword strategies, work with our developers on site fixes and with our writers on ' +
      'content, and report on what moved the needle.\n\n' +
      'You will have two or more years of SEO experience, a good understanding of how websites are built and ' +
      'confidence with analytics and search console data.\n\n' +
      'Hybrid working from our Northern Quarter studio, 25 days holiday plus your birthday off.',
    requirements: [
      { skill: 'search engine optimisation', level: 'PRACTITIONER', essential: true },
      { skill: 'enhance website visibility', level: 'PRACTITIONER', essential: true },
      { skill: 'web analytics', level: 'WORKING', essential: true },
      { skill: 'use content management system software', level: 'WORKING', essential: false },
      { skill: 'use markup languages', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 3_200_000,
    salaryMaxPence: 3_800_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.piccadilly,
    positions: 1,
    closesInDays: 45,
    guaranteedInterviewProgrammeKeys: [],
    open: false,
  },
  {
    key: 'kettle-and-pixel-wordpress-developer',
    employerKey: 'kettle-and-pixel',
    title: 'WordPress Developer',
    description:
      "Most of our clients' websites run on WordPress, and we need a developer to build and look after them. You " +
      'will build custom themes and blocks, keep plugins and sites up to date and secure, make sure every page ' +
      'works well on phones, and help our SEO team with technical fixes.\n\n' +
      'You will be confident with PHP, HTML and CSS, and comfortable working directly with designers and account ' +
      'managers. Some JavaScript is useful.\n\n' +
      'Hybrid working, 25 days holiday plus your birthday off, and a yearly training allowance.',
    requirements: [
      { skill: 'WordPress', level: 'PRACTITIONER', essential: true },
      { skill: 'PHP', level: 'WORKING', essential: true },
      { skill: 'CSS', level: 'WORKING', essential: true },
      { skill: 'maintain responsive design', level: 'WORKING', essential: true },
      { skill: 'JavaScript', level: 'WORKING', essential: false },
    ],
    salaryMinPence: 3_000_000,
    salaryMaxPence: 3_400_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.piccadilly,
    positions: 1,
    closesInDays: 32,
    guaranteedInterviewProgrammeKeys: [],
    open: true,
  },
  // ---------------------------------------------------------------- Spindle Data Consulting (data, West Didsbury)
  {
    key: 'spindle-data-junior-data-analyst',
    employerKey: 'spindle-data',
    title: 'Junior Data Analyst',
    description:
      'Spindle Data helps housing associations, charities and public bodies make better decisions with their ' +
      'data. We are looking for a Junior Data Analyst to join our West Didsbury team.\n\n' +
      'You will clean and combine data sets, write SQL queries, build simple dashboards and help write up findings ' +
      'for clients. You will be numerate, careful and able to explain what the numbers mean to people who are not ' +
      'analysts. A degree is not required: show us what you have done with data.\n\n' +
      'Hybrid working, 26 days holiday plus bank holidays, a nine-day fortnight option and 5% employer pension.',
    requirements: [
      { skill: 'SQL', level: 'WORKING', essential: true },
      { skill: 'use spreadsheets software', level: 'WORKING', essential: true },
      { skill: 'perform data analysis', level: 'WORKING', essential: true },
      { skill: 'data visualisation software', level: 'AWARENESS', essential: false },
      { skill: 'apply statistical analysis techniques', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 2_800_000,
    salaryMaxPence: 3_100_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.didsburyWest,
    positions: 2,
    closesInDays: 30,
    guaranteedInterviewProgrammeKeys: [],
    open: true,
  },
  {
    key: 'spindle-data-bi-developer',
    employerKey: 'spindle-data',
    title: 'Business Intelligence Developer',
    description:
      'We are looking for a BI Developer to design and build reporting solutions for our clients: data ' +
      'warehouses on SQL Server, dimensional models and Power BI dashboards that people actually use.\n\n' +
      'You will have several years of experience building BI solutions, be strong in T-SQL and Power BI, and ' +
      'enjoy working directly with clients to understand what they need.\n\n' +
      'Hybrid working from West Didsbury, 26 days holiday plus bank holidays, a nine-day fortnight option and 5% ' +
      'employer pension.',
    requirements: [
      { skill: 'business intelligence', level: 'PRACTITIONER', essential: true },
      { skill: 'data visualisation software', level: 'PRACTITIONER', essential: true },
      { skill: 'SQL Server', level: 'WORKING', essential: true },
      { skill: 'data warehouse', level: 'WORKING', essential: true },
      { skill: 'data models', level: 'WORKING', essential: false },
    ],
    salaryMinPence: 3_800_000,
    salaryMaxPence: 4_500_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.didsburyWest,
    positions: 1,
    closesInDays: 40,
    guaranteedInterviewProgrammeKeys: [],
    open: true,
  },
  {
    key: 'spindle-data-junior-data-scientist',
    employerKey: 'spindle-data',
    title: 'Junior Data Scientist (remote)',
    description:
      'Join our data science team to help clients predict demand, spot risks earlier and target support where it ' +
      'matters. You will prepare data, build and evaluate models in Python, and help explain results, including ' +
      'their limits, to non-specialists.\n\n' +
      'You will have used Python and SQL for analysis and built at least one machine learning model, whether in ' +
      'study, a bootcamp or your own projects, and have a solid grasp of statistics.\n\n' +
      'Fully remote within the UK, with a team day in Manchester once a month. 26 days holiday plus bank holidays.',
    requirements: [
      { skill: 'Python (computer programming)', level: 'WORKING', essential: true },
      { skill: 'machine learning', level: 'WORKING', essential: true },
      { skill: 'apply statistical analysis techniques', level: 'WORKING', essential: true },
      { skill: 'SQL', level: 'WORKING', essential: true },
      { skill: 'R', level: 'AWARENESS', essential: false },
      { skill: 'data visualisation software', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 3_200_000,
    salaryMaxPence: 3_800_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'REMOTE',
    wardCode: null,
    positions: 1,
    closesInDays: 35,
    guaranteedInterviewProgrammeKeys: [],
    open: true,
  },
  {
    key: 'spindle-data-data-quality-assistant',
    employerKey: 'spindle-data',
    title: 'Data Quality Assistant (part-time, 6 months)',
    description:
      'We are helping a large housing association clean up its tenancy records before moving to a new system, ' +
      'and need a part-time Data Quality Assistant for six months. You will find and fix duplicates, gaps and ' +
      'errors in spreadsheets and simple databases, follow clear rules for each fix and keep a careful log.\n\n' +
      'You will be comfortable with spreadsheets, patient with detail and careful with personal data. This is a ' +
      'good first step into data work. Graduates of the Back Online Introduction to Data course are guaranteed an ' +
      'interview.\n\n' +
      '20 hours a week, flexible across the week, hybrid from West Didsbury.',
    requirements: [
      { skill: 'perform data cleansing', level: 'WORKING', essential: true },
      { skill: 'use spreadsheets software', level: 'WORKING', essential: true },
      { skill: 'data protection', level: 'AWARENESS', essential: true },
      { skill: 'SQL', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 1_400_000,
    salaryMaxPence: 1_450_000,
    hoursPerWeek: 20,
    contract: 'TEMPORARY',
    workplace: 'HYBRID',
    wardCode: WARD.didsburyWest,
    positions: 2,
    closesInDays: 14,
    guaranteedInterviewProgrammeKeys: ['back-online-intro-to-data'],
    open: true,
  },
  // ---------------------------------------------------------------- Manchester Civic Digital Service (public body)
  {
    key: 'civic-digital-junior-developer',
    employerKey: 'civic-digital',
    title: 'Junior Developer, Resident Services',
    description:
      'The Manchester Civic Digital Service builds the online services residents use to report problems, apply ' +
      'for help and pay for things. We are looking for a junior developer to join a multidisciplinary team ' +
      'working on our resident accounts service.\n\n' +
      'You will write and test code in C# and JavaScript, build accessible pages that meet WCAG 2.2 AA, and work ' +
      'in the open with designers, researchers and service owners. We welcome applications from people who have ' +
      'learned through bootcamps, apprenticeships or self-study.\n\n' +
      "Hybrid working from our St Peter's Square office, 37 hours a week, flexi-time, 27 days holiday rising to " +
      '32, and a Local Government Pension Scheme membership.',
    requirements: [
      { skill: 'C#', level: 'WORKING', essential: true },
      { skill: 'JavaScript', level: 'WORKING', essential: true },
      { skill: 'web programming', level: 'WORKING', essential: true },
      { skill: 'ICT accessibility standards', level: 'WORKING', essential: true },
      { skill: 'ASP.NET', level: 'AWARENESS', essential: false },
      { skill: 'tools for software configuration management', level: 'WORKING', essential: false },
    ],
    salaryMinPence: 3_009_800,
    salaryMaxPence: 3_284_600,
    hoursPerWeek: 37,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.deansgate,
    positions: 2,
    closesInDays: 21,
    guaranteedInterviewProgrammeKeys: [],
    open: true,
  },
  {
    key: 'civic-digital-content-designer',
    employerKey: 'civic-digital',
    title: 'Content Designer',
    description:
      'Good public services start with words people understand. As a Content Designer you will work with ' +
      'researchers, designers and policy colleagues to turn complicated rules into clear, accessible content and ' +
      'journeys on our website and online services.\n\n' +
      'You will have experience of writing for the web in plain English, using evidence from user research to ' +
      'make decisions, and meeting accessibility standards. Experience in the public sector is not required.\n\n' +
      'Hybrid working, 37 hours a week, flexi-time, 27 days holiday rising to 32, Local Government Pension Scheme.',
    requirements: [
      { skill: 'application usability', level: 'WORKING', essential: true },
      { skill: 'ICT accessibility standards', level: 'WORKING', essential: true },
      { skill: 'execute ICT user research activities', level: 'WORKING', essential: true },
      { skill: 'use content management system software', level: 'WORKING', essential: false },
      { skill: 'manage online communications', level: 'WORKING', essential: false },
    ],
    salaryMinPence: 3_436_400,
    salaryMaxPence: 3_776_800,
    hoursPerWeek: 37,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.deansgate,
    positions: 1,
    closesInDays: 28,
    guaranteedInterviewProgrammeKeys: [],
    open: true,
  },
  {
    key: 'civic-digital-user-researcher',
    employerKey: 'civic-digital',
    title: 'User Researcher',
    description:
      'We are looking for a User Researcher to help our teams understand the residents who use our services, ' +
      'including people who are often left out of research: older residents, disabled people, people with low ' +
      'digital confidence and people who do not speak English as a first language.\n\n' +
      'You will plan and run interviews, usability tests and contextual research, map user journeys and share ' +
      'what you learn so teams act on it. You will have at least two years of user research experience.\n\n' +
      'Hybrid working, 37 hours a week, flexi-time, 27 days holiday rising to 32, Local Government Pension Scheme.',
    requirements: [
      { skill: 'execute ICT user research activities', level: 'PRACTITIONER', essential: true },
      { skill: 'use experience map', level: 'WORKING', essential: true },
      { skill: 'measure software usability', level: 'WORKING', essential: true },
      { skill: 'test system accessibility for users with special needs', level: 'WORKING', essential: false },
      { skill: 'human-computer interaction', level: 'WORKING', essential: false },
    ],
    salaryMinPence: 3_600_000,
    salaryMaxPence: 4_100_000,
    hoursPerWeek: 37,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.deansgate,
    positions: 1,
    closesInDays: 35,
    guaranteedInterviewProgrammeKeys: [],
    open: true,
  },
  {
    key: 'civic-digital-data-analyst-apprentice',
    employerKey: 'civic-digital',
    title: 'Data Analyst Apprentice (Level 4)',
    description:
      'Help the city use data to improve services for residents, and earn a qualification while you do it. As a ' +
      'Data Analyst Apprentice you will work in our data and insight team for two years, learning to clean, ' +
      'analyse and visualise data, and study towards the Level 4 Data Analyst apprenticeship.\n\n' +
      'You will be comfortable with spreadsheets and enjoy working with numbers. You do not need a degree. We ' +
      'particularly welcome applications from Manchester residents who are under-represented in data roles.\n\n' +
      'Hybrid working, 37 hours a week, paid at or above the Real Living Wage, Local Government Pension Scheme.',
    requirements: [
      { skill: 'use spreadsheets software', level: 'WORKING', essential: true },
      { skill: 'perform data analysis', level: 'AWARENESS', essential: false },
      { skill: 'SQL', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 2_650_000,
    salaryMaxPence: 2_650_000,
    hoursPerWeek: 37,
    contract: 'APPRENTICESHIP',
    workplace: 'HYBRID',
    wardCode: WARD.deansgate,
    positions: 2,
    closesInDays: 42,
    guaranteedInterviewProgrammeKeys: [],
    open: true,
  },
  {
    key: 'civic-digital-cyber-security-analyst',
    employerKey: 'civic-digital',
    title: 'Cyber Security Analyst',
    description:
      'Public services are a target. As a Cyber Security Analyst you will help protect the systems and data that ' +
      'residents rely on: monitoring alerts, investigating and responding to incidents, checking that systems ' +
      'are configured securely, and helping teams follow our security policies.\n\n' +
      'You will have experience in a security, infrastructure or support role and a good understanding of common ' +
      'threats and controls. Cloud security knowledge is a plus. Graduates of the Open Door Tech cyber security ' +
      'bootcamp are guaranteed an interview.\n\n' +
      'Hybrid working, 37 hours a week, flexi-time, 27 days holiday rising to 32, Local Government Pension Scheme.',
    requirements: [
      { skill: 'manage system security', level: 'WORKING', essential: true },
      { skill: 'handle cybersecurity incidents', level: 'WORKING', essential: true },
      { skill: 'implement ICT security policies', level: 'WORKING', essential: true },
      { skill: 'identify ICT security risks', level: 'WORKING', essential: true },
      { skill: 'ICT security standards', level: 'WORKING', essential: false },
      { skill: 'cloud security and compliance', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 3_776_800,
    salaryMaxPence: 4_223_300,
    hoursPerWeek: 37,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.deansgate,
    positions: 1,
    closesInDays: 30,
    guaranteedInterviewProgrammeKeys: ['open-door-cyber-bootcamp'],
    open: true,
  },
  // ---------------------------------------------------------------- Redbank Cyber Security (cyber, Piccadilly)
  {
    key: 'redbank-cyber-junior-soc-analyst',
    employerKey: 'redbank-cyber',
    title: 'Junior SOC Analyst',
    description:
      'Redbank Cyber runs a 24/7 security operations centre for mid-sized organisations across the UK. We are ' +
      'hiring three junior analysts to monitor alerts, triage suspicious activity, investigate network and ' +
      'endpoint events and escalate real incidents to our senior team.\n\n' +
      'You will understand how networks and operating systems work, know the common ways attackers get in, and ' +
      'be comfortable reading packet captures and logs. Structured training and certifications are provided. ' +
      'Graduates of the Open Door Tech cyber security bootcamp are guaranteed an interview.\n\n' +
      'On site at our Piccadilly SOC, working a four-on, four-off shift pattern with a shift allowance on top of ' +
      'salary.',
    requirements: [
      { skill: 'cyber security', level: 'WORKING', essential: true },
      { skill: 'operating systems', level: 'WORKING', essential: true },
      { skill: 'ICT communications protocols', level: 'WORKING', essential: true },
      { skill: 'handle cybersecurity incidents', level: 'AWARENESS', essential: true },
      { skill: 'Wireshark', level: 'WORKING', essential: false },
      { skill: 'conduct threat intelligence', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 2_800_000,
    salaryMaxPence: 3_200_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'ON_SITE',
    wardCode: WARD.piccadilly,
    positions: 3,
    closesInDays: 45,
    guaranteedInterviewProgrammeKeys: ['open-door-cyber-bootcamp'],
    open: true,
  },
  {
    key: 'redbank-cyber-junior-penetration-tester',
    employerKey: 'redbank-cyber',
    title: 'Junior Penetration Tester',
    description:
      'Our offensive security team tests the defences of banks, retailers, universities and councils. We are ' +
      'looking for a junior penetration tester to help run infrastructure and web application tests, write up ' +
      'findings clearly and help clients fix what we find.\n\n' +
      'You will have a solid grounding in ethical hacking, be at home in Kali Linux, and have practised on ' +
      'platforms such as Hack The Box or TryHackMe. Some scripting is useful. We will support you through CREST ' +
      'or OSCP certification.\n\n' +
      'Hybrid working from Piccadilly, 25 days holiday plus bank holidays, private medical cover.',
    requirements: [
      { skill: 'perform ICT security testing', level: 'WORKING', essential: true },
      { skill: 'ethical hacking principles', level: 'WORKING', essential: true },
      { skill: 'Kali Linux', level: 'WORKING', essential: true },
      { skill: 'web application security threats', level: 'WORKING', essential: true },
      { skill: 'penetration testing tool', level: 'WORKING', essential: false },
      { skill: 'Metasploit', level: 'AWARENESS', essential: false },
      { skill: 'use scripting programming', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 3_200_000,
    salaryMaxPence: 3_800_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.piccadilly,
    positions: 1,
    closesInDays: 40,
    guaranteedInterviewProgrammeKeys: ['open-door-cyber-bootcamp'],
    open: true,
  },
  {
    key: 'redbank-cyber-dfir-analyst',
    employerKey: 'redbank-cyber',
    title: 'Digital Forensics and Incident Response Analyst',
    description:
      'When a client is breached, our incident response team is first on the scene. We are looking for an ' +
      'experienced DFIR analyst to lead investigations: collecting and analysing evidence from Windows and Linux ' +
      'systems, working out what happened and advising clients on containment and recovery.\n\n' +
      'You will have at least three years in incident response or digital forensics, and be calm and clear under ' +
      'pressure. Occasional travel to client sites in the UK is required.\n\n' +
      'Hybrid working from Piccadilly, paid on-call allowance, 25 days holiday plus bank holidays, private ' +
      'medical cover.',
    requirements: [
      { skill: 'computer forensics', level: 'PRACTITIONER', essential: true },
      { skill: 'handle cybersecurity incidents', level: 'PRACTITIONER', essential: true },
      { skill: 'operating systems', level: 'PRACTITIONER', essential: true },
      { skill: 'conduct threat intelligence', level: 'WORKING', essential: false },
    ],
    salaryMinPence: 4_200_000,
    salaryMaxPence: 5_000_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.piccadilly,
    positions: 1,
    closesInDays: 50,
    guaranteedInterviewProgrammeKeys: [],
    open: true,
  },
  {
    key: 'redbank-cyber-security-awareness-coordinator',
    employerKey: 'redbank-cyber',
    title: 'Security Awareness Coordinator (part-time, 22.5 hours)',
    description:
      'Most breaches start with a person, not a machine. We are looking for a part-time Security Awareness ' +
      'Coordinator to deliver our training programmes to client staff: running workshops and webinars, writing ' +
      'short guides and newsletters, and helping plan phishing simulations.\n\n' +
      'You will understand the basics of cyber security and be a confident, friendly trainer who can make the ' +
      'subject interesting for non-technical audiences. Teaching, training or customer-facing experience is ' +
      'valuable. Graduates of the Open Door Tech cyber security bootcamp are guaranteed an interview.\n\n' +
      '22.5 hours a week over three days, hybrid from Piccadilly with some travel to client offices.',
    requirements: [
      { skill: 'provide ICT system training', level: 'WORKING', essential: true },
      { skill: 'cyber security', level: 'WORKING', essential: true },
      { skill: 'manage online communications', level: 'WORKING', essential: false },
      { skill: 'execute social engineering tests', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 1_900_000,
    salaryMaxPence: 2_000_000,
    hoursPerWeek: 22.5,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.piccadilly,
    positions: 1,
    closesInDays: 30,
    guaranteedInterviewProgrammeKeys: ['open-door-cyber-bootcamp'],
    open: true,
  },
  // ---------------------------------------------------------------- Thread & Frame UX Studio (UX, Chorlton)
  {
    key: 'thread-and-frame-junior-ux-ui-designer',
    employerKey: 'thread-and-frame',
    title: 'Junior UX/UI Designer',
    description:
      'Thread & Frame is a small UX studio in Chorlton designing websites and apps for charities, cultural ' +
      'organisations and public services. We are looking for a junior designer to join us.\n\n' +
      'You will sketch and wireframe ideas, build clickable prototypes, design clean and accessible interfaces, ' +
      'and sit in on research sessions with real users. Please share a portfolio with two or three projects that ' +
      'show how you got to your design, not just the final screens. Course and personal projects are welcome.\n\n' +
      'Hybrid working, three days a week in the studio, 25 days holiday plus bank holidays, and a four-day week ' +
      'option.',
    requirements: [
      { skill: 'create website wireframe', level: 'WORKING', essential: true },
      { skill: 'create prototype of user experience solutions', level: 'WORKING', essential: true },
      { skill: 'design user interface', level: 'WORKING', essential: true },
      { skill: 'ICT accessibility standards', level: 'AWARENESS', essential: false },
      { skill: 'execute ICT user research activities', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 2_700_000,
    salaryMaxPence: 3_100_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.chorlton,
    positions: 1,
    closesInDays: 30,
    guaranteedInterviewProgrammeKeys: [],
    open: true,
  },
  {
    key: 'thread-and-frame-accessibility-tester',
    employerKey: 'thread-and-frame',
    title: 'Accessibility Tester (remote)',
    description:
      'We audit websites and apps against WCAG 2.2 for public sector and charity clients. We are looking for an ' +
      'Accessibility Tester to test with screen readers, magnifiers, voice control and keyboard-only navigation, ' +
      'record issues clearly and help developers understand how to fix them.\n\n' +
      'You will know WCAG well and have hands-on testing experience. Lived experience of using assistive ' +
      'technology is highly valued, and we will make any adjustments you need to do your best work.\n\n' +
      'Fully remote within the UK, with an optional studio day in Chorlton. 25 days holiday plus bank holidays.',
    requirements: [
      { skill: 'test system accessibility for users with special needs', level: 'WORKING', essential: true },
      { skill: 'ICT accessibility standards', level: 'WORKING', essential: true },
      { skill: 'World Wide Web Consortium standards', level: 'WORKING', essential: true },
      { skill: 'execute software tests', level: 'WORKING', essential: false },
      { skill: 'use markup languages', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 2_900_000,
    salaryMaxPence: 3_300_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'REMOTE',
    wardCode: null,
    positions: 1,
    closesInDays: 35,
    guaranteedInterviewProgrammeKeys: ['open-door-testing-bootcamp'],
    open: true,
  },
  {
    key: 'thread-and-frame-ux-researcher',
    employerKey: 'thread-and-frame',
    title: 'UX Researcher (part-time, three days a week)',
    description:
      'We are looking for a part-time UX Researcher to lead research on our client projects: planning studies, ' +
      'recruiting participants, running interviews and usability tests in person and online, and turning what ' +
      'we learn into journey maps and recommendations the team can act on.\n\n' +
      'You will have experience planning and running research yourself and a strong sense of research ethics. ' +
      'Experience of researching with disabled people or people on low incomes is a plus.\n\n' +
      '22.5 hours a week (pro rata from £36,000 to £41,000), hybrid from our Chorlton studio.',
    requirements: [
      { skill: 'execute ICT user research activities', level: 'PRACTITIONER', essential: true },
      { skill: 'measure software usability', level: 'WORKING', essential: true },
      { skill: 'application usability', level: 'WORKING', essential: true },
      { skill: 'use experience map', level: 'WORKING', essential: false },
    ],
    salaryMinPence: 2_160_000,
    salaryMaxPence: 2_460_000,
    hoursPerWeek: 22.5,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.chorlton,
    positions: 1,
    closesInDays: 28,
    guaranteedInterviewProgrammeKeys: [],
    open: true,
  },
  // ---------------------------------------------------------------- Cloudmill Engineering (DevOps and cloud)
  {
    key: 'cloudmill-junior-devops-engineer',
    employerKey: 'cloudmill',
    title: 'Junior DevOps Engineer',
    description:
      'Cloudmill helps software teams run their products on AWS and Azure reliably and securely. We are looking ' +
      'for a junior DevOps engineer to help build and run infrastructure for our clients: Linux servers, ' +
      'containers, CI/CD pipelines and infrastructure as code.\n\n' +
      'You will be comfortable on the Linux command line, have written some Bash or Python scripts and used Git. ' +
      'You will learn cloud and Kubernetes with us, paired with a senior engineer. Graduates of the Open Door ' +
      'Tech cyber security bootcamp are guaranteed an interview.\n\n' +
      'Hybrid working, two days a week at our Airport City office, 27 days holiday plus bank holidays, 7% employer ' +
      'pension and paid certifications.',
    requirements: [
      { skill: 'operating systems', level: 'WORKING', essential: true },
      { skill: 'use scripting programming', level: 'WORKING', essential: true },
      { skill: 'tools for software configuration management', level: 'WORKING', essential: true },
      { skill: 'cloud technologies', level: 'AWARENESS', essential: true },
      { skill: 'DevOps', level: 'AWARENESS', essential: false },
      { skill: 'network engineering', level: 'AWARENESS', essential: false },
      { skill: 'manage ICT virtualisation environments', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 3_200_000,
    salaryMaxPence: 3_600_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.woodhousePark,
    positions: 2,
    closesInDays: 38,
    guaranteedInterviewProgrammeKeys: ['open-door-cyber-bootcamp'],
    open: true,
  },
  {
    key: 'cloudmill-platform-engineer',
    employerKey: 'cloudmill',
    title: 'Platform Engineer (Kubernetes)',
    description:
      'We are looking for an experienced Platform Engineer to design and run Kubernetes platforms for our ' +
      'clients. You will automate everything you can, build monitoring and alerting that people trust, plan for ' +
      'failure, and help client teams ship safely and often.\n\n' +
      'You will have several years of hands-on experience running production workloads on Kubernetes in AWS or ' +
      'Azure, strong infrastructure-as-code skills and a calm approach to incidents.\n\n' +
      'Fully remote within the UK, with an optional office day at Airport City. 27 days holiday plus bank ' +
      'holidays, 7% employer pension, paid on-call.',
    requirements: [
      { skill: 'manage ICT virtualisation environments', level: 'PRACTITIONER', essential: true },
      { skill: 'DevOps', level: 'PRACTITIONER', essential: true },
      { skill: 'automate cloud tasks', level: 'PRACTITIONER', essential: true },
      { skill: 'cloud monitoring and reporting', level: 'WORKING', essential: true },
      { skill: 'design failover solutions', level: 'WORKING', essential: false },
      { skill: 'Ansible', level: 'WORKING', essential: false },
    ],
    salaryMinPence: 5_000_000,
    salaryMaxPence: 6_000_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'REMOTE',
    wardCode: null,
    positions: 1,
    closesInDays: 45,
    guaranteedInterviewProgrammeKeys: [],
    open: true,
  },
  {
    key: 'cloudmill-cloud-support-engineer',
    employerKey: 'cloudmill',
    title: 'Cloud Support Engineer',
    description:
      "Our support team is the first point of contact when something goes wrong on a client's cloud platform. As " +
      'a Cloud Support Engineer you will investigate alerts and tickets, fix common issues such as DNS, ' +
      'certificates and failed deployments, provision resources on request and escalate bigger incidents.\n\n' +
      'You will have a year or more in IT support, infrastructure or a similar role and some hands-on cloud ' +
      'experience, for example a fundamentals certification and a few projects. Graduates of the Open Door Tech ' +
      'cyber security bootcamp are guaranteed an interview.\n\n' +
      'Hybrid working from Airport City, 27 days holiday plus bank holidays, 7% employer pension.',
    requirements: [
      { skill: 'cloud technologies', level: 'WORKING', essential: true },
      { skill: 'deploy cloud resource', level: 'WORKING', essential: true },
      { skill: 'perform ICT troubleshooting', level: 'WORKING', essential: true },
      { skill: 'domain name service', level: 'WORKING', essential: false },
      { skill: 'respond to incidents in cloud', level: 'AWARENESS', essential: false },
    ],
    salaryMinPence: 2_900_000,
    salaryMaxPence: 3_300_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.woodhousePark,
    positions: 1,
    closesInDays: 30,
    guaranteedInterviewProgrammeKeys: ['open-door-cyber-bootcamp'],
    open: true,
  },
  {
    key: 'cloudmill-release-engineer',
    employerKey: 'cloudmill',
    title: 'Release Engineer',
    description:
      "We are looking for a Release Engineer to own how software gets from a developer's laptop to production " +
      'for several of our larger clients. You will design and maintain Jenkins pipelines, plan and coordinate ' +
      'releases, automate deployments and roll-backs, and keep release notes and change records in order.\n\n' +
      'You will have experience running releases for a live product and be confident with CI/CD tooling and ' +
      'scripting.\n\n' +
      'Hybrid working from Airport City, 27 days holiday plus bank holidays, 7% employer pension.',
    requirements: [
      { skill: 'manage software releases', level: 'PRACTITIONER', essential: true },
      { skill: 'Jenkins (tools for software configuration management)', level: 'WORKING', essential: true },
      { skill: 'DevOps', level: 'WORKING', essential: true },
      { skill: 'solution deployment', level: 'WORKING', essential: false },
    ],
    salaryMinPence: 3_800_000,
    salaryMaxPence: 4_400_000,
    hoursPerWeek: 37.5,
    contract: 'PERMANENT',
    workplace: 'HYBRID',
    wardCode: WARD.woodhousePark,
    positions: 1,
    closesInDays: 60,
    guaranteedInterviewProgrammeKeys: [],
    open: false,
  },
];

// Eight residents with different situations and skills, each matching some of the demo vacancies and eligible for
// some of the bootcamps (the two outside the city show what residency rules hide).
const resident = (
  email: string,
  displayName: string,
  profile: Partial<DemoResident['profile']> & Pick<DemoResident['profile'], 'dateOfBirth' | 'employmentStatus'>,
  skills: DemoResident['skills'],
): DemoResident => ({
  email: `${email}@demo-resident.brokerage.localhost`,
  displayName,
  profile: {
    wardCode: null,
    livesInGreaterManchester: true,
    highestQualificationLevel: 2,
    maxTravelKm: 10,
    hoursAvailablePerWeek: 30,
    hasDevice: true,
    hasHomeInternet: true,
    shareProfileWithEmployers: true,
    ...profile,
  },
  skills,
});

export const DEMO_RESIDENTS: readonly DemoResident[] = [
  resident(
    'amina.yusuf',
    'Amina Yusuf',
    {
      wardCode: WARD.cheetham,
      dateOfBirth: '1996-03-14',
      employmentStatus: 'UNEMPLOYED',
      highestQualificationLevel: 3,
    },
    [
      { skill: 'SQL', level: 'WORKING' },
      { skill: 'use spreadsheets software', level: 'PRACTITIONER' },
      { skill: 'Python (computer programming)', level: 'AWARENESS' },
    ],
  ),
  resident(
    'liam.oconnor',
    "Liam O'Connor",
    { wardCode: WARD.ancoatsAndBeswick, dateOfBirth: '2001-09-02', employmentStatus: 'EMPLOYED_LOW_PAID' },
    [
      { skill: 'perform ICT troubleshooting', level: 'WORKING' },
      { skill: 'operating systems', level: 'WORKING' },
      { skill: 'use ICT ticketing system', level: 'AWARENESS' },
    ],
  ),
  resident(
    'grace.mensah',
    'Grace Mensah',
    {
      wardCode: WARD.mossSide,
      dateOfBirth: '1988-06-21',
      employmentStatus: 'UNEMPLOYED',
      highestQualificationLevel: 6,
    },
    [
      { skill: 'JavaScript', level: 'WORKING' },
      { skill: 'use markup languages', level: 'PRACTITIONER' },
      { skill: 'ICT accessibility standards', level: 'WORKING' },
    ],
  ),
  resident(
    'zainab.hussain',
    'Zainab Hussain',
    {
      wardCode: WARD.ardwick,
      dateOfBirth: '1999-12-08',
      employmentStatus: 'IN_EDUCATION',
      highestQualificationLevel: 3,
      hasDevice: false,
    },
    [
      { skill: 'data protection', level: 'WORKING' },
      { skill: 'use microsoft office', level: 'PRACTITIONER' },
      { skill: 'perform data analysis', level: 'AWARENESS' },
    ],
  ),
  resident(
    'tomasz.kowalski',
    'Tomasz Kowalski',
    {
      wardCode: null,
      livesInGreaterManchester: true,
      dateOfBirth: '1979-02-27',
      employmentStatus: 'EMPLOYED',
      highestQualificationLevel: 4,
      maxTravelKm: 20,
    },
    [
      { skill: 'network engineering', level: 'PRACTITIONER' },
      { skill: 'maintain computer hardware', level: 'EXPERT' },
      { skill: 'install software', level: 'WORKING' },
    ],
  ),
  resident(
    'jordan.campbell',
    'Jordan Campbell',
    {
      wardCode: WARD.hulme,
      dateOfBirth: '2004-05-30',
      employmentStatus: 'UNEMPLOYED',
      highestQualificationLevel: 1,
      maxTravelKm: 5,
    },
    [
      { skill: 'use microsoft office', level: 'WORKING' },
      { skill: 'manage online communications', level: 'WORKING' },
    ],
  ),
  resident(
    'mei.chen',
    'Mei Chen',
    {
      wardCode: WARD.deansgate,
      dateOfBirth: '1992-10-11',
      employmentStatus: 'SELF_EMPLOYED',
      highestQualificationLevel: 7,
    },
    [
      { skill: 'Python (computer programming)', level: 'PRACTITIONER' },
      { skill: 'SQL', level: 'PRACTITIONER' },
      { skill: 'data visualisation software', level: 'WORKING' },
    ],
  ),
  resident(
    'patricia.brown',
    'Patricia Brown',
    {
      wardCode: WARD.woodhousePark,
      dateOfBirth: '1968-01-19',
      employmentStatus: 'ECONOMICALLY_INACTIVE',
      hasHomeInternet: false,
    },
    [
      { skill: 'use spreadsheets software', level: 'WORKING' },
      { skill: 'data protection', level: 'AWARENESS' },
    ],
  ),
];
