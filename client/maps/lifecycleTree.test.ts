import { describe, expect, it } from 'vitest';
import { lifecycleTree, type LifecycleNode, type LinkedMap } from './lifecycleTree';

/** The tree as indented lines: "  child", "↻ cycle". */
function lines(nodes: readonly LifecycleNode<LinkedMap>[], depth = 0): string[] {
  return nodes.flatMap((n) => [
    `${'  '.repeat(depth)}${n.cycle ? '↻ ' : ''}${n.map.id}`,
    ...lines(n.children, depth + 1),
  ]);
}

describe('lifecycleTree', () => {
  it('groups maps under their parents, orphans at the root, in list order', () => {
    const maps = [
      { id: 'claim', childMapIds: [] },
      { id: 'lifecycle', childMapIds: ['onboard', 'claim', 'gone'] },
      { id: 'loose' },
      { id: 'onboard', childMapIds: ['kyc'] },
      { id: 'kyc' },
    ];
    expect(lines(lifecycleTree(maps))).toEqual(['lifecycle', '  onboard', '    kyc', '  claim', 'loose']);
  });

  it('shows a map with several parents under each', () => {
    const maps = [
      { id: 'a', childMapIds: ['shared'] },
      { id: 'b', childMapIds: ['shared'] },
      { id: 'shared' },
    ];
    expect(lines(lifecycleTree(maps))).toEqual(['a', '  shared', 'b', '  shared']);
  });

  it('never loops on a cycle, and still shows maps only reachable through one', () => {
    const maps = [
      { id: 'root', childMapIds: ['x'] },
      { id: 'x', childMapIds: ['y'] },
      { id: 'y', childMapIds: ['x', 'y'] },
      { id: 'p', childMapIds: ['q'] },
      { id: 'q', childMapIds: ['p'] },
    ];
    expect(lines(lifecycleTree(maps))).toEqual(['root', '  x', '    y', '      ↻ x', 'p', '  q', '    ↻ p']);
  });
});
