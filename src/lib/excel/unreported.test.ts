import { describe, expect, it } from 'vitest';
import { markUnreported } from './unreported.ts';
import type { Unit } from '../schema/units.ts';

const draft = `# 草稿
period: 2006-01
status: draft
units:
  - unit: dazhong  # 大中镇
    contracted: 120
    actual: 45
  - unit: yuhua  # 裕华镇
    contracted:
    actual:
`;

describe('marking the units not received as 未报送 (npm run month -- --mark-unreported)', () => {
  it('writes status: 未报送 for the named units only, removing their blank figures and keeping comments', () => {
    const text = markUnreported(draft, [{ id: 'yuhua', name: '裕华镇' } as Unit]);
    expect(text).toContain('  - unit: yuhua # 裕华镇\n    status: 未报送\n');
    expect(text).toContain('  - unit: dazhong # 大中镇\n    contracted: 120\n    actual: 45\n');
    expect(text).toContain('# 草稿');
  });
});
