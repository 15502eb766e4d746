import { EmploymentStatus } from '@app/catalogue';
import { Ethnicity } from '@app/residents';
import { CATEGORIES, NOT_KNOWN, categorise, categoryOf, dimensionsFedBy } from './categories';
import { Dimension } from './metrics.types';

describe('CATEGORIES (METRICS.md "Dimensions and categories")', () => {
  it('lists every dimension with NOT_KNOWN last', () => {
    for (const dimension of Object.values(Dimension)) {
      expect(CATEGORIES[dimension].at(-1)).toBe(NOT_KNOWN);
      expect(new Set(CATEGORIES[dimension]).size).toBe(CATEGORIES[dimension].length);
    }
  });

  it('has the categories of the table, in its order', () => {
    expect(CATEGORIES.ETHNIC_GROUP).toEqual(['WHITE', 'MIXED', 'ASIAN', 'BLACK', 'OTHER', 'NOT_KNOWN']);
    expect(CATEGORIES.ETHNIC_MINORITY).toEqual(['YES', 'NO', 'NOT_KNOWN']);
    expect(CATEGORIES.GENDER).toEqual(['WOMAN', 'MAN', 'NON_BINARY', 'SELF_DESCRIBED', 'NOT_KNOWN']);
    expect(CATEGORIES.TRANS).toEqual(['YES', 'NO', 'NOT_KNOWN']);
    expect(CATEGORIES.DISABILITY).toEqual(['YES', 'NO', 'NOT_KNOWN']);
    expect(CATEGORIES.AGE_BAND).toEqual(['16-18', '19-24', '25-34', '35-44', '45-54', '55-64', '65+', 'NOT_KNOWN']);
    expect(CATEGORIES.EMPLOYMENT_STATUS).toEqual([...Object.values(EmploymentStatus), 'NOT_KNOWN']);
  });

  it('has the 19 census ethnicities without PREFER_NOT_TO_SAY', () => {
    expect(CATEGORIES.ETHNICITY).toHaveLength(20);
    expect(CATEGORIES.ETHNICITY[0]).toBe('WHITE_BRITISH');
    expect(CATEGORIES.ETHNICITY).not.toContain('PREFER_NOT_TO_SAY');
  });

  it('has the 32 Manchester wards, sorted, then OUTSIDE_MANCHESTER', () => {
    expect(CATEGORIES.WARD).toHaveLength(34);
    expect(CATEGORIES.WARD[0]).toBe('E05011350');
    expect(CATEGORIES.WARD[31]).toBe('E05011381');
    expect(CATEGORIES.WARD.slice(32)).toEqual(['OUTSIDE_MANCHESTER', 'NOT_KNOWN']);
  });
});

describe('categoryOf', () => {
  it.each([
    [Ethnicity.WHITE_BRITISH, 'WHITE', 'NO'],
    [Ethnicity.WHITE_ROMA, 'WHITE', 'YES'],
    [Ethnicity.MIXED_WHITE_AND_ASIAN, 'MIXED', 'YES'],
    [Ethnicity.ASIAN_PAKISTANI, 'ASIAN', 'YES'],
    [Ethnicity.BLACK_CARIBBEAN, 'BLACK', 'YES'],
    [Ethnicity.ARAB, 'OTHER', 'YES'],
    [Ethnicity.OTHER_ETHNIC_GROUP, 'OTHER', 'YES'],
    [Ethnicity.PREFER_NOT_TO_SAY, 'NOT_KNOWN', 'NOT_KNOWN'],
    [null, 'NOT_KNOWN', 'NOT_KNOWN'],
    ['KLINGON', 'NOT_KNOWN', 'NOT_KNOWN'],
  ])('ethnicity %s → group %s, minority %s', (value, group, minority) => {
    expect(categoryOf(Dimension.ETHNIC_GROUP, value)).toBe(group);
    expect(categoryOf(Dimension.ETHNIC_MINORITY, value)).toBe(minority);
  });

  it('keeps known values and makes missing, PREFER_NOT_TO_SAY and unknown ones NOT_KNOWN', () => {
    expect(categoryOf(Dimension.ETHNICITY, 'ASIAN_CHINESE')).toBe('ASIAN_CHINESE');
    expect(categoryOf(Dimension.ETHNICITY, 'PREFER_NOT_TO_SAY')).toBe(NOT_KNOWN);
    expect(categoryOf(Dimension.GENDER, 'NON_BINARY')).toBe('NON_BINARY');
    expect(categoryOf(Dimension.GENDER, 'PREFER_NOT_TO_SAY')).toBe(NOT_KNOWN);
    expect(categoryOf(Dimension.TRANS, null)).toBe(NOT_KNOWN);
    expect(categoryOf(Dimension.DISABILITY, 'YES')).toBe('YES');
    expect(categoryOf(Dimension.AGE_BAND, '65+')).toBe('65+');
    expect(categoryOf(Dimension.AGE_BAND, '12-15')).toBe(NOT_KNOWN);
    expect(categoryOf(Dimension.WARD, 'E05011361')).toBe('E05011361');
    expect(categoryOf(Dimension.WARD, 'OUTSIDE_MANCHESTER')).toBe('OUTSIDE_MANCHESTER');
    expect(categoryOf(Dimension.WARD, 'E05000001')).toBe(NOT_KNOWN); // a ward of another authority
    expect(categoryOf(Dimension.EMPLOYMENT_STATUS, 'UNEMPLOYED')).toBe('UNEMPLOYED');
  });
});

describe('categorise', () => {
  it('feeds ethnicity into three dimensions and every other column into one', () => {
    expect(categorise('ethnicity', 'BLACK_AFRICAN')).toEqual([
      { dimension: Dimension.ETHNIC_GROUP, category: 'BLACK' },
      { dimension: Dimension.ETHNICITY, category: 'BLACK_AFRICAN' },
      { dimension: Dimension.ETHNIC_MINORITY, category: 'YES' },
    ]);
    expect(categorise('age_band', null)).toEqual([{ dimension: Dimension.AGE_BAND, category: NOT_KNOWN }]);
    expect(dimensionsFedBy('employment_status')).toEqual([Dimension.EMPLOYMENT_STATUS]);
    expect(dimensionsFedBy('ward')).toEqual([Dimension.WARD]);
  });
});
