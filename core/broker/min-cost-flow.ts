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

const EPS = 1e-9;

/**
 * Bellman–Ford (queue-based) distances from the source in the residual graph, where costs may be
 * negative; Infinity where the source cannot reach. Run once, to start the potentials.
 */
function bellmanFord(net: FlowNetwork, source: number): Float64Array {
  const dist = new Float64Array(net.size).fill(Infinity);
  const queued = new Uint8Array(net.size);
  dist[source] = 0;
  // A ring of node ids: each node is queued at most once at a time, so `size` slots suffice.
  const queue = new Int32Array(net.size + 1);
  let head = 0;
  let tail = 0;
  queue[tail++] = source;
  queued[source] = 1;
  while (head !== tail) {
    const u = queue[head]!;
    head = head === net.size ? 0 : head + 1;
    queued[u] = 0;
    for (const e of net.graph[u]!) {
      const d = dist[u]! + e.cost;
      if (e.cap > EPS && d < dist[e.to]! - EPS) {
        dist[e.to] = d;
        if (!queued[e.to]) {
          queued[e.to] = 1;
          queue[tail] = e.to;
          tail = tail === net.size ? 0 : tail + 1;
        }
      }
    }
  }
  return dist;
}

/** A binary heap of (distance, node) pairs for Dijkstra; stale entries are skipped by the caller. */
class MinHeap {
  private keys: number[] = [];
  private nodes: number[] = [];
  get size(): number {
    return this.keys.length;
  }
  push(key: number, node: number): void {
    const { keys, nodes } = this;
    let i = keys.length;
    keys.push(key);
    nodes.push(node);
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (keys[up]! <= key) break;
      keys[i] = keys[up]!;
      nodes[i] = nodes[up]!;
      i = up;
    }
    keys[i] = key;
    nodes[i] = node;
  }
  /** The smallest pair, removed. */
  pop(): [number, number] {
    const { keys, nodes } = this;
    const top: [number, number] = [keys[0]!, nodes[0]!];
    const lastKey = keys.pop()!;
    const lastNode = nodes.pop()!;
    if (keys.length > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= keys.length) break;
        if (child + 1 < keys.length && keys[child + 1]! < keys[child]!) child++;
        if (keys[child]! >= lastKey) break;
        keys[i] = keys[child]!;
        nodes[i] = nodes[child]!;
        i = child;
      }
      keys[i] = lastKey;
      nodes[i] = lastNode;
    }
    return top;
  }
}

/**
 * Dijkstra over reduced costs (cost + π(u) − π(v), never negative while π are valid potentials),
 * then π moved by the distances found, so edges on shortest paths get reduced cost 0. Returns
 * whether the sink was reached.
 */
function raisePotentials(net: FlowNetwork, source: number, sink: number, pot: Float64Array, reached: Uint8Array): boolean {
  const dist = new Float64Array(net.size).fill(Infinity);
  reached.fill(0);
  dist[source] = 0;
  const heap = new MinHeap();
  heap.push(0, source);
  while (heap.size > 0) {
    const [d, u] = heap.pop();
    if (reached[u] || d > dist[u]!) continue;
    reached[u] = 1;
    for (const e of net.graph[u]!) {
      if (e.cap <= EPS || reached[e.to]) continue;
      const nd = d + e.cost + pot[u]! - pot[e.to]!;
      if (nd < dist[e.to]!) {
        dist[e.to] = nd;
        heap.push(nd, e.to);
      }
    }
  }
  // A node the source cannot reach now never becomes reachable (flow only moves along reached
  // nodes), so its potential is left as it was.
  for (let v = 0; v < net.size; v++) if (reached[v]) pot[v] = pot[v]! + dist[v]!;
  return reached[sink] === 1;
}

/** An edge lies on a shortest path when it has room and its reduced cost is 0 (within rounding). */
function admissible(e: Edge, u: number, pot: Float64Array, reached: Uint8Array): boolean {
  return e.cap > EPS && reached[e.to] === 1 && Math.abs(e.cost + pot[u]! - pot[e.to]!) <= 1e-6;
}

/**
 * The most flow that can go along shortest paths only (Dinic's levels and blocking flows over the
 * admissible edges). Every unit sent costs the same: the shortest path's cost.
 */
function sendAlongShortestPaths(net: FlowNetwork, source: number, sink: number, pot: Float64Array, reached: Uint8Array): number {
  const level = new Int32Array(net.size);
  const next = new Int32Array(net.size);
  const queue = new Int32Array(net.size);
  let total = 0;
  for (;;) {
    level.fill(-1);
    level[source] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = source;
    while (head < tail) {
      const u = queue[head++]!;
      for (const e of net.graph[u]!) {
        if (level[e.to] === -1 && admissible(e, u, pot, reached)) {
          level[e.to] = level[u]! + 1;
          queue[tail++] = e.to;
        }
      }
    }
    if (level[sink] === -1) return total;
    next.fill(0);
    const push = (u: number, limit: number): number => {
      if (u === sink) return limit;
      const edges = net.graph[u]!;
      for (; next[u]! < edges.length; next[u] = next[u]! + 1) {
        const e = edges[next[u]!]!;
        if (level[e.to] !== level[u]! + 1 || !admissible(e, u, pot, reached)) continue;
        const sent = push(e.to, Math.min(limit, e.cap));
        if (sent > EPS) {
          e.cap -= sent;
          net.graph[e.to]![e.rev]!.cap += sent;
          return sent;
        }
      }
      return 0;
    };
    for (let sent = push(source, Infinity); sent > EPS; sent = push(source, Infinity)) total += sent;
  }
}

/**
 * Minimum-cost flow, sending flow only while a path lowers the total cost: with costs = −value
 * this maximises total value over flows of any size. Primal–dual: potentials start from one
 * Bellman–Ford pass (the network has no negative cycle), then each round finds shortest paths by
 * Dijkstra over reduced costs and sends all the flow those paths can carry at once. The cost of
 * a further unit never falls, so stopping at the first round whose shortest path costs ≥ 0 gives
 * the global optimum. Rounds are as many as the distinct path costs met, not the units sent, which
 * keeps the matching near linear in the schools (P6 doubling).
 */
export function maxValueFlow(net: FlowNetwork, source: number, sink: number): number {
  const start = bellmanFord(net, source);
  // Nodes the source cannot reach stay unreachable; their potential is never used.
  const pot = start.map((d) => (Number.isFinite(d) ? d : 0));
  if (!Number.isFinite(start[sink]!)) return 0;
  const reached = new Uint8Array(net.size);
  let total = 0;
  for (;;) {
    if (!raisePotentials(net, source, sink, pot, reached)) return total;
    // π(source) stays 0, so π(sink) is the real cost of a unit along a shortest path.
    if (pot[sink]! - pot[source]! >= -EPS) return total;
    total += sendAlongShortestPaths(net, source, sink, pot, reached);
  }
}
