"""Each article's line of the data exports, kept from one build to the next.

``data/articles.json`` and ``.csv`` list every article, so a build after one new article
made all 10,000 records and encoded them again: about a second of an add-one rebuild
(issue 6). A record shows only the article's front-matter, its date and addresses and
the site's URL, so its two lines are kept in ``export-rows.pickle`` (``CACHE_PATH``) by
the article's source file, that file's hash as this build's content digest took it
(``CONTENT_HASHES``), its date and addresses. The store is ignored whole when the code
that makes the records changed (settings, theme, plugins: ``CODE_DIGEST``), and an
article whose file has no hash in this build is encoded afresh.
"""

from __future__ import annotations

import logging
import pickle
from pathlib import Path

from .build_manifest import CODE_DIGEST, CONTENT_HASHES
from .data_export import article_record, csv_line, json_line
from .output_files import load_kept, write_atomic

logger = logging.getLogger(__name__)

ROWS_NAME = "export-rows.pickle"


class ExportRows:
    """The (JSON line, CSV row) of each article: kept by the last build, or made now."""

    def __init__(self, settings) -> None:
        self.path = Path(settings["CACHE_PATH"], ROWS_NAME)
        self.code = settings.get(CODE_DIGEST)
        self.siteurl = settings["SITEURL"]
        self.hashes = settings.get(CONTENT_HASHES) or {}
        self.kept = self._load() if self.code else {}
        self.used: dict[tuple, tuple[str, str]] = {}

    def rows(self, article) -> tuple[str, str]:
        key = self.key(article)
        lines = self.kept.get(key) if key else None
        if lines is None:
            record = article_record(article, self.siteurl)
            lines = (json_line(record), csv_line(record))
        if key:
            self.used[key] = lines
        return lines

    def key(self, article) -> tuple | None:
        """What the article's record is made of besides the code, or None when unknown."""
        digest = self.hashes.get(article.source_path)
        if digest is None:
            return None
        return (article.source_path, digest, str(getattr(article, "date", None)), article.url,
                getattr(article, "raw_url", None))

    def save(self) -> None:
        """Keep this build's rows, unless they are those it loaded."""
        if not self.code or self.used == self.kept:
            return
        data = pickle.dumps({"code": self.code, "rows": self.used}, pickle.HIGHEST_PROTOCOL)
        try:
            write_atomic(self.path, data)
        except OSError as error:
            logger.warning("%s: export rows not kept (%s)", self.path, error)

    def _load(self) -> dict[tuple, tuple[str, str]]:
        kept = load_kept(self.path, code=self.code)
        return (kept or {}).get("rows", {})
