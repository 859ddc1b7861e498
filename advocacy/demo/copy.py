"""Demo site copy, written in plain language (reading age about 11).

Only the mission statement is the society's own wording; everything else is written fresh.
Stage thresholds are not written here: the site renders them live from the staging app.
"""

FEARON_2011 = (
    "Fearon K, Strasser F, Anker SD, et al. Definition and classification of cancer cachexia: "
    "an international consensus. Lancet Oncology. 2011;12(5):489-495."
)
FEARON_2011_URL = "https://doi.org/10.1016/S1470-2045(10)70218-7"

REVIEWER = {
    "name": "Example Reviewer",
    "credentials": "RD (registered dietitian). Demo entry: replace before launch",
    "role": "Oncology dietitian",
    "organisation": "Demo hospital",
    "conflicts_of_interest": "None declared. This is a demo entry.",
}

HOME = {
    "title": "Home",
    "intro": (
        "<p>Welcome. This site is for people with cancer who are losing weight without trying, and for the "
        "people who care for them. This can be part of a condition called cachexia (say it: ka-KEK-see-a).</p>"
    ),
    "task_links_heading": "What you can do here",
    # Each link names where it goes. Pages are found by slug; the loader adds these only to a home page
    # that has no task links yet, so editors' changes stay.
    "task_links": [
        {
            "slug": "what-is-cachexia",
            "link_text": "Learn what cachexia is",
            "description": "Cachexia explained in plain words: the signs to look out for, and why it happens.",
        },
        {
            "slug": "stages",
            "link_text": "See the stages of cachexia and check your numbers",
            "description": "What each stage means, where the numbers come from, and a tool to compare your own.",
        },
        {
            "slug": "materials",
            "link_text": "Get free leaflets and a weight diary from our patient materials",
            "description": "Read, print or share them, and take them to your next appointment.",
        },
        {
            "slug": "community",
            "link_text": "Join our community of patients and carers",
            "description": "You are not alone. Share your story, ask questions and support each other.",
        },
        {
            "slug": "ask",
            "link_text": "Ask our experts a question",
            "description": "Doctors, nurses and dietitians who know cachexia answer in plain words.",
        },
    ],
    "body": [
        {
            "type": "callout",
            "value": {
                "kind": "info",
                "heading": "Talk to your care team",
                "text": (
                    "<p>If you are losing weight without trying, tell your doctor, nurse or dietitian. "
                    "The sooner they know, the sooner they can help.</p>"
                ),
            },
        },
    ],
}

MISSION = {
    "title": "Our mission",
    "slug": "mission",
    "search_description": "Why the Cancer Cachexia Society exists and what we do for patients and carers.",
    "intro": (
        "<p>We are a society for patients, carers, doctors and researchers. We want everyone touched by "
        "cachexia to get good information and good support.</p>"
    ),
    "body": [
        {
            "type": "rich_text",
            "value": (
                "<h2>Awareness</h2>"
                "<p>Many people have never heard the word cachexia, even when it is happening to them. "
                "We want patients, families and health workers to spot it early and talk about it.</p>"
                "<h2>Education</h2>"
                "<p>We write clear, checked information that anyone can read. A clinician checks our health "
                "pages, and each page shows when it was last checked.</p>"
                "<h2>Community</h2>"
                "<p>Living with cachexia can feel lonely. We bring people together so they can share what "
                "helps, and so that researchers hear what patients need.</p>"
            ),
        },
    ],
}

ABOUT = {
    "title": "About cachexia",
    "slug": "about-cachexia",
    "search_description": "Learn what cancer cachexia is, what causes it and how doctors describe its stages.",
    "intro": "<p>Start here to learn about cachexia. Each page is short and uses everyday words.</p>",
}

ABOUT_PAGES = [
    {
        "title": "What is cachexia?",
        "slug": "what-is-cachexia",
        "search_description": "Cachexia is weight and muscle loss caused by an illness like cancer. Learn the signs.",
        "body": [
            {
                "type": "rich_text",
                "value": (
                    "<p>Cachexia is a condition where the body loses weight and muscle because of an illness, "
                    "such as cancer. It is not the same as losing weight on a diet. Eating more does not "
                    "fully fix it on its own.</p>"
                    "<p>It is common in people with advanced cancer. It happens most often with cancers of the "
                    "stomach and gut, such as pancreas and bowel cancer, and with lung cancer.</p>"
                    "<h2>Signs to look out for</h2>"
                    "<ul><li>You lose weight without trying.</li>"
                    "<li>You do not feel like eating, or you feel full quickly.</li>"
                    "<li>Your muscles get smaller and weaker.</li>"
                    "<li>You feel very tired.</li></ul>"
                ),
            },
            {
                "type": "key_facts",
                "value": {
                    "heading": "Key facts",
                    "facts": [
                        "Cachexia means losing weight and muscle because of an illness.",
                        "Losing muscle makes people weaker and more tired.",
                        "It can make cancer treatment harder to cope with.",
                        "Your care team can help, so tell them early.",
                    ],
                },
            },
            {
                "type": "callout",
                "value": {
                    "kind": "warning",
                    "heading": "Do not wait",
                    "text": (
                        "<p>If you have lost weight without trying, tell your care team at your next visit, "
                        "or call them sooner if you are worried.</p>"
                    ),
                },
            },
            {"type": "stages_summary", "value": {"heading": "The stages of cachexia"}},
            {
                "type": "faq",
                "value": {
                    "heading": "Common questions",
                    "items": [
                        {
                            "question": "Is cachexia the same as not eating enough?",
                            "answer": (
                                "<p>No. Not eating enough is part of it, but cachexia also changes how the "
                                "body uses energy and builds muscle. That is why food alone does not fully "
                                "fix it.</p>"
                            ),
                        },
                        {
                            "question": "What does BMI mean?",
                            "answer": (
                                "<p>BMI stands for body mass index. It is a number worked out from your "
                                "weight and your height. Doctors use it as one simple sign of whether your "
                                "weight is low.</p>"
                            ),
                        },
                        {
                            "question": "Can anything help?",
                            "answer": (
                                "<p>Yes. A dietitian can help you get the most from your food. Gentle "
                                "exercise may help keep muscle. Some medicines can help appetite. Ask your "
                                "care team what is right for you.</p>"
                            ),
                        },
                    ],
                },
            },
            {
                "type": "quote",
                "value": {
                    "text": "Once we knew the word for it, we could ask the right questions.",
                    "attribution": "A carer (demo text, not a real person)",
                },
            },
            {
                "type": "featured_materials",
                "value": {"heading": "Leaflets to download", "slugs": ["understanding-cachexia", "eating-well"]},
            },
        ],
        "references": [{"citation": FEARON_2011, "url": FEARON_2011_URL}],
    },
    {
        "title": "What causes cachexia?",
        "slug": "causes",
        "search_description": "How cancer can change appetite, muscle and energy use, and lead to cachexia.",
        "body": [
            {
                "type": "rich_text",
                "value": (
                    "<p>Doctors are still learning exactly why cachexia happens. Here is what we know so far.</p>"
                    "<h2>Swelling inside the body</h2>"
                    "<p>Cancer can make the body's defence system work too hard. This causes a kind of "
                    "swelling inside the body called inflammation. Inflammation can reach the brain and "
                    "turn down the feeling of hunger.</p>"
                    "<h2>Muscles break down</h2>"
                    "<p>Inflammation can also make the body break down muscle faster than it can build it "
                    "back. This is called muscle wasting. It is the main sign of cachexia.</p>"
                    "<h2>The body burns more energy</h2>"
                    "<p>Some people with cancer use up energy faster than usual, even when resting. "
                    "So they lose weight even if they eat the same amount.</p>"
                ),
            },
            {
                "type": "callout",
                "value": {
                    "kind": "info",
                    "heading": "It is not your fault",
                    "text": (
                        "<p>Cachexia is caused by the illness. It is not caused by anything you or your "
                        "family did or did not do.</p>"
                    ),
                },
            },
            {
                "type": "faq",
                "value": {
                    "heading": "Common questions",
                    "items": [
                        {
                            "question": "Does chemotherapy cause cachexia?",
                            "answer": (
                                "<p>Cachexia comes from the cancer itself. But treatment side effects, like "
                                "feeling sick, can make eating harder. People with cachexia may also get "
                                "more side effects from chemotherapy. Tell your team about any side effects.</p>"
                            ),
                        },
                    ],
                },
            },
        ],
        "references": [{"citation": FEARON_2011, "url": FEARON_2011_URL}],
    },
]

STAGES_PAGE = {
    "title": "Stages of cachexia",
    "slug": "stages",
    "search_description": "The three stages of cachexia, the numbers doctors use, and a tool to check your numbers.",
    "intro": (
        "<p>Doctors often describe cachexia in three stages: pre-cachexia, cachexia and refractory cachexia. "
        "Below you can see what each stage means and where the numbers come from.</p>"
    ),
}

COMMUNITY = {
    "title": "Community",
    "slug": "community",
    "search_description": "Join the society's Facebook community to share stories and support each other.",
    "intro": (
        "<p>Our Facebook community is a place for patients and carers to share stories, ask questions "
        "and support each other.</p>"
    ),
    "body": [
        {
            "type": "key_facts",
            "value": {
                "heading": "Staying safe online",
                "facts": [
                    "Do not share your address, phone number or hospital number.",
                    "People in the group are not your doctors. Check health advice with your care team.",
                    "Be careful of anyone selling a cure. Ask your care team before you try anything new.",
                    "Be kind. Everyone is going through something hard.",
                ],
            },
        },
        {
            "type": "quote",
            "value": {
                "text": "It helped to talk to people who understood without me having to explain.",
                "attribution": "A patient (demo text, not a real person)",
            },
        },
    ],
}

MATERIALS_INDEX = {
    "title": "Patient materials",
    "slug": "materials",
    "search_description": "Free leaflets and diaries about cachexia for patients, carers and clinicians.",
    "intro": (
        "<p>Free leaflets to read, print or share. Use the filters to find what fits you. Clinicians can "
        "pick several and print a handout with short links and QR codes.</p>"
    ),
}

TOPICS = [
    ("understanding-cachexia", "Understanding cachexia"),
    ("eating-and-appetite", "Eating and appetite"),
    ("talking-to-your-care-team", "Talking to your care team"),
    ("caring-for-someone", "Caring for someone"),
]

MATERIALS = [
    {
        "title": "Understanding cachexia: a short guide",
        "slug": "understanding-cachexia",
        "summary": (
            "A short guide to what cachexia is, the signs to look for and who can help. "
            "Good to read first, alone or with your family."
        ),
        "audiences": ["patient", "caregiver"],
        "topics": ["understanding-cachexia"],
        "stage_slugs": ["pre-cachexia", "cachexia", "refractory-cachexia"],
        "language": "en",
        "format": "leaflet",
        "filename": "understanding-cachexia.pdf",
    },
    {
        "title": "Eating well when you don't feel hungry",
        "slug": "eating-well",
        "summary": (
            "Simple ideas for getting more energy and protein from small meals and snacks. "
            "Includes tips for carers who cook."
        ),
        "audiences": ["patient", "caregiver"],
        "topics": ["eating-and-appetite", "caring-for-someone"],
        "stage_slugs": ["pre-cachexia", "cachexia"],
        "language": "en",
        "format": "leaflet",
        "filename": "eating-well.pdf",
    },
    {
        "title": "Questions to ask your care team",
        "slug": "questions-to-ask",
        "summary": (
            "A list of questions about weight loss, appetite and support to take to your next appointment. "
            "There is space to write the answers."
        ),
        "audiences": ["patient", "caregiver", "clinician"],
        "topics": ["talking-to-your-care-team"],
        "stage_slugs": ["pre-cachexia", "cachexia", "refractory-cachexia"],
        "language": "en",
        "format": "leaflet",
        "filename": "questions-to-ask.pdf",
    },
    {
        "title": "A weekly weight and appetite diary",
        "slug": "weight-diary",
        "summary": (
            "A printable diary to write down your weight and appetite each week. "
            "Bring it to appointments so your team can see changes early."
        ),
        "audiences": ["patient", "clinician"],
        "topics": ["eating-and-appetite", "talking-to-your-care-team"],
        "stage_slugs": ["pre-cachexia", "cachexia"],
        "language": "en",
        "format": "diary",
        "filename": "weight-diary.pdf",
    },
]
