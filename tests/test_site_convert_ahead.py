"""Markdown converted ahead on every core (issue 6): the reader takes the results, which
are exactly what it would have made itself, and a file that fails is still reported by
name by Pelican while the other articles build."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from pathlib import Path

import markdown
import pytest
import yaml
from pelican.settings import DEFAULT_CONFIG

from chiptrail_site import convert_ahead
from chiptrail_site.convert_ahead import convert_files, convert_in_parallel
from chiptrail_site.reader import ConversionsAhead, FrontMatterReader
from sitebuild import build_site

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTICLES = sorted(map(str, (FIXTURES / "articles").glob("*.md"))) + sorted(
    map(str, (FIXTURES / "stories").glob("*.md")))
# Not plain Markdown (the emphasis), so the converter is asked (plain_markdown).
EXPLOSIVE = "This *paragraph* makes the converter fail."


def reader() -> FrontMatterReader:
    return FrontMatterReader(DEFAULT_CONFIG)


def exploding_convert(original):
    def convert(self, source):
        if EXPLOSIVE in source:
            raise RuntimeError("converter failed")
        return original(self, source)
    return convert


def exit_worker(paths):
    """A worker that dies without a result (module-level, so a pool can send it)."""
    os._exit(3)


@pytest.fixture
def parallel_from_one_file(monkeypatch):
    monkeypatch.setattr(convert_ahead, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(convert_ahead, "available_cores", lambda: 2)


def test_the_reader_takes_conversions_made_ahead_and_reads_the_same(monkeypatch):
    ahead, serial = reader(), reader()
    ahead.ahead = convert_files(ARTICLES, reader())
    expected = [serial.read(path) for path in ARTICLES]
    monkeypatch.setattr(FrontMatterReader, "convert_markdown", pytest.fail)
    monkeypatch.setattr(FrontMatterReader, "parse_header", pytest.fail)
    assert [ahead.read(path) for path in ARTICLES] == expected


def test_the_reader_waits_for_conversions_still_arriving_and_reads_the_same(monkeypatch):
    batches = [convert_files([path], reader()) for path in ARTICLES]
    taken = []
    ahead, serial = reader(), reader()
    ahead.ahead = ConversionsAhead(arriving=(taken.append(batch) or batch for batch in batches))
    expected = [serial.read(path) for path in ARTICLES]
    monkeypatch.setattr(FrontMatterReader, "convert_markdown", pytest.fail)
    monkeypatch.setattr(FrontMatterReader, "parse_header", pytest.fail)
    assert ahead.read(ARTICLES[0]) == expected[0]
    assert len(taken) == 1  # only what the first article needed has been waited for
    assert [ahead.read(path) for path in ARTICLES] == expected


def test_text_whose_result_never_arrives_is_converted_by_the_reader():
    ahead = reader()
    ahead.ahead = ConversionsAhead(arriving=iter([convert_files(ARTICLES[:1], reader())]))
    assert ahead.read(ARTICLES[1]) == reader().read(ARTICLES[1])


def test_text_with_no_result_ahead_is_converted_by_the_reader():
    ahead = reader()
    ahead.ahead = convert_files(ARTICLES[:1], reader())
    assert ahead.read(ARTICLES[1]) == reader().read(ARTICLES[1])


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork")
def test_parallel_conversion_gives_the_results_of_a_serial_one(parallel_from_one_file):
    parallel = convert_in_parallel(reader(), ARTICLES, processes=2)
    serial = convert_files(ARTICLES, reader())
    assert parallel.html == serial.html and parallel.html
    assert parallel.headers == serial.headers and len(parallel.headers) == len(ARTICLES)


def test_few_files_or_one_core_are_left_to_the_serial_reader(monkeypatch):
    monkeypatch.setattr(convert_ahead, "PARALLEL_MIN_FILES", len(ARTICLES) + 1)
    assert convert_in_parallel(reader(), ARTICLES, processes=2).html == {}
    monkeypatch.setattr(convert_ahead, "PARALLEL_MIN_FILES", 1)
    assert convert_in_parallel(reader(), ARTICLES, processes=1).html == {}
    monkeypatch.delattr(os, "fork")
    assert convert_in_parallel(reader(), ARTICLES, processes=2).html == {}


def test_a_file_that_cannot_be_converted_is_left_out_and_the_rest_converted(tmp_path, monkeypatch):
    monkeypatch.setattr(markdown.Markdown, "convert", exploding_convert(markdown.Markdown.convert))
    bad = tmp_path / "bad.md"
    bad.write_text(f"---\ntitle: Bad\n---\n{EXPLOSIVE}\n", encoding="utf-8")
    undecodable = tmp_path / "undecodable.md"
    undecodable.write_bytes(b"---\ntitle: X\n---\n\xff\xfe body\n")
    conversions = convert_files([str(bad), str(undecodable), ARTICLES[0]], reader())
    assert conversions.html == convert_files(ARTICLES[:1], reader()).html
    assert len(conversions.headers) == 1


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork")
def test_a_worker_that_dies_leaves_the_conversions_to_the_reader(parallel_from_one_file,
                                                                 monkeypatch, caplog):
    monkeypatch.setattr(convert_ahead, "convert_files", exit_worker)
    with caplog.at_level(logging.WARNING):
        conversions = convert_in_parallel(reader(), ARTICLES, processes=2)
    assert conversions.html == {}
    assert "workers stopped" in caplog.text


def output_files(output: Path) -> dict[str, bytes]:
    return {path.relative_to(output).as_posix(): path.read_bytes()
            for path in sorted(output.rglob("*")) if path.is_file()}


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def stories() -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8")
            for path in sorted((FIXTURES / "stories").glob("*.md"))}


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork")
def test_a_site_read_in_parallel_is_byte_identical_to_one_read_serially(tmp_path, monkeypatch):
    monkeypatch.setattr(convert_ahead, "PARALLEL_MIN_FILES", 10**9)
    serial = build_site(tmp_path / "serial", extra_articles=stories())
    monkeypatch.setattr(convert_ahead, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(convert_ahead, "available_cores", lambda: 2)
    converted = []
    arriving = convert_ahead.conversions_arriving

    @contextlib.contextmanager
    def kept_arriving(*args):
        with arriving(*args) as conversions:
            converted.append(conversions)
            yield conversions

    monkeypatch.setattr(convert_ahead, "conversions_arriving", kept_arriving)
    parallel = build_site(tmp_path / "parallel", extra_articles=stories())
    assert len(converted[0].headers) == len(ARTICLES)
    assert output_files(parallel) == output_files(serial)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork")
def test_an_article_that_fails_to_convert_is_reported_by_name_and_the_rest_build(
        tmp_path, monkeypatch, caplog, parallel_from_one_file):
    monkeypatch.setattr(markdown.Markdown, "convert", exploding_convert(markdown.Markdown.convert))
    bad = "---\ntitle: Fails\nslug: fails\ndate: 2025-01-02\n---\n" + EXPLOSIVE + "\n"
    with caplog.at_level(logging.ERROR):
        output = build_site(tmp_path / "site", extra_articles={"fails.md": bad})
    assert "Could not process articles/fails.md" in caplog.text
    built = {path.parent.name for path in (output / "articles").glob("*/index.html")}
    assert built == {front_matter(path)["slug"] for path in (FIXTURES / "articles").glob("*.md")}


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork")
def test_only_articles_the_content_cache_cannot_serve_are_converted_ahead(
        tmp_path, monkeypatch, parallel_from_one_file):
    converted = []
    arriving = convert_ahead.conversions_arriving
    monkeypatch.setattr(convert_ahead, "conversions_arriving",
                        lambda reader, paths, processes: converted.append(paths)
                        or arriving(reader, paths, processes))
    workdir = tmp_path / "site"
    build_site(workdir, extra_articles=stories())
    added = (FIXTURES / "articles" / "china-rejects-h200.md").read_text(encoding="utf-8")
    added = added.replace("slug: china-rejects-nvidia-h200", "slug: added")
    shutil.rmtree(workdir / "content")  # the same files again, and one more
    build_site(workdir, extra_articles={**stories(), "added.md": added})
    assert len(converted[0]) == len(ARTICLES)
    # Pelican caches no article it skipped (here: no date and no added date), so the
    # next build reads those again, with the new one.
    skipped = [path.name for path in (FIXTURES / "stories").glob("*.md")
               if not (front_matter(path).get("date") or front_matter(path).get("added"))]
    assert skipped
    assert sorted(Path(path).name for path in converted[1]) == sorted(["added.md", *skipped])
