"""The practice and article catalogs for the kiosk, wherever they come from.

The services' lazy `practices` / `articles` properties are used when their owners have added
them; otherwise the catalogs are read straight from resources/. A catalog that cannot be loaded
gives an empty kiosk section (the rest keeps working) and a line in the log file.
"""

from __future__ import annotations

import logging
from typing import Any

from app.core.resources import resource_path
from app.services import Services

log = logging.getLogger(__name__)


def practice_catalog(services: Services) -> Any:
    try:
        catalog = getattr(services, "practices", None)
        if catalog is not None:
            return catalog
        from app.core.practices import load_practices

        cached = services.extras.get("kiosk_practices")
        if cached is None:
            cached = load_practices(resource_path("practices"))
            services.extras["kiosk_practices"] = cached
        return cached
    except Exception:
        log.exception("kiosk: practices could not be loaded")
        return None


def article_catalog(services: Services) -> Any:
    try:
        catalog = getattr(services, "articles", None)
        if catalog is not None:
            return catalog
        from app.core.articles import load_catalog

        cached = services.extras.get("kiosk_articles")
        if cached is None:
            cached = load_catalog(resource_path("articles"))
            services.extras["kiosk_articles"] = cached
        return cached
    except Exception:
        log.exception("kiosk: articles could not be loaded")
        return None
