"""A forwarded e-mail pasted whole: the header block a mail client sets over each of its
e-mails (sender, time, recipients, subject) is furniture, never a transcript's speakers
nor the story's text, while the forwarded alert under it is kept."""

from chiptrail_normalise.boilerplate import classify
from chiptrail_normalise.pipeline import normalise
from chiptrail_normalise.transcripts import speaker_turns

FORWARD = [
    "-----Original Message-----",
    "From: Nguyen, Alicia <anguyen@lumacore.io>",
    "Sent: Friday, December 12, 2025 2:48 PM",
    "To: Legal Team",
    "Subject: FW: Export Controls Update - H200",
    "",
    "-----Original Message-----",
    "From: Calder Byrne LLP [mailto:insights@calderbyrne.com]",
    "Sent: Friday, December 12, 2025 9:00 AM",
    "Subject: Export Controls Update - H200",
    "",
    "H200: Washington Opens the Door, Beijing Narrows It",
    "December 12, 2025",
    "",
]
ALERT = [
    "This week brought two developments that pull in opposite directions for companies selling Nvidia's H200 to China.",
    "Washington will license H200 exports to approved customers, while Beijing has told firms to justify every purchase.",
]


def test_a_mail_headers_keys_repeated_over_each_forwarded_mail_are_no_speakers():
    assert speaker_turns(FORWARD + ALERT) == frozenset()


def test_the_header_blocks_of_a_forwarded_mail_leave_the_body_and_its_alert_stays():
    body = normalise("\n".join(FORWARD + ALERT)).body.splitlines()
    assert not [line for line in body if line.startswith(("From:", "Sent:", "To:", "Subject:"))]
    assert all(paragraph in body for paragraph in ALERT)


def test_a_sender_with_an_outlook_mailto_address_is_mail_furniture():
    assert classify("From: Calder Byrne LLP [mailto:insights@calderbyrne.com]") is not None

