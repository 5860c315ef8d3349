"""Headline against the lines set around it: a dek in sentences under it, a section
rubric or breadcrumb glued onto it, symbols a forum sets before it."""

import pytest

from chiptrail_normalise.title import extract_title

LEAD = (
    "The Commerce Department has started issuing licences for Nvidia's H20 and AMD's MI308, "
    "people familiar with the matter said on Tuesday, weeks after the companies agreed to share revenue."
)
MORE = "Chinese regulators have meanwhile told companies to avoid the chips in government-related work."


def title_and_dek(lines):
    title, subtitle = extract_title(lines)
    return title.value, subtitle.value


def test_a_dek_in_sentences_over_the_byline_is_not_taken_for_the_headline():
    headline = "The H200 decision is a bet that Beijing will say no"
    dek = ("Washington just offered China a chip it actually wants. "
           "The conditions tell you what the administration expects to happen next.")
    lines = ["Chokepoint Notes", "Subscribe", "Sign in", headline, dek, "Priya Ramanathan", "Dec 10, 2025", LEAD, MORE]
    assert title_and_dek(lines) == (headline, dek)


def test_a_short_headline_keeps_its_dek_under_it_past_the_site_name():
    headline = "The B30A question"
    dek = ("Nvidia has a Blackwell chip for China in the works. Washington hasn't decided whether it can be sold. "
           "Here's how to think about it.")
    lines = ["Tensor & Tariff", "Subscribe", "Sign in", headline, dek, "Oren Halevi", "Aug 20, 2025", LEAD, MORE]
    assert title_and_dek(lines)[0] == headline


def test_a_title_cased_headline_in_two_sentences_is_no_dek_of_the_label_above_it():
    headline = "AMD Stock Slides Despite Earnings Beat. Chipmaker Says It Has Received Some China Licenses."
    lines = ["Tech Leaders", headline, "Jane Doe", "Aug 6, 2025", LEAD, MORE]
    assert title_and_dek(lines)[0] == headline


def test_a_section_glued_to_the_headline_is_left_to_the_page_heading_under_it():
    headline = "Trump Says Nvidia Can Sell H200 Chips to China, With a 25% Cut for the U.S."
    dek = "The decision reverses years of policy that kept the company’s most powerful processors out of China."
    lines = ["Skip to content", f"Technology|{headline}", "Share full article", headline, dek,
             "Jensen Huang, Nvidia’s chief executive.Credit...Kent Nishimura for The New York Times",
             "By Ryan Halvorsen and Meredith Cole", "Dec. 8, 2025", LEAD, MORE]
    assert title_and_dek(lines)[0] == headline


def test_a_breadcrumb_ending_on_the_headline_is_not_the_headline():
    headline = "Nvidia H200 chips to China: What Trump's decision means and why Blackwell stays off limits"
    lines = ["Subscribe", f"News / World News / US News / {headline}", headline, "By HT News Desk",
             "Dec 09, 2025 02:15 pm IST", LEAD, MORE]
    assert title_and_dek(lines)[0] == headline


def test_a_breadcrumb_in_lower_case_with_a_week_number_ending_on_the_headline_is_not_the_headline():
    headline = "Nvidia may ship its H20 accelerators to China again"
    lines = ["chipnews online", f"chipnews online › News › 2025 › KW 29 › {headline}", headline,
             "15.07.2025 09:12", "By Jan Vogt", LEAD, MORE]
    assert title_and_dek(lines)[0] == headline


def test_a_series_name_before_a_pipe_over_a_desks_name_and_date_stays_in_the_headline():
    headline = "Evening Brief | China clears first H200 imports for three cloud giants"
    lines = ["Asia Tech Wire", "Home", "Newsletter", headline, "ATW Editorial Team",
             "January 28, 2026 · 08:00", "China clears first H200 imports", LEAD, MORE]
    assert title_and_dek(lines)[0] == headline


def test_a_rubric_of_section_and_topic_over_the_headline_is_passed_over():
    headline = "China’s chipmakers are catching up. Slowly"
    lines = ["The Economist", "Menu", "Business | Made in China, with difficulty", headline,
             "Huawei and Cambricon are winning customers at home. Making enough chips is another matter",
             "Sep 4th 2025|Shanghai", LEAD, MORE]
    assert title_and_dek(lines)[0] == headline


def test_a_video_title_over_the_channel_name_and_its_subscribers_is_the_headline():
    headline = "US to let Nvidia resume H20 sales to China as Malaysia tightens controls on AI chip exports"
    description = ("Nvidia says Washington has assured it that licences to sell its H20 artificial intelligence "
                   "chips to China will be granted, while Malaysia now requires permits for exports of US AI chips.")
    lines = ["Skip navigation", "Search", headline, "CNA", "2.11M subscribers", "Subscribe", "614", "Share",
             "41,207 views  15 Jul 2025  #CNA #Nvidia", description, MORE]
    title = extract_title(lines)[0]
    assert (title.value, title.details["derived"]) == (headline, False)


def test_a_question_headline_with_a_tag_in_brackets_is_no_photo_caption():
    headline = "H20 vs Huawei Ascend 910C: Can China Actually Replace Nvidia? (Deep Dive)"
    lines = ["Skip navigation", "Search", headline, "Die Shot Daily", "186K subscribers", "Subscribe", "Share",
             "143,880 views  Premiered Sep 3, 2025", LEAD, MORE]
    assert title_and_dek(lines)[0] == headline


def test_a_vote_arrow_before_a_link_posts_title_is_not_part_of_it():
    headline = "Trump says US will let Nvidia sell H200 chips to China, with 25% going to the US"
    lines = ["Hacker News new | past | comments | ask | show | jobs | submit login",
             f"▲ {headline} (reuters.com)",
             "614 points by kdrift 14 hours ago | hide | past | favorite | 731 comments", LEAD, MORE]
    assert title_and_dek(lines)[0] == headline


def test_a_reply_under_its_stamp_further_down_does_not_displace_a_posts_title():
    headline = "Ask HN: Anyone running real training jobs on Huawei Ascend 910C clusters?"
    post = ["I work for a company in Shenzhen that has been told to move our fine-tuning workloads to domestic hardware.",
            "Our experience so far: kernels that are one line in PyTorch on CUDA need to be rewritten for Ascend.",
            "We previously ran on Ascend 910B and the 910C is clearly better, but large jobs still fail for no clear reason."]
    reply = "Honest question: how is this legal to discuss? Isn't using these chips now a US export control issue?"
    lines = ["Hacker News new | past | comments | ask | show | jobs | submit login", headline,
             "93 points by tensor_kettle 4 months ago | hide | past | favorite | 61 comments", *post, "add comment",
             "ocelotl 4 months ago | prev | next [–]", reply, "reply", "hwtt 4 months ago | parent | next [–]",
             "Only if you're subject to US jurisdiction. For a company in Shenzhen it's not relevant.", "reply"]
    assert title_and_dek(lines)[0] == headline


def test_a_search_box_listing_what_it_finds_is_no_headline():
    headline = "Nvidia: H200 Is Legal To Ship Now. Whether China Lets It In Is Another Matter"
    lines = ["Seeking Alpha", "Home", "Market News", "Search for symbols, analysis, authors, & more", "Sign In",
             headline, "Jan. 16, 2026 9:30 AM ET", "Harbor Point Capital", "Follow", LEAD, MORE]
    assert title_and_dek(lines)[0] == headline


def test_an_episodes_number_and_running_time_over_its_title_are_no_headline():
    headline = "Chasing GPUs: smuggling, enforcement and the limits of export controls, with Dana Whitfield"
    lines = ["Controlled Items", "Episodes", "Guests", "About", "Season 3 · Episode 7", headline, "1 hr 4 min",
             "Play", "Download MP3", LEAD, MORE]
    assert title_and_dek(lines)[0] == headline


def test_a_breadcrumb_behind_its_label_is_no_headline():
    headline = "The Cyberspace Administration of China held talks with Nvidia on the security risks of the H20 chips"
    lines = ["Home | Authoritative Release | Policies and Regulations", "Cyberspace Administration of China",
             "Current location: Home > Authoritative Release > Announcements", headline,
             "July 31, 2025 17:26   Source: Cyberspace Administration of China", LEAD, MORE]
    assert title_and_dek(lines)[0] == headline


def test_a_blogs_tagline_over_a_long_menu_is_not_taken_for_the_story():
    headline = "Why I'm Not Trimming My Nvidia Position Over China"
    lines = ["The Patient Compounder", "Long-term investing in quality businesses. One essay at a time.",
             "Home", "Portfolio", "Essays", "Reading List", "About", "Contact", headline,
             "Posted in Portfolio Updates · 9 min read", LEAD, MORE]
    assert title_and_dek(lines)[0] == headline


def test_a_caption_signed_by_its_agency_is_no_dek_between_the_headline_and_its_byline():
    headline = "Washington allows Nvidia to sell a scaled-down Blackwell chip in China"
    dek = "The Commerce Department approved licenses for the B30A, a processor with roughly half the computing power"
    lines = ["EL PAÍS", "English Edition", "TECHNOLOGY", headline, dek,
             "Jensen Huang, CEO of Nvidia, at a press conference in Taipei.ANN WANG (REUTERS)",
             "Álvaro Montero", "Washington - Sep 16, 2026 - 10:42 CEST", LEAD, MORE]
    assert title_and_dek(lines) == (headline, dek)


def test_a_blog_posts_reading_time_and_word_count_open_it_under_the_headline():
    headline = "H20 vs Ascend 910B: notes from three weeks of inference benchmarking"
    lines = ["Home", "Posts", "Tags", "About", headline, "6 min · 1,187 words · Ilya Brandt", "Table of Contents",
             "Setup", "Throughput", "Where the 910B falls down", "Takeaways", LEAD, "Setup", MORE]
    assert title_and_dek(lines)[0] == headline


def test_a_forwarded_notes_sender_and_sending_time_are_its_header_not_its_headline():
    headline = "US export policy: diffusion rule out, Ascend guidance in — net neutral for NVDA"
    lines = ["From: Halvard Securities Research <research@halvardsec.example>",
             "Sent: Wednesday, May 14, 2025 6:48 AM", "To: Institutional Clients",
             "Subject: [Halvard Flash] US export policy: diffusion rule out, Ascend guidance in",
             "Halvard Securities", "Global Technology Research | Flash Note", headline,
             "Analysts: Signe Lindqvist, CFA; Arjun Bhatia", LEAD, MORE]
    assert title_and_dek(lines)[0] == headline


def test_a_headline_ending_on_a_date_is_no_date_stamp_under_the_sites_name():
    headline = "Foreign Ministry Spokesperson Guo Jiakun's Regular Press Conference on May 16, 2025"
    lines = ["Ministry of Foreign Affairs of the People's Republic of China", "中文",
             "Home | Ministry | Foreign Policy | Countries & Regions | Press and Media Service",
             "Home > Press and Media Service > Spokesperson's Remarks", headline, "Updated: May 16, 2025 20:10",
             LEAD, MORE]
    assert title_and_dek(lines)[0] == headline


def test_a_dek_in_the_newsrooms_voice_over_the_byline_is_no_widgets_text():
    headline = "Nvidia keynote live blog: Jensen Huang on NVLink, RTX and China"
    lines = ["PC Weekly", "Home", "News", headline, "We're in Taipei for the keynote. Refresh for updates.",
             "By Mark Hale", "May 19, 2025 1:55 am PDT", LEAD, MORE]
    assert title_and_dek(lines)[0] == headline


def test_a_chinese_lead_of_one_long_sentence_under_the_stamp_is_the_story_not_a_dek():
    lead = ("新浪科技讯 9月8日晚间消息，据多家外媒报道，美国商务部已批准英伟达向中国客户出口基于Blackwell架构的B30A芯片的首批许可证，"
            "出口须遵守与H200相同的收入分成和安全条件。")
    more = "报道称，首批许可证覆盖数家大型云服务商，芯片在出口前须在美国接受第三方检测。"
    lines = ["新浪财经", "首页", "美国放行英伟达B30A对华出口 中方同步启动安全审查", "2026年09月08日 21:15 新浪科技", lead, more]
    title, subtitle = extract_title(lines)
    assert subtitle.value is None


def test_a_headline_over_a_summary_box_opens_the_page_not_the_box_items_over_the_byline():
    headline = "Nvidia takes a $5.5bn hit as US curbs AI chip sales to China"
    items = ["Shares in Nvidia fall about 6% in early trading", "Rival AMD says it faces a similar hit of up to $800m",
             "China's foreign ministry says the US is weaponising trade and tech"]
    lines = ["Home", "News", "Business", "Live", headline, "Summary",
             "The chip giant says it will take a charge after Washington required a licence for its H20", *items,
             "Live Reporting", "Edited by Tom Espiner and Lucy Acheson", "Published 16 April 2025",
             "Nvidia said on Tuesday that it would take a charge of about $5.5bn after the US government told it that "
             "exports of its H20 chip to China would need a licence from now on.",
             "The company said the rule would apply for the indefinite future, and its shares fell in early trading."]
    assert extract_title(lines)[0].value == headline


@pytest.mark.parametrize("byline", ["Por Agencia EFE", "Von Anna Weber", "Par Julien Martin"])
def test_a_byline_in_another_language_opens_the_headline_over_its_dek(byline):
    headline = "Estados Unidos autoriza la venta del chip H200 de Nvidia a China, pero Pekín frena las importaciones"
    dek = "Washington publicó la norma que permite exportar el procesador caso por caso, mientras las aduanas chinas frenan"
    lines = ["infobae", "América", "Economía", "Tecnología", headline, dek, "15 Ene, 2026 08:31 a.m. EST", byline,
             "Washington, 15 ene (EFE).- El Gobierno de Estados Unidos publicó este martes una norma que permite exportar el chip.",
             "Según la regla del Departamento de Comercio, las licencias se estudiarán caso por caso."]
    assert extract_title(lines)[0].value == headline


def test_a_witness_named_behind_a_title_of_address_is_a_byline_under_the_headlines_deks():
    headline = "Testimony: China's AI Chip Industry Three Years Into U.S. Export Controls"
    lines = ["Ellery Institute for Strategic Technology", "Research", "Testimony", "About", headline,
             "Testimony before the U.S.-China Economic and Security Review Commission",
             "Hearing on Technology Competition and the Race for Compute", "Dr. Valerie Ashdown, Senior Fellow",
             "February 20, 2025", LEAD, MORE]
    assert extract_title(lines)[0].value == headline


def test_a_first_line_leading_in_on_a_full_width_colon_is_the_posts_text_not_a_dek():
    headline = "美国放行芯片，国内却酝酿限制采购，这到底算开还是关？"
    lead_in = "先把这两天的消息理一理："
    lines = ["论坛", headline, "chip_fan · 2025-12-10 11:03 · 1200 次点击", lead_in,
             "周一晚上美国宣布允许向中国经批准的客户出售这款芯片，并抽成四分之一的收入。",
             "周二有报道说，国内监管部门正在讨论限制采购，买家可能需要申请审批。"]
    assert title_and_dek(lines) == (headline, None)


def test_a_hard_wrapped_lead_breaking_after_an_initialism_is_no_dek():
    headline = "NVDA: licence requirement for China brings a large charge"
    lines = [headline, "",
             "Nvidia disclosed in a filing after the close on Tuesday that the U.S.",
             "government informed it that the chip will require a licence for export",
             "to China, and that the requirement will stay in effect indefinitely.",
             "", "The company expects charges of up to several billion dollars."]
    assert title_and_dek(lines) == (headline, None)


def test_the_first_line_of_a_lead_hard_wrapped_at_the_pages_width_is_no_dek():
    headline = "Seoul tightens checks on chip tools bound for China"
    lines = [
        headline,
        "March 3, 2026",
        "",
        "South Korea's trade ministry said on Tuesday it would require export licences before shipping",
        "Chinese fabs any older chipmaking tools, widening a rule that covered only new equipment.",
        "",
        MORE,
    ]
    assert title_and_dek(lines) == (headline, None)


def test_a_dek_without_a_stop_over_a_byline_stays_the_dek_however_long():
    headline = "Washington curbs exports of advanced chips and chipmaking tools to China"
    dek = "Rules restrict sales of accelerators from the largest American designers to Chinese buyers"
    lines = [headline, dek, "By Jane Doe and John Roe", "October 7, 2022", LEAD, MORE]
    assert title_and_dek(lines) == (headline, dek)


@pytest.mark.parametrize(
    "question, answer",
    [
        ("Q: Will the company ship the new accelerator to Chinese customers this year?", "A: We have nothing to announce on that today."),
        ("问：有报道称美方将放宽相关芯片出口许可，商务部对此有何评论？", "答：我们注意到有关报道，中方一贯反对将经贸问题政治化。"),
        ("Reuters: Does the ministry expect customs to clear the shipments?", "Spokesperson Li: Customs acts in line with the law."),
    ],
)
def test_the_first_question_of_a_press_conference_is_the_text_not_a_dek(question, answer):
    headline = "Ministry spokesperson takes questions on chip export rules"
    lines = [headline, "", question, answer, "", MORE]
    assert title_and_dek(lines) == (headline, None)


def test_a_short_sentence_with_its_stop_right_over_the_next_paragraph_is_the_lead_not_a_dek():
    headline = "Washington clears the H200 as Beijing's customs hold it back"
    for opening in ("Two moves this week, and they cut in opposite directions.", "这一周，关于芯片出口的消息一天一变。"):
        lines = [headline, "", opening, "", LEAD, "", MORE]
        assert title_and_dek(lines) == (headline, None)


def test_a_short_line_without_a_stop_right_over_the_lead_is_the_dek():
    headline = "Washington clears the H200 as Beijing's customs hold it back"
    dek = "Both governments moved this week, in opposite directions"
    assert title_and_dek([headline, "", dek, "", LEAD, "", MORE]) == (headline, dek)


def test_the_first_of_a_press_releases_highlights_is_no_dek():
    headline = "Chipmaker Reports Results for Third Quarter Fiscal 2026"
    lines = [
        headline,
        "November 19, 2025",
        "Quarterly revenue of $12.4 billion, up 18% from a year ago",
        "Data center revenue of $9.8 billion, up 25% from a year ago",
        "Results include a $1.1 billion charge tied to export licence requirements for China",
        "SANTA CLARA, Calif., Nov. 19, 2025 -- The company today reported revenue for the third quarter of $12.4 billion.",
        MORE,
    ]
    assert title_and_dek(lines) == (headline, None)


@pytest.mark.parametrize(
    "first, second",
    [
        ("Samsung Electronics has won a large order to supply memory for Nvidia's H200 parts, after",
         "Beijing began approving imports of the chip by Chinese buyers last month."),
        ("The US granted AMD more MI308 licences for Chinese cloud customers on Monday. The same day,",
         "China's planning agency told its computing hubs that new capacity must use domestic chips."),
        ("Customs officers in Shenzhen this week began clearing Nvidia's H200 servers for",
         "Alibaba and ByteDance, according to two people briefed on the shipments."),
    ],
)
def test_a_lead_hard_wrapped_after_a_comma_or_a_preposition_is_neither_headline_nor_dek(first, second):
    """A headline or a dek never stops on a comma or on a preposition waiting for its
    object ("for", "after"): a line that does runs on into the next one, whatever case
    that opens in (a name, "Beijing"), so the story has begun."""
    headline = "Chip exports to China resume after months of waiting"
    lines = ["Chip Daily", "", headline, "Published: 12 Feb. 2026, 17:40", "", first, second, "", MORE]
    assert title_and_dek(lines) == (headline, None)


@pytest.mark.parametrize("headline", ["Nvidia H20 licences: what the new rules are good for",
                                      "Ask HN: Which Chinese AI accelerators are worth waiting for"])
def test_a_headline_ending_on_a_preposition_is_still_the_headline(headline):
    lead = "Nvidia has asked Washington to widen the licences it holds for sales of its H20 chips in China."
    assert title_and_dek(["Chip Daily", headline, lead, MORE])[0] == headline


def test_a_dek_between_the_date_stamp_and_the_byline_is_still_the_dek():
    """A sentence past the date stamp is the lead only when no byline follows it; over the
    byline it is the dek."""
    headline = "Nvidia wins back China as Washington lifts the H20 ban"
    dek = "Washington's reversal hands the chipmaker back a market it had written off."
    lines = [headline, "Published August 12, 2025", dek, "By Dana Whitfield", LEAD, MORE]
    assert title_and_dek(lines) == (headline, dek)
