"""Every pattern set the normaliser builds from its vocabularies finds, in every sentence
of the dev corpus, exactly what the plain alternation of its patterns finds: the literal
triggers never skip a pattern that would have matched."""

import re
from pathlib import Path

from chiptrail_normalise import chips, stance, text
from chiptrail_normalise.pattern_set import PatternSet, _alternation

DEV_CORPUS = Path(__file__).parent / "corpus" / "dev"


def vocabulary_pattern_sets() -> dict[str, PatternSet]:
    found = {}
    for module in (stance, chips):
        for name, value in vars(module).items():
            if isinstance(value, stance.CueFinder):  # the cues' pattern set, with a scan of its own for CJK text
                value = value.pattern_set
            if isinstance(value, PatternSet):
                found[f"{module.__name__}.{name}"] = value
    return found


SAMPLE_EVERY = 8  # the plain alternations are slow: one text in eight, the same ones every run


def dev_texts() -> list[str]:
    """Lines of the dev corpus and their sentences (the stance rules scan both), one in
    ``SAMPLE_EVERY`` in sorted order."""
    lines = {line.strip() for path in sorted(DEV_CORPUS.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    sentences = {part for line in lines for part in re.split(r"(?<=[.!?])\s+", line) if part}
    return sorted(lines | sentences)[::SAMPLE_EVERY]


def test_every_vocabulary_pattern_set_finds_what_its_plain_alternation_finds():
    sets = vocabulary_pattern_sets()
    assert {"chiptrail_normalise.stance.CUE", "chiptrail_normalise.stance.BACKGROUND_SENTENCE"} <= set(sets)
    texts = dev_texts()
    matched = 0
    for name, patterns in sets.items():
        for text in texts:
            found = [(m.lastgroup, m.span()) for m in patterns.finditer(text)]
            plain = [(m.lastgroup, m.span()) for m in patterns._everywhere.finditer(text)]
            assert found == plain, (name, text)
            matched += bool(found)
    assert matched > 500  # the scans were exercised


def test_the_cue_finder_finds_what_a_plain_scan_finds_with_cues_glued_to_latin_names():
    """``stance.CueFinder`` finds, in every sampled line of the dev corpus holding Chinese,
    Japanese or Korean, what the plain alternation of the cues finds when each cue may also
    start right after a Latin letter or a digit (glued: "英伟达H20恢复供货")."""
    finder = stance.CUE
    plain_set = finder.pattern_set
    glued_or_plain = {name: rf"(?:{boundary}|(?<=[A-Za-z0-9_])(?={text.WIDE_SCRIPT_CHARACTER}))"
                      for name, boundary in plain_set._boundaries.items()}
    plain = re.compile(_alternation(plain_set._named, glued_or_plain), re.IGNORECASE)
    wide = re.compile(text.WIDE_SCRIPT_CHARACTER)
    texts = [line for line in dev_texts() if wide.search(line)]
    assert len(texts) > 100
    for line in texts:
        found = [(m.lastgroup, m.span()) for m in finder.finditer(line)]
        assert found == [(m.lastgroup, m.span()) for m in plain.finditer(line)], line


def test_a_gated_pattern_set_scans_only_texts_holding_one_of_its_literals(monkeypatch):
    """``stance.GatedPatternSet`` finds what the plain pattern set finds, and does not scan
    a text holding none of the literals every match of one of its patterns contains."""
    named = {"elapsed": r"(?:days|weeks)\s+after", "antecedent": r"\bfollow(?:s|ed)\b"}
    gated, plain = stance.GatedPatternSet(named), PatternSet(named)
    texts = ["Two WEEKS after the ban, it followed suit.", "It follows the rule", "a day later, in March", ""]
    for text in texts:
        assert [(m.lastgroup, m.span()) for m in gated.finditer(text)] == \
               [(m.lastgroup, m.span()) for m in plain.finditer(text)]
    scanned = []
    triggers_in = PatternSet._triggers_in
    monkeypatch.setattr(PatternSet, "_triggers_in", lambda self, lowered: scanned.append(lowered) or triggers_in(self, lowered))
    assert list(gated.finditer("A day later, in March, they followed")) != []
    assert list(gated.finditer("A day later, in March")) == []
    assert scanned == ["a day later, in march, they followed"]
