import { categoriseEscoSkill, SKILL_CATEGORIES, SkillCategory } from './skill-category';

// Real rows of the ESCO v1.2.0 digital skills collection: preferredLabel, broaderConceptPT split on " | ".
const UMBRELLA = 'database and network design and administration';
const CASES: readonly (readonly [string, readonly string[], SkillCategory])[] = [
  [
    'Python (computer programming)',
    ['computer programming', 'software and applications development and analysis'],
    'Software development',
  ],
  ['ICT network security risks', [UMBRELLA], 'Cyber security'],
  ['domain name service', [UMBRELLA], 'Linux and networking'],
  ['web analytics', [UMBRELLA], 'Digital marketing'],
  ['manage cloud data and storage', ['managing information', 'manage database'], 'DevOps and cloud'],
  [
    'artificial neural networks',
    ['information and communication technologies not elsewhere classified', 'principles of artificial intelligence'],
    'Data and AI',
  ],
  ['tools for ICT test automation', ['software and applications development and analysis'], 'Testing and QA'],
  ['graphic design', ['audio-visual techniques and media production'], 'UX and design'],
  ['provide ICT support', ['resolving computer problems'], 'IT support'],
  ['WordPress', ['software and applications development and analysis', 'WebCMS'], 'Web development'],
  ['Wireshark', ['software and applications development and analysis', 'penetration testing tool'], 'Cyber security'],
  ['digital printing', ['audio-visual techniques and media production'], 'Other digital skills'],
];

describe('categoriseEscoSkill', () => {
  for (const [label, broader, expected] of CASES) {
    it(`puts '${label}' in ${expected}`, () => {
      expect(categoriseEscoSkill(label, broader)).toBe(expected);
    });
  }

  it('decides by the broader concepts when the label has no keyword, preferring the earlier rule', () => {
    // WordPress's broader concepts name both software development and WebCMS; web wins because its rule comes first.
    expect(categoriseEscoSkill('WordPress', ['software and applications development and analysis', 'WebCMS'])).toBe(
      'Web development',
    );
  });

  it('ignores the uninformative database-and-network umbrella concept', () => {
    expect(categoriseEscoSkill('information structure', [UMBRELLA])).toBe('Other digital skills');
  });

  it('always returns one of the declared categories', () => {
    for (const [label, broader] of CASES) {
      expect(SKILL_CATEGORIES).toContain(categoriseEscoSkill(label, broader));
    }
    expect(categoriseEscoSkill('', [])).toBe('Other digital skills');
  });
});
