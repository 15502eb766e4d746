import { distanceKm, withinTravel } from './distance';

// Ward centroids from libs/reference/src/seed/wards.seed.ts.
const DEANSGATE = { latitude: 53.476849, longitude: -2.24928 }; // E05011361
const PICCADILLY = { latitude: 53.478691, longitude: -2.23047 }; // E05011376
const BAGULEY = { latitude: 53.388729, longitude: -2.28457 }; // E05011352
const HIGHER_BLACKLEY = { latitude: 53.533199, longitude: -2.23741 }; // E05011367

describe('distanceKm', () => {
  it('is 0 between a point and itself', () => {
    expect(distanceKm(DEANSGATE, DEANSGATE)).toBe(0);
  });

  it('is R·Δφ along a meridian, rounded to 0.1 km', () => {
    // 1° of latitude = 6371 · π/180 = 111.1949… km → 111.2
    expect(distanceKm({ latitude: 53, longitude: -2 }, { latitude: 54, longitude: -2 })).toBe(111.2);
    // 0.01° = 1.11195 km → 1.1 (rounds down); 0.05° = 5.55975 km → 5.6 (rounds up)
    expect(distanceKm({ latitude: 53.47, longitude: -2.24 }, { latitude: 53.48, longitude: -2.24 })).toBe(1.1);
    expect(distanceKm({ latitude: 53.45, longitude: -2.24 }, { latitude: 53.5, longitude: -2.24 })).toBe(5.6);
  });

  it('measures Deansgate to Piccadilly as 1.3 km', () => {
    // Computed independently in python3 (math module, R = 6371):
    // Δφ = 0.001842° = 3.21490e-5 rad, Δλ = 0.01881° = 3.28296e-4 rad
    // h = sin²(Δφ/2) + cos φ1 · cos φ2 · sin²(Δλ/2) = 9.80178e-9
    // d = 2R · asin(√h) = 1.261508 km (spherical law of cosines: 1.261508) → 1.3
    expect(distanceKm(DEANSGATE, PICCADILLY)).toBe(1.3);
    expect(distanceKm(PICCADILLY, DEANSGATE)).toBe(1.3);
  });

  it('measures Baguley to Higher Blackley as 16.4 km', () => {
    // Computed independently in python3 (math module, R = 6371):
    // Δφ = 0.14447° = 2.52148e-3 rad, Δλ = 0.04716° = 8.23097e-4 rad
    // h = 1.64950e-6; d = 2R · asin(√h) = 16.364907 km (spherical law of cosines: 16.364907) → 16.4
    expect(distanceKm(BAGULEY, HIGHER_BLACKLEY)).toBe(16.4);
    expect(distanceKm(HIGHER_BLACKLEY, BAGULEY)).toBe(16.4);
  });
});

describe('withinTravel', () => {
  it('always passes a REMOTE workplace, whatever the distance', () => {
    expect(withinTravel(true, 50, 5)).toBe(true);
    expect(withinTravel(true, null, 5)).toBe(true);
  });

  it('passes when the distance is unknown (a ward is unknown)', () => {
    expect(withinTravel(false, null, 5)).toBe(true);
  });

  it('passes any distance when the resident gave no maximum', () => {
    expect(withinTravel(false, 250.3, null)).toBe(true);
  });

  it('passes a distance equal to the maximum', () => {
    expect(withinTravel(false, 5, 5)).toBe(true);
  });

  it('fails a distance above the maximum', () => {
    expect(withinTravel(false, 5.1, 5)).toBe(false);
  });

  it('passes a distance below the maximum', () => {
    expect(withinTravel(false, 1.3, 5)).toBe(true);
  });
});
