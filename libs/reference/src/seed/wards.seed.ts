// Manchester's 32 electoral wards (December 2019 boundaries, local authority E08000003) with their centroids.
// Sources: ONS Ward to Local Authority District (December 2019) lookup, via github.com/jtrim-ons/ons-lookups;
// ward centroids (ONS-derived) via github.com/drkane/geo-lookups. Contains public sector information licensed under
// the Open Government Licence v3.0 (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/).
export interface WardSeed {
  code: string;
  name: string;
  latitude: number;
  longitude: number;
}

export const WARD_SEED: readonly WardSeed[] = [
  { code: 'E05011350', name: 'Ancoats & Beswick', latitude: 53.480621, longitude: -2.20943 },
  { code: 'E05011351', name: 'Ardwick', latitude: 53.466511, longitude: -2.21212 },
  { code: 'E05011352', name: 'Baguley', latitude: 53.388729, longitude: -2.28457 },
  { code: 'E05011353', name: 'Brooklands', latitude: 53.404079, longitude: -2.29036 },
  { code: 'E05011354', name: 'Burnage', latitude: 53.431591, longitude: -2.20502 },
  { code: 'E05011355', name: 'Charlestown', latitude: 53.524189, longitude: -2.19306 },
  { code: 'E05011356', name: 'Cheetham', latitude: 53.499809, longitude: -2.24075 },
  { code: 'E05011357', name: 'Chorlton', latitude: 53.4412, longitude: -2.28378 },
  { code: 'E05011358', name: 'Chorlton Park', latitude: 53.432232, longitude: -2.26538 },
  { code: 'E05011359', name: 'Clayton & Openshaw', latitude: 53.480171, longitude: -2.17481 },
  { code: 'E05011360', name: 'Crumpsall', latitude: 53.513889, longitude: -2.23385 },
  { code: 'E05011361', name: 'Deansgate', latitude: 53.476849, longitude: -2.24928 },
  { code: 'E05011362', name: 'Didsbury East', latitude: 53.41391, longitude: -2.22547 },
  { code: 'E05011363', name: 'Didsbury West', latitude: 53.421089, longitude: -2.2459 },
  { code: 'E05011364', name: 'Fallowfield', latitude: 53.445999, longitude: -2.22986 },
  { code: 'E05011365', name: 'Gorton & Abbey Hey', latitude: 53.461819, longitude: -2.16569 },
  { code: 'E05011366', name: 'Harpurhey', latitude: 53.508362, longitude: -2.21269 },
  { code: 'E05011367', name: 'Higher Blackley', latitude: 53.533199, longitude: -2.23741 },
  { code: 'E05011368', name: 'Hulme', latitude: 53.466782, longitude: -2.24547 },
  { code: 'E05011369', name: 'Levenshulme', latitude: 53.445389, longitude: -2.18763 },
  { code: 'E05011370', name: 'Longsight', latitude: 53.45673, longitude: -2.18786 },
  { code: 'E05011371', name: 'Miles Platting & Newton Heath', latitude: 53.496021, longitude: -2.18862 },
  { code: 'E05011372', name: 'Moss Side', latitude: 53.454262, longitude: -2.23706 },
  { code: 'E05011373', name: 'Moston', latitude: 53.513321, longitude: -2.18685 },
  { code: 'E05011374', name: 'Northenden', latitude: 53.402489, longitude: -2.26066 },
  { code: 'E05011375', name: 'Old Moat', latitude: 53.434841, longitude: -2.23359 },
  { code: 'E05011376', name: 'Piccadilly', latitude: 53.478691, longitude: -2.23047 },
  { code: 'E05011377', name: 'Rusholme', latitude: 53.451542, longitude: -2.212 },
  { code: 'E05011378', name: 'Sharston', latitude: 53.384869, longitude: -2.25556 },
  { code: 'E05011379', name: 'Whalley Range', latitude: 53.448921, longitude: -2.2577 },
  { code: 'E05011380', name: 'Withington', latitude: 53.432812, longitude: -2.219 },
  { code: 'E05011381', name: 'Woodhouse Park', latitude: 53.367458, longitude: -2.27566 },
];
