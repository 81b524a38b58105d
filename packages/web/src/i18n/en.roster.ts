/** English: household roster import and export. Typed against the Chinese, so a missing key fails the type check. */
import type zhRoster from './zh-CN.roster';

const roster: typeof zhRoster = {
  nav: { roster: 'Roster import/export' },
  roster: {
    title: 'Household roster import and export',
    intro: 'Fill in the template: one row per resident, members of one household share a household key. Check with a dry run first, then import. The report shows row, column and problem only, never ID numbers or phones.',
    template: 'Download template', templateHelp: 'The template has instructions (sheet 说明) and drop-downs; the grid code column lists the grids where you may register.',
    file: 'Choose file', noFile: 'Choose an .xlsx file', tooLarge: 'The file is over 20 MB; split it', chosen: '{{name}} ({{size}})',
    mode: 'Mode', allOrNothing: 'All or nothing', allOrNothingHelp: 'Nothing is written when any row has a problem',
    validOnly: 'Valid households only', validOnlyHelp: 'Households without problems are written; a household with one bad row is left out whole',
    dryRun: 'Dry run (check only, write nothing)', check: 'Check', import: 'Import', run: 'Start',
    resultDry: 'Checked {{rows}} rows: {{households}} households with {{residents}} residents can be imported',
    resultDone: 'Imported {{households}} households with {{residents}} residents ({{rows}} rows)',
    resultNone: 'Nothing was written ({{rows}} rows)',
    firstShown: 'the table lists the first {{count}} by row', rejectedCount: '{{count}} problems', warningsCount: '{{count}} notes', rejectedHouseholds: '{{count}} households ({{residents}} residents) not imported',
    row: 'Row', column: 'Column', problem: 'Problem', message: 'Details', noProblems: 'No problems',
    warningsTitle: 'Notes (masked values ignored)',
    exportTitle: 'Export (ID numbers and phones masked)', exportRoster: 'Export roster', exportHouseholds: 'Export household list', exportRegion: 'Region (default: all)',
    exportHelp: 'The exported roster has the template layout and can be edited and imported again; its masked ID numbers and phones are ignored on import. Every export is audited.',
    exported: 'Exported', householdsGridOnly: 'The household list exports by grid: pick a grid, or clear the region to export all',
    problems: {
      required: 'Required', invalid: 'Invalid value', 'too-long': 'Too long', 'not-a-date': 'Not a date', 'too-early': 'Before 1900', future: 'In the future',
      format: 'Wrong format', region: 'Unknown region code', 'birth-date': 'Birth date in the number is not real', 'check-digit': 'Wrong check digit',
      'birth-date-mismatch': 'Disagrees with the birth date', 'sex-mismatch': 'Disagrees with the sex', 'future-birth-date': 'Birth date in the number is in the future',
      'not-text': 'Must be entered as text', duplicate: 'Held by a current resident', 'already-registered': 'Someone of this name and birth date is registered here (imported before?)', 'duplicate-in-file': 'Repeated in the file', 'unknown-tag': 'Tag not on the list',
      'unknown-grid': 'Grid code not in your area', 'forbidden-grid': 'You may not register in this grid', 'unknown-place': 'Compound or building not found',
      'household-mismatch': 'Differs from the household’s other rows', 'household-rejected': 'Another row of the household has a problem', 'masked-ignored': 'Masked value ignored',
    },
  },
  errors: {
    ROSTER_NOT_XLSX: 'The upload is not an xlsx file; save it as an Excel workbook (.xlsx)', ROSTER_LAYOUT_INVALID: 'Required columns are missing; use the roster template',
    ROSTER_EMPTY: 'The roster has no data rows (data starts on row 3 of the template)', ROSTER_TOO_MANY_ROWS: 'At most 20,000 rows per import; split the file',
    ROSTER_TOO_LARGE: 'The file holds too much (cells, merged areas or text); split it and import the parts', ROSTER_IMPORT_BUSY: 'Other imports are being processed; try again shortly',
    EXPORT_TOO_LARGE: 'Too many rows to export; choose a smaller region', UNSUPPORTED_MEDIA_TYPE: 'Unsupported file type', PAYLOAD_TOO_LARGE: 'The file is too large',
  },
  audit: { actions: { roster_import: 'Roster import' }, entities: { roster: 'Roster' } },
};

export default roster;
