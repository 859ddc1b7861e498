from .pages import AnswerPage, AnswersIndexPage, AskQuestionPage
from .stage_links import AnswerStage
from .submissions import Question

__all__ = ["AnswerPage", "AnswerStage", "AnswersIndexPage", "AskQuestionPage", "Question"]
