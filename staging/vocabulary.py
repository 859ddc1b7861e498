"""The staging vocabulary: one table each for comparators, rule kinds and verification marks.

Editors' choices in the admin, the public wording and the evaluator all read these tables, so a
comparator's symbol, its words and the test it performs cannot drift apart.
"""

import operator
from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext_noop


@dataclass(frozen=True)
class Comparator:
    key: str
    symbol: str
    words: str  # English; the public wording translates it
    test: Callable | None = None  # None for yes/no comparators

    @property
    def is_numeric(self) -> bool:
        return self.test is not None


COMPARATORS = {
    c.key: c
    for c in [
        Comparator("lt", "<", gettext_noop("less than"), operator.lt),
        Comparator("le", "≤", gettext_noop("no more than"), operator.le),
        Comparator("gt", ">", gettext_noop("more than"), operator.gt),
        Comparator("ge", "≥", gettext_noop("at least"), operator.ge),
        Comparator("is_true", "is present", gettext_noop("present")),
        Comparator("is_false", "is absent", gettext_noop("absent")),
    ]
}
COMPARATOR_CHOICES = [(c.key, c.symbol) for c in COMPARATORS.values()]


@dataclass(frozen=True)
class Rule:
    key: str
    words: str  # "{k}" is the number of conditions needed

    @property
    def label(self) -> str:
        """The editor's choice label, with K standing for the number."""
        return self.words.format(k="K")


RULES = {
    r.key: r
    for r in [
        Rule("all", gettext_noop("All of these")),
        Rule("any", gettext_noop("Any one of these")),
        Rule("at_least", gettext_noop("At least {k} of these")),
    ]
}
RULE_CHOICES = [(r.key, r.label) for r in RULES.values()]


@dataclass(frozen=True)
class Verification:
    key: str
    label: str


VERIFICATIONS = {
    v.key: v
    for v in [
        Verification("V", "V – checked against the primary source"),
        Verification("S", "S – seen in a secondary source"),
        Verification("seed", "Society wording"),
    ]
}
VERIFICATION_CHOICES = [(v.key, v.label) for v in VERIFICATIONS.values()]
