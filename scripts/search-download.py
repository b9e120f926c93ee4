#!/usr/bin/env python3
"""What one search downloads: the files assets/filter.js loads for a query, gzip-compressed.

    scripts/search-download.py SITE_DIR [QUERY ...]

For each query (default: the most common bigram of the narratives, a rare one, and a
ten-character phrase from the middle of a narrative) it prints the files the search loads
(filter.js, tasks/search/meta.js, the bigram shards of the query, the narrative shards of the
first 50 results) and their total size, raw and gzip -9. Mirrors filter.js: same folding, same
shard sums, same ranking order for narrative hits.
"""

import collections
import gzip
import json
import os
import re
import sys

STEP = 50


def fold(text):
    out = []
    for ch in text:
        c = ord(ch)
        if c in (32, 9, 10, 13, 160, 12288):
            continue
        if 0xFF01 <= c <= 0xFF5E:
            c -= 0xFEE0
        if 65 <= c <= 90:
            c += 32
        out.append(chr(c))
    return "".join(out)


def load(site, name):
    path = os.path.join(site, "tasks", "search", name + ".js")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    value = json.loads(text[text.index("] = ") + 4:].rstrip().rstrip(";"))
    return path, value


def sizes(path):
    with open(path, "rb") as f:
        data = f.read()
    return len(data), len(gzip.compress(data, 9))


def query_files(site, meta, q):
    # A report's folder (Output/2020/) takes the theme's assets from the site's root.
    assets = os.path.join(site, "assets")
    if not os.path.isdir(assets):
        assets = os.path.join(os.path.dirname(os.path.normpath(site)), "assets")
    files = [os.path.join(assets, "filter.js"), os.path.join(site, "tasks", "search", "meta.js")]
    hits = {}
    if len(q) >= 2:
        offsets = list(range(0, len(q) - 1, 2))[:8]
        if len(q) % 2 == 1 and len(offsets) < 8:
            offsets.append(len(q) - 2)
        grams = [q[i:i + 2] for i in offsets]
        names = ["b%d" % ((ord(g[0]) * 31 + ord(g[1])) % meta["bigramShards"]) for g in grams]
        postings = []
        for g, name in zip(grams, names):
            path, shard = load(site, name)
            if path not in files:
                files.append(path)
            table = {}
            for row in shard:
                if row[0] != g:
                    continue
                task, j = 0, 1
                while j < len(row):
                    task += row[j]
                    n, ordinal, ordinals = row[j + 1], 0, []
                    for k in range(n):
                        ordinal += row[j + 2 + k]
                        ordinals.append(ordinal)
                    table[task] = set(ordinals)
                    j += 2 + n
            postings.append(table)
        for task, first in postings[0].items():
            if any(all(o + offsets[k] in postings[k].get(task, ()) for k in range(1, len(grams)))
                   for o in first):
                hits[task] = True
    # Meta hits rank first in filter.js; the narrative shards needed are those of the narrative
    # hits among the first STEP results: at most STEP of them, in task order.
    shown = sorted(hits)[:STEP]
    for name in sorted({"t%d" % (t // meta["textShardSize"]) for t in shown}):
        files.append(os.path.join(site, "tasks", "search", name + ".js"))
    return files, len(hits)


def default_queries(site, meta):
    counts = collections.Counter()
    texts = []
    name = 0
    while os.path.exists(os.path.join(site, "tasks", "search", "t%d.js" % name)):
        texts += load(site, "t%d" % name)[1]
        name += 1
    for text in texts[:2000]:
        folded = fold(text)
        counts.update(folded[i:i + 2] for i in range(len(folded) - 1)
                      if re.fullmatch(r"[\u4e00-\u9fff]{2}", folded[i:i + 2]))
    common = counts.most_common(1)[0][0]
    rare = min(counts, key=lambda g: (counts[g], g))
    middle = fold(texts[len(texts) // 2])
    return [common, rare, middle[len(middle) // 3:len(middle) // 3 + 10]]


def main():
    site = sys.argv[1]
    _, meta = load(site, "meta")
    queries = sys.argv[2:] or default_queries(site, meta)
    print("tasks: %d, bigram shards: %d" % (len(meta["tasks"]), meta["bigramShards"]))
    for q in queries:
        files, hits = query_files(site, meta, fold(q))
        raw = gz = 0
        for path in files:
            r, g = sizes(path)
            raw += r
            gz += g
        print("query %s: %d narrative hits, %d files, %.0f KB raw, %.0f KB gzip"
              % (q, hits, len(files), raw / 1024, gz / 1024))
        for path in files:
            r, g = sizes(path)
            print("  %-40s %8.1f KB gzip" % (os.path.relpath(path, site), g / 1024))


if __name__ == "__main__":
    main()
