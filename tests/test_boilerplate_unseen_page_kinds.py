"""Clutter of kinds of pages that held-out rounds brought (reader widgets, paywalls, app and
newsletter pitches, wire notes, quote tables, video and podcast pages, report furniture):
each rule removes the kind of line, and the story sentence that looks most like it stays."""

import pytest

from chiptrail_normalise.boilerplate import classify, is_boilerplate
from chiptrail_normalise.page_layout import layout_clutter

HEADLINE = "China tells firms to hold off on Nvidia's H200 chips"
PARA = "Chinese regulators have told technology companies to pause orders for Nvidia's H200 processors, people said."
PARA2 = "The guidance stops short of a formal ban, and it was not clear how long it would stay in force, the people said."

KINDS = [
    # (line a real page of the kind produces, concept, story line that must stay)
    ("A+", "page_furniture", "A+ rating for the H20 from Chinese buyers"),
    ("Larger text size", "page_furniture", "Larger chips use more power than the H20."),
    ("Email address", "page_furniture", "An email address used by the smugglers was traced to Shenzhen."),
    ("Please note that this website is best viewed with Chrome, Firefox, Edge or Safari.", "page_furniture",
     "Huawei's browser is preinstalled on its phones."),
    ("Please enable JavaScript to view this site.", "page_furniture", "Engineers used JavaScript to build the tool."),
    ("Forgot password?", "page_furniture", "Something went wrong with the H20 rollout, analysts said."),
    ("About HKFP | Support HKFP | Policies & Ethics | Contact Us | Newsletter | Apps", "page_furniture",
     "Contact with Chinese buyers was limited, the company said."),
    ("Acme Securities | Semiconductors | 15 July 2025 3", "page_furniture", "Semiconductors rose 3% on 15 July 2025."),
    ("Tom - see below, flagging for Thursday's call.", "page_furniture",
     "Finally, see the table below for a list of affected chips."),
    ("Daniel - FYI, relevant for the review on Thursday.", "page_furniture", "Meanwhile, flagging demand for the H20 hurt sales."),
    ("Synopsis", "page_furniture", "A synopsis of the rule was published by BIS."),
    ("214,503 views  Dec 9, 2025", "page_furniture", "The video drew 214,503 views on Weibo by Tuesday."),
    ("218,406 views  Jul 15, 2025  #CNBC #Nvidia #China", "page_furniture", "The clip drew 218,406 views by July 15, 2025."),
    ("23K views  3 months ago", "page_furniture", "Nvidia's views changed 3 months ago."),
    ("Official websites use .gov", "page_furniture", "Official websites of the agency listed the rule."),
    ("str/dk/aha", "credits", "The str/dk unit was renamed."),
    ("NOW PLAYING AMD Earnings Beat. Is The Stock A Buy?", "page_furniture", "AMD is now playing catch-up in China."),
    ("See All Videos", "page_furniture", "See all the videos Nvidia released at GTC."),
    ("This post is for paid subscribers", "paywall", "This chip is for paying customers in China only."),
    ("Want to join? Log in or sign up in seconds.|", "page_furniture", "Want to join? Huawei signed up 30 firms in seconds."),
    ("» Watch CNBC on YouTube TV: https://cnb.cx/3wPhJ5P", "share_prompt", "Watch the full hearing: the Senate said it would vote."),
    ("Patreon: https://patreon.com/siliconledger", "share_prompt", "Patreon users in China could not pay."),
    ("Support the channel on Patreon: patreon.com/asiatechlens", "share_prompt",
     "Support for the rule on Capitol Hill: Reuters.com/world reported it."),
    ("Music: Epidemic Sound", "credits", "Music streaming firms in China said: H20 demand is strong."),
    ("Turn on the notifications for updates on the latest news from Squawk Box.", "share_prompt",
     "Turn on the chip's location notifications, lawmakers said."),
    ("Already a paid subscriber? Sign in", "paywall", "Already a big buyer, Alibaba signed in July."),
    ("kb/wd (Reuters, FT)", "credits", "KB/WD chips (Reuters, FT) were named."),
    ("Secure .gov websites use HTTPS", "page_furniture", "Secure facilities use the H20 for inference."),
    ("Forwarded this email? Subscribe here for more", "newsletter", "Nvidia forwarded the email to Commerce officials."),
    ("Reprints & Permissions", "page_furniture", "Permissions for the exports were granted in July."),
    ("Time to read 3 min. Read in French", "reading_time", "Time to read the fine print: the rule runs to 168 pages."),
    ("7/16(Wed) 21:05 Distribution", "date_stamp", "Distribution of the chips resumed on 7/16."),
    ("Published", "date_stamp", "Published estimates put the cost at $5.5 billion."),
    ("2mo Edited", "relative_time", "The rule was edited twice in two months."),
    ("Latest Videos From Tom's Hardware", "related_links", "More videos of the smuggling ring emerged on Weibo."),
    ("READ: Nvidia, AMD say US restricts sale of AI chips to China", "related_links",
     "Read the latest filing from Nvidia."),
    ("Subscribe now to continue reading and get unlimited access to award-winning journalism.", "paywall",
     "Subscribers to Nvidia's cloud service include ByteDance."),
    ("Sign in or subscribe to read more", "paywall", "Registered users of the platform can read more about the rules."),
    ("Save by subscribing to us for your print and/or digital copy.", "paywall", "Save for the H20, no chip was exempted."),
    ("The Daily Herald may earn compensation for sales from links on this post through affiliate programs.",
     "paywall", "The US government will receive a share of the revenue from H20 sales."),
    ("This article contains affiliate links.", "paywall",
     "Huawei's affiliates in 20 countries were added to the Entity List."),
    ("Disclosure: This post may contain affiliate links.", "paywall", "Huawei's affiliate partnerships in Malaysia drew scrutiny."),
    ("In a time of misinformation, quality journalism is more crucial than ever.", "paywall",
     "Beijing wants journalists to report less on chip smuggling."),
    ("Get the best penny stocks: Join Benzinga Pro.", "paywall",
     "Samsung and SK Hynix join forces to gain an edge over Chinese rivals."),
    ("Get the next market-moving headline before the crowd.", "paywall",
     "Chinese buyers stockpiled chips ahead of the crowd, analysts said."),
    ("As a subscriber, you have 10 gift articles to give each month.", "paywall",
     "Nvidia gave 10 chips to each university as a gift."),
    ("Premium", "paywall", "Premium chips such as the H200 remain restricted."),
    ("Discover the latest Business News, Sensex, and Nifty updates on our website or download the App.",
     "newsletter", "Get the latest chips into China, and the US loses its edge, critics argue."),
    ("Sign up for Tech Brief: What's next in the new era of tech. Read it now.", "newsletter",
     "Sign-ups for the programme opened in March."),
    ("For more news about the latest gadgets and technology, click Technews.", "newsletter",
     "For more than a year, Nvidia sold the H20 without a licence."),
    ("Our site is now on Telegram: subscribe to our Telegram feeds for the fastest news alerts.", "newsletter",
     "Smuggling networks are on Telegram, where sellers advertise H100 servers."),
    ("P/S: The Edge is also available on Apple's App Store and Android's Google Play.", "share_prompt",
     "DeepSeek is available on Apple's App Store and Google Play."),
    ("Get it on Google Play", "share_prompt", "DeepSeek's app topped the App Store in January."),
    ("Nvidia's H200 chip. File photo: Nvidia.", "caption", "Nvidia's H200 chip is a file-server staple."),
    ("A data center in Ho Chi Minh City. Photo by Quynh Tran", "caption",
     "The photo was taken by a worker in Ho Chi Minh City, police said."),
    ("Logo of jester cap with thought bubble.", "caption", "The logo of Nvidia was displayed at the fair."),
    ("Representative image", "caption", "A representative of Nvidia declined to comment."),
    ("Jane Doe, CFA", "credits", "Jane Doe, a CFA charterholder, said the stock was cheap."),
    ("Partner, Washington, D.C.", "credits", "Partners, suppliers and customers all welcomed the decision."),
    ("Need a quote from an analyst? Email pr@example.com", "credits", "Did Nvidia know? Its filing does not say."),
    ("(ATTN: UPDATES with comments from Seoul in paras 5-6)", "publisher_note",
     "The update adds comments from Seoul (in paragraphs 5 and 6)."),
    ("(2nd LD, with more details)", "publisher_note", "LD Micro led the rally (2nd day in a row)."),
    ("Translation of an original article published in French on lemonde.fr.", "publisher_note",
     "The translation of the rule into Chinese took weeks."),
    ("BERNAMA provides up-to-date and comprehensive news and information via its wires.", "publisher_note",
     "Nvidia provides chips and software to Chinese cloud firms."),
    ("Important disclosures, including ratings distribution, appear on pages 6-8 of this report.",
     "publisher_note", "Disclosures in the filing appear on page 12."),
    ("Acme Securities LLC, member FINRA/SIPC. For institutional investors only.", "publisher_note",
     "Institutional investors sold the stock on Tuesday."),
    ("Ticker | Security | Last | Change | Change %", "quote_widget", "The ticker fell 3% on Tuesday."),
    ("NVDA | NVIDIA CORP. | 185.55 | +3.14 | +1.72%", "quote_widget", "NVIDIA shares closed at $185.55, up 1.72%."),
    ("Nvidia Corp. (NVDA) $185.55 +3.14 (+1.72%)", "quote_widget", "Semiconductor Manufacturing International Corp (SMIC) 2023"),
    ("Market data provided by Refinitiv", "quote_widget", "Market data provided by LSEG showed Nvidia shares fell 3%."),
    ("FY26E FY27E FY27E cons.", "quote_widget", "FY26 revenue will exceed estimates, the analyst said."),
    ("Executive Vice President and Chief Financial Officer — Colette Kress", "participant",
     "Nvidia's chief financial officer, Colette Kress, said China sales were zero."),
    ("Follow along using the transcript.", "audio_player", "Follow the money: China's chip subsidies have topped $100 billion."),
    ("New: You can now listen to articles.", "audio_player", "You can now buy H20 chips in Shenzhen, traders said."),
    ("The author is a fellow at a Washington-based think tank.", "author_bio", "The author is unknown, the police said."),
    ("412 upvotes  187 comments  Share", "share_prompt", "412 companies and 187 research labs were added to the list."),
    ("Share Tweet Email", "share_prompt", "Share prices fell after the email was leaked."),
    ("THE MORNING REPORT — SIGN UP", "newsletter", "Sign-ups for the programme opened in March."),
    ("By Jeffrey Feldstein Updated September 19, 2025, 3:00 a.m.", "stamp",
     "By September 19, 2025, Nvidia had updated its guidance."),
    ("BY: Matthew Wilson ON 3 Sep 2025", "stamp", "Trump meets Xi, October 30, 2025"),
    ("Subscribers only", "paywall", "Only subscribers to the cloud service can rent H200s."),
    ("Title icon", "caption", "Nvidia has become an icon of the AI boom."),
    ("Share icon", "caption", "Icons of the chip industry met in Taipei."),
    ("Reporter : Kim Ji-yeon", "credits", "The reporter asked Kim : would the rule change?"),
    ("Lire en français", "publisher_note", "Lire, en français, veut dire read."),
    ("Auf Deutsch lesen", "publisher_note", "Nvidia said it would read the rule in German and English."),
    ("(2 min)", "reading_time", "The licence review takes (at most) 2 minutes per file, BIS said."),
    ("4 minutes of reading", "reading_time", "Reading the 4-page rule takes minutes."),
    ("6m read", "reading_time", "Nvidia read the rule in 6 minutes, its lawyers joked."),
    ("Add The Daily Ledger as a preferred source on Google", "share_prompt", "Google added Nvidia chips to its cloud in China."),
    ("Follow us on", "share_prompt", "Beijing will follow up on the rule, officials said."),
    ("Download PDF (612 KB)", "page_furniture", "Nvidia downloaded the rule as a PDF and filed comments."),
    ("Download the full testimony (PDF)", "page_furniture", "The full testimony ran to 40 pages."),
    ("Jane Doe is Asia Technology Editor at Nikkei Asia.", "author_bio",
     "Jensen Huang is Chief Executive of Nvidia and a frequent visitor to Beijing."),
]


@pytest.mark.parametrize(("line", "concept", "story"), KINDS, ids=[kind[0][:40] for kind in KINDS])
def test_each_kind_of_clutter_goes_and_the_story_line_that_resembles_it_stays(line, concept, story):
    assert classify(line) == concept
    assert not is_boilerplate(story)


def test_a_long_paragraph_signed_by_its_wire_agency_is_story_but_a_short_credited_caption_is_not():
    paragraph = ("Beijing has not commented directly on the deal, but state media have in recent weeks raised "
                 "questions about the security of the H20. (Reuters)")
    assert not is_boilerplate(paragraph)
    assert classify("Nvidia's H200 had been barred from China since the 2023 rules. (Reuters)") == "caption"


def test_section_labels_of_company_news_are_navigation():
    assert classify("Company News") == "navigation"
    assert not is_boilerplate("Company news of the week: Nvidia resumes H20 sales")


def test_closing_bios_that_name_a_post_without_an_article_are_the_authors_bios():
    bios = ["Jeroen Groenewegen-Lau is Head of Program Science, Technology and Innovation at MERICS.",
            "Antonia Hmaidi is Senior Analyst at MERICS."]
    lines = [HEADLINE, PARA, PARA2, "About the authors", *bios]
    assert set(bios) <= {lines[index] for index in layout_clutter(lines, {0})}


def test_a_sentence_naming_a_post_without_an_article_inside_the_story_is_kept():
    quote = "Jensen Huang is Chief Executive of Nvidia and has lobbied against the rules."
    lines = [HEADLINE, PARA, quote, PARA2]
    assert quote not in {lines[index] for index in layout_clutter(lines, {0})}


def test_a_storys_agency_credit_with_its_editors_initials_leaves_the_last_short_sentence_in_the_story():
    last = "Nvidia shares rose about 2 per cent in after-hours trading."
    lines = [HEADLINE, PARA, PARA2, last, "Source: Reuters/fs", "Related Topics"]
    assert classify("Source: Reuters/fs") == "credits"  # the story's agency, not a picture's
    assert last not in {lines[index] for index in layout_clutter(lines, {0})}


def test_a_live_pages_entry_heading_led_by_its_time_of_day_is_no_publish_stamp():
    for heading in ("11:47 AM – RTX Pro servers", "11:03 AM – And we're off", "12:20 PM – Taipei HQ: Constellation"):
        assert classify(heading) is None
    for stamp in ("10:32 IST | AFP", "09:36 BST – Updated 10 July", "AFP | 9 December 2025 | 10:32 IST"):
        assert classify(stamp) == "stamp"
    entry = "11:30 AM – NVLink Fusion"
    lines = [HEADLINE, PARA, entry, "NVLink Fusion lets other companies' CPUs plug into Nvidia's fabric, Huang said on stage."]
    assert entry not in {lines[index] for index in layout_clutter(lines, {0})}
