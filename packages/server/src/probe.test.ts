import { it } from 'vitest';
import { PRESETS, validatePolicy } from '@gridwork/core/policy/index';
it('probe', async () => {
  const v = structuredClone(PRESETS.community) as any;
  v.caseClasses.general.limit.value = -1; v.foo = 1; v.warnShare.value = 2;
  console.log(JSON.stringify(validatePolicy(v)));
});
