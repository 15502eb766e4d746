export const SKILL_CATEGORIES = [
  'Software development',
  'Web development',
  'DevOps and cloud',
  'Linux and networking',
  'Cyber security',
  'Data and AI',
  'Testing and QA',
  'UX and design',
  'Digital marketing',
  'IT support',
  'Other digital skills',
] as const;

export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

/**
 * Keyword rules, tried top to bottom; the first match wins. Order matters because ESCO labels often mention several
 * topics, so specific topics must come before the generic ones that would swallow them: 'ICT network security risks'
 * is security (not networking), 'manage cloud data and storage' is cloud (not data), 'web analytics' is marketing
 * (not web), 'artificial neural networks' is AI (not networking), and software development comes last because so
 * many labels mention software or development.
 */
const RULES: readonly (readonly [SkillCategory, RegExp])[] = [
  ['Cyber security', /cyber|secur|hack|penetration|firewall|malware|virus|encrypt|cryptograph|forensic|threat/i],
  ['Cyber security', /vulnerab|attack|\bGDPR\b|privacy|data protection|identity management|access control/i],
  ['Cyber security', /virtual private network|\bVPN\b|spam|protect(ing)? ict devices|ICT risk/i],
  ['Testing and QA', /(software|ICT|system|integration|unit|recovery|conversion)[\w -]{0,15}test/i],
  ['Testing and QA', /test(ing)? (automation|suite|ICT|software)|quality (assurance|model|polic|standard)/i],
  ['Testing and QA', /software anomal|ICT systems quality/i],
  ['DevOps and cloud', /cloud|devops|deploy|configuration management|continuous integration|virtuali[sz]|container/i],
  ['DevOps and cloud', /release|failover|capacity/i],
  ['Digital marketing', /marketing|advertis|\bads\b|search engine|social media|pay-per-click|web analytics/i],
  ['Digital marketing', /website visibility|online (communication|content|communit|sales|competitor)/i],
  ['Digital marketing', /customer relationship|crowdfunding/i],
  ['UX and design', /user experience|\bUX\b|user interface|\bUI\b|usability|user-friendl|interaction (design|model)/i],
  ['UX and design', /human-computer|wireframe|accessibility|user research|user requirements|users?'? interaction/i],
  ['UX and design', /experience map|\bgraphics?\b|graphic design|visual design|creative suite/i],
  ['Web development', /\bweb (programming|services|application|development|design|server)|website|world wide web/i],
  ['Web development', /\bHTML|markup|\bCSS\b|style ?sheet|javascript|\bPHP\b|\bAJAX\b|ASP\.NET|angular/i],
  ['Web development', /content management system|WebCMS|front-end|responsive design|e-commerce/i],
  ['Data and AI', /data|\bSQL|quer(y|ies)|OLAP|\bETL\b|warehous|analytic|statistic|machine learning/i],
  ['Data and AI', /artificial intelligence|neural|natural language|computer vision|(image|speech) recognition/i],
  ['Data and AI', /cognitive computing|Hadoop|business intelligence|spreadsheet|\bSAS\b|quantitative/i],
  ['Linux and networking', /\bnetworks?\b|networking (hardware|devices)|linux|unix|\bDNS\b|domain name|routing/i],
  ['Linux and networking', /protocol|\bTCP|proxy|directory|\bLDAP\b|cisco|operating system|ICT server/i],
  ['Linux and networking', /system administ|administer ICT system|configure ICT system|ICT infrastructure|cabl/i],
  ['Linux and networking', /telecommunication|bandwidth|email hosting/i],
  ['IT support', /\bsupport|ICT system training|problem management|mobile device management|help ?desk|troubleshoot/i],
  ['IT support', /hardware|computer equipment|peripheral|repair|\bITIL\b|ticket|back-?ups?\b|recovery/i],
  ['IT support', /install software|computer problems|technical problems|office software|microsoft office/i],
  ['IT support', /computer literacy|maintain ICT system|setting up computer systems|working with computers/i],
  ['Software development', /programming|coding|\bcode\b|debug|algorithm|object-oriented|regular expression/i],
  ['Software development', /software (design|architecture|framework|component|librar|specification|prototype)/i],
  ['Software development', /software development|applications development|designing ict systems|design patterns/i],
  ['Software development', /modelling language|agile|waterfall|scrum|prince2|project management/i],
  ['Software development', /integrated development environment|application interfaces|interface description/i],
  ['Software development', /game (engine|creation)/i],
];

/** ESCO's umbrella group for both databases and networks: it says nothing either way, so the label decides. */
const UNINFORMATIVE_BROADER = new Set(['database and network design and administration']);

/**
 * Categorise an ESCO digital skill that is not in the curated seed. The skill's own label is tried against every
 * rule first; only if it matches none are its broader concepts (ESCO's broaderConceptPT, split on " | ") tried.
 */
export function categoriseEscoSkill(preferredLabel: string, broaderConceptLabels: readonly string[]): SkillCategory {
  const label = preferredLabel.trim();
  for (const [category, pattern] of RULES) {
    if (pattern.test(label)) return category;
  }
  const broader = broaderConceptLabels
    .map((b) => b.trim())
    .filter((b) => b !== '' && !UNINFORMATIVE_BROADER.has(b.toLowerCase()));
  for (const [category, pattern] of RULES) {
    if (broader.some((b) => pattern.test(b))) return category;
  }
  return 'Other digital skills';
}
