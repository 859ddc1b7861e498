"""Pages matching any of a search's words, best first, read from Wagtail's search index in one statement.

Wagtail's database search backend (django-modelsearch) keeps the index and ranks as this module does,
but answers ``pages.search(...)`` with a query it builds anew every time: about 2.5 ms of the ORM's
work per search. On PostgreSQL its query also joins pages to the index on the full-text match, whose
row count the planner guesses as one, so with ten times the content it read every page once per
match (6 ms for "weight"). Here the same question goes to the same index in one short statement: the
index rows whose title or body hold any of the words (stemmed by the index's own configuration),
scored as modelsearch scores them on PostgreSQL (title rank times ``title_norm``, plus body rank; the
same on SQLite), for the pages the ORM's filter allows (live, public, in the visitor's language). On
SQLite that filter is a subquery. On PostgreSQL it is the allowed pages' ids, one array kept in the
worker's memory for the site version (advocacy/site_memo.py): checking each match against the pages
table cost PostgreSQL about half the statement's time. Indexing stays modelsearch's;
tests/advocacy/test_search_ranking.py checks the answers and their order on both databases.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from modelsearch.backends.database.postgres.weights import get_sql_weights
from modelsearch.conf import get_app_config
from wagtail.models import Page, get_page_models
from wagtail.search.backends import get_search_backend

from . import site_memo

# Up to this many allowed pages, PostgreSQL is given their ids; beyond it, the pages' query as a subquery.
MAX_LISTED_PAGES = 5000


def page_content_type_ids() -> tuple[int, ...]:
    """Every page type's content type (from Django's content type cache): the index also holds
    documents and images."""
    return tuple(ct.pk for ct in ContentType.objects.get_for_models(Page, *get_page_models()).values())


def index_table(name: str) -> str:
    return connection.ops.quote_name(get_app_config().get_model(name)._meta.db_table)


# The FTS5 table's columns are (autocomplete, body, title): bm25 with a weight on one column and 0 on
# the others ranks that column alone. A title counts five times the text, as modelsearch's weights
# on PostgreSQL do (A = 1.0 for titles, B = 0.21 for text).
TITLE_BM25, BODY_BM25 = "0.0, 0.0, 5.0", "0.0, 1.0, 0.0"


def sqlite_statement(words: list[str], pages: tuple[str, tuple], limit: int) -> tuple[str, list]:
    """FTS5: ``{title body} : ("a" OR "b")``, ranked as on PostgreSQL: the title's bm25 (weighted)
    times ``title_norm``, plus the text's (lower is better). modelsearch's own SQLite query multiplies the
    bm25 of both together by ``title_norm``, so a short title ("Home") outranked a page named for
    the word."""
    entries, fts = index_table("IndexEntry"), index_table("SQLiteFTSIndexEntry")
    match = "{title body} : (" + " OR ".join(f'"{word}"' for word in words) + ")"
    types = page_content_type_ids()
    pages_sql, pages_params = pages
    # Quoted names from the models; every value is a parameter.
    sql = (
        f"SELECT CAST(e.object_id AS INTEGER) FROM {fts} JOIN {entries} e ON {fts}.rowid = e.id "  # noqa: S608
        f"WHERE {fts} MATCH %s AND e.content_type_id IN ({', '.join(['%s'] * len(types))}) "
        f"AND CAST(e.object_id AS INTEGER) IN ({pages_sql}) "
        f"ORDER BY bm25({fts}, {TITLE_BM25}) * e.title_norm + bm25({fts}, {BODY_BM25}), 1 DESC LIMIT %s"
    )
    return sql, [match, *types, *pages_params, limit]


def postgres_page_filter(pages, subquery: tuple[str, tuple]) -> tuple[str, list]:
    """``pages`` as a condition on an index entry's page id: their ids, kept per site version (any
    publish, move, delete or view restriction sets a new one), or above ``MAX_LISTED_PAGES`` the subquery."""

    def build():
        ids = sorted(pages.order_by().values_list("pk", flat=True)[: MAX_LISTED_PAGES + 1])
        return ids if len(ids) <= MAX_LISTED_PAGES else None

    sql, params = subquery
    ids = site_memo.remember_many("searchable-page-ids", (sql, tuple(params)), build, limit=50)
    if ids is None:
        return f"IN ({sql})", list(params)
    return "= ANY(%s::integer[])", [ids]


def postgres_statement(words: list[str], pages: tuple[str, list], limit: int) -> tuple[str, list]:
    """Each word through ``plainto_tsquery`` in the index's configuration, joined with ``||`` (any word),
    ranked by ``ts_rank`` with modelsearch's weights (higher is better)."""
    entries = index_table("IndexEntry")
    config = getattr(get_search_backend(), "config", None)
    word_sql, word_params = ("plainto_tsquery(%s::regconfig, %s)", [config]) if config else ("plainto_tsquery(%s)", [])
    types = page_content_type_ids()
    weights = get_sql_weights()
    pages_sql, pages_params = pages
    rank = "ts_rank(%s::float4[], e.title, words.q) * e.title_norm + ts_rank(%s::float4[], e.body, words.q)"
    # Quoted names from the models; every value is a parameter.
    sql = (
        f"WITH words AS MATERIALIZED (SELECT {' || '.join([word_sql] * len(words))} AS q) "  # noqa: S608
        f"SELECT e.object_id::integer FROM {entries} e, words "
        f"WHERE (e.title @@ words.q OR e.body @@ words.q) AND e.content_type_id IN ({', '.join(['%s'] * len(types))}) "
        f"AND e.object_id::integer {pages_sql} ORDER BY {rank} DESC, 1 DESC LIMIT %s"
    )
    return sql, [*(p for word in words for p in (*word_params, word)), *types, *pages_params, weights, weights, limit]


def ranked_ids(pages, words: list[str], limit: int) -> list[int]:
    """Ids of ``pages`` (a queryset of pages) whose index entry holds any of ``words``, best first."""
    if not words:
        return []
    subquery = pages.order_by().values("pk").query.sql_with_params()
    if connection.vendor == "postgresql":
        sql, params = postgres_statement(words, postgres_page_filter(pages, subquery), limit)
    else:
        sql, params = sqlite_statement(words, subquery, limit)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]
