#!/usr/bin/env python3
"""Midas benchmark (`make bench`): times every stage on generated data sets and writes bench/RESULTS.md.

Data sets (fixed seeds, generated with `midas generate` under DATA/bench/<set>/):
  S  NIFTY daily bars, trading window 2022-01-03..2025-12-31 (generated from 2021 for the regime
     warmup), the full chain: every listed weekly and monthly expiry, strikes within +-10% of spot.
  L  NIFTY 5-minute bars for 2025 with a chain snapshot every 15 minutes (about 8 million quotes).

Every figure is the median of --runs runs; peak RSS is the median of the runs' maximum resident set
size (`/usr/bin/time -v`, mapped file pages included). Ratios are computed within this bench run.
"""

import argparse
import datetime
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIDAS = os.path.join(ROOT, ".build", "release", "midas")
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))


@dataclass
class DataSet:
    name: str
    description: str
    generate: list  # `midas generate` arguments besides --out and --to
    timeframe: str
    pipeline: str  # relative to ROOT
    last_day: str  # the generated range's last day
    day_before: str  # the trading day before it (the incremental measurement appends last_day)


DATA_SETS = {
    "S": DataSet(
        name="S",
        description="NIFTY 1d, 2022-01-03..2025-12-31 (+1 year warmup), full chain",
        generate=["--symbol", "NIFTY", "--from", "2021-01-01", "--timeframe", "1d", "--seed", "42"],
        timeframe="1d",
        pipeline="bench/pipelines/nifty-daily.yaml",
        last_day="2025-12-31",
        day_before="2025-12-30",
    ),
    "L": DataSet(
        name="L",
        description="NIFTY 5m, 2025, chain every 15 minutes",
        generate=["--symbol", "NIFTY", "--from", "2025-01-01", "--timeframe", "5m", "--chain-every", "15",
                  "--seed", "7"],
        timeframe="5m",
        pipeline="bench/pipelines/nifty-5m.yaml",
        last_day="2025-12-31",
        day_before="2025-12-30",
    ),
}

# Variant grids of the derived pipelines: (short_delta values, wing_width values).
GRIDS = {
    1: None,
    10: ([0.10, 0.13, 0.16, 0.19, 0.22], [100, 200]),
    100: ([0.08, 0.10, 0.12, 0.14, 0.16, 0.18, 0.20, 0.22, 0.24, 0.26],
          [50, 100, 150, 200, 250, 300, 350, 400, 450, 500]),
}


@dataclass
class Measurement:
    """The median wall time and peak RSS of several runs of one command, and the last run's output."""
    seconds: float
    cpu_seconds: float
    rss_bytes: int
    output: str
    samples: list = field(default_factory=list)


def measure(command, runs, before=lambda: None):
    """Runs `command` `runs` times under /usr/bin/time -v, calling `before` ahead of each run."""
    walls, cpus, peaks, output = [], [], [], ""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        for _ in range(runs):
            before()
            started = time.perf_counter()
            done = subprocess.run(["/usr/bin/time", "-v", "-o", report.name] + command,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
            walls.append(time.perf_counter() - started)
            output = done.stdout + done.stderr
            if done.returncode != 0:
                sys.exit(f"bench: {' '.join(command)} failed ({done.returncode}):\n{output}")
            report.seek(0)
            usage = report.read()
            peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", usage)
            peaks.append(int(peak.group(1)) * 1024 if peak else 0)
            cpus.append(sum(float(value) for value in re.findall(r"(?:User|System) time \(seconds\): ([0-9.]+)", usage)))
    return Measurement(statistics.median(walls), statistics.median(cpus), int(statistics.median(peaks)), output, walls)


def number(pattern, text):
    """The first number matched by `pattern`'s group in `text`."""
    found = re.search(pattern, text)
    if not found:
        sys.exit(f"bench: no match for {pattern!r} in:\n{text}")
    return float(found.group(1))


def remove(path):
    if os.path.isdir(path):
        shutil.rmtree(path)
    elif os.path.exists(path):
        os.remove(path)


def derived_pipeline(base, variants, path):
    """Writes `base` with its `variants:` section replaced by an iron-condor grid of `variants` variants."""
    with open(os.path.join(ROOT, base)) as file:
        text = file.read()
    head = text[: text.index("\nvariants:")]
    params = ("{short_delta: 0.16, wing_width: 200, entry_dte: {min: 5, max: 10},\n"
              "             allowed_regimes: [range, trend_up], profit_target: 0.5, stop_loss: 2.0, exit_dte: 1}")
    section = f"\nvariants:\n  - id: ic\n    strategy: iron_condor\n    params: {params}\n"
    if GRIDS[variants]:
        deltas, wings = GRIDS[variants]
        section += f"    grid: {{short_delta: {deltas}, wing_width: {wings}}}\n"
    with open(path, "w") as file:
        file.write(head + "\n" + section)
    return path


def iv_input(prepared, path, limit):
    """Writes a `midas iv` CSV of up to `limit` quotes of the prepared store priced at their mid; returns
    the row count."""
    database = sqlite3.connect(f"file:{prepared}?mode=ro", uri=True)
    rows = database.execute(
        "SELECT underlying, strike, option_type, expiry, timestamp, (bid + ask) / 2 FROM quotes "
        "WHERE underlying IS NOT NULL AND bid > 0 AND ask > 0 LIMIT ?", (limit,)).fetchall()
    database.close()
    header = "underlying,strike,option_type,expiry,at,price,rate,dividend_yield\n"
    with open(path, "w") as priced:
        priced.write(header)
        for underlying, strike, kind, expiry, seconds, mid in rows:
            at = datetime.datetime.fromtimestamp(seconds, IST).isoformat()
            day = (datetime.date(1970, 1, 1) + datetime.timedelta(days=expiry)).isoformat()
            priced.write(f"{underlying!r},{strike!r},{'PE' if kind else 'CE'},{day},{at},{mid!r},0.065,0.012\n")
    return len(rows)


def solver_share(command, folder):
    """The share of `command`'s CPU time spent inside the IV solve and greeks (`perf record` call graphs:
    `ImpliedVolatility.solve` and `Black76.greeks` with their callees), or None without a working perf."""
    if not shutil.which("perf"):
        return None
    data = os.path.join(folder, "iv.perf")
    record = subprocess.run(["perf", "record", "-g", "-o", data, "--"] + command, capture_output=True, cwd=ROOT)
    if record.returncode != 0:
        return None
    report = subprocess.run(["perf", "report", "-i", data, "--children", "--sort", "symbol", "-g", "none",
                             "--stdio"], capture_output=True, text=True, cwd=ROOT)
    # Mangled names of ImpliedVolatility.solve(price:forward:strike:time:discount:type:) and Black76.greeks(...).
    shares = [float(line.split("%")[0]) / 100 for line in report.stdout.splitlines()
              if "ImpliedVolatilityO5solve5price" in line or "Black76O6greeks4spot" in line]
    return sum(shares) if shares else None


def bench_set(data_set, runs, data, jobs):
    """Every figure of one data set, as (label, value text) pairs in table order."""
    folder = os.path.join(data, data_set.name)
    raw = os.path.join(folder, "raw")
    prepared = os.path.join(folder, "prepared.sqlite")
    artifact = os.path.join(folder, "artifact.sqlite")
    os.makedirs(folder, exist_ok=True)
    rows = []

    def log(text):
        print(f"bench {data_set.name}: {text}", file=sys.stderr, flush=True)

    def add(label, value, rss=None):
        log(f"{label}: {value}")
        rows.append((label, value))
        if rss is not None:
            rows.append((f"  peak RSS of {label.split(' (')[0]}", mib(rss)))

    log("generate")
    generate = measure([MIDAS, "generate"] + data_set.generate + ["--to", data_set.last_day, "--out", raw],
                       runs, before=lambda: remove(raw))
    quotes = number(r"(\d+) chain rows", generate.output)
    add("generate (s, chain rows/s)", f"{seconds(generate)}, {rate(quotes, generate.seconds)}", generate.rss_bytes)

    log("prepare")
    prepare_command = [MIDAS, "prepare", "--raw", raw, "--symbol", "NIFTY", "--timeframe", data_set.timeframe,
                       "--out", prepared, "--full", "--jobs", str(jobs)]
    prepare = measure(prepare_command, runs, before=lambda: remove(prepared))
    add("prepare (s, quotes/s)", f"{seconds(prepare)}, {rate(quotes, prepare.seconds)}", prepare.rss_bytes)

    log("precompute")
    pipelines = {count: derived_pipeline(data_set.pipeline, count, os.path.join(folder, f"pipeline-{count}.yaml"))
                 for count in GRIDS}
    precompute_command = [MIDAS, "precompute", "--prepared", prepared, "--pipeline", pipelines[1],
                          "--out", artifact, "--full", "--jobs", str(jobs)]
    precompute = measure(precompute_command, runs, before=lambda: remove(artifact))
    priced = number(r"(\d+) quotes in ", precompute.output)
    add("precompute (s, quotes/s)", f"{seconds(precompute)}, {rate(priced, precompute.seconds)}",
        precompute.rss_bytes)
    rows.append(("prepare + precompute", f"{prepare.seconds + precompute.seconds:.2f} s"))

    log("midas iv")
    iv_csv = os.path.join(folder, "iv-input.csv")
    solved = iv_input(prepared, iv_csv, 1_000_000)
    iv_command = [MIDAS, "iv", "--in", iv_csv, "--out", os.path.join(folder, "iv-output.csv")]
    iv = measure(iv_command, runs)
    add(f"midas iv on {solved} quotes (s, rows/s, one core)", f"{iv.seconds:.2f} s, {rate(solved, iv.seconds)}",
        iv.rss_bytes)
    share = solver_share(iv_command, folder)
    rows.append(("IV solves/s, one core (solve + greeks, from a perf profile)",
                 rate(solved, iv.cpu_seconds * share) if share else "n/a (perf unavailable)"))

    log("artifact size and load")
    size = os.path.getsize(artifact)
    rows.append(("artifact size", mib(size)))

    def run(count, dynamic=False, repeat=runs):
        out = os.path.join(folder, "runs", f"{'dynamic' if dynamic else 'artifact'}-{count}")
        source = ["--no-precompute", "--prepared", prepared] if dynamic else ["--artifact", artifact]
        return measure([MIDAS, "run"] + source + ["--pipeline", pipelines[count], "--out", out,
                                                  "--jobs", str(jobs)], repeat)

    log("runs from the artifact")
    from_artifact = {count: run(count) for count in GRIDS}
    loads = [number(r"loaded in ([0-9.]+) s", from_artifact[count].output) for count in GRIDS]
    load = statistics.median(loads)
    read = ["sh", "-c", 'cat "$0" > /dev/null', artifact]
    subprocess.run(read, check=True)
    cache = measure(read, max(runs, 3))
    add("artifact load (s, MB/s)", f"{load:.3f} s, {size / load / 1e6:,.0f} MB/s")
    add("page-cache read of the same file (s, MB/s)", f"{cache.seconds:.3f} s, {size / cache.seconds / 1e6:,.0f} MB/s")
    rows.append(("load throughput / page-cache read", f"{cache.seconds / load:.2f}"))
    for count in GRIDS:
        add(f"run from the artifact, {count} variant(s)", seconds(from_artifact[count]),
            from_artifact[count].rss_bytes)

    log("dynamic runs")
    dynamic_repeats = runs if data_set.name == "S" else 1
    dynamic = {count: run(count, dynamic=True, repeat=dynamic_repeats) for count in (1, 10)}
    for count in (1, 10):
        add(f"dynamic run, {count} variant(s)", seconds(dynamic[count]), dynamic[count].rss_bytes)
        rows.append((f"  dynamic / artifact, {count} variant(s)",
                     f"{dynamic[count].seconds / from_artifact[count].seconds:.1f}x"))

    log("incremental precompute")
    rows.append(("incremental precompute (+1 day) / full", incremental(data_set, folder, pipelines[1], jobs, runs,
                                                                      precompute.seconds)))
    return rows


def incremental(data_set, folder, pipeline, jobs, runs, full_seconds):
    """Precompute after appending one day to a data set whose artifact is current, as a fraction of a full
    precompute; "n/a" when precompute rebuilds everything anyway (it reports no reuse)."""
    raw = os.path.join(folder, "incremental", "raw")
    prepared = os.path.join(folder, "incremental", "prepared.sqlite")
    artifact = os.path.join(folder, "incremental", "artifact.sqlite")
    base = [MIDAS, "generate"] + data_set.generate + ["--out", raw, "--quiet"]
    prepare = [MIDAS, "prepare", "--raw", raw, "--symbol", "NIFTY", "--timeframe", data_set.timeframe,
               "--out", prepared, "--jobs", str(jobs), "--quiet"]
    precompute = [MIDAS, "precompute", "--prepared", prepared, "--pipeline", pipeline, "--out", artifact,
                  "--jobs", str(jobs)]

    def previous_day_state():
        remove(os.path.join(folder, "incremental"))
        for command in (base + ["--to", data_set.day_before], prepare, precompute + ["--quiet"],
                        base + ["--to", data_set.last_day], prepare):
            subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)

    appended = measure(precompute, 1, before=previous_day_state)
    if not re.search(r"precompute \(incremental\)", appended.output):
        return "n/a (precompute rebuilds in full)"
    appended = measure(precompute, runs, before=previous_day_state)
    return f"{appended.seconds:.2f} s = {appended.seconds / full_seconds:.3f} of full"


def seconds(measurement):
    """Wall time, with the CPU time (user + system, all threads) beside it."""
    return f"{measurement.seconds:.2f} s (cpu {measurement.cpu_seconds:.2f} s)"


def rate(count, seconds):
    return f"{count / seconds:,.0f}/s" if seconds > 0 else "n/a"


def mib(size):
    return f"{size / 2**20:,.0f} MiB"


def machine():
    memory = 0
    with open("/proc/meminfo") as file:
        for line in file:
            if line.startswith("MemTotal:"):
                memory = int(line.split()[1]) * 1024
    model = platform.processor() or "unknown"
    with open("/proc/cpuinfo") as file:
        for line in file:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} cores ({model}), {memory / 2**30:.1f} GiB memory, {platform.system()} {platform.release()}"


def commit():
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT)
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True,
                           cwd=ROOT)
    return head.stdout.strip() + (" (with uncommitted changes)" if dirty.stdout.strip() else "")


def table(results, names):
    labels = []
    for name in names:
        for label, _ in results[name]:
            if label not in labels:
                labels.append(label)
    values = {name: dict(results[name]) for name in names}
    lines = ["| figure | " + " | ".join(f"{name}: {DATA_SETS[name].description}" for name in names) + " |",
             "|---|" + "---|" * len(names)]
    for label in labels:
        lines.append(f"| {label} | " + " | ".join(values[name].get(label, "") for name in names) + " |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default="S L", help="data sets to measure, e.g. 'S' or 'S L'")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (the median is reported)")
    parser.add_argument("--data", default="data/bench", help="where the data sets are generated")
    parser.add_argument("--jobs", type=int, default=os.cpu_count(), help="--jobs of prepare, precompute and run")
    parser.add_argument("--results", default="bench/RESULTS.md", help="the results file to write")
    options = parser.parse_args()
    names = options.sets.split()
    unknown = [name for name in names if name not in DATA_SETS]
    if unknown:
        sys.exit(f"bench: unknown data set(s) {unknown}; known: {list(DATA_SETS)}")
    data = os.path.join(ROOT, options.data)
    started = datetime.datetime.now(datetime.timezone.utc)
    load_at_start = " ".join(f"{v:.1f}" for v in os.getloadavg())
    results = {name: bench_set(DATA_SETS[name], options.runs, data, options.jobs) for name in names}
    text = table(results, names)
    print(text)
    header = [
        "# Midas benchmark results",
        "",
        f"- date: {started:%Y-%m-%d %H:%M} UTC",
        f"- machine: {machine()}",
        f"- commit: {commit()}",
        f"- runs per figure: {options.runs} (median); jobs: {options.jobs}; dynamic runs of L: 1",
        f"- load average at the start: {load_at_start}, at the end: {' '.join(f'{v:.1f}' for v in os.getloadavg())}",
        "",
        "Reproduce with `make bench` (both sets) or `make bench SETS=S` (quick). Load time is measured inside",
        "`midas run` (reading and decoding the artifact); the page-cache read is `cat FILE > /dev/null` after",
        "a warm read. IV solves/s divides the quotes by the CPU time `midas iv` spends inside its solve",
        "(implied volatility and greeks), that time being the solve's share of a `perf record` profile.",
        "",
    ]
    with open(os.path.join(ROOT, options.results), "w") as file:
        file.write("\n".join(header) + "\n" + text + "\n")


if __name__ == "__main__":
    main()
