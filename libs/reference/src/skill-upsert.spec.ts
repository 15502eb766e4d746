import { skillSearchText } from './skill-upsert';

describe('skillSearchText', () => {
  it('puts the name and then each alt label on its own line, lower-cased', () => {
    expect(skillSearchText('Python (Computer Programming)', ['Python', 'PY3'])).toBe(
      'python (computer programming)\npython\npy3',
    );
  });

  it('is just the lower-cased name when there are no alt labels', () => {
    expect(skillSearchText('SQL', [])).toBe('sql');
  });

  it('keeps the order of the alt labels', () => {
    expect(skillSearchText('a', ['C', 'B'])).toBe('a\nc\nb');
  });
});
