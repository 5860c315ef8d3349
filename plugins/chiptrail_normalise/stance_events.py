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

- A rule retold on a page about its undoing. When the headline or lead report a rule
  suspended, paused, rescinded or lifted ("US suspends rule that would have blacklisted
  thousands of Chinese subsidiaries", "China welcomes US suspension of 50% affiliates rule"),
  a sentence about the rule itself ("The so-called affiliates rule, issued at the end of
  September, extended restrictions to ...") tells what the move undoes, not a move of its
  own: it is background. A new rule issued beside it ("The new rule requires ...") is not
  the rule undone.

And one kind of event that is a move wherever a page tells it:

- A charge booked because of a new rule. A company saying that, as a result of new
  export requirements, it incurred or expects to incur a charge ("As a result of these new
  requirements, NVIDIA incurred a $4.5 billion charge") announces the rule's effect on it:
  the page's news, even on a results page that tells it below the figures (ruling 3), and
  however the rule is dated. A charge booked "as a result of the restrictions" without
  "new" recalls an older rule.
"""

from __future__ import annotations

import re

from . import vocab

EVENTS = vocab.load("stance")["not_access"]
DEAL_APPROVAL = re.compile(EVENTS["deal_approval"], re.IGNORECASE)
CHARGE_FOR_NEW_RULE = re.compile(EVENTS["charge_for_new_rule"])
RULE_UNDONE = re.compile(EVENTS["rule_undone"], re.IGNORECASE)
THE_RULE = re.compile(EVENTS["the_rule"])
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


def charge_for_new_rule(sentence: str) -> re.Match | None:
    """Where ``sentence`` books a charge for a new rule ("As a result of these new
    requirements, NVIDIA incurred a $4.5 billion charge"), or None: the sentence is the
    company's announcement of the move, its news from the match's end on."""
    return CHARGE_FOR_NEW_RULE.search(sentence)


def undoes_a_rule(texts: tuple[str, ...]) -> bool:
    """The headline, dek or lead (``texts``) report a rule suspended, paused, rescinded or
    lifted."""
    return any(RULE_UNDONE.search(text or "") for text in texts)


def describes_the_rule(sentence: str) -> bool:
    """The sentence is about the rule itself ("The so-called affiliates rule, issued at the
    end of September, extended ..."), not a new one."""
    return THE_RULE.match(sentence) is not None
