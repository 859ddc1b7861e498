"""The action Wagtail runs when a workflow is approved (setting ``WAGTAIL_FINISH_WORKFLOW_ACTION``)."""


def publish_with_clinical_review(workflow_state, user=None):
    # Wagtail resolves this setting while its own models are still loading, so the code that needs
    # models is imported when the first workflow finishes, not when this module is imported.
    from .clinical_review import publish_approved

    publish_approved(workflow_state, user)
