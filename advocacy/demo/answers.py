"""Demo copy for the questions app: the ask page, the answers index and five answered questions.

Plain language (reading age about 11). Every answer is general information, never a diagnosis, and
sends readers back to their care team. Sources are the verified (V) or secondary-checked (S) entries
in the project's research notes; nothing marked unverified is used.
"""

from .copy import FEARON_2011, FEARON_2011_URL

ASCO_2020 = (
    "Roeland EJ, Bohlke K, Baracos VE, et al. Management of cancer cachexia: ASCO guideline. "
    "Journal of Clinical Oncology. 2020."
)
ASCO_2020_URL = "https://doi.org/10.1200/JCO.20.00611"
ASCO_2023 = "Cancer cachexia: ASCO guideline rapid recommendation update. Journal of Clinical Oncology. 2023."
ASCO_2023_URL = "https://doi.org/10.1200/JCO.23.01280"
ESMO_2021 = "Arends J, et al. Cancer cachexia in adult patients: ESMO Clinical Practice Guidelines. ESMO Open. 2021."

EXPERT = {
    "name": "Example Expert",
    "credentials": "MD (cancer doctor). Demo entry: replace before launch",
    "role": "Medical oncologist",
    "organisation": "Demo cancer centre",
    "conflicts_of_interest": "None declared. This is a demo entry.",
}

ASK_PAGE = {
    "title": "Ask our experts",
    "slug": "ask",
    "search_description": "Send a question about cancer cachexia. Experts answer, and a clinician checks each answer.",
    "intro": (
        "<p>Do you have a question about weight loss, appetite or cachexia? Ask it here. You do not need an "
        "account.</p>"
        "<p>Doctors, dietitians and researchers answer questions that may help other people too. A clinician "
        "checks every answer before we publish it. We cannot answer every question, and we cannot give advice "
        "about your own care.</p>"
    ),
    "privacy_note": (
        "<ul><li>We only keep what you type in this form. We do not keep your name or where you are.</li>"
        "<li>We never publish your question as you sent it. If we answer it, we write it again in our own words, "
        "without anything that could show who you are.</li>"
        "<li>If you give your email address, we use it only once: to tell you when the answer is on our "
        "website. Then we delete it.</li>"
        "<li>We delete every question after 90 days.</li></ul>"
    ),
    "confirmation": (
        "<p>Thank you for your question. Our team reads every question.</p>"
        "<p>If we answer it, the answer will be on our website in a few weeks. If you gave us your email address, "
        "we will send you one email with a link to it, and then delete your address.</p>"
    ),
}

ANSWERS_INDEX = {
    "title": "Answered questions",
    "slug": "answers",
    "search_description": "Questions from patients and carers about cachexia, answered by experts and checked.",
    "intro": (
        "<p>These are questions that patients and carers have asked us. Experts answered them, and a clinician "
        "checked each answer. The answers are general information. Talk to your care team about your own care.</p>"
    ),
}

CARE_TEAM_CALLOUT = {
    "type": "callout",
    "value": {
        "kind": "info",
        "heading": "Talk to your care team",
        "text": "<p>This answer is general information. Your own doctor, nurse or dietitian knows you best. "
        "Ask them what is right for you.</p>",
    },
}


def _refs(*items):
    return [{"citation": citation, "url": url} for citation, url in items]


ANSWERS = [
    {
        "title": "Why am I losing weight when I am still eating?",
        "slug": "losing-weight-while-eating",
        "question": "I have cancer and I am still eating, but I keep losing weight. Why is this happening?",
        "short_answer": (
            "Cancer can change how your body uses food, so you can lose weight and muscle even when you eat. "
            "This can be part of a condition called cachexia. Tell your care team about any weight you lose "
            "without trying, so they can check what is going on and help."
        ),
        "body": [
            {
                "type": "rich_text",
                "value": (
                    "<p>When you have cancer, your body can start to break down muscle faster than it builds it. "
                    "Cancer can also cause a kind of swelling inside the body, called inflammation, which can "
                    "change how your body uses energy.</p>"
                    "<p>Experts call this cachexia (say it: ka-KEK-see-a). An international group of experts "
                    "describes it as losing muscle that ordinary extra food cannot fully put back. That is why "
                    "eating more does not always stop the weight loss.</p>"
                    "<p>Weight loss can have other causes too, such as treatment side effects, pain or a sore "
                    "mouth. Only your care team can find out what is causing yours.</p>"
                    "<h2>What you can do</h2>"
                    "<ul><li>Weigh yourself once a week and write it down.</li>"
                    "<li>Tell your care team if you lose weight without trying.</li>"
                    "<li>Ask if you can see a dietitian.</li></ul>"
                ),
            },
            CARE_TEAM_CALLOUT,
        ],
        "topics": ["understanding-cachexia"],
        "stage_slugs": ["pre-cachexia", "cachexia"],
        "references": _refs((FEARON_2011, FEARON_2011_URL)),
    },
    {
        "title": "Should I ask to see a dietitian?",
        "slug": "seeing-a-dietitian",
        "question": "My appetite is getting smaller. Is it worth asking to see a dietitian?",
        "short_answer": (
            "Yes, it is worth asking. A guideline for cancer doctors says people with cachexia should be "
            "offered a referral to a dietitian. A dietitian can help you get more energy and protein from the "
            "food you can manage."
        ),
        "body": [
            {
                "type": "rich_text",
                "value": (
                    "<p>A dietitian is a health professional who knows about food and illness. They can look at "
                    "what you eat now and suggest small changes that fit your life.</p>"
                    "<p>The American Society of Clinical Oncology (ASCO) guideline on cachexia says doctors "
                    "should offer people a referral to a dietitian. You can ask for one yourself.</p>"
                    "<h2>Things a dietitian may help with</h2>"
                    "<ul><li>Small meals and snacks that give more energy.</li>"
                    "<li>Ideas for when food tastes different or you feel full quickly.</li>"
                    "<li>Whether a nutrition drink could help you.</li></ul>"
                ),
            },
            CARE_TEAM_CALLOUT,
        ],
        "topics": ["eating-and-appetite", "talking-to-your-care-team"],
        "stage_slugs": ["pre-cachexia", "cachexia"],
        "references": _refs((ASCO_2020, ASCO_2020_URL)),
    },
    {
        "title": "Is there a medicine for cachexia?",
        "slug": "medicine-for-cachexia",
        "question": "Is there a medicine that can stop cachexia or bring my appetite back?",
        "short_answer": (
            "There is no medicine that cures cachexia. Some medicines may help appetite or weight for a while "
            "in some people, but they can have side effects. Only your care team can say if one might be right "
            "for you."
        ),
        "body": [
            {
                "type": "rich_text",
                "value": (
                    "<p>In 2020, the ASCO guideline said that no medicine is the standard treatment for cachexia. "
                    "It said doctors may try some medicines for a short time in some people, to help appetite.</p>"
                    "<p>In 2023, ASCO updated its advice. It said a low dose of a medicine called olanzapine may "
                    "help some people with appetite and weight. It also said that, at that time, no medicine was "
                    "approved in the United States to treat cancer cachexia.</p>"
                    "<p>Every medicine can have side effects, and some do not mix well with cancer treatment. "
                    "Please do not start, stop or buy any medicine or supplement for this without talking to "
                    "your care team first.</p>"
                ),
            },
            CARE_TEAM_CALLOUT,
        ],
        "topics": ["talking-to-your-care-team"],
        "stage_slugs": ["cachexia"],
        "references": _refs((ASCO_2020, ASCO_2020_URL), (ASCO_2023, ASCO_2023_URL)),
    },
    {
        "title": "Would a feeding tube or a drip help?",
        "slug": "feeding-tube-or-drip",
        "question": "Could a feeding tube or a drip stop the weight loss?",
        "short_answer": (
            "Usually not for cachexia on its own. The ASCO guideline says tube feeding and drip feeding should "
            "not be used routinely for cancer cachexia. They can help in some other situations, so ask your "
            "care team what is right for you."
        ),
        "body": [
            {
                "type": "rich_text",
                "value": (
                    "<p>A feeding tube gives liquid food straight into the stomach or gut. A drip can give "
                    "nutrition straight into a vein.</p>"
                    "<p>Cachexia is not only about eating too little, so extra food through a tube or a drip "
                    "does not fully fix it. This is why the ASCO guideline says these should not be used as a "
                    "routine treatment for cancer cachexia.</p>"
                    "<p>Some people do need a tube or a drip for other reasons, for example if they cannot "
                    "swallow. Your care team will talk with you about the good points and the risks for you.</p>"
                ),
            },
            CARE_TEAM_CALLOUT,
        ],
        "topics": ["eating-and-appetite"],
        "stage_slugs": ["cachexia", "refractory-cachexia"],
        "references": _refs((ASCO_2020, ASCO_2020_URL), (FEARON_2011, FEARON_2011_URL)),
    },
    {
        "title": "How can I help someone who has stopped eating much?",
        "slug": "helping-someone-who-eats-little",
        "question": "My dad has cancer and hardly eats now. How can I help him without making him feel bad?",
        "short_answer": (
            "Offer small amounts of food he likes, often, and try not to push. Cachexia is caused by the illness, "
            "not by anything he or you are doing wrong. Ask his care team for help, including a dietitian and "
            "support for both of you."
        ),
        "body": [
            {
                "type": "rich_text",
                "value": (
                    "<p>It is very hard to watch someone you love eat less. Many carers feel worried or even "
                    "guilty. Remember: cachexia comes from the illness. It is not your fault, and it is not his.</p>"
                    "<h2>Ideas that some families find helpful</h2>"
                    "<ul><li>Offer small snacks and drinks through the day instead of big meals.</li>"
                    "<li>Have his favourite foods ready, and let him choose.</li>"
                    "<li>Eat together when you can, but keep it relaxed.</li>"
                    "<li>Try not to count every mouthful out loud.</li></ul>"
                    "<p>A European guideline for cancer doctors says everyone with cachexia should get advice "
                    "about food and information about cachexia, and support with how it makes them feel. This "
                    "support is for carers too. Ask his care team what is available.</p>"
                ),
            },
            CARE_TEAM_CALLOUT,
        ],
        "topics": ["caring-for-someone", "eating-and-appetite"],
        "stage_slugs": ["cachexia", "refractory-cachexia"],
        "references": _refs((ESMO_2021, "")),
    },
]
