"""Every pattern set the normaliser builds from its vocabularies finds, in every sentence
of the dev corpus, exactly what the plain alternation of its patterns finds: the literal
triggers never skip a pattern that would have matched."""

import re
from pathlib import Path

from chiptrail_normalise import chips, stance
from chiptrail_normalise.pattern_set import PatternSet

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
