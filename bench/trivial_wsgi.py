"""The yardstick: a WSGI app that does nothing but answer 20 KB, served by the same gunicorn."""

BODY = b"x" * 20_000


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(BODY)))])
    return [BODY]
