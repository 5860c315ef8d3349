"""How a page names its publisher by its build: a platform's logo as the first line (also in
its own script), an outlet's own account on a platform, a handle that only looks like a
domain, a dateline that names a place, and a newsletter whose writer's name is
double-barrelled or whose issues carry its name. Pages are written as they paste."""

from source_pages import source_of

LEAD = (
    "Chinese regulators have told large internet companies to stop ordering Nvidia's H20 chips "
    "and to explain why domestic accelerators cannot do the same work."
)
MORE = "The guidance was given orally at meetings last week, according to two people briefed on them."
LAST = "Nvidia did not reply to a request for comment, and the regulator has published nothing so far."


def test_a_question_page_under_a_platform_logo_in_its_own_script_is_the_platforms():
    page = [
        "知乎", "首页", "会员", "发现", "等你来答",
        "How should we read the new guidance on the H20?",
        "Follow question", "Write answer",
        "Lin Wei", "Cloud infrastructure engineer",
        LEAD, MORE, LAST,
        "知乎 © 2025",
    ]
    assert source_of(page) == "Zhihu"


def test_a_post_under_a_platform_logo_is_the_platforms_not_the_posters():
    page = [
        "Bluesky", "Home", "Explore", "Notifications", "Chat", "Feeds", "Profile",
        "Dana Whitfield", "@danawhitfield.bsky.social", "Follow",
        LEAD, MORE,
        "March 3, 2026 at 8:14 AM", "14 reposts", "2 quotes", "51 likes",
    ]
    assert source_of(page) == "Bluesky"


def test_a_handle_shaped_like_a_domain_under_a_platform_logo_is_an_account_not_a_site():
    page = [
        "Threads", "Log in", "dana.whitfield.chips", "3/3/26",
        LEAD, MORE,
        "41", "7", "3",
        "© 2026", "Threads Terms", "Privacy Policy",
    ]
    assert source_of(page) == "Threads"


def test_an_outlets_own_account_on_a_platform_is_the_outlets_in_its_own_script_too():
    page = [
        "微博", "环球时报", "2025-8-12 09:47 来自 微博视频号",
        "【监管部门约谈多家企业】" + LEAD, MORE,
        "转发 2341", "评论 1877", "赞 3.6万",
    ]
    assert source_of(page) == "Global Times"


def test_a_place_in_a_datelines_parentheses_is_where_the_story_was_filed_not_who_published_it():
    page = [
        "Halcyon Ledger Asia", "Markets  Economy  Tech  Opinion",
        "Beijing tells platforms to stop buying H20 chips",
        "By Wen Li", "Aug 12, 2025 06:48 PM",
        "(Beijing) — " + LEAD, MORE, LAST,
    ]
    assert source_of(page) == "Halcyon Ledger Asia"


def test_a_city_dateline_alone_names_no_publisher():
    page = ["Beijing tells platforms to stop buying H20 chips", "(Shanghai) — " + LEAD, MORE, LAST]
    assert source_of(page) is None


def test_a_newsletter_whose_writer_has_a_double_barrelled_name_is_the_newsletters():
    page = [
        "Fab Lines", "Subscribe", "Sign in",
        "The H20 is back, and Beijing is not pleased",
        "Why the licences may not turn into orders",
        "Ines Carvalho-Brandt", "Aug 14, 2025", "12", "3", "Share",
        LEAD, MORE, LAST,
        "Subscribe", "Share", "Leave a comment",
        "© 2025 Ines Carvalho-Brandt",
        "Privacy ∙ Terms ∙ Collection notice",
    ]
    assert source_of(page) == "Fab Lines"


def test_a_newsletter_that_puts_its_name_in_the_issues_headline_is_still_its_own_source():
    page = [
        "Fab Lines", "Subscribe", "Sign in",
        "Fab Lines #31: Beijing tells its platforms to stop buying the H20 chips this month",
        "Ines Carvalho-Brandt", "Aug 14, 2025", "12", "Share",
        LEAD, MORE, LAST,
        "© 2025 Ines Carvalho-Brandt",
    ]
    assert source_of(page) == "Fab Lines"


def test_a_masthead_ending_in_a_hyphenated_publication_word_is_no_writer():
    page = [
        "Tucson Herald-Statesman", "Subscribe", "Sign In", "News", "Business", "Sports", "Opinion",
        "Beijing tells platforms to stop buying Nvidia's H20",
        "Kara Lindqvist", "Tucson Herald-Statesman", "Published 6:02 p.m. MT Aug. 12, 2025",
        LEAD, MORE, LAST,
        "© 2025 Tucson Herald-Statesman, part of the Lakeshore Media Network",
    ]
    assert source_of(page) == "Tucson Herald-Statesman"


def test_an_episode_page_under_a_podcast_apps_logo_is_the_shows():
    page = [
        "Pocket Casts", "Discover", "Profile",
        "Wafer Talk",
        "Two doors: Washington opens, Beijing closes",
        "12 November 2025", "41m", "Play episode", "Share",
        LEAD, MORE, LAST,
        "Up next", "Wafer Talk", "Episode 40: What the truce left out",
        "Pocket Casts · Terms · Privacy",
    ]
    assert source_of(page) == "Wafer Talk"


def test_a_show_named_under_its_episodes_title_below_the_apps_own_links_is_the_shows():
    page = [
        "Spotify", "Premium", "Support", "Download", "Sign up", "Log in", "Your Library",
        "Legal", "Accessibility",
        "Can China's own accelerators replace the H20 before the year is out? With Mei Tan",
        "Die Shot Radio", "Episode", "Sep 24, 2025 • 52 min", "Episode Description",
        LEAD, MORE, LAST,
        "© 2025 Spotify AB",
    ]
    assert source_of(page) == "Die Shot Radio"


def test_a_video_on_an_outlets_own_channel_under_the_platforms_logo_is_the_outlets():
    page = [
        "YouTube", "Search",
        "Beijing tells its platforms to stop buying Nvidia's H20 chips, sources say",
        "Bloomberg Television", "2.1M subscribers", "Subscribe",
        "73,884 views  Aug 12, 2025  #Nvidia #China",
        LEAD, MORE,
    ]
    assert source_of(page) == "Bloomberg"


def test_a_menu_button_named_like_an_outlet_under_a_platforms_logo_is_no_channel():
    page = ["Weibo", "Home", "Hot", "Video", "Search", "Log in", "Register", "Chip Watcher Lao Zhou", "Aug 12 09:14",
            LEAD, MORE, "Repost 120", "Comment 88", "Like 1.2K"]
    assert source_of(page) == "Weibo"


def test_an_owner_whose_imprint_stands_in_the_foot_gives_way_to_the_logo_over_the_menu():
    page = [
        "Harbour Business", "News", "Finance", "Industry", "Technology", "Real Estate", "Opinion",
        "Technology", "AMD says US has approved licences to resume MI308 sales to China",
        "Byline Desk", "August 20, 2025",
        LEAD, MORE, LAST,
        "Quayside Media Group", "© 2025 Quayside Media Group. All rights reserved.",
    ]
    assert source_of(page) == "Harbour Business"


def test_a_site_crediting_its_own_name_over_the_date_is_the_publisher_not_a_writer():
    page = [
        "Harbour Business", "News", "Finance", "Industry", "Technology", "Real Estate", "Opinion",
        "AMD says US has approved licences to resume MI308 sales to China",
        "Harbour Business", "August 20, 2025",
        LEAD, MORE, LAST,
        "© 2025 Quayside Media Group. All rights reserved.",
    ]
    assert source_of(page) == "Harbour Business"


def test_a_logo_run_together_is_named_as_the_page_spells_it_in_words():
    page = [
        "OsakaLedger", "Login", "Register", "National", "Politics", "Business", "Tech",
        "Japan weighs its own curbs as China halts H20 orders",
        LEAD, MORE, LAST,
        "Osaka Ledger", "Copyright © 2025 Kansai Wordworks Inc.",
    ]
    assert source_of(page) == "Osaka Ledger"


def test_a_one_word_logo_in_capitals_over_the_menu_is_the_site_though_it_reads_like_a_ticker():
    page = [
        "KRVN", "Opinion", "Shows", "Live TV", "Newsletters", "Politics",
        "Letting Nvidia sell the H20 keeps Beijing dependent on US chips",
        LEAD, MORE, LAST,
        "© 2025 Prairie Broadcast Holdings, LLC",
    ]
    assert source_of(page) == "KRVN"


def test_a_financial_newswires_copyright_under_a_sites_story_is_the_wires():
    page = [
        "Stockwise", "Investing Ideas", "Markets", "Funds", "ETFs", "Stocks", "Bonds", "Sign In",
        "Nvidia says China H20 sales remain on hold",
        "Provided by MT Newswires",
        LEAD, MORE, LAST,
        "Copyright © 2025 MT Newswires. All rights reserved.",
    ]
    assert source_of(page) == "Stockwise"


def test_a_known_sites_forum_is_the_site():
    page = [
        "ServeTheHome Forums", "Forums", "What's new", "Members", "Log in", "Register",
        "H20 back on the market? Anyone ordering for inference?",
        "gpu_fan", "Aug 12, 2025",
        LEAD, MORE, LAST,
    ]
    assert source_of(page) == "ServeTheHome"


def test_an_outlets_own_brand_under_its_logo_is_the_outlet_but_not_a_publication_of_its_own():
    brand = ["NDTV Profit", "NDTV", "Home", "Latest", "Markets", "Business", "Tech",
             "China tells platforms to stop buying Nvidia's H20", "Aug 12, 2025", LEAD, MORE, LAST]
    assert source_of(brand) == "NDTV"
    other = ["The Star Tribune", "News", "Sports", "Business", "Opinion", "Tech",
             "China tells platforms to stop buying Nvidia's H20", "Aug 12, 2025", LEAD, MORE, LAST]
    assert source_of(other) != "The Star"


def test_a_logo_with_its_owners_tagline_is_the_logos_outlet():
    page = [
        "Focus Taiwan CNA English News", "Politics | Cross-Strait | Business | Society | Sci-Tech",
        "Taiwan to require permits for AI servers bound for China", "08/12/2025 06:48 PM",
        LEAD, MORE, LAST,
    ]
    assert source_of(page) == "Focus Taiwan"


def test_a_logo_set_in_two_scripts_is_named_in_latin_script():
    page = [
        "芯闻网 Xinwen Chips", "English", "Home", "China", "World", "Tech", "Opinion",
        "China tells platforms to stop buying Nvidia's H20", "2025-08-12 18:48",
        LEAD, MORE, LAST,
    ]
    assert source_of(page) == "Xinwen Chips"


def test_a_newsletters_first_line_that_its_foot_names_to_its_readers_is_the_newsletter():
    page = [
        "Quiet Fab Lines", "Issue #88 · Aug 14, 2025 · Paid subscribers only",
        "Why the H20 licences change less than they seem",
        LEAD, MORE, LAST,
        "You're receiving this because you're a paid subscriber to Quiet Fab Lines. Forward to a friend | Manage subscription",
    ]
    assert source_of(page) == "Quiet Fab Lines"


def test_a_story_subject_named_in_the_last_paragraph_is_no_publisher():
    page = ["Nvidia Sales", "Beijing lifts its H20 guidance for private buyers", LEAD, MORE,
            "Analysts expect Nvidia Sales to recover slowly, and the company declined to comment on orders."]
    assert source_of(page) != "Nvidia Sales"


def test_a_newsletter_under_its_hosts_logo_is_the_newsletters():
    page = ["Buttondown", "Capitol Wafer", "Archive", "Subscribe", "A bill to freeze the H200 decision", "December 5, 2025",
            LEAD, MORE, LAST, "Capitol Wafer is a weekly note on chips in Washington. Reply to this email to tell me what I got wrong.",
            "Unsubscribe · Powered by Buttondown"]
    assert source_of(page) == "Capitol Wafer"


def test_a_mail_readers_sender_line_names_the_newsletter_its_domain_spells():
    page = [
        "Wafer Circuit: Licences out, warnings in", "Inbox", "Wafer Circuit <editor@wafercircuit.news>",
        "Tue, Aug 12, 7:02 AM", "to me", LEAD, MORE, LAST,
    ]
    assert source_of(page) == "Wafer Circuit"
    forwarded = ["Fwd: licences", "Dana Reyes <dana.reyes@gmail.com>", "Tue, Aug 12, 7:02 AM", "to me", LEAD, MORE, LAST]
    assert source_of(forwarded) != "Dana Reyes"


def test_an_address_bar_pasted_as_the_first_line_names_the_site_as_the_page_spells_it():
    page = [
        "chipwave.io/news/lutnick-no-blackwell-china", "CHIP WAVE", "News · Reviews · Benchmarks · Deals",
        "US blocks Nvidia from selling even cut-down Blackwell to China", "Nov 13, 2025 · 3 min read",
        LEAD, MORE, LAST,
        "Chip Wave is reader-supported. We may earn a commission when you buy through links on our site.",
    ]
    assert source_of(page) == "Chip Wave"


def test_a_print_or_mobile_view_of_a_known_outlet_is_the_outlet():
    page = ["The Register - Print Version", "", "Senators float a bill to track export-controlled GPUs",
            LEAD, MORE, LAST]
    assert source_of(page) == "The Register"


def test_the_original_address_printed_on_a_page_names_the_outlet():
    page = ["Print", "Original URL: https://www.theregister.com/2025/05/09/chip_tracking/", "",
            "Senators float a bill to track export-controlled GPUs", LEAD, MORE, LAST]
    assert source_of(page) == "The Register"


def test_a_known_outlets_desk_sending_an_email_is_the_outlet():
    page = [
        "Begin forwarded message:", "",
        "From: Semafor Technology <technology@semafor.com>",
        "Subject: Commerce pauses the affiliates rule", "Date: November 10, 2025 at 7:31:09 AM PST", "",
        LEAD, MORE, LAST,
    ]
    assert source_of(page) == "Semafor"


def test_a_site_signing_its_logo_and_its_copyright_is_the_publisher_of_a_story_credited_to_another_outlet():
    page = [
        "The Formosa Ledger", "Taiwan", "Business", "Cross-Strait", "International", "Life",
        "US revokes TSMC Nanjing plant's fast-track export status",
        "By CNA", "2025/09/03 15:40",
        LEAD, MORE, LAST,
        "Latest News", "© The Formosa Ledger",
    ]
    assert source_of(page) == "The Formosa Ledger"


def test_a_logo_giving_a_known_outlets_name_and_its_acronym_is_the_outlet_not_the_tagline_under_it():
    page = [
        "HONG KONG FREE PRESS HKFP", "Hong Kong News", "Support HKFP", "",
        "China", "Beijing approves H200 imports for tech giants", "by AFP",
        LEAD, MORE, LAST,
        "Support HKFP | Policies & Ethics | Contact Us", "Hong Kong Free Press", "© 2025 HKFP",
    ]
    assert source_of(page) == "Hong Kong Free Press"


def test_a_support_button_names_the_site_it_asks_readers_to_support():
    page = [
        "Harbourline Tech", "Politics", "Opinion", "Culture", "Support Harbourline",
        "Beijing approves H200 imports for tech giants",
        LEAD, MORE, LAST,
        "Support Harbourline | Policies | Contact Us",
    ]
    assert source_of(page) != "Support Harbourline"


def test_a_name_opening_a_breadcrumb_before_its_home_entry_is_the_sites_logo_in_any_script():
    page = [
        "芯闻快报 首页 > 科技 > 半导体", "",
        "英伟达H20芯片获美方出口许可 首批订单预计下月交付",
        "2025-07-16 09:12  编辑：李静", "",
        "据知情人士透露，美国商务部已开始向英伟达发放H20芯片对华出口许可证，首批订单预计下月交付。",
        "分析人士认为，国内大型互联网公司仍将审慎评估采购规模，监管部门的态度是关键变量。",
    ]
    assert source_of(page) == "芯闻快报"


def test_a_name_over_a_menu_row_opening_with_home_is_the_sites_logo():
    page = [
        "芯片前沿网", "首页  要闻  财经  科技", "",
        "网信办约谈多家企业 要求停止采购英伟达RTX Pro 6000D",
        "据多位知情人士透露，国家互联网信息办公室近日约谈了多家科技企业，要求其停止测试并取消相关订单。",
        "分析人士认为，这一举措旨在推动国内企业采用国产芯片，减少对美国产品的依赖。",
    ]
    assert source_of(page) == "芯片前沿网"


def test_a_headline_less_newsletters_name_on_its_first_line_is_its_source_when_its_foot_names_it_to_readers():
    page = [
        "The Strait Chip Letter",
        "Good morning from Singapore. The big story overnight: Washington said Nvidia can sell H200 chips to approved buyers in China.",
        "What to watch: whether Beijing lets its companies buy, after months of steering them towards domestic parts.",
        "You're receiving this because you subscribed to The Strait Chip Letter.",
        "Forward to a friend | Manage preferences | Unsubscribe",
    ]
    assert source_of(page) == "The Strait Chip Letter"


def test_a_menu_word_before_home_names_no_site():
    for row in (["Menu  Home  World  Business"], ["English  Home  News"], ["Semiconductors | Home | News"],
                ["Technology", "Home  News  Markets"]):
        page = [*row, "", "China tells firms to halt H20 orders", "", LEAD, "", MORE, "", LAST]
        assert source_of(page) is None, row


def test_a_name_before_home_still_names_the_site_when_it_is_no_menu_word():
    page = ["Gulf Business", "Home  News  Markets", "", "China tells firms to halt H20 orders", "", LEAD, "", MORE]
    assert source_of(page) == "Gulf Business"


STORY = [LEAD, MORE, "Two of the companies have already cancelled orders placed in the spring.", LAST] * 3


def test_a_first_line_the_footer_sets_again_alone_as_its_logo_is_the_site():
    """A site sets its logo at both ends of its pages: "Federal Docket" over the headline and
    alone again over the footer's notices, though a notice names it in a sentence."""
    page = ["Federal Docket", "The Daily Journal of Export Rules", "Sign in   Sign up",
            "Regulators tell platforms to stop ordering H20 chips", *STORY,
            "Federal Docket", "This site is a prototype edition of the Federal Docket and not an official one."]
    assert source_of(page) == "Federal Docket"


def test_a_one_word_logo_in_capitals_that_reads_as_a_ticker_names_the_site_its_foots_credit_repeats():
    page = ["KTVW", "World", "Regulators tell platforms to stop ordering H20 chips", *STORY,
            "Edited By: KTVW Web Team"]
    assert source_of(page) == "KTVW"


def test_a_logos_letters_inside_an_address_in_the_foot_are_no_second_naming():
    """"CSIA" over the agency's name it abbreviates: its e-mail address in the foot
    ("press@csia.gov") does not name "csia" as printed."""
    page = ["CSIA", "Chip Security Industry Agency", "About", "Regulations", "Licensing", "Media",
            "Regulators tell platforms to stop ordering H20 chips", *STORY,
            "Media Contact", "press@csia.gov", "Sign up for email updates"]
    assert source_of(page) == "Chip Security Industry Agency"


def test_a_shouted_acronym_over_the_name_it_abbreviates_gives_way_to_the_name():
    """"KTW" over "Keystone Television West": the initials are the logo's mark, the name
    under them the site's, though the foot repeats the initials."""
    page = ["KTW", "Keystone Television West", "Topics", "Regions", "Programs", "Experts", "Events",
            "Regulators tell platforms to stop ordering H20 chips", *STORY,
            "Edited By: KTW Web Team", "© 2025 by Keystone Television West. All rights reserved."]
    assert source_of(page) == "Keystone Television West"


def test_an_outlet_crediting_itself_as_the_author_under_its_logo_is_the_source():
    """"Text by: VRN" under the logo "VRN": the outlet credits its own desk, so the logo's
    line is no writer's name to set aside."""
    page = ["VRN", "Français", "English", "Español", "Listen", "Africa", "Americas", "Business",
            "Regulators tell platforms to stop ordering H20 chips", "Text by: VRN", "2 min", *STORY,
            "Keep up to date with international news by downloading the VRN app", "VRN - Voix Radio Nationale"]
    assert source_of(page) == "VRN"
