"""Clutter that only its place on the page gives away: comment sections, the byline
block above the story, the page below the story's last paragraph, bare short links.

Each page here is shaped like a kind of page, not copied from the corpus: the rules must
hold on pages never seen. Index 0 is always the headline (a framing line).
"""

from chiptrail_normalise.body import build_body
from chiptrail_normalise.boilerplate import classify, link_list_lines
from chiptrail_normalise.page_layout import _may_end_on_a_date, layout_clutter

HEADLINE = "China tells firms to hold off on Nvidia's H200 chips"
PARA = "Chinese regulators have told technology companies to pause orders for Nvidia's H200 processors, people familiar with the matter said."
PARA2 = "The guidance stops short of a formal ban, and it was not clear how long it would stay in force, the people said."
PARA3 = "Nvidia shares fell 2% in early trading in New York after the report, extending losses from earlier in the week."


def clutter(lines):
    """The texts ``layout_clutter`` finds, the headline being the only framing line."""
    return [lines[index] for index in sorted(layout_clutter(lines, {0}))]


def test_a_comment_section_under_a_comments_label_is_clutter_to_the_end():
    lines = [HEADLINE, PARA, PARA2, "12 Comments", "Mike R", "2 hours ago",
             "Twelve companies is nothing. There are hundreds of shell firms doing this and nobody checks them.",
             "Jenny", "1 hour ago", "Does anyone know if these are the same firms named in the Singapore case last year?"]
    assert clutter(lines) == lines[3:]


def test_a_relative_time_over_a_reply_button_starts_the_comments():
    lines = [HEADLINE, PARA, PARA2, "u/chip_fan", "4h ago",
             "We run Cambricon cards for a smaller model. Porting took weeks, not days, and the tooling is rough.", "Reply"]
    assert clutter(lines) == lines[4:]


def test_the_storys_own_relative_time_starts_no_comments():
    lines = ["r/hardware", "5 hr. ago", HEADLINE, PARA, "Updated 2 hours ago", PARA2, PARA3]
    assert layout_clutter(lines, {0, 1, 2}) == set()


def test_a_name_above_the_date_line_is_part_of_the_byline():
    lines = [HEADLINE, "Aisha Rahman", "Tue 9 Dec 2025 03.12 GMT", PARA, PARA2]
    assert clutter(lines) == ["Aisha Rahman"]


def test_a_name_above_a_follow_button_and_share_buttons_are_byline_clutter():
    lines = [HEADLINE, "Li Wenhui", "+ FOLLOW", "Published: 8:00pm, 29 Jan 2026", "Share", "Post", "Email", PARA, PARA2]
    assert clutter(lines) == ["Li Wenhui"]
    assert classify("Post") is not None  # a share-bar button by its own name


def test_a_desk_credit_between_a_dek_and_the_date_is_byline_clutter():
    dek = "Customs teams have been deployed at major ports to inspect semiconductor shipments, the Financial Times reported."
    lines = [HEADLINE, dek, "Moneycontrol News", "October 10, 2025 / 14:22 IST", PARA, PARA2]
    assert clutter(lines) == ["Moneycontrol News"]


def test_a_lone_name_opening_the_story_is_its_byline():
    lines = [HEADLINE, "Mia Zhou", PARA, PARA2]
    assert clutter(lines) == ["Mia Zhou"]


def test_a_name_over_a_role_or_a_follow_button_is_byline_clutter():
    for under in ("Technology Correspondent", "Follow"):
        lines = [HEADLINE, "Mia Zhou", under, PARA, PARA2]
        assert "Mia Zhou" in clutter(lines), under


def test_a_short_capitalised_subheading_under_the_headline_is_kept():
    for subheading in ("Beijing Pushes Back", "Regulators Respond", "Buyers Hold Off", "Nvidia Waits"):
        lines = [HEADLINE, subheading, PARA, PARA2, PARA3]
        assert clutter(lines) == [], subheading


def test_subheadings_and_labels_opening_the_story_are_kept():
    for label in ("Key Points", "Zinger Key Points", "Why It Matters", "The Big Picture"):
        lines = [HEADLINE, "Published Wed, Dec 10 2025 2:13 AM EST", label, "Beijing wants the chips, not the dependence.", PARA]
        assert clutter(lines) == [], label


def test_lines_after_the_last_paragraph_that_are_no_sentence_are_clutter():
    lines = [HEADLINE, PARA, PARA2, "Related Tags", "Nvidia", "H20", "Baidu"]
    assert clutter(lines) == ["Related Tags", "Nvidia", "H20", "Baidu"]


def test_closing_sentences_and_a_closing_section_are_story():
    lines = [HEADLINE, PARA, "Hygon is also ramping up, they said.", "Advertisement", "Supply bottlenecks",
             "The biggest constraint is manufacturing.", "\"Everyone wants capacity,\" said one executive.",
             "What to watch:", "- the rules' publication date", "Nvidia declined to comment. ®"]
    assert clutter(lines) == []


def test_after_the_first_page_furniture_below_the_story_even_sentences_are_the_pages():
    lines = [HEADLINE, PARA, PARA2, "--", "Written by Lena Hofmann", "14 followers",
             "Notes on chips, trade and the companies caught in between.", "Send them along if you have thoughts."]
    assert clutter(lines) == ["Notes on chips, trade and the companies caught in between.", "Send them along if you have thoughts."]


def test_a_one_sentence_paragraph_inside_the_story_is_kept():
    one = "This week delivered two pieces of news about the same chip that point in opposite directions."
    lines = [HEADLINE, "Lena Hofmann", "Follow", "6 min read", "Aug 14, 2025", one, "Washington opens the door", PARA, PARA2]
    assert clutter(lines) == ["Lena Hofmann"]


def test_a_bare_short_link_is_clutter_but_a_pair_of_chip_names_is_not():
    lines = [HEADLINE, PARA, "https://p.dw.com/p/4mXq2", "H100/H200", PARA2]
    assert clutter(lines) == ["https://p.dw.com/p/4mXq2"]


def test_a_text_without_a_paragraph_is_left_alone():
    lines = ["Hot take", "Mia Zhou", "H20 is back", "Nvidia", "Tags"]
    assert layout_clutter(lines, set()) == set()


def test_a_ranked_most_read_list_takes_headlines_that_end_in_a_full_stop():
    lines = [PARA, "Most Read Business", "1", "Mortgage rates fall to lowest level this year", "2",
             "The stock market is near records. Here's why.", PARA2]
    assert link_list_lines(lines) == {1, 2, 3, 4, 5}


def test_stamps_with_a_time_zone_or_glued_to_the_next_text_are_stamps():
    assert classify("Business 2025-11-05 HKT 18:02") == "stamp"
    assert classify("Aug. 27, 2025 8:12 PM ETNVIDIA Corporation (NVDA) Stock") == "stamp"
    assert classify("Aug. 27, 2025 was the day Nvidia reported its results.") is None


def test_a_story_stamp_next_to_a_comments_button_starts_no_comments():
    lines = [HEADLINE, PARA, "Comments (12)", "Updated 2 hours ago", PARA2, PARA3]
    assert clutter(lines) == []


def test_numbered_and_bulleted_closing_items_are_story():
    lines = [HEADLINE, PARA, PARA2, "The rule asks for three things", "1. an end-user certificate", "2) a US supply check", "- third-party testing"]
    assert clutter(lines) == []


def test_an_agenda_of_timed_entries_closing_the_story_is_story_but_a_live_pages_jump_list_over_it_is_clutter():
    closing = [HEADLINE, PARA, PARA2, PARA3, "The agenda", "9.30am BST: UK labour market report",
               "1.30pm BST: US inflation report for July", "14:00 – Press conference"]
    assert clutter(closing) == []
    jump_list = [HEADLINE, "Aug 27, 2025", "Key events", "6:41 PM: Huang on China", "5:24 PM: The outlook", "6:58 PM ET",
                 PARA, PARA2, PARA3]
    assert clutter(jump_list) == ["Key events", "6:41 PM: Huang on China", "5:24 PM: The outlook"]


def test_a_live_pages_entry_headline_in_title_case_over_its_stamp_and_byline_is_kept():
    lines = [HEADLINE, "Nov 19, 2025, 5:48 pm EST", "By Nadia Ferrell", PARA, PARA2, "Nvidia Beats Estimates",
             "Nov 19, 2025, 4:24 pm EST", "By Ellen Moravec", PARA3, "The stock rose 3% in after-hours trading."]
    assert "Nvidia Beats Estimates" not in clutter(lines)


def test_a_threads_last_post_closed_by_its_end_mark_is_a_paragraph_of_the_story():
    last = '6/ Jensen today in London: "We can only be in service of a market if the country wants us to be." Yeah. /end'
    lines = [HEADLINE, PARA, PARA2, "Leo Zhang", "@leozhang_semis", "Sep 17", last, "Post your reply"]
    assert last not in clutter(lines)


def test_a_hard_wrapped_closing_paragraph_is_story():
    lines = [HEADLINE, PARA, PARA2,
             "Nvidia declined to comment beyond its statement, and the Commerce",
             "Department did not respond to a request for comment on the timing",
             "of the first licences"]
    assert clutter(lines) == []


def test_the_authors_bio_below_the_story_closes_it():
    lines = ["By Gregory C. Allen", PARA, PARA2, PARA3,
             "Gregory C. Allen is a senior adviser with the Wadhwani AI Center in Washington, D.C.",
             "Commentary is produced by the Center for Strategic and International Studies, a private, tax-exempt institution."]
    assert layout_clutter(lines, {0}) == {4, 5}


def test_the_authors_bio_under_the_byline_is_only_itself_clutter():
    bio = "Chris Miller is a professor at Tufts University and the author of Chip War."
    lines = ["By Chris Miller", bio, PARA, PARA2, PARA3]
    assert layout_clutter(lines, {0}) == {1}


def test_a_byline_naming_an_outlet_makes_no_sentence_a_bio():
    lines = ["By Reuters", PARA, PARA2, "Reuters has reported on the talks since July, citing people familiar with them.", PARA3]
    assert layout_clutter(lines, {0}) == set()


def test_a_press_releases_about_section_over_its_paragraph_is_text():
    about = ("Founded in 1987 and headquartered in Shenzhen, Huawei is a leading global provider of information and "
             "communications infrastructure and smart devices, with products sold in more than 170 countries.")
    lines = [HEADLINE, PARA, PARA2, PARA3, "About Huawei", about, "Media Contact:", "press@huawei.com"]
    assert kept(lines) == [PARA, PARA2, PARA3, "About Huawei", about]


def test_an_about_link_in_the_footer_ends_the_story():
    lines = [HEADLINE, PARA, PARA2, PARA3, "About Us", "Contact", "Careers", "Terms of Use"]
    assert clutter(lines) == lines[4:]


def test_a_tag_list_ends_a_post_but_the_next_post_of_a_channel_is_text():
    next_post = ("Context for new subscribers: Chinese buyers had reportedly placed orders for more than two million "
                 "H200 units after the December announcement, and Nvidia has about 700,000 in inventory.")
    lines = [HEADLINE, PARA, PARA2, PARA3, "#H200 #Nvidia #exportcontrols", "Forwarded from ChipWatch", next_post]
    assert clutter(lines) == ["#H200 #Nvidia #exportcontrols", "Forwarded from ChipWatch"]


def test_a_comment_count_under_a_tag_list_still_ends_the_page():
    reply = "The H200 decision is a bigger deal for HBM suppliers than most people realise, and here is why it matters."
    lines = [HEADLINE, PARA, PARA2, PARA3, "#H200 #Nvidia", "38 comments", "Marco Bellini", reply * 2]
    assert clutter(lines) == lines[4:]


def test_a_sentence_credited_to_an_agency_closes_the_story_as_text():
    credited = "Nvidia is also preparing a new chip for the Chinese market, according to earlier reports. (Bloomberg)"
    lines = [HEADLINE, PARA, PARA2, credited, "Latest news", "Hang Seng Index ends morning higher"]
    assert credited in kept(lines)


def test_a_repeated_byline_over_the_dateline_is_clutter():
    lines = [HEADLINE, "By Lin Qiaowen and Joanna Sutter", "SINGAPORE (Reuters) - " + PARA, PARA2, PARA3]
    assert clutter(lines) == ["By Lin Qiaowen and Joanna Sutter"]


def test_on_a_thread_page_replies_by_others_and_the_posters_repeated_name_are_clutter():
    lines = [HEADLINE, "Kenji Watanabe", "@kenji_w", PARA, "Kenji Watanabe", "@kenji_w", PARA2,
             "Maya Lim", "@mayalim_sg", "So basically the H200 deal is dead until Beijing signs off?"]
    assert kept(lines) == [PARA, PARA2]



def kept(lines):
    """The texts the body keeps of ``lines``, the headline being the only framing line."""
    return [block.text for block in build_body(lines, {0})]


def test_the_short_value_under_a_register_label_is_clutter_but_a_section_heading_is_kept():
    lines = [HEADLINE, "AGENCY:", "Office of Investment Security, Department of the Treasury.", "ACTION:",
             "Final rule.", "SUMMARY:", PARA, PARA2, "SUPPLEMENTARY INFORMATION:", "Background", PARA3]
    assert kept(lines) == ["SUMMARY:", PARA, PARA2, "Background", PARA3]


def test_a_short_sentence_over_a_bare_picture_credit_is_its_caption():
    lines = [HEADLINE, "Commerce Secretary Howard Lutnick.", "Andrew Harnik/Getty Images", PARA, PARA2,
             "Shares rose 4%.", PARA3]
    assert kept(lines) == [PARA, PARA2, "Shares rose 4%.", PARA3]


def test_the_bio_of_an_author_named_alone_next_to_the_date_closes_the_story():
    bio = "Lena Hart is a fellow at the Center for Security and Emerging Technology. She was previously a reporter."
    lines = [HEADLINE, "Lena Hart", "March 3, 2026", PARA, PARA2, PARA3, bio, "More Articles"]
    assert kept(lines) == [PARA, PARA2, PARA3]


def test_sound_cues_and_page_numbers_between_paragraphs_end_nothing():
    lines = [HEADLINE, PARA, PARA2, "Pages: 1 2", "Page 2", PARA3, "(SOUNDBITE OF MUSIC)", "HOST: Thanks, Mia.",
             "FENG: Thank you."]
    assert kept(lines) == [PARA, PARA2, PARA3, "HOST: Thanks, Mia.", "FENG: Thank you."]


def test_a_chat_export_keeps_the_messages_and_drops_their_headers():
    message = "Customs in Shenzhen are holding H20 boards again; two distributors told me the same thing this morning."
    reply = "Same here. Our contact at the distributor says nothing clears until the CAC review is done, maybe weeks."
    lines = ["#export-controls", "Li Wei 10:02 AM", message, ":eyes: 2", "2 replies Last reply today at 10:40 AM",
             "Tom Berg 10:15 AM", reply, "Message #export-controls"]
    assert kept(lines) == [message, reply]


def test_a_comments_count_below_the_story_closes_it_with_the_sites_tagline():
    tagline = "Chip Ledger has been separating the signal from the noise for over 25 years."
    lines = [HEADLINE, PARA, PARA2, PARA3, "212 Comments", "Forum view", tagline]
    assert kept(lines) == [PARA, PARA2, PARA3]


def test_a_tag_list_below_the_story_closes_it_with_the_company_profile():
    profile = "Advanced Micro Devices, Inc. is one of the world's leading semiconductor manufacturers."
    lines = [HEADLINE, PARA, PARA2, PARA3, "Tags", "#AMD #Nvidia #China", "Company Profile", profile]
    assert kept(lines) == [PARA, PARA2, PARA3]


def test_a_copyright_notice_closes_the_story_but_a_picture_credit_does_not():
    lines = [HEADLINE, "© Reuters", PARA, PARA2, PARA3, "© 2025 Chip Ledger. All rights reserved.",
             "Chip Ledger is the most trusted source of news about semiconductors in Asia."]
    assert kept(lines) == [PARA, PARA2, PARA3]


def test_closing_paragraphs_that_only_present_people_are_the_authors_bios():
    bios = "Marcus Leung is a senior fellow with the Economics Program. Priya Raman is a research associate."
    lines = [HEADLINE, PARA, PARA2, PARA3, bios]
    assert kept(lines) == [PARA, PARA2, PARA3]


def test_a_bio_over_page_furniture_closes_the_story_whatever_paragraphs_the_page_sets_below():
    bio = "Marcus Leung is a researcher in technology policy at a Lisbon-based institute."
    comment = "Everybody has an opinion on the chip war, but only members of our club can share theirs below."
    lines = [HEADLINE, PARA, PARA2, PARA3, bio, "Comments", comment]
    assert kept(lines) == [PARA, PARA2, PARA3]


def test_a_sentence_presenting_someone_over_an_advertisement_and_more_of_the_story_is_kept():
    intro = "Marcus Leung is a researcher in technology policy at a Lisbon-based institute."
    lines = [HEADLINE, PARA, PARA2, PARA3, intro, "Advertisement", PARA]
    assert kept(lines) == [PARA, PARA2, PARA3, intro, PARA]


def test_a_sentence_presenting_someone_over_more_of_the_story_is_kept():
    intro = "Marcus Leung is a researcher in technology policy at a Lisbon-based institute."
    lines = [HEADLINE, PARA, PARA2, PARA3, intro, PARA]
    assert intro in kept(lines)


def test_a_sentence_presenting_someone_inside_the_story_is_kept():
    quote = "Gregory Allen is a senior fellow at CSIS and a former Pentagon official who has studied the rules."
    lines = [HEADLINE, PARA, quote, PARA2, PARA3]
    assert kept(lines) == [PARA, quote, PARA2, PARA3]


def test_a_sponsors_label_takes_its_message_however_long():
    message = "America leads the world in innovation. Learn how our members are investing in the next generation of AI."
    lines = [HEADLINE, PARA, PARA2, "A message from TechNet:", message, PARA3]
    assert kept(lines) == [PARA, PARA2, PARA3]


def test_a_wire_caption_ending_on_its_date_over_a_bare_credit_is_clutter():
    caption = "Nvidia CEO Jensen Huang attends a news conference in Taipei, Taiwan, May 19, 2025."
    lines = [HEADLINE, caption, "Ann Wang | Reuters", PARA, PARA2, PARA3]
    assert kept(lines) == [PARA, PARA2, PARA3]


def test_a_long_caption_under_a_credit_is_clutter_but_a_subheading_there_is_kept():
    caption = "Nvidia's chief executive Jensen Huang has called China a $50bn market opportunity"
    lines = [HEADLINE, "Getty Images", caption, PARA, PARA2, "Chip Somodevilla/Getty Images", "Background", PARA3]
    assert kept(lines) == [PARA, PARA2, "Background", PARA3]


def test_the_pages_own_headline_and_a_dek_without_full_stop_above_the_date_are_framing():
    lines = [HEADLINE, "Info-tech", "Nvidia says it will resume H20 AI chip sales to China after US assurance",
             "The company said the US government had assured it that licences would be granted",
             "Updated - July 15, 2025 at 06:12 PM.", PARA, PARA2, PARA3]
    assert kept(lines) == [PARA, PARA2, PARA3]


def test_closing_posts_of_a_numbered_thread_are_story():
    posts = ["Also watch the terms. There's chatter about conditions attached to these licences. 6/7",
             "Bottom line: US side is easing, for now. Whether China buys is a separate question. 7/7"]
    lines = [HEADLINE, PARA, PARA2, PARA3, *posts, "8:14 PM · Aug 8, 2025", "Reposts"]
    assert kept(lines) == [PARA, PARA2, PARA3, *posts]


def test_a_wire_storys_last_paragraph_ending_in_end_is_story():
    last = "The government in Seoul said it would closely monitor the impact on local exporters. (END)"
    lines = [HEADLINE, PARA, PARA2, last, "#H200 #Nvidia", "Share this:"]
    assert kept(lines) == [PARA, PARA2, last]


def test_a_posts_closing_line_ending_in_an_emoji_is_story():
    closing = "Curious whether others are seeing the same thing. 👇"
    lines = [HEADLINE, PARA, PARA2, PARA3, closing, "#semiconductors #AI", "Like", "Comment"]
    assert kept(lines) == [PARA, PARA2, PARA3, closing]


def test_a_short_caption_under_a_credit_above_the_story_is_clutter_but_a_label_is_kept():
    lines = [HEADLINE, "Photo: VCG", "Nvidia logo at a trade show in Beijing", PARA, PARA2]
    assert kept(lines) == [PARA, PARA2]
    lines = [HEADLINE, "Justin Sullivan/Getty Images News", "Introduction", PARA, PARA2]
    assert kept(lines) == ["Introduction", PARA, PARA2]


def test_a_story_paragraph_after_a_quoted_post_by_someone_else_is_kept():
    later = ("China's foreign ministry said on Tuesday that Beijing opposed the politicisation of technology and trade "
             "issues, and urged Washington to stop abusing export controls against Chinese companies.")
    lines = [HEADLINE, "Kenji Watanabe", "@kenji_w", PARA, PARA2, "Mao Ning", "@SpokespersonCHN",
             "We firmly oppose this.", later, PARA3]
    assert kept(lines)[-2:] == [later, PARA3]


def test_only_a_line_ending_on_a_digit_or_a_cjk_day_mark_may_end_on_a_date():
    assert _may_end_on_a_date("Jensen Huang speaks in Taipei, Taiwan, May 19, 2025.")
    assert _may_end_on_a_date("Nvidia headquarters, 2025-07-15 .")
    assert _may_end_on_a_date("英伟达总部 2025年7月15日")
    assert not _may_end_on_a_date("Jensen Huang speaks in Taipei, Taiwan, in May.")
    assert not _may_end_on_a_date("")


def test_a_live_pages_entry_heading_over_its_time_is_the_story_but_a_name_there_is_a_byline():
    lines = [HEADLINE, PARA, "Markets react", "10:05 GMT", PARA2,
             "Analysis: A truce, not a deal", "09:40 GMT", "Rosalind Ng", PARA3, "Mia Zhou", "09:12 GMT", PARA]
    assert clutter(lines) == ["Rosalind Ng", "Mia Zhou"]  # a name under the stamp is the entry's writer too


def test_a_closing_sentence_signed_by_its_agency_ends_the_story_not_the_page():
    signed = "Shares in Malaysian data-centre operators rose in early trade on Wednesday. – Reuters"
    lines = [HEADLINE, PARA, PARA2, signed, "Related News", "Malaysia says it will tighten checks on AI chip shipments"]
    assert signed not in clutter(lines)


def test_a_link_list_label_over_sentences_heads_a_section_of_the_text():
    lines = [HEADLINE, PARA, "Elsewhere", "A House bill would require location verification on exported AI chips.",
             "Cambricon reported another quarter of triple-digit revenue growth."]
    assert link_list_lines(lines) == set()
    assert link_list_lines([HEADLINE, PARA, "Elsewhere", "", "House bill targets chip smuggling", PARA2]) == {2, 3, 4}


def test_items_under_a_summary_label_after_the_last_paragraph_go_on_with_the_story():
    items = ["Listed firms need a licence for any item subject to US rules",
             "Applications will be reviewed under a presumption of denial"]
    lines = [HEADLINE, PARA, PARA2, "What happens next", *items, "Read more", "Nvidia says diversion is not material"]
    assert clutter(lines) == ["Nvidia says diversion is not material"]


def test_a_time_stamp_over_a_live_pages_last_entry_does_not_end_the_story():
    entry = ["1 hr ago", "Nvidia shares slip 2%", "Shares fell in premarket trading after the reports."]
    assert clutter([HEADLINE, PARA, "35 min ago", PARA2, *entry]) == []
    assert clutter([HEADLINE, PARA, PARA2, "Jenny", "1 hr ago", "Does anyone know if these are the same firms?"]) == [
        "Jenny", "Does anyone know if these are the same firms?"]


def test_a_sentence_signed_by_an_agency_above_the_second_paragraph_is_a_caption_but_the_last_one_is_the_story():
    caption = "Advanced Micro Devices logo is seen in this illustration taken August 25, 2022. — Reuters"
    signed = "AMD shares rose about 2% in premarket trading on the news of the licences. – Reuters"
    assert clutter([HEADLINE, caption, PARA, PARA2, signed]) == [caption]


def test_a_videos_chapter_list_under_its_label_is_a_link_list_with_or_without_a_colon():
    for label in ("Chapters", "Chapters:"):
        lines = [HEADLINE, PARA, label, "0:00 Intro", "0:41 What the CAC said", "2:05 Why now?", PARA2]
        assert link_list_lines(lines) == {2, 3, 4, 5}


def test_a_subheading_over_a_hard_wrapped_section_below_the_story_goes_on_with_it():
    lines = [HEADLINE, PARA, PARA2, "", "THE TAKE", "",
             "Net-net: more access on paper, less certainty in practice. Nvidia",
             "gets to sell a Blackwell product in China for the first time; the",
             "customers most likely to buy it in size now face a review with no",
             "deadline."]
    assert clutter(lines) == []


def test_a_shows_in_this_episode_or_in_this_video_topics_are_its_description_not_a_link_list():
    for label in ("In this episode:", "In this video:"):
        lines = [HEADLINE, PARA, label, "- What the B30A is, and how it compares with the H20",
                 "- What Beijing's own restrictions mean for any deal", "", PARA2]
        assert link_list_lines(lines) == set()


def test_a_forum_threads_sort_control_and_comment_buttons_start_its_comments():
    lines = [HEADLINE, PARA, PARA2, "all 117 comments", "sorted by: best", "[–]prc_watcher_88 41 points 6 months ago",
             "The H20 backdoor story in Chinese media shows the downside of all this.", "permalink embed save report reply"]
    assert clutter(lines) == lines[4:]  # from the sort control on; the bare count above is left to other rules
    assert classify("permalink embed save parent report reply") and classify("Archived post. New comments cannot be posted and votes cannot be cast.")


def test_a_takeaway_list_closing_the_story_is_its_summary_however_its_items_end():
    items = ["Nvidia is preparing B30A samples for Chinese customers",
             "The chip would be roughly half as powerful as the B300"]
    for label in ("The Takeaway", "Takeaways", "My takeaways"):
        lines = [HEADLINE, PARA, PARA2, label, *items, "Subscribe to unlock the full article"]
        assert clutter(lines) == []  # the paywall prompt is named clutter (classify), no layout needed


def test_a_list_announced_to_screen_readers_ends_at_its_end_of_list_marker():
    heading = "April-August 2025: Ban, reversal and a revenue deal"
    lines = [HEADLINE, PARA, "list of 2 items", "list 1 of 2", "Why Chinese tech firms are stockpiling AI chips",
             "list 2 of 2", "What is DeepSeek and why does it matter?", "end of list", heading, PARA2]
    assert link_list_lines(lines) == set(range(2, 8))


def test_the_lines_over_the_button_closing_a_live_pages_last_entry_belong_to_that_entry():
    agenda = ["Also coming up today", "US inflation report for June", "Earnings from JP Morgan, Wells Fargo and Citi"]
    lines = [HEADLINE, "10.41 BST", "Chip stocks rally", PARA, "Share", "09.36 BST", "AMD follows", PARA2, "Share",
             "07.12 BST", "Introduction: Nvidia to resume H20 sales", PARA3, *agenda, "Share",
             "Explore more on these topics", "Most viewed"]
    assert not set(agenda) & set(clutter(lines))
    recirculation = ["Nvidia shares jump as H20 sales resume", "Why Beijing is wary of the H20"]
    article = [HEADLINE, "Share", "Share", PARA, PARA2, *recirculation, "Share"]  # a share bar by the headline closes no entry
    assert clutter(article) == recirculation


def test_a_live_entrys_stamp_over_its_headline_and_paragraph_ends_a_list_above_it():
    entry = ["11:05 AM EST", "Nvidia stock turns lower as China tells buyers to justify H200 purchases", "Josh Calder", PARA]
    lines = [HEADLINE, "In this article:", "NVDA", "-0.84%", "^IXIC", "Coverage is live", *entry, PARA2]
    assert link_list_lines(lines) == {1, 2, 3, 4, 5}
    clip = ["02:41", "Trump greenlights Nvidia H200 sales to China", "Closing Bell: Overtime", PARA]
    assert {2, 3, 4} <= link_list_lines([HEADLINE, "Watch now", *clip])  # a clip's length is no entry's stamp


def test_a_sentence_the_page_sets_among_its_footer_is_no_last_paragraph_of_the_story():
    promo = "Write a piece for us and join a community of more than 200,000 researchers from 5,000 institutions."
    footer = ["Semiconductors", "Technology", "Export controls", "Events", "More events", "Jobs", "Want to write?"]
    lines = [HEADLINE, PARA, PARA2, PARA3, PARA, *footer, promo]
    assert kept(lines) == [PARA, PARA2, PARA3, PARA]


def test_a_paragraph_under_a_newsletter_box_or_a_share_row_is_still_the_story():
    for box in (["Newsletter", "Enter your email address", "Subscribe"], ["Share this article", "Facebook", "LinkedIn"]):
        lines = [HEADLINE, PARA, PARA2, PARA3, *box, PARA2]
        assert kept(lines) == [PARA, PARA2, PARA3, PARA2]


def test_a_sentence_over_a_bare_picture_credit_above_the_second_paragraph_is_the_pictures_caption():
    caption = "Nvidia's chief executive has spent months lobbying Washington for permission to sell chips in China."
    lines = [HEADLINE, caption, "Kevin Dietsch/Getty Images", PARA, PARA2, PARA3]
    assert kept(lines) == [PARA, PARA2, PARA3]


def test_a_paragraph_of_the_story_over_a_picture_credit_further_down_is_kept():
    lines = [HEADLINE, PARA, PARA2, PARA3, "Getty Images", PARA]
    assert kept(lines) == [PARA, PARA2, PARA3, PARA]


def test_a_channels_next_post_under_the_counters_of_the_last_one_is_still_text():
    counters = ["👁 12.4K", "🔥 214", "👍 88", "🤔 17"]
    post = "One more thing: several readers asked why Kunlun's share looks so low. Most of its output is used by Baidu itself."
    lines = [HEADLINE, PARA, PARA2, PARA3, PARA, *counters, post]
    assert post in kept(lines)
