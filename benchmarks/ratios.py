#!/usr/bin/env python3
"""Turns JMH JSON results (-rf json -rff FILE) into the ratio tables of docs/benchmarks.md.

Usage: python3 benchmarks/ratios.py RESULT.json [RESULT.json ...] > tables.md

Every ratio is variant score / baseline score, both taken from the same run (the same JSON file),
for the same values of every other parameter. Its error is the relative errors of the two scores
(JMH's 99.9% confidence half-widths) combined in quadrature:
    err(ratio) = ratio * sqrt((err_v / v)^2 + (err_b / b)^2)
Allocation is JMH's gc.alloc.rate.norm (bytes per operation, -prof gc); "extra B/op" is the
variant's minus the baseline's. Targets are the issue's, for compiled mode; interpreted-mode rows
are shown for information.
"""

import json
import math
import sys

# benchmark method -> (figure, the parameter that selects the variant, its baseline value)
BASELINES = {
    "SameCompartmentBenchmark.read": ("R0", "globals", "ONE_GLOBAL"),
    "TransparentGetBenchmark.read": ("R1", "access", "DIRECT"),
    "XrayGetBenchmark.read": ("R2", "access", "TRANSPARENT"),
    "ExportFunctionBenchmark.calls": ("R3", "call", "DIRECT"),
    "WrapperLookupBenchmark.wrapLookup": ("R4", "lookup", "CONCURRENT_HASH_MAP_GET"),
    "CloneIntoBenchmark.copy": ("R5", "copy", "JSON_ROUND_TRIP"),
    "SandboxCreationBenchmark.newSandbox": ("R6", "create", "RHINO_INIT_SAFE_STANDARD_OBJECTS"),
}

# Second baselines, for information (no target): (figure label, benchmark method, parameter, baseline)
REFERENCES = [
    ("R0 in plain Rhino", "SameCompartmentBenchmark.read", "globals", "RAW_RHINO_ONE_GLOBAL"),
    ("R1 vs plain Rhino", "TransparentGetBenchmark.read", "access", "RAW_RHINO"),
    ("R3 vs a Java function", "ExportFunctionBenchmark.calls", "call", "NATIVE_FUNCTION"),
    ("R4 miss vs making the object", "WrapperLookupBenchmark.wrapLookup", "lookup", "NEW_OBJECT"),
    ("R6 vs initSafeStandardObjects on a TopLevel", "SandboxCreationBenchmark.newSandbox", "create",
     "RHINO_INIT_SAFE_STANDARD_OBJECTS_TOP_LEVEL"),
]

ZERO_BYTES = 0.5  # B/op: below this, an allocation difference is JMH's own noise (0.02-0.03 B/op)


def target(figure, params, ratio, err, extra_bytes):
    """The issue's target for this row as (text, met or None when no target applies)."""
    if params.get("mode", "COMPILED") != "COMPILED":
        return "", None
    variant = params.get(BASELINES_BY_FIGURE[figure][1])
    if figure == "R0":
        # "No wrapper, ratio 1.0": met when the ratio is not above 1.0 beyond its error (5% slack).
        return "1.0", ratio - err <= 1.05
    if figure == "R1":
        if variant != "TRANSPARENT":
            return "comparison", None
        if params.get("reads") == "PRIMITIVE":
            return "<= 1.2", ratio <= 1.2
        return "<= 2, 0 extra B/op", ratio <= 2 and extra_bytes < ZERO_BYTES
    if figure == "R2":
        return "<= 1.5 x transparent", ratio <= 1.5
    if figure == "R3":
        if variant != "EXPORTED":
            return "reference", None
        if params.get("args") == "ONE_OBJECT":
            return "(none for objects)", None
        return "<= 1.3", ratio <= 1.3
    if figure == "R4":
        if variant == "WRAP_CACHE_HIT":
            return "<= 1.5", ratio <= 1.5
        return "", None
    if figure == "R5":
        return ">= 2x faster (<= 0.5)", ratio <= 0.5
    if figure == "R6":
        if variant == "RHINO_INIT_SAFE_STANDARD_OBJECTS_TOP_LEVEL":
            return "reference", None
        return "<= 1.3", ratio <= 1.3
    return "", None


BASELINES_BY_FIGURE = {figure: (bench, param, base) for bench, (figure, param, base) in BASELINES.items()}


def short_name(benchmark):
    return ".".join(benchmark.split(".")[-2:])


def load(paths):
    rows = []
    for path in paths:
        with open(path) as f:
            for entry in json.load(f):
                primary = entry["primaryMetric"]
                alloc = entry.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
                rows.append(
                    {
                        "file": path,
                        "bench": short_name(entry["benchmark"]),
                        "params": entry.get("params", {}),
                        "score": primary["score"],
                        "error": primary["scoreError"] if not math.isnan(primary["scoreError"]) else 0.0,
                        "unit": primary["scoreUnit"],
                        "alloc": alloc["score"] if alloc else float("nan"),
                    }
                )
    return rows


def fmt(x, digits=3):
    if math.isnan(x):
        return "n/a"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    return f"{x:.{digits}g}"


def describe(params, skip):
    return ", ".join(f"{k}={v}" for k, v in params.items() if k not in skip)


def ratio_rows(rows, specs=None, with_targets=True):
    specs = specs if specs is not None else BASELINES
    out = []
    for row in rows:
        spec = specs.get(row["bench"])
        if spec is None:
            continue
        figure, param, base_value = spec
        if row["params"].get(param) == base_value:
            continue
        key = dict(row["params"], **{param: base_value})
        base = next(
            (b for b in rows if b["file"] == row["file"] and b["bench"] == row["bench"] and b["params"] == key),
            None,
        )
        if base is None:
            continue
        ratio = row["score"] / base["score"]
        rel = math.sqrt((row["error"] / row["score"]) ** 2 + (base["error"] / base["score"]) ** 2)
        extra = row["alloc"] - base["alloc"]
        goal, met = target(figure, row["params"], ratio, ratio * rel, extra) if with_targets else ("", None)
        out.append((figure, row, base, ratio, ratio * rel, extra, goal, met))
    order = {name: i for i, name in enumerate(["COMPILED", "INTERPRETED"])}
    out.sort(key=lambda r: (r[0], order.get(r[1]["params"].get("mode"), 0)))
    return out


def print_tables(rows):
    print_ratio_tables(ratio_rows(rows), {f: v for f, v in BASELINES_BY_FIGURE.items()})
    for label, bench, param, base in REFERENCES:
        print_ratio_tables(ratio_rows(rows, {bench: (label, param, base)}, False), {label: (bench, param, base)})
    print_clones(rows)


def print_ratio_tables(ratios, heads):
    for figure in sorted({r[0] for r in ratios}):
        bench, param, base_value = heads[figure]
        print(f"### {figure}: `{bench}` ({param} / {param}={base_value})\n")
        print("| variant | other parameters | variant | baseline | ratio ± error | B/op variant / baseline (extra) | target | met? |")
        print("|---|---|---:|---:|---:|---:|---|---|")
        for _, row, base, ratio, err, extra, goal, met in (r for r in ratios if r[0] == figure):
            unit = row["unit"]
            verdict = "" if met is None else ("met" if met else "**missed**")
            print(
                f"| {row['params'][param]} | {describe(row['params'], {param})} "
                f"| {fmt(row['score'])} ± {fmt(row['error'])} {unit} | {fmt(base['score'])} ± {fmt(base['error'])} {unit} "
                f"| **{ratio:.2f}** ± {err:.2f} | {fmt(row['alloc'])} / {fmt(base['alloc'])} ({fmt(extra)}) "
                f"| {goal} | {verdict} |"
            )
        print()


def print_clones(rows):
    clones = [r for r in rows if r["bench"] in ("CloneIntoBenchmark.copy", "CloneIntoBenchmark.cloneCyclic")]
    if clones:
        print("### R5: cost per KB of JSON (linearity)\n")
        print("| copy | shape | mode | score | per KB |")
        print("|---|---|---|---:|---:|")
        sizes = {"FLAT_1KB": 1, "NESTED_10KB": 10, "NESTED_100KB": 100, "ARRAYS_1MB": 1024}
        for r in sorted(clones, key=lambda r: (r["params"].get("copy", "CLONE_INTO"), r["params"].get("mode"), sizes.get(r["params"].get("shape"), 0))):
            shape = r["params"].get("shape", "CYCLIC (1,000 nodes)")
            kb = sizes.get(shape)
            per_kb = f"{fmt(r['score'] / kb)} {r['unit']}" if kb else ""
            print(
                f"| {r['params'].get('copy', 'CLONE_INTO')} | {shape} | {r['params'].get('mode')} "
                f"| {fmt(r['score'])} ± {fmt(r['error'])} {r['unit']} | {per_kb} |"
            )
        print()


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    print_tables(load(argv[1:]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
