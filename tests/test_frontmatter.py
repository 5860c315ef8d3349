"""Article files: YAML front-matter that always loads back as written, and the stamp
that tells a hand edit from the tool's own output."""

import datetime

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from pelican.plugins.yaml_metadata.yaml_metadata import HEADER_RE

from chiptrail_normalise import frontmatter
from chiptrail_normalise.fields import FRONT_MATTER_ORDER

META = {
    "title": "China Rejects Nvidia H200 AI Chips",
    "date": datetime.date(2025, 12, 11),
    "source": None,
    "chips": ["H200", "H100"],
    "confidence": {"title": 0.9, "date": 0.9},
    "slug": "china-rejects-nvidia-h200-ai-chips",
    "raw": "raw/003_x.txt",
}

TRICKY_TEXTS = [
    "Report: China approves import",
    "It's \"the\" 'H20'",
    "---",
    "...",
    "line one\n---\nline two\n...\nend",
    "{{ site.title }} {% include x %}",
    "# not a comment",
    "- not a list",
    "null",
    "yes",
    "2025-12-11",
    "  padded  ",
    "next line\x85here",
    "line\u2028separator\u2029paragraph",
    "tab\tand\r\nCRLF",
    "\ufeffbyte order mark",
    "华为 Ascend 910B",
    "ingest_sha256: " + "0" * 64,
]


def header_of(document):
    return yaml.safe_load(HEADER_RE.fullmatch(document)["metadata"])


def test_document_is_front_matter_between_dashes_then_a_blank_line_and_the_body():
    document = frontmatter.render({"title": "T"}, "\n\nBody text.\n\n")

    assert document == "---\ntitle: T\n---\n\nBody text.\n"


def test_keys_are_written_in_front_matter_order_whatever_order_they_come_in():
    shuffled = dict(reversed(list(META.items())))
    shuffled["extra"] = 1

    keys = list(header_of(frontmatter.render(shuffled, "Body")))

    known = [key for key in FRONT_MATTER_ORDER if key in META]
    assert keys == known + ["extra"]


def test_front_matter_loads_back_equal_to_the_metadata_including_dates_and_nulls():
    assert header_of(frontmatter.render(META, "Body")) == META


@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_tricky_titles_and_summaries_round_trip_through_yaml(text):
    meta = {"title": text, "summary": text, "tags": [text]}

    document = frontmatter.render(meta, "Body")

    assert header_of(document) == meta
    assert HEADER_RE.fullmatch(document)["content"] == "\n\nBody\n"


@settings(max_examples=300, deadline=None)
@given(title=st.text(), summary=st.text(), tags=st.lists(st.text(), max_size=3))
def test_any_text_round_trips_and_never_ends_the_front_matter_early(title, summary, tags):
    meta = {"title": title, "summary": summary, "tags": tags}

    document = frontmatter.render_stamped(meta, "Body")

    header = HEADER_RE.fullmatch(document)["metadata"]
    assert {k: v for k, v in yaml.safe_load(header).items() if k in meta} == meta
    assert not frontmatter.is_hand_edited(document)


def test_same_metadata_and_body_always_render_the_same_bytes():
    assert frontmatter.render_stamped(dict(META), "Body") == frontmatter.render_stamped(
        dict(META), "Body"
    )


@pytest.mark.parametrize("text", [t for t in TRICKY_TEXTS if not frontmatter.FRAGILE_LINE_BREAKS.search(t)])
def test_strings_are_written_exactly_as_the_safe_dumper_writes_them(text):
    shared = ["H20", text]  # one list under two keys: PyYAML writes an anchor and an alias
    meta = {"title": text, "chips": shared, "chips_about": shared, "confidence": {"title": 0.9},
            "date": datetime.date(2025, 12, 11), "source": None, "title_derived": False}
    expected = yaml.safe_dump(frontmatter.ordered(meta), sort_keys=False, allow_unicode=True)
    assert frontmatter.render(meta, "Body.") == f"---\n{expected}---\n\nBody.\n"


def test_stamp_is_the_hash_of_the_document_without_the_stamp_line():
    document = frontmatter.render_stamped(META, "Body")

    stamp = header_of(document)["ingest_sha256"]
    assert stamp == frontmatter.sha256_text(frontmatter.render(META, "Body"))
    assert document.endswith(f"ingest_sha256: {stamp}\n---\n\nBody\n")


def test_document_as_written_is_not_hand_edited():
    assert not frontmatter.is_hand_edited(frontmatter.render_stamped(META, "Body"))


@pytest.mark.parametrize(
    "edit",
    [
        lambda doc: doc.replace("Body", "Body, corrected by hand"),
        lambda doc: doc.replace("source: null", "source: Reuters"),
        lambda doc: doc.replace("ingest_sha256", "ingest_sha256_removed"),
        lambda doc: doc.split("---\n", 2)[2],  # front-matter deleted
    ],
    ids=["body", "front-matter", "stamp-renamed", "no-front-matter"],
)
def test_any_edit_makes_the_document_hand_edited(edit):
    document = frontmatter.render_stamped(META, "Body")

    assert frontmatter.is_hand_edited(edit(document))


def test_a_stamp_like_line_in_the_body_is_not_taken_for_the_stamp():
    unstamped = frontmatter.render(META, "Body")
    forged = unstamped + f"ingest_sha256: {frontmatter.sha256_text(unstamped)}\n"

    assert frontmatter.is_hand_edited(forged)


def test_read_header_returns_the_front_matter(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(frontmatter.render_stamped(META, "Body"), encoding="utf-8")

    assert {k: v for k, v in frontmatter.read_header(path).items() if k in META} == META


def test_read_header_reads_front_matter_longer_than_one_read(tmp_path):
    meta = {"summary": "word " * 5000, "raw": "raw/a.txt"}
    path = tmp_path / "a.md"
    path.write_text(frontmatter.render(meta, "Body"), encoding="utf-8")

    assert frontmatter.read_header(path) == meta


@pytest.mark.parametrize(
    "content", ["Just Markdown.\n", "---\nnot: [closed\n---\n\nBody\n", "---\n- a list\n---\n\nB\n"]
)
def test_read_header_gives_none_for_files_without_a_front_matter_mapping(tmp_path, content):
    path = tmp_path / "a.md"
    path.write_text(content, encoding="utf-8")

    assert frontmatter.read_header(path) is None


INDEX_KEYS = ("raw", "slug", "added", "chips")


@pytest.mark.parametrize("meta", [
    {**META, "added": datetime.date(2026, 11, 23), "summary": "word " * 40},
    {**META, "raw": "raw/" + "a long: 'quoted' name " * 6 + ".txt", "title": "line\n\nbreaks\n- dash"},
    {**META, "raw": None, "slug": "123", "chips": []},
])
def test_read_keys_gives_those_keys_exactly_as_a_full_read(tmp_path, meta):
    path = tmp_path / "a.md"
    path.write_text(frontmatter.render_stamped(meta, "Body"), encoding="utf-8")
    full = frontmatter.read_header(path)

    assert frontmatter.read_keys(path, INDEX_KEYS) == {k: v for k, v in full.items() if k in INDEX_KEYS}


@pytest.mark.parametrize("content", [
    "---\n{raw: raw/a.txt, slug: s}\n---\n\nBody\n",  # hand-written, flow style
    "---\nraw: &r raw/a.txt\nslug: *r\n---\n\nBody\n",
])
def test_read_keys_reads_a_hand_written_front_matter_whole(tmp_path, content):
    path = tmp_path / "a.md"
    path.write_text(content, encoding="utf-8")

    assert frontmatter.read_keys(path, ["raw", "slug"]) == {"raw": "raw/a.txt", "slug": "s" if "{" in content else "raw/a.txt"}
    assert frontmatter.read_keys(path, ["added"]) == {}


def test_read_keys_gives_none_without_a_front_matter_mapping(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("Just Markdown.\n", encoding="utf-8")

    assert frontmatter.read_keys(path, ["raw"]) is None


@pytest.mark.parametrize("digest", [
    frontmatter.sha256_text("Body"),
    "1234567890" * 6 + "1234",  # reads as a number: the dumper quotes it
    "0b" + "01" * 31,  # a YAML 1.1 binary integer
    "0" * 63 + "e",
])
def test_stamp_line_is_what_the_yaml_dumper_writes(digest):
    assert frontmatter.stamp_line(digest) == frontmatter._dump({frontmatter.STAMP_KEY: digest})
