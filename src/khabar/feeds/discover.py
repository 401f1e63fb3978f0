"""The article links of a feed (RSS or Atom, read by feedparser) or a sitemap (``urlset``, a
``sitemapindex`` of further sitemaps, Google News sitemaps; plain or gzipped XML)."""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urldefrag, urljoin

from lxml import etree

from khabar.errors import InputError


@dataclass(frozen=True, slots=True)
class Entry:
    url: str
    title: str | None = None
    published: str | None = None  # as the feed or sitemap states it


@dataclass(slots=True)
class Listing:
    kind: str  # "feed", "sitemap" or "sitemapindex"
    entries: list[Entry] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)  # of a sitemap index


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def parse_listing(body: bytes, url: str) -> Listing:
    """Entries of the feed or sitemap at ``url``; :class:`InputError` when it is neither."""
    if body[:2] == b"\x1f\x8b":
        try:
            body = gzip.decompress(body)
        except OSError as exc:
            raise InputError(url, f"broken gzip data: {exc}") from None
    root = _xml_root(body)
    if root is not None and _local(root.tag) in ("urlset", "sitemapindex"):
        return _sitemap(root, url)
    return _feed(body, url)


def _xml_root(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False, huge_tree=False)
    try:
        return etree.fromstring(body.lstrip(), parser=parser)
    except etree.XMLSyntaxError:
        return None


def _text(element: etree._Element, name: str) -> str | None:
    for child in element.iter():
        if _local(child.tag) == name and child.text and child.text.strip():
            return str(child.text).strip()
    return None


def _sitemap(root: etree._Element, url: str) -> Listing:
    if _local(root.tag) == "sitemapindex":
        children = [_text(node, "loc") for node in root if _local(node.tag) == "sitemap"]
        return Listing("sitemapindex", sitemaps=[_absolute(url, c) for c in children if c])
    entries: list[Entry] = []
    for node in root:
        if _local(node.tag) != "url":
            continue
        loc = _text(node, "loc")
        if not loc:
            continue
        # Google News sitemaps carry the title and the publication date; plain ones lastmod at most.
        entries.append(
            Entry(
                _absolute(url, loc),
                title=_text(node, "title"),
                published=_text(node, "publication_date") or _text(node, "lastmod"),
            )
        )
    return Listing("sitemap", entries=entries)


def _feed(body: bytes, url: str) -> Listing:
    import warnings

    import feedparser

    with warnings.catch_warnings():
        # feedparser 6 warns when "updated" is read on an entry that has only "published"
        warnings.simplefilter("ignore", DeprecationWarning)
        return _feed_entries(feedparser.parse(body, response_headers={"content-location": url}), url)


def _feed_entries(parsed: Any, url: str) -> Listing:
    if not parsed.entries and (parsed.bozo or not parsed.get("feed")):
        reason = getattr(parsed, "bozo_exception", None)
        raise InputError(url, f"neither an RSS/Atom feed nor a sitemap{f' ({reason})' if reason else ''}")
    entries: list[Entry] = []
    for item in parsed.entries:
        link = item.get("link") or next(
            (link.get("href") for link in item.get("links", []) if link.get("href")), None
        )
        if not link:
            continue
        entries.append(
            Entry(
                _absolute(url, link),
                title=(item.get("title") or "").strip() or None,
                published=item.get("published") or item.get("updated"),
            )
        )
    return Listing("feed", entries=entries)


def _absolute(base: str, link: str) -> str:
    return urldefrag(urljoin(base, link.strip())).url


__all__ = ["Entry", "Listing", "parse_listing"]
