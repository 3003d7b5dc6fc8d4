import { describe, expect, it } from 'vitest';
import { FlowNetwork, maxValueFlow } from '../../../core/broker/min-cost-flow.js';

describe('maxValueFlow', () => {
  it('sends flow only along paths that add value, and reads it back per edge', () => {
    // 0 → 1 → 3 worth 5 a unit (cap 2); 0 → 2 → 3 worth nothing (cost 0): only the first is used.
    const net = new FlowNetwork(4);
    const a = net.add(0, 1, 2, 0);
    const b = net.add(1, 3, 5, -5);
    const c = net.add(0, 2, 4, 0);
    net.add(2, 3, 4, 0);
    expect(maxValueFlow(net, 0, 3)).toBe(2);
    expect([net.flow(a), net.flow(b), net.flow(c)]).toEqual([2, 2, 0]);
  });

  it('reroutes earlier flow through a reverse edge when that frees a better path', () => {
    // Giver X can serve T1 (value 10) or T2 (value 10); giver Y only T1 (value 9). Best: X→T2, Y→T1.
    const net = new FlowNetwork(6);
    net.add(0, 1, 1, 0);
    net.add(0, 2, 1, 0);
    const xt1 = net.add(1, 3, 1, -10);
    const xt2 = net.add(1, 4, 1, -10);
    const yt1 = net.add(2, 3, 1, -9);
    net.add(3, 5, 1, 0);
    net.add(4, 5, 1, 0);
    expect(maxValueFlow(net, 0, 5)).toBe(2);
    expect([net.flow(xt1), net.flow(xt2), net.flow(yt1)]).toEqual([0, 1, 1]);
  });

  it('sends nothing when no path adds value, and refuses edges to nodes that do not exist', () => {
    const net = new FlowNetwork(2);
    net.add(0, 1, 3, 2);
    expect(maxValueFlow(net, 0, 1)).toBe(0);
    expect(() => net.add(0, 5, 1, 0)).toThrow(RangeError);
  });
});
