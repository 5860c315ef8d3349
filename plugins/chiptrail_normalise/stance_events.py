"""Which events count as moves in China's access to advanced chips, beyond what a cue says.

The cue vocabulary (``vocab/stance.yaml``) names the moves; this module holds the rules
about kinds of event that read like a move but are none, so that ``stance`` can ask
about them without knowing their wording:

- A deal approved. An antitrust regulator approving a merger or an acquisition
  ("conditionally approved Nvidia's acquisition of Mellanox", "the conditional approval of
  the Mellanox transaction", "附加限制性条件批准英伟达公司收购迈络思") clears a company's
  purchase of another, not a chip's way into China: the stories telling it are about the
  regulator's finding that the deal's conditions were broken, and that finding is the move.
  So is a government approving its own legal text ("the Cabinet approved an amendment to
  the ordinance"): what the amendment does is the move, in its own words.
"""

from __future__ import annotations

import re

from . import vocab
from .line_patterns import LiteralGate

EVENTS = vocab.load("stance")["not_access"]
DEAL_APPROVAL = LiteralGate(re.compile(EVENTS["deal_approval"], re.IGNORECASE))
DEAL_REACH = 80
"""Characters around a cue searched for the deal it approves."""


def approves_a_deal(sentence: str, start: int, end: int) -> bool:
    """The permission cue at ``start``–``end`` of ``sentence`` approves a merger or an
    acquisition, not a sale of chips: it is inside a phrase naming the deal as what is
    approved."""
    window_start = max(0, start - DEAL_REACH)
    for phrase in DEAL_APPROVAL.finditer(sentence, window_start, min(len(sentence), end + DEAL_REACH)):
        if phrase.start() <= start and end <= phrase.end():
            return True
    return False

