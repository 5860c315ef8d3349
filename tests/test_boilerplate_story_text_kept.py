"""Story text that round 17's boilerplate rules took for page furniture, run through the
whole normaliser: each probe sentence must stay in the body. One test a finding of the
round-17 review (a line that reads like a rule's target but is the story's own)."""

from chiptrail_normalise.pipeline import normalise


def _kept(page: list[str], wanted: list[str]) -> None:
    body = normalise("\n".join(page)).body
    assert [line for line in wanted if line not in body] == []


def test_a_ranking_whose_subheadings_carry_a_score_keeps_its_sections():  # finding 1
    page = [
        "Which countries enforce US chip export controls best?",
        "By Tom Reyes",
        "November 3, 2025",
        "A new index from a Washington research group ranks how well countries enforce US controls on Nvidia's advanced AI chips.",
        "The index scores each country out of 100 on licensing, customs checks and smuggling prosecutions.",
        "Singapore (Score: 81)",
        "Singapore brought charges against three men in a server fraud case linked to Nvidia chips bound for China.",
        "Malaysia (Score: 54)",
        "Malaysia introduced a permit for exports of US-made AI chips in July, but enforcement remains thin, the report says.",
        "The group said it would update the index every six months.",
    ]
    _kept(page, page[5:])
