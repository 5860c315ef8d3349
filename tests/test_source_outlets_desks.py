"""An outlet's desk, newsletter or channel named in a word or two after the outlet's own
name ("Semafor Technology", "Reuters Tech News", "Bloomberg First Word", "Axios AM", "NHK
WORLD-JAPAN News") is the outlet itself, also where the page never sets the outlet's name
alone; a publication of its own that opens on the same words is not ("The Star Tribune").
A metadata row's "Source:" field ends where the next capitalised label begins, so a
two-word name keeps both its words ("Source: Global Times Published: ...")."""

from chiptrail_normalise import outlets
from source_pages import source_of

LEAD = (
    "The Commerce Department has begun issuing licences for Nvidia's H20, according to two "
    "people familiar with the matter, and first shipments are booked for next month."
)
MORE = "Nvidia declined to comment on the timing of shipments to its Chinese customers."


def test_an_outlets_desk_is_the_outlet():
    assert outlets.outlet_of_its_desk("Semafor Technology") == "Semafor"
    assert outlets.outlet_of_its_desk("Bloomberg First Word") == "Bloomberg"
    assert outlets.outlet_of_its_desk("Axios AM") == "Axios"


def test_an_outlets_desk_with_its_edition_words_is_the_outlet():
    assert outlets.outlet_of_its_desk("NHK WORLD-JAPAN News") == "NHK"
    assert outlets.outlet_of_its_desk("Reuters Tech News") == "Reuters"


def test_a_publication_of_its_own_is_no_outlets_desk():
    assert outlets.outlet_of_its_desk("The Star Tribune") is None
    assert outlets.outlet_of_its_desk("Nvidia Corporation") is None
    assert outlets.outlet_of_its_desk("The Hindu BusinessLine") is None


def test_an_institution_or_an_account_opening_on_an_outlets_word_is_no_desk():
    assert outlets.outlet_of_its_desk("Atlantic Council") is None
    assert outlets.outlet_of_its_desk("Hill Tracker") is None


def test_a_page_headed_by_an_outlets_desk_is_the_outlets():
    page = ["Semafor Technology", "", "US starts issuing Nvidia H20 licences", "Nov 3, 2025", "", LEAD, MORE]
    assert source_of(page) == "Semafor"


def test_an_outlets_desk_account_over_a_post_is_the_outlets():
    page = ["Post", "", "Conversation", "", "Reuters Tech News", "@ReutersTech", "", LEAD, "", "9:14 PM · Nov 3, 2025"]
    assert source_of(page) == "Reuters"


def test_an_outlets_desk_channel_under_the_platforms_logo_is_the_outlets():
    page = ["YouTube", "Bloomberg Technology", "US starts issuing Nvidia H20 licences", "204,118 views  Nov 3, 2025", "", LEAD, MORE]
    assert source_of(page) == "Bloomberg"


def test_a_metadata_rows_source_keeps_both_words_of_its_name():
    page = ["Harbour Ledger", "Source: Harbour Ledger Published: Nov 3, 2025 04:32 PM", "US starts issuing Nvidia H20 licences", LEAD, MORE]
    assert source_of(page) == "Harbour Ledger"
