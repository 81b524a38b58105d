import { describe, expect, it } from 'vitest';
import { open311PublicationOf } from './accessors';
import { clonePreset, PRESETS } from './presets';
import { PRESET_IDS, type PolicyValues } from './schema';
import { validatePolicy } from './validate';

const pathsOf = (values: unknown) => {
  const r = validatePolicy(values);
  return r.ok ? [] : r.problems.map((p) => p.path);
};

describe('C3 D10 D11 publication.open311 (what the public Open311 feed shows)', () => {
  it.each(PRESET_IDS)('C3 preset %s publishes only the requests filed through Open311, no category', (id) => {
    expect(PRESETS[id].publication?.open311).toMatchObject({ filedRequests: true, categories: [], rule: 'C3', see: ['D10', 'D11'] });
    expect(open311PublicationOf(PRESETS[id])).toEqual({ filedRequests: true, categories: [] });
  });

  it('C3 a policy without the section (stored before it existed) gets the same default', () => {
    const values: Partial<PolicyValues> = clonePreset('community');
    delete values.publication;
    expect(open311PublicationOf(values)).toEqual({ filedRequests: true, categories: [] });
    expect(pathsOf(values)).toEqual([]);
  });

  it('C3 flagged categories are read as a copy', () => {
    const values = clonePreset('township');
    values.publication = { open311: { filedRequests: false, categories: ['public-facility', 'sanitation'], rule: 'C3' } };
    expect(pathsOf(values)).toEqual([]);
    const read = open311PublicationOf(values);
    expect(read).toEqual({ filedRequests: false, categories: ['public-facility', 'sanitation'] });
    read.categories.push('dispute');
    expect(values.publication.open311.categories).toHaveLength(2);
  });

  it('C3 bad category codes, duplicates, a missing flag or rule and unknown keys are problems with their JSON path', () => {
    const values = clonePreset('community') as unknown as { publication: { open311: Record<string, unknown> } };
    values.publication.open311.categories = ['sanitation', 'Public Facility', 3, '<script>'];
    expect(pathsOf(values)).toEqual(
      expect.arrayContaining([
        '/publication/open311/categories/1',
        '/publication/open311/categories/2',
        '/publication/open311/categories/3',
      ]),
    );
    values.publication.open311.categories = ['sanitation', 'sanitation'];
    expect(pathsOf(values)).toEqual(['/publication/open311/categories']);
    values.publication.open311.categories = Array.from({ length: 101 }, (_, i) => `c-${i}`);
    expect(pathsOf(values)).toEqual(['/publication/open311/categories']);
    values.publication.open311 = { categories: [], everything: true };
    expect(pathsOf(values)).toEqual(
      expect.arrayContaining(['/publication/open311/filedRequests', '/publication/open311/rule', '/publication/open311/everything']),
    );
    (values as Record<string, unknown>).publication = { open311: { filedRequests: 'yes', categories: 'sanitation', rule: 'C3' } };
    expect(pathsOf(values).sort()).toEqual(['/publication/open311/categories', '/publication/open311/filedRequests']);
  });
});
