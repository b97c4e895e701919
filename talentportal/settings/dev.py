from .base import *  # noqa: F403
from .base import SECRET_KEY

DEBUG = True
# A development key only; production refuses to start without its own.
SECRET_KEY = SECRET_KEY or "dev-only-not-secret-talent-portal"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
