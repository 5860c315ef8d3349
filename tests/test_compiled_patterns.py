"""The store of compiled regexes: a later run takes a pattern's code from it instead of
parsing and compiling the pattern again, matches exactly as a fresh compile does, and
ignores a store it cannot trust."""

import io
import os
import pickle
import re
import subprocess
import sys

import pytest
import yaml

from chiptrail_normalise import compiled_patterns, line_patterns, pattern_set, vocab
from chiptrail_normalise.compiled_patterns import CompiledPatterns
from chiptrail_normalise.ingest import Report, ingest

PATTERN = r"(?P<outlet>reuters|bloomberg)\s+(reported|said)\b.{0,20}(?P<chip>H\d+)"
TEXT = "Later, Reuters reported that the H200 would ship."


@pytest.fixture
def store(tmp_path):
    return tmp_path / "cache" / "regexes.pickle"


@pytest.fixture
def parses(monkeypatch):
    """Counts the patterns ``re`` parses (each one it compiles from scratch)."""
    counted = []
    parse = re._parser.parse

    def counting(pattern, flags=0, *args):
        counted.append(pattern)
        return parse(pattern, flags, *args)

    monkeypatch.setattr(re._parser, "parse", counting)
    re.purge()  # nothing from the test process's own cache
    yield counted
    re.purge()


def compile_in(store, pattern=PATTERN, flags=re.IGNORECASE):
    patterns = CompiledPatterns(store)
    with patterns.in_use():
        compiled = re.compile(pattern, flags)
    patterns.save()
    return compiled


def match_of(compiled):
    match = compiled.search(TEXT)
    return match.span(), match.groups(), match.groupdict(), compiled.groupindex, compiled.flags


def test_a_later_run_takes_the_kept_code_without_parsing_the_pattern(store, parses):
    first = compile_in(store)
    re.purge()
    parses.clear()

    later = compile_in(store)

    assert PATTERN not in parses
    assert match_of(later) == match_of(first) == match_of(re.compile(PATTERN, re.IGNORECASE))


def test_kept_code_is_per_pattern_and_flags(store, parses):
    compile_in(store)
    re.purge()
    parses.clear()

    case_sensitive = compile_in(store, flags=0)

    assert PATTERN in parses and case_sensitive.search(TEXT.lower()) is None


def test_a_store_made_by_another_python_build_is_ignored(store, parses, monkeypatch):
    compile_in(store)
    monkeypatch.setattr(compiled_patterns, "python_build", lambda: ["another python"])
    re.purge()
    parses.clear()

    compile_in(store)

    assert PATTERN in parses


def test_a_damaged_store_is_ignored_and_replaced(store, parses):
    store.parent.mkdir(parents=True)
    store.write_bytes(b"not a pickle")

    compiled = compile_in(store)

    assert match_of(compiled) == match_of(re.compile(PATTERN, re.IGNORECASE))
    assert pickle.loads(store.read_bytes())["python"] == compiled_patterns.python_build()


def test_code_that_sre_refuses_is_compiled_again(store, parses):
    compile_in(store)
    kept = pickle.loads(store.read_bytes())
    key = (PATTERN, int(re.IGNORECASE | re.UNICODE))  # the flags as ``re`` completes them
    flags, _code, *rest = kept["entries"][key]
    kept["entries"][key] = (flags, b"\xff\xff\xff\xff", *rest)
    store.write_bytes(pickle.dumps(kept))
    re.purge()

    assert match_of(compile_in(store)) == match_of(re.compile(PATTERN, re.IGNORECASE))


def test_a_pattern_compiled_with_the_flags_re_completes_takes_the_same_kept_code(store, parses):
    """As a pattern pickled in a kept analysis is compiled again: with ``re.UNICODE`` added."""
    first = compile_in(store)
    re.purge()
    parses.clear()

    again = compile_in(store, flags=first.flags)

    assert PATTERN not in parses and match_of(again) == match_of(first)


def test_a_run_that_compiles_nothing_never_reads_the_store(store, monkeypatch):
    compile_in(store)
    reads = []
    load = CompiledPatterns._load
    monkeypatch.setattr(CompiledPatterns, "_load", lambda self: reads.append(self) or load(self))
    re.purge()

    patterns = CompiledPatterns(store)
    with patterns.in_use():
        pass
    patterns.save()
    assert reads == []

    compile_in(store)
    assert len(reads) == 1


def test_re_compiles_as_usual_once_the_store_is_out_of_use(store, parses):
    patterns = CompiledPatterns(store)
    with patterns.in_use():
        pass

    re.compile(PATTERN)

    assert patterns.used == {}


def test_ingest_keeps_the_patterns_it_compiled_and_writes_the_same_article(tmp_path, parses):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "one.txt").write_text("Nvidia H20 sales resume\n\nNvidia said on Monday that "
                                 "H20 shipments to China would resume.\n", encoding="utf-8")
    store = tmp_path / "cache" / "regexes.pickle"
    quiet = {"report": Report(out=io.StringIO(), err=io.StringIO()), "workers": 1}

    ingest(raw, tmp_path / "first", patterns=store, **quiet)
    re.purge()
    ingest(raw, tmp_path / "second", patterns=store, **quiet)

    assert store.is_file()
    written = [(folder / "nvidia-h20-sales-resume.md").read_bytes() for folder in ("first", "second")
               for folder in [tmp_path / folder]]
    assert written[0] == written[1]


VOCABULARY_PATTERNS = ("from chiptrail_normalise import chips, dates, outlets; "
                       "print(dates.MONTH, chips.CHIP_MENTION._named, outlets._mention_pattern().pattern)")


def vocabulary_patterns(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-c", VOCABULARY_PATTERNS], env=env, check=True,
                          capture_output=True, text=True).stdout


def test_vocabulary_patterns_are_the_same_in_every_process():
    """Alternations built from sets list their words in one order whatever the process's
    string hashing, so the store finds them again in the next run."""
    assert vocabulary_patterns("1") == vocabulary_patterns("2")


# What line_patterns reads of a vocabulary's patterns is kept in the same store.
GROUPS = {"caption": [r".{0,600}\(photo: [^)]+\)"], "share": ["share (this|on) (facebook|x)"]}
LINES = ["Jensen Huang in Taipei (Photo: Reuters)", "Share on X", "Nvidia shares rose 3%."]


def line_patterns_in(store, groups=GROUPS):
    """One run's ``LinePatterns``: made while the store is in use, then the store kept."""
    patterns = CompiledPatterns(store)
    with patterns.in_use():
        made = line_patterns.LinePatterns(groups)
    patterns.save()
    return made


@pytest.fixture
def analyses(monkeypatch):
    """Counts the times line_patterns reads a set of patterns."""
    counted = []
    analyse = line_patterns._analyse

    def counting(*args):
        counted.append(args)
        return analyse(*args)

    monkeypatch.setattr(line_patterns, "_analyse", counting)
    return counted


def test_a_later_run_takes_the_kept_reading_of_line_patterns_and_matches_the_same(store, analyses):
    first = line_patterns_in(store)
    later = line_patterns_in(store)
    assert len(analyses) == 1
    fresh = line_patterns.LinePatterns(GROUPS)
    assert [later.first_match(line) for line in LINES] == [first.first_match(line) for line in LINES] \
        == [fresh.first_match(line) for line in LINES] == ["caption", "share", None]


def test_the_regexes_of_a_kept_reading_come_from_kept_code(store, analyses, parses):
    """The reading holds a compiled scan for the literals (``LiteralFinder``): unpickled
    while the store is in use, it is made from kept code, not parsed again."""
    first = line_patterns_in(store)
    scan = first._literals._scan.pattern
    re.purge()
    parses.clear()

    later = line_patterns_in(store)

    assert scan not in parses and later._literals._scan.pattern == scan and len(analyses) == 1



def test_a_later_run_writes_no_pattern_of_the_anchored_alternations_again(store, monkeypatch):
    """Each pattern as the alternation of a band of line lengths holds it (without groups)
    is part of the kept reading: a later run matching lines of every band rewrites none."""
    rewritten = []
    without_captures = line_patterns.without_captures
    monkeypatch.setattr(line_patterns, "without_captures", lambda text: rewritten.append(text) or without_captures(text))
    lines = [*LINES, "Share on X " + "x" * 250, "Share this " + "y" * 450]
    first = kept_in(store, lambda: [line_patterns.LinePatterns(GROUPS).first_match(line) for line in lines])
    assert rewritten
    rewritten.clear()
    later = kept_in(store, lambda: [line_patterns.LinePatterns(GROUPS).first_match(line) for line in lines])
    assert not rewritten
    assert later == first == [line_patterns.LinePatterns(GROUPS).first_match(line) for line in lines]

def test_other_patterns_or_other_reading_code_are_read_again(store, analyses, monkeypatch):
    line_patterns_in(store)
    line_patterns_in(store, {**GROUPS, "share": ["share (this|on) facebook"]})
    monkeypatch.setattr(line_patterns, "CODE_VERSION", "edited line_patterns.py")
    line_patterns_in(store)
    assert len(analyses) == 3


# So is what pattern_set reads of each pattern's beginnings, and the literals of a LiteralGate.
CUES = {"ban": r"ban(?:s|ned)?\b", "series": r"\b[a-z]+ed,\s+[a-z]+ed\b", "lift": r"lift(?:s|ed)?\s+the\s+ban"}
CUE_TEXT = "They lifted the ban, then banned, cleared it."


def kept_in(store, make):
    """``make()`` while the store is in use, then the store kept."""
    patterns = CompiledPatterns(store)
    with patterns.in_use():
        made = make()
    patterns.save()
    return made


def test_a_later_run_takes_the_kept_beginnings_of_a_pattern_set_and_matches_the_same(store, monkeypatch):
    read = []
    literal_starts = pattern_set.literal_starts
    monkeypatch.setattr(pattern_set, "literal_starts", lambda *args: read.append(args) or literal_starts(*args))
    first = kept_in(store, lambda: pattern_set.PatternSet(CUES))
    later = kept_in(store, lambda: pattern_set.PatternSet(CUES))
    assert len(read) == len(CUES)  # read once, in the first run
    monkeypatch.setattr(pattern_set, "CODE_VERSION", "edited pattern_set.py")
    kept_in(store, lambda: pattern_set.PatternSet(CUES))
    assert len(read) == 2 * len(CUES)  # other reading code: read again
    plain = [(m.lastgroup, m.span()) for m in first._everywhere.finditer(CUE_TEXT)]
    assert [(m.lastgroup, m.span()) for m in later.finditer(CUE_TEXT)] \
        == [(m.lastgroup, m.span()) for m in first.finditer(CUE_TEXT)] == plain != []



def test_a_later_run_takes_the_kept_trigger_scans_of_a_pattern_set(store, monkeypatch):
    """The text of the scans for a pattern set's triggers (tries of thousands of them, for
    a vocabulary) is kept too: a later run compiles it from kept code, writing no trie."""
    written = []
    trie = pattern_set.trie_pattern
    monkeypatch.setattr(pattern_set, "trie_pattern", lambda words: written.append(words) or trie(words))
    texts = [CUE_TEXT, "美国 lifted the ban, then banned, cleared it."]  # ASCII or not: one scan each

    def run():
        made = pattern_set.PatternSet(CUES)
        return made, [[(m.lastgroup, m.span()) for m in made.finditer(text)] for text in texts]

    first, found = kept_in(store, run)
    assert len(written) == 2
    later, found_later = kept_in(store, run)
    assert len(written) == 2 and found_later == found
    assert found == [[(m.lastgroup, m.span()) for m in first._everywhere.finditer(text)] for text in texts]
    assert [scan[0].pattern for scan in (later._ascii_trigger_scan, later._trigger_scan)] \
        == [scan[0].pattern for scan in (first._ascii_trigger_scan, first._trigger_scan)]

def test_a_later_run_takes_the_kept_literals_of_a_literal_gate(store, monkeypatch):
    read = []
    required = line_patterns.required_literals
    monkeypatch.setattr(line_patterns, "required_literals", lambda *args: read.append(args) or required(*args))
    compiled = re.compile(r"\bconditions\s+apply\b|\bas\s+a\s+condition\s+of\b", re.IGNORECASE)
    first = kept_in(store, lambda: line_patterns.LiteralGate(compiled))
    later = kept_in(store, lambda: line_patterns.LiteralGate(compiled))
    assert len(read) == 1 and first.literals == later.literals == ("condition",)



def test_an_analysis_is_kept_as_it_was_made_whatever_the_run_then_does_with_it(store):
    def run():
        answer = compiled_patterns.kept_analysis(("test", 1), lambda: {"words": ["ban"]})
        answer["words"].append("changed by the run")
        return answer

    assert kept_in(store, run) == {"words": ["ban", "changed by the run"]}
    assert kept_in(store, lambda: compiled_patterns.kept_analysis(("test", 1), lambda: None)) == {"words": ["ban"]}


# And the vocabularies, parsed from their YAML.


def test_a_later_run_takes_the_kept_parse_of_a_vocabulary_file_until_the_file_changes(store, tmp_path, monkeypatch):
    parsed = []
    load = yaml.load
    monkeypatch.setattr(yaml, "load", lambda *args, **kwargs: parsed.append(args) or load(*args, **kwargs))
    path = tmp_path / "cues.yaml"
    path.write_text("cues:\n  - lifts the ban\n  - eases\n", encoding="utf-8")
    assert kept_in(store, lambda: vocab._read(path)) == {"cues": ["lifts the ban", "eases"]} and len(parsed) == 1
    assert kept_in(store, lambda: vocab._read(path)) == {"cues": ["lifts the ban", "eases"]} and len(parsed) == 1
    path.write_text("cues:\n  - lifts the ban\n", encoding="utf-8")
    assert kept_in(store, lambda: vocab._read(path)) == {"cues": ["lifts the ban"]} and len(parsed) == 2
    path.write_text("cues: [lifts\n", encoding="utf-8")
    with pytest.raises(yaml.YAMLError, match="cues.yaml"):  # named as when parsed without a store
        kept_in(store, lambda: vocab._read(path))

def test_what_another_process_made_is_kept_by_the_store_that_takes_it_over(store, parses):
    """A worker process hands over what it compiled (``take_new``); the parent's store
    keeps it (``adopt``), so the next run finds it."""
    worker = CompiledPatterns(None)
    with worker.in_use():
        re.compile(PATTERN, re.IGNORECASE)
        made = worker.take_new()
    assert worker.take_new() == ({}, {})  # handed over once

    parent = CompiledPatterns(store)
    with parent.in_use():
        parent.adopt(*made)
    parent.save()
    re.purge()
    parses.clear()

    assert match_of(compile_in(store)) == match_of(re.compile(PATTERN, re.IGNORECASE))
    assert PATTERN not in parses


INGEST_IN_A_NEW_PROCESS = """
import io, sys
from pathlib import Path
from chiptrail_normalise import ingest
ingest.PARALLEL_MIN_FILES = 2
raw, out, store, workers = sys.argv[1:]
ingest.ingest(Path(raw), Path(out), workers=int(workers), patterns=Path(store),
              report=ingest.Report(out=io.StringIO(), err=io.StringIO()))
"""


def test_a_parallel_ingest_keeps_what_its_workers_compiled(tmp_path):
    """The store after an ingest in worker processes holds all that one process would
    have (each run in a new process: nothing compiled before it)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for index, text in enumerate(["Nvidia H20 sales resume\n\nNvidia said on Monday that H20 shipments "
                                  "to China would resume.\n",
                                  "Huawei Ascend 910C output rises\n\nBy Jane Doe\n\nHuawei is making more "
                                  "Ascend 910C chips, people familiar said (Photo: Reuters).\n",
                                  "AMD MI308 licences granted\n\nTags: AMD, export controls\n\nThe US "
                                  "granted licences for the MI308, AMD said on Tuesday.\n"]):
        (raw / f"{index}.txt").write_text(text, encoding="utf-8")
    kept = {}
    for workers in (1, 2):
        store = tmp_path / f"regexes-{workers}.pickle"
        subprocess.run([sys.executable, "-c", INGEST_IN_A_NEW_PROCESS, str(raw), str(tmp_path / f"out-{workers}"),
                        str(store), str(workers)], check=True, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
        data = pickle.loads(store.read_bytes())
        kept[workers] = (set(data["entries"]), set(data["analyses"]))
    # (the workers may add a pattern or two of the library code they run: multiprocessing's)
    assert kept[1][0] <= kept[2][0] and kept[1][1] <= kept[2][1]


def test_what_a_helper_sends_as_it_compiles_is_taken_before_compiling_again(parses):
    """A helper's store sends each piece of code it makes at once (``handing_over``); a
    store taking over (``taking_over``) answers from it, and keeps it, without parsing."""
    sent = []
    helper = CompiledPatterns(None)
    with helper.in_use(), compiled_patterns.handing_over(sent.append):
        expected = match_of(re.compile(PATTERN, re.IGNORECASE))
    assert [list(code) for code, _ in sent] == [[(PATTERN, re.IGNORECASE | re.UNICODE)]]
    re.purge()
    parses.clear()

    parent = CompiledPatterns(None)
    with parent.in_use(), compiled_patterns.taking_over(lambda: [sent.pop()] if sent else []):
        assert match_of(re.compile(PATTERN, re.IGNORECASE)) == expected
    assert PATTERN not in parses
    assert (PATTERN, re.IGNORECASE | re.UNICODE) in parent.used  # kept when the store is saved
