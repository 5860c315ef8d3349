"""When two links point to the same article: the identity of a URL for de-duplication.

Feeds hand out the same article under cosmetic variants — ``HTTPS://Example.com/a/``,
``.../a?utm_source=rss``, ``.../a#comments`` — and the fetcher must not store it twice.
Only changes that never select a different page are undone; the path keeps its case
because servers may treat it as significant.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PARAMETERS = {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid"}
TRACKING_PREFIXES = ("utm_",)
DEFAULT_PORTS = {"http": 80, "https": 443}


def normalise_url(url: str) -> str:
    """``url`` with scheme and host lower-cased, default port, fragment, tracking
    parameters and trailing slash removed."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = parts.netloc.lower().removesuffix(f":{DEFAULT_PORTS.get(scheme)}")
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = urlencode([(name, value) for name, value in pairs if not _is_tracking(name)])
    return urlunsplit((scheme, host, parts.path.rstrip("/"), query, ""))


def _is_tracking(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)
