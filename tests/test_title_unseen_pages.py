"""Headline and dek on page shapes of outlets the corpus has not seen: consent and
newsletter boxes over the headline, dash continuations, deks over the byline or date."""

from chiptrail_normalise.pipeline import normalise
from chiptrail_normalise.title import extract_title

HEADLINE = "China tells tech giants to stop buying Nvidia's RTX Pro 6000D chips, report says"
DEK = "Beijing's internet regulator has ordered firms including ByteDance and Alibaba to cancel orders for the chip, according to the Financial Times."
LEAD = (
    "China's internet regulator has told the country's biggest technology companies to stop buying Nvidia's "
    "RTX Pro 6000D, a chip the US company developed for the Chinese market, the Financial Times reported."
)
MORE = "The Cyberspace Administration of China instructed companies including ByteDance and Alibaba to end testing of the chip."


def title_and_dek(lines):
    title, subtitle = extract_title(lines)
    return title.value, subtitle.value


def test_a_consent_box_over_the_headline_is_passed_over():
    lines = ["We value your privacy",
             "We and our partners store and/or access information on a device, such as cookies, and process personal data.",
             "AGREE", "MORE OPTIONS", HEADLINE, DEK, "By Euronews with AP", "Published on 17/09/2025 - 10:41 GMT+2", LEAD, MORE]
    assert title_and_dek(lines) == (HEADLINE, DEK)


def test_a_cookie_notice_without_a_we_and_you_voice_is_still_passed_over():
    lines = ["Your privacy, your choice",
             "We use essential cookies to make sure the site can function. We also use optional cookies for advertising.",
             "Accept all cookies", "Reject optional cookies", HEADLINE, "By Jane Doe", "December 9, 2025", LEAD, MORE]
    assert title_and_dek(lines)[0] == HEADLINE


def test_a_newsletter_box_over_a_headline_without_byline_is_passed_over():
    lines = ["Sign up for our newsletter", "Get the latest chip policy news delivered to your inbox every week.",
             "Email address", "Subscribe", HEADLINE, LEAD, MORE]
    assert title_and_dek(lines)[0] == HEADLINE


def test_a_headline_whose_lead_speaks_as_we_is_kept_over_later_subheadings():
    lines = ["Why the H20 saga is not over", "We have been here before: a licence, a reversal, and a rush for stock.",
             "What changed this week", LEAD, MORE]
    assert title_and_dek(lines)[0] == "Why the H20 saga is not over"


def test_a_dash_continuation_in_lower_case_stays_in_the_headline():
    headline = "Trump lets Nvidia sell H200 chips to China – but Beijing moves to limit access"
    assert title_and_dek([headline, LEAD, MORE]) == (headline, None)


def test_a_title_cased_conjunction_after_a_dash_also_continues_the_headline():
    headline = "Nvidia Wins Approval for H200 Sales - But Beijing Wants Buyers to Justify Them"
    assert title_and_dek([headline, LEAD, MORE])[0] == headline


def test_a_dek_without_full_stop_between_headline_and_author_leaves_the_body():
    dek = "Regulators in China reportedly plan to make buyers justify purchases, as domestic chipmakers are prioritised"
    lines = ["Trump lets Nvidia sell H200 chips to China – but Beijing moves to limit access", dek,
             "Aisha Rahman", "Tue 9 Dec 2025 03.12 GMT", "Share", LEAD, MORE]
    result = normalise("\n".join(lines))
    assert result.meta["subtitle"] == dek
    assert dek not in result.body and "Aisha Rahman" not in result.body


def test_a_two_sentence_dek_over_the_byline_is_the_subtitle():
    dek = "Washington has paused a rule on subsidiaries of blacklisted firms. Beijing, meanwhile, is pushing Nvidia out."
    assert title_and_dek([HEADLINE, dek, "By Jane Doe", "Nov 6, 2025", LEAD, MORE]) == (HEADLINE, dek)


def test_a_sentence_under_the_date_stamp_is_the_storys_lead_not_a_dek():
    """A dek stands over the byline and the date; a sentence under the story's date is its
    lead, however it sums up (unseen pages label it so about four times as often)."""
    summary = "Washington has paused a rule on subsidiaries of blacklisted firms. Beijing, meanwhile, is pushing Nvidia out."
    short = "Two moves this week, and they cut in opposite directions."
    pages = [
        (summary, [HEADLINE, "11/06/2025", summary, "https://p.dw.com/p/4mXq2", "Advertisement", LEAD, MORE]),
        (short, [HEADLINE, "Miguel Cordon", "4 months ago · 3 min read", short, LEAD, MORE]),
    ]
    for opening, lines in pages:
        assert title_and_dek(lines) == (HEADLINE, None), opening
        assert opening in normalise("\n".join(lines)).body, opening


def test_a_dek_reporting_the_days_news_over_the_byline_is_still_the_dek():
    dek = "The company said on Monday that it had received the first licences."
    assert title_and_dek([HEADLINE, dek, "By Jane Doe", LEAD, MORE]) == (HEADLINE, dek)


def test_a_sentence_under_the_authors_name_is_the_lead_not_a_dek():
    lines = [HEADLINE, "Lena Hofmann", "Follow", "6 min read", "Aug 14, 2025",
             "This week delivered two pieces of news about the same chip.", "Washington opens the door", LEAD, MORE]
    assert title_and_dek(lines) == (HEADLINE, None)


def test_a_paragraph_under_a_live_blog_label_is_not_a_dek():
    lines = ["Live updates: US approves H200 exports as China weighs response", "Updated 12 min ago", "Key events",
             "18:45 GMT", "Commerce confirms licences", LEAD, "17:30 GMT", MORE]
    assert title_and_dek(lines) == ("Live updates: US approves H200 exports as China weighs response", None)


def test_section_names_between_the_headline_and_the_site_are_dropped():
    title, _ = extract_title(["Nvidia H20 sales to China resume | Technology | The Guardian",
                              "Nvidia H20 sales to China resume", LEAD, MORE])
    assert (title.value, title.details["site"]) == ("Nvidia H20 sales to China resume", "The Guardian")


def test_a_headline_ending_in_a_full_stop_over_a_date_stamp_is_the_headline():
    assert title_and_dek(["Nvidia resumes H20 sales.", "Dec 4, 2025", LEAD, MORE])[0] == "Nvidia resumes H20 sales."


def test_an_outlets_own_banner_over_the_headline_is_never_the_title():
    lines = ["This article is more than 11 months old", HEADLINE, "Aisha Rahman", "Tue 9 Dec 2025 03.12 GMT", LEAD, MORE]
    assert title_and_dek(lines)[0] == HEADLINE


def test_list_items_of_a_forum_post_are_never_its_headline():
    lines = ["r/LocalLLaMA", "5 mo. ago", "tensor_dumpling", "Anyone running inference on Kunlun P800? Worth it vs H20?",
             "Discussion", "Work at a mid-size company. We got an H20 allocation last year, but procurement now says no more.",
             "Questions:", "- Is anyone still getting H20s at sane prices?", "Upvote", "5 mo. ago"]
    assert title_and_dek(lines)[0] == "Anyone running inference on Kunlun P800? Worth it vs H20?"


def test_a_dek_over_a_photo_credit_and_the_byline_is_the_subtitle():
    dek = "The company said on Monday that it had received the first licences for the chip."
    lines = [HEADLINE, dek, "Photograph: Dado Ruvic/Reuters", "By Jane Doe", LEAD, MORE]
    assert title_and_dek(lines) == (HEADLINE, dek)


def test_a_lead_over_a_photo_credit_and_more_story_stays_in_the_body():
    lines = [HEADLINE, LEAD, "Photograph: Dado Ruvic/Reuters", MORE]
    assert title_and_dek(lines) == (HEADLINE, None)


def test_a_short_capitalised_name_after_a_pipe_is_the_site_not_part_of_the_headline():
    title, subtitle = extract_title(["Nvidia resumes H20 sales | Chip Insider", LEAD, MORE])
    assert (title.value, title.details["site"], subtitle.value) == ("Nvidia resumes H20 sales", "Chip Insider", None)


def test_a_title_cased_phrase_after_a_dash_stays_in_the_headline():
    assert title_and_dek(["Nvidia Shares Fall - Here's Why", LEAD, MORE])[0] == "Nvidia Shares Fall - Here's Why"


def test_a_dek_over_the_desks_name_and_the_date_is_the_subtitle():
    dek = "Customs teams have been deployed at major ports to inspect semiconductor shipments, the Financial Times reported."
    lines = ["Home > News > Technology", HEADLINE, dek, "Chip Desk", "October 10, 2025 / 14:22 IST", LEAD, MORE]
    result = normalise("\n".join(lines))
    assert result.meta["subtitle"] == dek and dek not in result.body


def test_a_lead_over_a_subheading_and_a_date_is_not_a_dek():
    lead = "Chinese customs officers are now opening crates of chips at the ports. Importers say the checks add days to deliveries."
    lines = [HEADLINE, lead, "What Changed", "October 10, 2025", MORE, LEAD]
    assert title_and_dek(lines) == (HEADLINE, None)


NEWS_LEAD = (
    "AMD on Tuesday said it planned to restart shipments of its Instinct MI308 accelerators to China after the "
    "U.S. Commerce Department told the company its export licence applications would move forward for review."
)
BYLINE_WITH_STAMP = "By Anton Shilov published Tue, 15 Jul 2025 14:02:11 +0000"


def test_a_short_summary_under_the_byline_is_the_storys_first_paragraph():
    opening = "The company expects its applications to be approved."
    lines = ["AMD plans to resume MI308 shipments to China", "News", BYLINE_WITH_STAMP, opening, NEWS_LEAD, MORE]
    result = normalise("\n".join(lines))
    assert result.meta.get("subtitle") is None and opening in result.body


def test_a_short_opening_line_under_the_byline_stays_in_the_body():
    headline = "AMD plans to resume MI308 shipments to China"
    openings = {
        "Nvidia said it expects its applications to be approved.": NEWS_LEAD,  # reports: the lead itself
        "We expect the applications to be approved.": NEWS_LEAD,  # the writer's voice
        "The MI308 is back.": "But " + NEWS_LEAD[0].lower() + NEWS_LEAD[1:],  # the paragraph goes on from it
        "This week delivered two pieces of news about the same chip.": (  # a blog's paragraph, not a news lead
            "The Commerce Department has started issuing licences for Nvidia to ship the H20 to China, after the "
            "company and AMD agreed to hand the US government 15% of revenue from those sales."
        ),
        "The company expects its licences soon.": MORE,  # a paragraph no longer than itself
    }
    for opening, paragraph in openings.items():
        assert title_and_dek([headline, BYLINE_WITH_STAMP, opening, paragraph, MORE]) == (headline, None), opening


def test_a_short_subheading_under_the_headline_is_no_byline_to_find_a_dek_under():
    opening = "The guidance is the first of its kind."
    lines = ["AMD plans to resume MI308 shipments to China", "Regulators Respond", opening, NEWS_LEAD, MORE]
    assert title_and_dek(lines) == ("AMD plans to resume MI308 shipments to China", None)


BYLINE_AND_STAMP = ["By Jane Doe", "July 15, 2025 at 4:02 AM EDT"]


def test_a_menu_set_on_one_line_is_never_the_headline_even_with_unknown_section_names():
    for menu in ("Home Tech Finance Leadership Well Retail Lifestyle Rankings Multimedia",
                 "News Sport Business Innovation Culture Arts Travel Earth Audio Video Live",
                 "World Business Markets Sustainability Legal Breakingviews Technology Investigations"):
        lines = ["Subscribe Now", menu, "Nvidia CEO Jensen Huang speaks at Computex in Taipei today.",
                 "Pedro Pardo—AFP/Getty Images", HEADLINE, *BYLINE_AND_STAMP, LEAD, MORE]
        assert title_and_dek(lines)[0] == HEADLINE, menu


def test_a_title_cased_headline_with_sentence_words_or_few_section_names_is_no_menu():
    for headline in ("Nvidia Says It Will Resume H20 Sales To China",
                     "Huawei Unveils Ascend Roadmap Challenging Nvidia Dominance"):
        assert title_and_dek([headline, *BYLINE_AND_STAMP, LEAD, MORE])[0] == headline


def test_a_kicker_naming_the_programme_or_sponsor_over_the_headline_is_passed_over():
    for kicker in ("Heard on All Things Considered", "As seen on Squawk Box", "Sponsored by Acme Cloud Services"):
        lines = ["NPR", "Donate", kicker, HEADLINE, "October 13, 2022 4:58 PM ET", LEAD, MORE]
        assert title_and_dek(lines)[0] == HEADLINE, kicker


def test_a_photo_caption_over_its_credit_above_the_headline_is_passed_over():
    lines = ["Nvidia chief executive Jensen Huang speaks at the company's developer conference in San Jose.",
             "Justin Sullivan/Getty Images", HEADLINE, *BYLINE_AND_STAMP, LEAD, MORE]
    assert title_and_dek(lines)[0] == HEADLINE


def test_a_four_word_kicker_over_a_longer_headline_and_its_dek_is_passed_over():
    dek = "Domestic makers race to fill the gap left by restricted Nvidia parts, but capacity remains tight"
    lines = ["Nikkei Asia", "Tech", "China's AI chip stockpiles", HEADLINE, dek, "September 3, 2025 05:00 JST", LEAD, MORE]
    assert title_and_dek(lines) == (HEADLINE, dek)


def test_a_four_word_headline_over_its_byline_stays_the_headline():
    assert title_and_dek(["China rejects Nvidia chips", "By Jane Doe", "September 3, 2025", LEAD, MORE])[0] == (
        "China rejects Nvidia chips"
    )


def test_a_document_type_label_over_the_date_gives_way_to_the_headline_under_it():
    lines = ["Harlow Finch LLP", "Insights", "Client Alert", "March 3, 2025", HEADLINE,
             "Print", "PDF", "Email", "Partner, Washington, D.C.", LEAD, MORE]
    assert title_and_dek(lines)[0] == HEADLINE


def test_link_labels_of_a_forum_page_are_no_headline():
    lines = ["Skip to main content", "r/chips", "Advertise on Forumly", "Open chat", "Create", "Open inbox",
             "r/chips", "3 mo. ago", "wafer_watcher", HEADLINE, "Discussion",
             "So here we go again. Summary of what the reports say, for anyone who missed the other thread:", MORE]
    assert title_and_dek(lines)[0] == HEADLINE


def test_a_short_headline_over_its_dek_is_still_the_headline():
    lines = ["Chip Curbs Bite Hard", DEK, "(GlobalTimesAI.com) — " + LEAD, MORE]
    assert title_and_dek(lines) == ("Chip Curbs Bite Hard", DEK)


def test_a_breadcrumb_trail_over_the_headline_is_no_headline():
    lines = ["Asia Chip Desk", "Newsletters / Export Controls Weekly", "Export Controls Weekly", HEADLINE, DEK,
             "Aug 2, 2025", "5 min read", LEAD, MORE]
    assert title_and_dek(lines)[0] == HEADLINE


def test_a_long_menu_set_one_entry_a_line_does_not_hide_the_headline():
    menu = ["Home", "World", "Business", "Markets", "Tech", "Opinion", "Sport", "Life", "Arts", "Travel"] * 3
    lines = ["The Meridian Post", *menu, "Tech & Policy", "Chip Wars Summit", HEADLINE, "By Jane Doe", "Sep 2, 2025", LEAD, MORE]
    assert title_and_dek(lines)[0] == HEADLINE


def test_a_picture_credit_and_caption_between_the_headline_and_the_byline_do_not_displace_it():
    caption = "A worker inspects server boards at a data centre in Johor, Malaysia, last month | REUTERS"
    lines = ["The Harbour Times", "BUSINESS / TECH", HEADLINE, DEK, "Reuters file photo", caption,
             "by Ellen Marsh and Kenji Arakawa", "Nov 7, 2025", LEAD, MORE]
    assert title_and_dek(lines) == (HEADLINE, DEK)


def test_a_byline_with_a_middle_initial_without_its_full_stop_opens_the_article():
    lines = ["The Gulf Ledger", "Business", HEADLINE, DEK, "Alvin R Cabral", "Nov 10, 2025", "Listen", LEAD, MORE]
    assert title_and_dek(lines) == (HEADLINE, DEK)


def test_a_browser_print_header_is_not_part_of_the_headline():
    lines = [f"12/5/24, 9:14 AM {HEADLINE} | Harlow Finch LLP", "HARLOW FINCH LLP", HEADLINE, "December 3, 2024", LEAD, MORE]
    assert title_and_dek(lines)[0] == HEADLINE


def test_a_mail_clients_forward_prefix_is_not_part_of_the_headline():
    lines = [f"Fwd: {HEADLINE}", "Inbox", "Mei Tanaka <mei@example.com>", "to me", LEAD, MORE]
    assert title_and_dek(lines)[0] == HEADLINE


def test_a_newsletters_tagline_between_its_subscribe_widgets_is_not_the_first_paragraph():
    headline = "The H20 is selling. Just not the way anyone hoped."
    lines = ["Compute Frontier", "Subscribe", "Discover more from Compute Frontier",
             "Notes on chips, compute and the rules that decide where they can go.", "Over 12,000 subscribers",
             "Subscribe", headline, DEK, "Maren Holt", "May 28, 2024", "Share", LEAD, MORE]
    assert title_and_dek(lines) == (headline, DEK)


def test_a_sites_tagline_over_a_headline_opened_by_its_byline_is_not_the_first_paragraph():
    lines = ["Chip Notes", "A weekly letter on export controls and the chips they govern.", "Subscribe",
             HEADLINE, "By Jane Doe", "July 15, 2025", LEAD, MORE]
    assert title_and_dek(lines)[0] == HEADLINE
