"""Django's RedisCache, but a Redis that stops answering slows the site down instead of breaking it.

Every cache read then misses and every write is dropped (and logged): pages are rendered afresh,
rate limits count from one. ``/health/`` still reports the cache as failing, so operators know.

Django's client also builds a new ``redis.Redis`` (with its table of reply handlers) for every
cache call; here each connection pool keeps one, which is thread-safe and takes its connections
from the pool as before. A cached page costs one such call, so this is a good part of its time.

``count_in_window`` counts a hit against a rate limit in one round trip, where Django's ``add``
then ``incr`` take three (``incr`` asks whether the key exists first).
"""

import logging

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
UNAVAILABLE = (RedisConnectionError, RedisTimeoutError)


def _warn(operation: str, error: Exception) -> None:
    logger.warning("Redis unavailable during %s: %s", operation, type(error).__name__)


class ReusedRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedRedisCacheClient

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except UNAVAILABLE as error:
            _warn("get", error)
            return default

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except UNAVAILABLE as error:
            _warn("get_many", error)
            return {}

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except UNAVAILABLE as error:
            _warn("has_key", error)
            return False

    def add(self, key, value, timeout=None, version=None):
        try:
            return super().add(key, value, timeout, version)
        except UNAVAILABLE as error:
            _warn("add", error)
            return False

    def set(self, key, value, timeout=None, version=None):
        try:
            super().set(key, value, timeout, version)
        except UNAVAILABLE as error:
            _warn("set", error)

    def set_many(self, data, timeout=None, version=None):
        try:
            return super().set_many(data, timeout, version)
        except UNAVAILABLE as error:
            _warn("set_many", error)
            return list(data)

    def touch(self, key, timeout=None, version=None):
        try:
            return super().touch(key, timeout, version)
        except UNAVAILABLE as error:
            _warn("touch", error)
            return False

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except UNAVAILABLE as error:
            _warn("delete", error)
            return False

    def delete_many(self, keys, version=None):
        try:
            super().delete_many(keys, version)
        except UNAVAILABLE as error:
            _warn("delete_many", error)

    def clear(self):
        try:
            return super().clear()
        except UNAVAILABLE as error:
            _warn("clear", error)
            return False

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except UNAVAILABLE as error:
            _warn("incr", error)
            raise ValueError(f"Key '{key}' not found (Redis unavailable).") from error

    def count_in_window(self, key, timeout: int) -> int:
        """Add one to ``key``'s count, which starts at 0 and lasts ``timeout`` seconds: one round trip
        (``SET NX EX`` then ``INCR``, together in a transaction). 1 when Redis does not answer."""
        key = self.make_and_validate_key(key)
        try:
            client = self._cache.get_client(key, write=True)
            _created, count = client.pipeline().set(key, 0, ex=timeout, nx=True).incr(key).execute()
        except UNAVAILABLE as error:
            _warn("count_in_window", error)
            return 1
        return count
