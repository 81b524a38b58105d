/** English. Typed against the Chinese resources, so a missing key fails the type check. */
import annotations from './en.annotations';
import cases from './en.cases';
import reports from './en.reports';
import statistics from './en.statistics';
import supervision from './en.supervision';
import terms from './en.terms';
import type zhCN from './zh-CN';

const en: typeof zhCN = {
  ...terms,
  ...cases,
  ...annotations,
  ...supervision,
  ...statistics,
  ...reports,
  app: { name: 'Gridwork', title: 'Gridwork · grid management', language: 'Language', openMenu: 'Open menu' },
  demo: { bannerShort: 'Demo mode · password gridwork-demo', tag: 'Demo mode', banner: 'Demo mode: demo data only; every demo account uses the password gridwork-demo. Do not enter real information.' },
  nav: { supervision: 'Supervision', hotline: 'Hotline register', map: 'Grid map', regions: 'Regions', users: 'Users & roles', policy: 'Policy', calendar: 'Working calendar', audit: 'Audit', cases: 'Cases', statistics: 'Statistics', analysis: 'Monthly analysis', open311: 'Open311 clients' },
  common: {
    actions: 'Actions', close: 'Close', delete: 'Delete', deleted: 'Deleted', edit: 'Edit', loading: 'Loading…', no: 'No', yes: 'Yes',
    refresh: 'Refresh', required: 'Required', retry: 'Retry', save: 'Save', saved: 'Saved',
  },
  login: {
    subtitle: 'Grid-based management', username: 'Username', password: 'Password', submit: 'Sign in',
    usernameRequired: 'Enter your username', passwordRequired: 'Enter your password',
    invalid: 'Wrong username or password', tooMany: 'Too many failed sign-ins; try again in 15 minutes', unavailable: 'Cannot reach the server; check the network and try again',
    demoTitle: 'Demo accounts (click to fill in; password {{password}})', demoCommunity2: 'community 2', demoTown: 'town',
  },
  user: { logout: 'Sign out', noRoles: 'No roles' },
  regionTree: { title: 'Regions', search: 'Search name or code', clear: 'Clear selection (show all)', pick: 'Choose a region' },
  notFound: { title: 'Page not found', back: 'Back to the grid map' },
  map: {
    title: 'Grid map', count: '{{count}} grids', inRegion: '{{count}} grids', empty: 'No grids in your area',
    locate: 'Which grid am I in?', locatedIn: 'You are in: {{name}}', locatedNone: 'Your position is not inside any grid', locateDenied: 'Cannot get your position; allow location access',
  },
  grid: { code: 'Grid code', name: 'Grid name', parent: 'Parent', parentCode: 'Parent code', path: 'Located in', selectInTree: 'Select in the region tree' },
  regions: {
    title: 'Regions', allInScope: 'All', create: 'New child', createUnder: 'New under “{{name}}”', editTitle: 'Edit “{{name}}”',
    type: 'Type', code: 'Code', name: 'Name', preset: 'Policy preset', noChildren: 'No child regions',
    deleteConfirm: 'Delete “{{name}}”? Only regions without children can be deleted.', pickHint: 'Choose a region in the tree to see and manage its children.',
    gridCodeHint: 'Grid codes have 15 digits: 6-digit administrative code + 3 street + 3 community + 3 grid sequence',
    point: 'Position (WGS-84)', lng: 'Longitude', lat: 'Latitude', geometryAdvanced: 'Advanced: boundary (GeoJSON geometry)',
    geometryHint: 'A Polygon or MultiPolygon in WGS-84; empty means no boundary', geometryInvalid: 'The boundary is not valid JSON',
  },
  geojson: {
    importButton: 'Import GeoJSON', importTitle: 'Import grids from GeoJSON',
    importHelp: 'A FeatureCollection of Polygon or MultiPolygon features with the properties code (15 digits), name and parentCode. "Check" first, then "Import"; a file with errors changes nothing.',
    loaded: 'Read {{name}}: {{count}} features', notJson: 'The file is not valid JSON', crs: 'Coordinates of the file', wgs84: 'WGS-84 (GPS)', gcj02: 'GCJ-02 (Gaode/Tencent)',
    check: 'Check', import: 'Import', checkOk: 'Check passed: {{created}} grids to create, {{updated}} to update', imported: 'Imported: {{created}} created, {{updated}} updated',
    problems: '{{count}} problems found', nothingChanged: 'Nothing was changed. Fix the file and check again.',
    feature: 'Feature', code: 'Code', message: 'Message',
    export: 'Export GeoJSON', exportWgs84: 'Export (WGS-84)', exportGcj02: 'Export (GCJ-02, Gaode/Tencent)', exported: 'Exported {{count}} grids',
  },
  users: {
    title: 'Users & roles', search: 'Search name, username or region', create: 'New user', editTitle: 'Edit “{{name}}”',
    username: 'Username', displayName: 'Name', password: 'Initial password', newPassword: 'New password', passwordKeep: 'Leave empty to keep the password',
    usernameHint: '2–40 lowercase letters, digits or . _ -', passwordMin: 'At least {{min}} characters',
    status: 'Status', active: 'Active', inactive: 'Inactive', roles: 'Roles', role: 'Role', region: 'Region',
    regionHint: 'The role applies to the region and everything below it', assignRole: 'Assign role', assignTitle: 'Assign a role to “{{name}}”',
    removeRoleConfirm: 'Remove the role {{role}} at “{{region}}” from {{user}}?',
  },
  policy: {
    title: 'Policy', attachedTo: 'Set at: {{name}}', inherited: 'This region has no policy of its own; the policy of “{{name}}” applies.',
    inForceTab: 'In force', versionsTab: 'Versions', allValues: 'All values', item: 'Item', values: 'Values', rule: 'Rule',
    preset: 'Preset', version: 'Version', inForce: 'in force', createdAt: 'Time', createdBy: 'By',
    editTitle: 'Edit policy', loadPreset: 'Replace with the preset',
    editHelp: 'Edit the policy values as JSON. Saving creates a new version (now v{{version}}); existing records keep the version they were made under.',
    see: 'See also', jsonSyntax: 'JSON syntax error', problemPath: 'Path', problemMessage: 'Problem',
    newAttachment: 'This gives “{{name}}” a policy of its own; it will no longer follow the policy of “{{from}}”.',
  },
  calendar: {
    title: 'Working calendar', weekdays: 'Mon,Tue,Wed,Thu,Fri,Sat,Sun',
    kinds: { workday: 'Working day', weekend: 'Weekend', holiday: 'Public holiday', 'adjusted-workday': 'Adjusted working day' },
    status: {
      library: '{{year}}: official holiday data built in', confirmed: '{{year}}: confirmed from the official notice',
      provisional: '{{year}}: no official notice yet; days are computed (weekends + statutory holidays) and deadlines are provisional',
    },
    provisionalHelp: 'Administrator: when the State Council publishes the holiday arrangement for this year, enter it under "Official notice" and confirm.',
    override: 'Override', provisionalShort: 'computed', clickHint: 'Click a date to override it',
    overridesTab: 'Overrides', noticeTab: 'Official notice', deadlineTab: 'Deadline calculator',
    addOverride: 'Add override', noOverrides: 'No overrides this year', overrideTitle: 'Override a date', date: 'Date', overrideKind: 'Make it',
    asWorkday: 'Working day', asHoliday: 'Day off', note: 'Note', noteRequired: 'Say why', deleteOverrideConfirm: 'Delete the override of {{date}}?',
    noticeHelp: 'Enter the State Council notice on the {{year}} holidays: each holiday period and the adjusted working days. Confirming marks the year as confirmed.',
    noticePaste: 'Paste the notice', noticeFields: 'Enter field by field', fieldsDraftHint: 'Pre-filled from the current calendar; check each line against the notice.',
    noticeTextPlaceholder: 'Paste the State Council notice on the {{year}} holidays (Chinese text), e.g.\n一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。\n二、春节：……',
    holidayRanges: 'Holiday periods', adjustedWorkdays: 'Adjusted working days', holidayName: 'Holiday', from: 'From', to: 'To',
    addHoliday: 'Add holiday', addWorkday: 'Add working day', confirmYear: 'Confirm {{year}}', confirmed: '{{year}} confirmed',
    fromDate: 'Received on', workingDays: 'Working days', compute: 'Compute',
    deadlineRule: 'Counting starts on the next working day after receipt; due at the end of the Nth working day (A3.4, D2).',
    deadlineResult: '{{days}} working days after {{from}}:', resultConfirmed: 'From confirmed calendar data',
    resultProvisional: 'Crosses a year without an official notice: computed, may change when the notice is published',
  },
  audit: {
    title: 'Audit log', at: 'Time', actor: 'By', action: 'Action', entity: 'Record', before: 'Before', after: 'After',
    system: 'System', loadMore: 'Load more',
    actions: {
      auth_login: 'Sign in', 'calendar_confirm-year': 'Confirm calendar year', calendar_override: 'Override a date', 'calendar_override-remove': 'Remove a date override',
      demo_seed: 'Seed demo data', policy_save: 'Save policy', region_create: 'Create region', region_update: 'Update region', region_delete: 'Delete region',
      role_assign: 'Assign role', role_remove: 'Remove role', user_create: 'Create user', 'user_create-admin': 'Create administrator', user_update: 'Update user', grids_import: 'Import grids',
      case_create: 'Case intake', 'case_reporter-reveal': 'Reporter revealed', 'case-category_save': 'Save case category',
      'case_photo-add': 'Case photo added', 'case_deadline-recomputed': 'Deadline recomputed', 'demo_seed-cases': 'Seed demo cases',
      'demo_seed-households': 'Seed demo households', 'grid_import-create': 'Grid created by import',
    },
    entities: { region: 'Region', user: 'User', policy: 'Policy', 'calendar-day': 'Calendar day', 'calendar-year': 'Calendar year', deployment: 'Deployment', grid: 'Grid', case: 'Case', 'case-category': 'Case category' },
  },
};

export default en;
