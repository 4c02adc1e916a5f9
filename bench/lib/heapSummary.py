"""
Summarizes a V8 heap snapshot (issue 11: where the memory goes), e.g. one written by bench/heapAtReady.ts:
self size by node type and name, then plain objects and arrays grouped by their property names (the shape
of a mention, a link item, a word occurrence...), each with the elements, property arrays and heap numbers
it owns. Python, as node cannot read a snapshot over 512 MB as one string.

  python3 bench/lib/heapSummary.py FILE [TOP]
"""
import collections
import json
import sys

snap = json.load(open(sys.argv[1]))
top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
meta = snap['snapshot']['meta']
f = meta['node_fields']
F = len(f)
types = meta['node_types'][0]
E = len(meta['edge_fields'])
etypes = meta['edge_types'][0]
it, iname, isz, iec = f.index('type'), f.index('name'), f.index('self_size'), f.index('edge_count')
nodes, edges, strings = snap['nodes'], snap['edges'], snap['strings']
MB = 2 ** 20

by_type = collections.defaultdict(lambda: [0, 0])
by_shape = collections.defaultdict(lambda: [0, 0])
total = 0
e = 0
for i in range(0, len(nodes), F):
    t = types[nodes[i + it]]
    name = strings[nodes[i + iname]]
    ec = nodes[i + iec]
    size = nodes[i + isz]
    total += size
    x = by_type[(t, '' if 'string' in t else name[:50])]
    x[0] += 1
    x[1] += size
    if t == 'object' and name in ('Object', 'Array'):
        props = set()
        owned = size
        for j in range(e, e + ec * E, E):
            et = etypes[edges[j]]
            to = edges[j + 2]
            tt = types[nodes[to + it]]
            if et == 'property':
                props.add(strings[edges[j + 1]])
            if (et == 'internal' and tt in ('array', 'hidden')) or (et == 'property' and tt == 'number'):
                owned += nodes[to + isz]
        key = 'Array' if name == 'Array' else '{' + ','.join(sorted(props - {'__proto__'}))[:100] + '}'
        y = by_shape[key]
        y[0] += 1
        y[1] += owned
    e += ec * E

print('total %.1f MB in %d nodes' % (total / MB, len(nodes) // F))
print('\nby type and name (self size):')
for (t, n), (c, s) in sorted(by_type.items(), key=lambda kv: -kv[1][1])[:top]:
    print('%8.1f MB %9d  %s:%s' % (s / MB, c, t, n))
print('\nplain objects by shape (with the elements, property arrays and heap numbers they own):')
for key, (c, s) in sorted(by_shape.items(), key=lambda kv: -kv[1][1])[:top]:
    print('%8.1f MB %9d  %s' % (s / MB, c, key))
