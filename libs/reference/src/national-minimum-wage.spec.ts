import { nationalMinimumWagePenceOn } from './national-minimum-wage';

describe('nationalMinimumWagePenceOn', () => {
  it('gives the adult rate in force on the day', () => {
    expect(nationalMinimumWagePenceOn('2015-06-30')).toBe(650);
    expect(nationalMinimumWagePenceOn('2016-03-31')).toBe(670);
    expect(nationalMinimumWagePenceOn('2016-04-01')).toBe(720);
    expect(nationalMinimumWagePenceOn('2025-03-31')).toBe(1144);
    expect(nationalMinimumWagePenceOn('2025-04-01')).toBe(1221);
    expect(nationalMinimumWagePenceOn('2026-12-06')).toBe(1271);
  });

  it('gives the first rate before the table starts', () => {
    expect(nationalMinimumWagePenceOn('2010-01-01')).toBe(650);
  });
});
