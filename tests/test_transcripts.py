"""What a transcript's speakers say is the story, line by line, however it reads."""

from chiptrail_normalise.boilerplate import classify, is_button_among_clutter
from chiptrail_normalise.pipeline import normalise
from chiptrail_normalise.transcripts import caption_lines, speaker_headers, speaker_turns

PODCAST = """Chip Talk
Episodes  About  Newsletter
Episode 9 · November 4, 2025 · 41 min
Will Washington let Blackwell into China?
Listen on Apple Podcasts | Spotify | RSS
Transcript

HOST: Welcome back to Chip Talk. Today we're talking about the B30A and whether it will ever ship.

GUEST: No decision has been made, and officials are split on a scaled-down Blackwell part.

HOST: We'll be right back after this.
[AD BREAK]
HOST: So where does that leave the H20?

GUEST: In limbo. If you like the show, subscribe wherever you get your podcasts.

© 2025 Chip Talk
"""


def test_a_podcast_transcripts_short_turns_and_turns_worded_like_clutter_stay_in_the_body():
    body = normalise(PODCAST).body
    assert "HOST: We'll be right back after this." in body
    assert "subscribe wherever you get your podcasts" in body
    assert "AD BREAK" not in body


def test_a_speakers_turn_is_never_the_headline():
    assert normalise(PODCAST).meta["title"] == "Will Washington let Blackwell into China?"


def test_interview_questions_and_hearing_exchanges_are_turns():
    interview = ["Q: Why now?", "A: The rule changed.", "Q: And Huawei?", "A: Read more on our site."]
    hearing = ["SEN. CRUZ: Yes or no?", "LUTNICK: Yes.", "SEN. CRUZ: Thank you.", "LUTNICK: Subscribe."]
    assert speaker_turns(interview) == {0, 1, 2, 3}
    assert speaker_turns(hearing) == {0, 1, 2, 3}


def test_one_label_repeated_is_page_furniture_not_a_conversation():
    lines = ["Also Read: Huawei's new roadmap", "Nvidia said on Monday ...", "Also Read: China's imports fall"]
    assert speaker_turns(lines) == frozenset()


def test_a_call_speakers_name_and_post_heads_their_turn_but_a_participant_list_is_clutter():
    lines = [
        "Company Participants",
        "Lisa Su - Chair and Chief Executive Officer",
        "Jean Hu - Chief Financial Officer",
        "",
        "Lisa Su — Chair and Chief Executive Officer",
        "Thank you, and good afternoon. We received licences for MI308 shipments to China.",
        "Vivek Arya — Analyst",
        "Thanks. Can you quantify what is in the guide?",
    ]
    assert speaker_headers(lines) == {4, 6}


def test_timed_transcript_lines_are_never_joined_to_the_line_above():
    text = (
        "Nvidia gets US green light for H20 sales\n\n"
        "0:50 this comes after the cyberspace regulator summoned Nvidia a couple weeks ago over backdoor risks Nvidia denies that\n"
        "1:01 so the question for investors is how much of that China revenue actually shows up this quarter\n"
    )
    paragraphs = normalise(text).body.split("\n\n")
    assert any(paragraph.startswith("1:01 so the question") for paragraph in paragraphs)


def test_a_guides_key_takeaways_and_faq_headings_stay_under_a_related_list_and_are_no_ticker():
    text = (
        "BIS revises licence review policy for H200-class chips\n"
        "Related Capabilities\n"
        "Export Controls\n"
        "Key Takeaways\n"
        "• BIS moved the H200 from a presumption of denial to case-by-case review.\n"
        "On January 13, 2026, BIS published a rule revising the licence review policy for advanced chips.\n"
        "FAQ\n"
        "Is the H20 faster than the H100? No. On most workloads the H100 is several times faster.\n"
    )
    body = normalise(text).body
    assert "Key Takeaways" in body
    assert "## FAQ" in body or "\nFAQ\n" in body


VIDEO_PAGE = """Skip navigation
Search
Create
Huawei Ascend 910C vs Nvidia H100: how close is China, really?
Silicon Bench
186K subscribers
Join
Subscribe
Thanks
Clip
Save
Everyone has an opinion on whether the 910C has caught up. I went through the benchmarks to see how it stacks up against the H100, and why it depends on what you measure.
Chapters
0:00 Intro
1:12 The specs on paper
9:05 Software: CANN vs CUDA
12:30 Can Huawei make enough?
Sources are in the pinned comment.
"""


def test_a_videos_chapter_stamp_is_never_the_headline_and_its_buttons_are_furniture():
    normalised = normalise(VIDEO_PAGE)
    assert normalised.meta["title"] == "Huawei Ascend 910C vs Nvidia H100: how close is China, really?"
    assert not {"Create", "Join", "Thanks", "Clip"} & set(normalised.body.split("\n"))


def test_a_button_word_is_furniture_only_in_a_row_of_clutter():
    assert is_button_among_clutter("Thanks", "Share", "Save")
    assert not is_button_among_clutter("Thanks", "and that's all from Beijing", "0:41")
    assert classify("Thanks") is None and classify("Join") is None


CAPTIONED_VIDEO = """Skip navigation
Search
Sign in
Nvidia can sell the H20 in China again: what changed
Chip Desk
88K subscribers
Subscribe
Share
Save
31,207 views  Jul 15, 2025
The US says it will grant H20 licences.
1,204 Comments
Sort by
@dividenddan
4 months ago
So the ban lasted three months.
Reply
Transcript
Search in video
0:00
nvidia says it is filing applications to
0:02
resume sales of the h20 in china and
0:04
that the us government has assured it
0:06
the licenses will be granted
0:09
so a real reversal from april when
0:11
commerce told nvidia it would need a
0:14
license for every shipment
0:15
thanks
0:16
back to you
Up next
Autoplay
Huawei's Ascend 910C Tested
"""


def test_a_videos_caption_lines_are_what_it_says_even_below_its_comments():
    body = normalise(CAPTIONED_VIDEO).body
    for said in ("nvidia says it is filing applications to", "license for every shipment", "thanks", "back to you"):
        assert f"\n{said}\n" in body
    for clutter in ("So the ban lasted three months.", "Search in video", "Up next", "Huawei's Ascend 910C Tested"):
        assert clutter not in body


def test_punctuated_captions_run_on_across_the_ends_of_their_sentences():
    lines = ["Transcript", "0:00", "So last week something pretty unusual", "0:03", "happened. China's regulator, the",
             "0:06", "CAC, told ByteDance to stop buying", "0:09", "the RTX Pro 6000D.", "0:12",
             "Now, why does that matter? Because this", "0:15", "is the chip Nvidia designed for China.", "0:18",
             "Whether that's true is another question.", "0:21", "Thanks for watching, and I'll see you", "0:23",
             "in the next one.", "Up next"]
    assert caption_lines(lines) == frozenset(range(2, 19, 2))


def test_short_lines_that_do_not_read_on_are_no_captions():
    headlines = ["Up next", "Huawei's Ascend 910C Tested", "Why the H20 sold out", "AMD's MI308 returns", "Chip Desk"] * 2
    comments = ["Best summary I've seen.", "Reply", "The timing is not an accident", "Reply"] * 3
    assert caption_lines(headlines) == frozenset()
    assert caption_lines(comments) == frozenset()


def test_lower_case_search_terms_or_tags_in_a_row_are_no_captions():
    searches = ["Related searches", "nvidia stock", "china ban news", "h20 chip price", "export controls explained",
                "ai chips list", "huawei ascend", "tsmc earnings", "trade war update", "jensen huang net worth"]
    assert caption_lines(searches) == frozenset()


def test_a_live_blogs_first_entry_under_its_time_is_the_story_not_a_dek():
    text = (
        "Live: US approves H20 licences\n"
        "12:58 GMT\n"
        "Commerce says it has begun issuing licences for H20 sales to China.\n"
        "12:40 GMT — Nvidia shares rise 3% in premarket trading after the report.\n"
    )
    normalised = normalise(text)
    assert "Commerce says it has begun issuing licences" in normalised.body
    assert normalised.meta.get("subtitle") is None


def test_an_interviews_short_questions_are_turns_not_subheadings():
    text = (
        "Interview: Nvidia's China chief on the H20\nBy Jane Doe\n"
        "Q: Will the H20 ship again?\nA: Yes.\nQ: When?\n"
        "A: No, seriously, we do not know yet; licences are under review.\n"
    )
    body = normalise(text).body
    assert "Q: Will the H20 ship again?" in body
    assert "## " not in body
