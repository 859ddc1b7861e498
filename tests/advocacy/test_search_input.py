"""Both search boxes take any text a visitor can type: 200 with results or "no results", never an error.

Runs on SQLite and on PostgreSQL (the suite runs on both): each backend has its own query syntax to trip on.
"""

from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advocacy.search_query import search_terms

pytestmark = pytest.mark.django_db

BOXES = {"site search": "/search/", "materials search": "/materials/"}
NASTY = [
    '"eating',
    'eating"',
    '"',
    '""',
    '"eating well"',
    "“eating”",
    "'",
    "(eating",
    "eating)",
    "[appetite]",
    "{x}",
    "eating AND",
    "OR",
    "NOT weight",
    "-weight",
    "weight*",
    "*",
    "^",
    "weight:",
    "a:b",
    "NEAR(eating diary)",
    "eating & | ! <-> diary",
    "\\",
    "%",
    "_",
    "\x00weight",
    "weight\x01\x1f",
    "\u202eweight",
    "€" * 200,
    "x" * 5000,
    "ÿ\ufffd\ufeff",
    "体重",
    "الوزن",
    "вес",
    "😀 diary",
    "   ",
]


def get(client, box, text):
    return client.get(BOXES[box] + "?" + urlencode({"q": text}))


@pytest.mark.parametrize("box", BOXES)
def test_quotes_brackets_operators_junk_and_other_scripts_get_a_page(client, demo_site, box):
    answers = {}
    for text in NASTY:
        response = get(client, box, text)
        body = response.content.decode()
        answered = any(words in body for words in ("No results", "result", "Type a word", "found"))
        answers[text] = response.status_code if answered else "no answer on the page"
    assert {text: answer for text, answer in answers.items() if answer != 200} == {}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=250), box=st.sampled_from(sorted(BOXES)))
def test_any_text_in_either_search_box_gets_a_page(client, demo_site, box, text):
    assert get(client, box, text).status_code == 200


def test_a_stray_quote_still_finds_the_word(client, demo_site):
    assert 'href="/materials/weight-diary/"' in get(client, "site search", '"diary').content.decode()
    html = get(client, "materials search", 'diary"').content.decode()
    assert "1 material found" in html and "A weekly weight and appetite diary" in html
    assert 'value="diary&quot;"' in html  # the box shows what was typed


@pytest.mark.parametrize(
    ("typed", "searched"),
    [('"eating', "eating"), ("“eating well”", "eating well"), ("a\x00b", "a b"), ("  x \t y ", "x y"), ('"', "")],
)
def test_search_terms_drop_quotes_and_control_characters(typed, searched):
    assert search_terms(typed) == searched
