/** English: GeoJSON import problems, one title and explanation per stable code. Typed against the Chinese file. */
import type zhGeojson from './zh-CN.geojson';

const geojson: typeof zhGeojson = {
  geojsonProblem: {
    codes: {
      NOT_A_FEATURE_COLLECTION: {
        title: 'Not a FeatureCollection',
        help: 'The file must be a GeoJSON FeatureCollection with a "features" array.',
      },
      NO_FEATURES: { title: 'No features', help: 'The FeatureCollection holds no grid.' },
      TOO_MANY_FEATURES: {
        title: 'Too many features',
        help: 'A file may hold at most {{features}} features: split it and import the parts one by one.',
      },
      FILE_TOO_LARGE: {
        title: 'File too large',
        help: 'A file may hold at most {{filePositions}} positions in all: split it and import the parts one by one.',
      },
      TOO_MANY_PROBLEMS: {
        title: 'Too many problems',
        help: 'More than {{max}} problems; the rest are not listed. Fix the ones above first.',
      },
      FEATURE_INVALID: { title: 'Not a feature', help: 'Each feature must be an object with "type": "Feature".' },
      GEOMETRY_MISSING: { title: 'No outline', help: 'The feature has no geometry (the grid outline).' },
      GEOMETRY_TYPE_INVALID: {
        title: 'Wrong geometry type',
        help: 'A grid outline must be an area (Polygon or MultiPolygon), not a point or a line.',
      },
      GEOMETRY_EMPTY: { title: 'Empty outline', help: 'The outline has no rings or polygons.' },
      COORDINATES_INVALID: {
        title: 'Coordinates badly nested',
        help: 'A Polygon is rings → positions → [lng, lat]; a MultiPolygon has one more level of polygons.',
      },
      POSITION_INVALID: { title: 'Bad position', help: 'Each position must be [lng, lat] (an altitude may follow).' },
      COORDINATE_NOT_NUMBER: { title: 'Coordinate not a number', help: 'Coordinates must be finite numbers, not text or empty values.' },
      COORDINATE_OUT_OF_RANGE: {
        title: 'Coordinate out of range',
        help: 'Longitude must lie within -180..180 and latitude within -90..90. GeoJSON is [lng, lat]: check they are not swapped.',
      },
      RING_TOO_SHORT: { title: 'Ring too short', help: 'A ring needs at least 4 positions (the first repeated as the last).' },
      RING_NOT_CLOSED: { title: 'Ring not closed', help: 'The last position of a ring must equal the first.' },
      RING_DEGENERATE: { title: 'Ring without area', help: 'All positions of the ring lie on one line: it encloses no area.' },
      GEOMETRY_TOO_LARGE: {
        title: 'Outline too complex',
        help:
          'A grid outline may have at most {{shapePositions}} positions, {{ringPositions}} per ring, {{rings}} rings per polygon and ' +
          '{{polygons}} polygons: simplify it.',
      },
      RING_SELF_INTERSECTION: {
        title: 'Ring crosses itself',
        help: 'Edges of the ring cross or fold back on each other (a figure eight, a bow tie): reorder the positions or split the polygon.',
      },
      RINGS_INTERSECT: {
        title: 'Rings intersect',
        help: 'Holes must lie inside their outer ring without crossing; the polygons of a MultiPolygon must not overlap.',
      },
      GEOMETRY_TOO_COMPLEX: {
        title: 'Cannot compare outlines',
        help: 'The outlines of this grid and {{other}} are too complex to measure their overlap: simplify them.',
      },
      GEOMETRY_UNPROCESSABLE: {
        title: 'Cannot process outline',
        help: 'Measuring the overlap with {{other}} failed: check that the outline is valid.',
      },
      PROPERTIES_MISSING: { title: 'No properties', help: 'The feature needs properties with code, name and parentCode.' },
      CODE_MISSING: { title: 'No grid code', help: 'The property code (a 15-digit grid code) is required.' },
      CODE_INVALID: {
        title: 'Invalid grid code',
        help: 'A grid code is 15 digits: 6 administrative + 3 street + 3 community + 3 grid, no part all zeros.',
      },
      CODE_DUPLICATE: { title: 'Duplicate grid code', help: '{{other}} already uses this code; every grid needs its own.' },
      NAME_MISSING: { title: 'No name', help: 'The property name (the grid name) is required.' },
      PARENT_CODE_MISSING: { title: 'No parent code', help: "The property parentCode (the grid's community or workstation) is required." },
      PARENT_NOT_FOUND: {
        title: 'Parent not found',
        help: 'No community or workstation has this code: create the parent region first or correct the code.',
      },
      CODE_PARENT_MISMATCH: {
        title: 'Code does not match the parent',
        help: "A grid's parent is its community (the first 12 digits of its code) or a workstation of that community.",
      },
      GRIDS_OVERLAP: {
        title: 'Grids overlap',
        help: 'Overlaps {{other}} by about {{area}} m² (1 m² tolerated). Grids need clear, non-overlapping outlines.',
      },
      OUTSIDE_PARENT: {
        title: 'Outside the parent',
        help: 'About {{area}} m² lies outside the outline of its parent {{parentCode}} (1 m² tolerated).',
      },
    },
    file: 'The whole file',
    feature: 'Feature {{n}}',
    featureNamed: 'Feature {{n}} "{{name}}"',
    otherFeature: 'feature {{n}} ({{code}})',
    existingGrid: 'the existing grid {{code}}',
    parent: 'the parent {{code}}',
    problem: 'Problem',
    where: 'Where',
    value: 'Value in the file: {{value}}',
    positions: 'the ring has {{count}} positions',
    technical: 'Technical: {{code}} {{path}}',
    place: {
      type: 'type',
      properties: 'properties',
      code: 'grid code (code)',
      name: 'name',
      parentCode: 'parent code (parentCode)',
      geometry: 'outline',
      geometryType: 'geometry type',
      polygon: 'polygon {{n}}',
      outerRing: 'outer ring',
      hole: 'hole {{n}}',
      position: 'position {{n}}',
      lng: 'longitude',
      lat: 'latitude',
      alt: 'altitude',
    },
  },
};

export default geojson;
