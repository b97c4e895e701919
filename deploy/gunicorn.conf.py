"""gunicorn for Talent Portal: `gunicorn -c deploy/gunicorn.conf.py talentportal.wsgi`.

Every value can be overridden from the environment file (GUNICORN_*), so the
same file serves a 2-core machine and a 16-core one.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Two per core plus one: the classic figure for request/response work that
# waits on PostgreSQL and Redis.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
# A request slower than this is a bug or a stuck dependency; the worker is
# replaced instead of hanging for ever.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# A backstop against slow growth in a worker's memory (see docs/deploy.md,
# "Memory"): each worker is replaced after about this many requests, with
# jitter so that they do not all restart at once.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = max_requests // 10
# Load the application before forking: less memory per worker, and a broken
# configuration stops the start-up instead of every worker in turn.
preload_app = True
# Only nginx on this machine may tell us the scheme and the client address.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# Bodies larger than nginx's limit never arrive; this is the same limit again.
limit_request_field_size = 8190
# Access log: path without the query string (it can hold e-mail addresses),
# no client address, and the request id that the application logs carry.
# GUNICORN_ACCESS_LOG="" turns it off (the benchmark, which would print a line per request).
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
access_log_format = '"%(m)s %(U)s" %(s)s %(B)s %(M)sms request_id=%({x-request-id}o)s'
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
proc_name = "talentportal"


def when_ready(server):
    """Load jieba's Chinese dictionary once, in the master, before workers fork.

    jieba loads it lazily on the first Chinese text: about 60 MB in every
    worker, the largest part of the growth seen under load (a worker at 130 MB
    grew to 270 MB). Loaded here, the workers share the master's copy; freezing
    the collector keeps the garbage collector from touching (and so copying)
    those pages in each worker.
    """
    import gc
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    gc.freeze()
