"""A question-and-answer site's page (Stack Exchange and its kin): the stamps and buttons
set around the question and each answer are furniture, the question and answers are text."""

from chiptrail_normalise.boilerplate import classify
from chiptrail_normalise.pipeline import normalise

QUESTION = "Why did the US decide to let Nvidia sell the H20 to China again?"
ASKED = "In April 2025 the US government told Nvidia that the H20 needed an export licence to be sold in China, which Nvidia described as effectively a ban. Three months later the company said licences would be granted. What changed?"
ANSWER = "There is no new regulation yet; the change is an administrative decision on licence applications, announced by Nvidia and then confirmed by officials."
FURNITURE = ["Improve this question", "asked Jul 16, 2025 at 3:12", "1 Answer", "Sorted by:", "Highest score (default)",
             "Improve this answer", "answered Jul 16, 2025 at 14:40", "Hot Network Questions",
             "Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA."]


def test_the_stamps_and_buttons_of_a_question_and_its_answers_are_clutter():
    assert all(classify(line) for line in FURNITURE)


def test_a_question_page_keeps_the_question_and_the_answer_and_drops_their_furniture():
    page = [QUESTION, "Asked 4 months ago", ASKED, *FURNITURE[:5], ANSWER, *FURNITURE[5:]]
    body = [line for line in normalise("\n".join(page)).body.splitlines() if line]
    assert ASKED in body and ANSWER in body
    assert not set(FURNITURE) & set(body)
