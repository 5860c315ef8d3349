"""Story text that round 17's boilerplate rules took for page furniture, run through the
whole normaliser: each probe sentence must stay in the body. Each test is a kind of
line that reads like a rule's target but is the story's own."""

from chiptrail_normalise.pipeline import normalise


def _kept(page: list[str], wanted: list[str]) -> None:
    body = normalise("\n".join(page)).body
    assert [line for line in wanted if line not in body] == []


def test_a_ranking_whose_subheadings_carry_a_score_keeps_its_sections():
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


def test_a_denial_in_the_story_is_no_conflict_of_interest_note():
    page = [
        "Nvidia says H20 licences are arriving slowly",
        "By Dana Whitfield",
        "December 9, 2025",
        "Nvidia said on Tuesday that only a handful of export licences for its H20 chip had been granted since April.",
        "The company does not consult the Chinese government on the design of its chips, a spokesperson said.",
        "Nvidia does not receive funding from Beijing and does not own shares in any Chinese chip firm, Huang told reporters in Taipei.",
        "Nvidia provides support as a member of the Semiconductor Industry Association, which lobbied against the rule.",
        "Nvidia said it complied with all US export laws.",
    ]
    _kept(page, page[4:])


def test_a_reported_message_naming_an_inbox_is_no_newsletter_prompt():
    page = [
        "Smuggling cases mount over Nvidia servers",
        "By Dana Whitfield",
        "December 9, 2025",
        "Federal prosecutors in Florida charged two men with smuggling H100 servers to China through Malaysia, according to an indictment.",
        'Prosecutors said one broker wrote to a buyer in Shenzhen: "The invoices for the servers are already in your inbox."',
        "The indictment says the defendants told buyers the servers would be delivered to you every month through a warehouse in Penang.",
        "A customs officer said the seller had promised that the parts would arrive in your mailbox within a week of payment.",
        "Nvidia said it had no knowledge of the shipments.",
    ]
    _kept(page, page[4:])


def test_a_think_tank_or_a_chipmaker_described_in_the_story_is_no_publisher_note():
    page = [
        "Nvidia shares slip as Washington weighs new controls",
        "By Dana Whitfield",
        "December 9, 2025",
        "Lawmakers on Tuesday weighed new limits on sales of Nvidia's AI chips to China, aides said.",
        "The Information Technology and Innovation Foundation is a nonpartisan think tank that has warned the controls could backfire.",
        "Nvidia Blackwell GPUs are produced by TSMC in Taiwan and packaged in Arizona.",
        "Shares of Nvidia fell 2% on Tuesday.",
    ]
    _kept(page, page[4:])


def test_a_reported_delay_is_no_quote_box_note():
    page = [
        "Chinese customs slows checks on Nvidia H20 shipments",
        "By Lin Hao",
        "September 17, 2025",
        "China's customs agency stepped up inspections of Nvidia chips at major ports, three people familiar with the matter said.",
        "Price data for H20 servers on Chinese resale sites is delayed by at least 15 minutes, traders said, making grey-market deals hard to track.",
        "Nvidia's quotes to Chinese buyers were delayed for 10 minutes while its licence status was checked.",
        "Nvidia declined to comment.",
    ]
    _kept(page, page[4:])


def test_imperative_list_items_and_a_subheading_over_a_lead_in_are_kept():
    page = [
        "Think tank urges Congress to close Nvidia H20 loophole",
        "By Sarah Kim",
        "October 2, 2025",
        "A Washington think tank on Thursday urged Congress to tighten export controls on Nvidia's H20 and H200 chips, saying smuggling through Southeast Asia had grown.",
        "The report set out four steps lawmakers should take:",
        "Close the H20 loophole",
        "Expand the Entity List",
        "The Commerce Department said it was reviewing the report.",
        "Follow the money",
        "Three routes stand out in the report:",
        "Singapore shell companies buy servers from Dell and Supermicro, and resell them into China within weeks.",
    ]
    _kept(page, ["Close the H20 loophole", "Expand the Entity List", "Follow the money"])


def test_a_storys_closing_timeline_of_dated_events_is_kept():
    page = [
        "How Washington's chip curbs on China evolved",
        "By Ana Ortiz",
        "December 1, 2025",
        "The United States has tightened and loosened its controls on AI chips for China several times since 2022, leaving Nvidia to redesign its products again and again.",
        "Key dates:",
        "October 7, 2022 Sweeping Controls",
        "October 17, 2023 Loophole Closed",
        "April 9, 2025 H20 Licence",
    ]
    _kept(page, page[5:])


def test_a_transcripts_speaker_under_a_bare_time_code_is_kept():
    page = [
        "Lawmakers press Commerce on H20 licences at hearing",
        "By Ben Carter",
        "June 5, 2025",
        "Senators pressed Commerce Department officials on Thursday over licences for Nvidia's H20 chip, in a hearing that grew heated at times. An edited excerpt follows.",
        "10:02",
        "Jim Banks",
        "How many licences for the H20 have you granted since April, and to which Chinese companies?",
        "10:03",
        "Jeffrey Kessler",
        "We do not discuss individual licence applications, senator, but I can tell you we have granted none to military end users.",
    ]
    _kept(page, ["Jim Banks", "Jeffrey Kessler"])


def test_a_sentence_quoting_a_lawyer_by_title_is_no_contact_block():
    page = [
        "Lawyers warn Nvidia H20 licence terms may not survive court challenge",
        "By Rachel Moss",
        "August 14, 2025",
        "Trade lawyers said on Thursday that a deal letting Nvidia sell H20 chips to China in return for 15% of the revenue could face legal challenges.",
        "Meredith Broadbent, Senior Counsel, said the deal was unworkable as written.",
        "The Commerce Department said the arrangement was lawful and voluntary.",
    ]
    _kept(page, page[4:])
