interface Edge {
  to: number;
  cap: number;
  cost: number;
  rev: number;
}

/** A flow network for `maxValueFlow`. Node 0.. n-1; edges added with capacity and cost per unit. */
export class FlowNetwork {
  readonly graph: Edge[][];
  constructor(readonly size: number) {
    this.graph = Array.from({ length: size }, () => []);
  }
  /** Adds an edge and returns a handle to read its flow afterwards. */
  add(from: number, to: number, cap: number, cost: number): { from: number; index: number } {
    const fwd = this.graph[from];
    const back = this.graph[to];
    if (!fwd || !back) throw new RangeError(`no node ${from} or ${to}`);
    fwd.push({ to, cap, cost, rev: back.length });
    back.push({ to: from, cap: 0, cost: -cost, rev: fwd.length - 1 });
    return { from, index: fwd.length - 1 };
  }
  /** Units sent along an edge: what its reverse edge can send back. */
  flow(handle: { from: number; index: number }): number {
    const e = this.graph[handle.from]?.[handle.index];
    if (!e) return 0;
    return this.graph[e.to]?.[e.rev]?.cap ?? 0;
  }
}

/** Bellman–Ford (queue-based) shortest paths in the residual graph; costs may be negative. */
function shortestPaths(net: FlowNetwork, source: number): { dist: number[]; prev: [number, number][] } {
  const dist = Array<number>(net.size).fill(Infinity);
  const prev: [number, number][] = Array.from({ length: net.size }, () => [-1, -1]);
  const queued = Array<boolean>(net.size).fill(false);
  dist[source] = 0;
  // A ring of node ids: each node is queued at most once at a time, so `size` slots suffice.
  const queue = new Int32Array(net.size + 1);
  let head = 0;
  let tail = 0;
  queue[tail++] = source;
  queued[source] = true;
  while (head !== tail) {
    const u = queue[head] ?? 0;
    head = head === net.size ? 0 : head + 1;
    queued[u] = false;
    const edges = net.graph[u] ?? [];
    const du = dist[u] ?? Infinity;
    for (let i = 0; i < edges.length; i++) {
      const e = edges[i]!;
      const d = du + e.cost;
      if (e.cap > 1e-9 && d < (dist[e.to] ?? Infinity) - 1e-9) {
        dist[e.to] = d;
        prev[e.to] = [u, i];
        if (!queued[e.to]) {
          queued[e.to] = true;
          queue[tail] = e.to;
          tail = tail === net.size ? 0 : tail + 1;
        }
      }
    }
  }
  return { dist, prev };
}

/**
 * Minimum-cost flow by successive shortest paths, sending flow only while a path lowers the
 * total cost. With costs = −value this maximises total value over flows of any size. The residual
 * graph never holds a negative cycle (each augmentation follows a shortest path), so Bellman–Ford
 * finds true shortest paths, and since the cost of the k-th unit never falls, stopping at the first
 * path that costs ≥ 0 gives the global optimum.
 */
export function maxValueFlow(net: FlowNetwork, source: number, sink: number): number {
  let total = 0;
  for (;;) {
    const { dist, prev } = shortestPaths(net, source);
    const d = dist[sink] ?? Infinity;
    if (!Number.isFinite(d) || d >= 0) return total;
    let push = Infinity;
    for (let v = sink; v !== source; ) {
      const [u, i] = prev[v] ?? [-1, -1];
      const e = net.graph[u]?.[i];
      if (!e) return total;
      push = Math.min(push, e.cap);
      v = u;
    }
    for (let v = sink; v !== source; ) {
      const [u, i] = prev[v] ?? [-1, -1];
      const e = net.graph[u]?.[i];
      const back = e ? net.graph[e.to]?.[e.rev] : undefined;
      if (!e || !back) return total;
      e.cap -= push;
      back.cap += push;
      v = u;
    }
    total += push;
  }
}
