"""The article's summary: its first real paragraph, at most 300 characters.

Headings, list items and paragraphs too short to say anything (a lone dateline such
as "BEIJING —") are passed over, and an opening dateline is left out of the summary. The cut falls at a word boundary and ends with "…".
The result is escaped like body text because Pelican renders ``summary`` as Markdown;
the 300-character limit applies to the text a reader sees.
"""

from __future__ import annotations

from .body import Block, escape_paragraph
from .fields import Field
from .text import cut_at_word, strip_dateline, word_count

SUMMARY_LIMIT = 300
MIN_PARAGRAPH_WORDS = 6


def extract_summary(blocks: list[Block]) -> Field:
    """The escaped summary Field, or a null Field when the body has no paragraph."""
    for number, block in enumerate(blocks, start=1):
        if block.kind == "paragraph" and word_count(block.text) >= MIN_PARAGRAPH_WORDS:
            text = cut_at_word(strip_dateline(block.text), SUMMARY_LIMIT)
            return Field(escape_paragraph(text), 0.8, f"body paragraph {number}")
    return Field(None, 0.0, "no paragraph in the body")
