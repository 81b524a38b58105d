/** English: desk work at speed (case search, assignment choices, grid from an address, list exports). Typed against the Chinese. */
import type zhDesk from './zh-CN.desk';

const desk: typeof zhDesk = {
  desk: {
    address: {
      label: 'Address',
      placeholder: "Type the caller's address to find the grid",
      located: 'Found by the address: {{name}}',
      kind: { household: 'Household', compound: 'Compound', building: 'Building', grid: 'Grid' },
    },
    pin: {
      button: 'Pick on map',
      title: 'Click where it happened',
      hint: 'Click the place inside a grid; its grid is found from that point.',
    },
    assign: {
      unitPlaceholder: 'Type or pick the handling unit',
      unitSource: { category: "The category's default unit", region: "The case's area", used: 'Units used lately' },
      gridTeam: "The case's grid team",
      others: 'Others in your area',
    },
    search: {
      keyword: 'Search title, description, address or case number',
      keywordLabel: 'Keyword',
      category: 'Category',
      anyCategory: 'All categories',
      region: 'Area (with sub-areas)',
      from: 'Received from',
      to: 'Received to',
      clear: 'Clear filters',
      total: '{{n}} cases',
    },
  },
};

export default desk;
