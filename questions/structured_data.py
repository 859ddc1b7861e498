"""schema.org JSON-LD for the answers: ``QAPage`` on an answer, ``FAQPage`` on the index.

See https://schema.org/QAPage and https://schema.org/FAQPage. Only what readers see on the page goes in.
"""


def _date(value) -> str | None:
    return value.date().isoformat() if value else None


def _person(reviewer) -> dict | None:
    if reviewer is None:
        return None
    person = {"@type": "Person", "name": reviewer.name}
    if reviewer.role:
        person["jobTitle"] = reviewer.role
    if reviewer.organisation:
        person["affiliation"] = {"@type": "Organization", "name": reviewer.organisation}
    return person


def _drop_empty(data: dict) -> dict:
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def qa_page_data(answer, request) -> dict:
    url = answer.get_full_url(request)
    accepted = _drop_empty(
        {
            "@type": "Answer",
            "text": answer.short_answer,
            "url": url,
            "datePublished": _date(answer.first_published_at),
            "author": _person(answer.answered_by),
        }
    )
    question = _drop_empty(
        {
            "@type": "Question",
            "name": answer.question,
            "text": answer.question,
            "answerCount": 1,
            "datePublished": _date(answer.first_published_at),
            "acceptedAnswer": accepted,
        }
    )
    data = {"@context": "https://schema.org", "@type": "QAPage", "mainEntity": question}
    if answer.last_reviewed:
        data["lastReviewed"] = answer.last_reviewed.isoformat()
    if answer.reviewer:
        data["reviewedBy"] = _person(answer.reviewer)
    return data


def faq_page_data(index, answers, request) -> dict | None:
    if not answers:
        return None
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "name": index.title,
        "mainEntity": [
            {
                "@type": "Question",
                "name": answer.question,
                "acceptedAnswer": {"@type": "Answer", "text": answer.short_answer},
            }
            for answer in answers
        ],
    }
