"""A picture's caption closed by its credit: the credit is set where no sentence of a story
ends (a bare agency in title case after the full stop, a credit after a slash or a bar, a
photographer's credit, a credit in brackets, a wire's "— Agency pic"). A story signed by
its agency ("... - Reuters", "... the move. REUTERS") and a video's title with its show
("... chip war? | Inside Story") are kept."""

import pytest

from chiptrail_normalise.boilerplate import classify


@pytest.mark.parametrize(
    "line",
    [
        "A chip module on display at a trade show in Seoul. Yonhap",
        "Servers stacked in a data centre in Guizhou. Reuters",
        "A view of the booth at the supply chain expo in Beijing, July 16, 2025. /CFP",
        "Lisa Su at a company event in San Jose in June. Andy Wong/AP",
        "The annual developer conference in Shanghai, 18 September 2025. Imago/VCG",
        "Jensen Huang in Taipei, on May 19, 2025. I-HWA CHENG / AFP",
        "The Senate passed its version of the bill on Thursday. | Francis Chung/POLITICO",
        "The company's headquarters in Santa Clara, California. Photographer: David Paul Morris/Bloomberg",
        "Chip stocks fell after the rule was published. (Justin Sullivan/Getty Images)",
        "The company says it weighs several products for the market. (File)",
        "A fab's clean room in Hsinchu. (Taiwan News, Lyla Liu photo)",
        "The chips were designed for the Chinese market. - REUTERS PIC",
        "A chipmaker's logo at a trade fair in Taipei. — Reuters pic",
        "The chief executive during a media briefing. PHOTO | REUTERS",
    ],
)
def test_a_caption_closed_by_its_credit_is_a_caption(line):
    assert classify(line) == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "Nvidia declined to comment. – Reuters",
        "China's commerce ministry said it firmly opposed the move. REUTERS",
        "Who is winning the US-China chip war? | Inside Story",
        "Buyers can choose between the H100/H200",
        "The agency said the rule would take effect in 30 days (as first reported by Bloomberg).",
    ],
)
def test_a_storys_sentence_signed_by_its_agency_or_a_videos_title_is_kept(line):
    assert classify(line) is None
