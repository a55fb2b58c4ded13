"""The practice and article catalogs for the kiosk, wherever they come from.

The services' lazy `practices` / `articles` properties are used when their owners have added
them; otherwise the catalogs are read straight from resources/. A catalog that cannot be loaded
gives an empty kiosk section (the rest keeps working) and a line in the log file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from app.core.resources import resource_path
from app.services import Services

log = logging.getLogger(__name__)


def practice_catalog(services: Services) -> Any:
    def load() -> Any:
        from app.core.practices import load_practices

        return load_practices(resource_path("practices"))

    return _catalog(services, "practices", load)


def article_catalog(services: Services) -> Any:
    def load() -> Any:
        from app.core.articles import load_catalog
        from app.core.i18n import resolve_language

        return load_catalog(resource_path("articles"),
                            language=resolve_language(services.settings.general.language))

    return _catalog(services, "articles", load)


def _catalog(services: Services, name: str, load: Callable[[], Any]) -> Any:
    """``services.<name>``, else a catalog read once with ``load`` and kept in
    ``services.extras``; None (and a line in the log) when it cannot be loaded."""
    try:
        catalog = getattr(services, name, None)
        if catalog is not None:
            return catalog
        key = f"kiosk_{name}"
        if services.extras.get(key) is None:
            services.extras[key] = load()
        return services.extras[key]
    except Exception:
        log.exception("kiosk: %s could not be loaded", name)
        return None
