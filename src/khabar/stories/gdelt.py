"""The GDELT 2.0 Events and Mentions tables, exactly: GDELT's columns in GDELT's order,
tab-separated, no header, one Events row per event cluster and one Mentions row per report of it.

The column lists are ``reference/gdelt2_event_columns.csv`` and ``gdelt2_mention_columns.csv``
(from the GDELT 2.0 Event Codebook and the GDELT 2.0 Mentions table description). What khabar
cannot fill is left empty and listed in docs/gdelt.md.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from functools import lru_cache
from typing import IO, Any

import duckdb

from khabar.stories.geo import place_codes

_REFERENCE = __import__("pathlib").Path(__file__).resolve().parents[1] / "reference"


@lru_cache(maxsize=2)
def _columns(name: str) -> tuple[tuple[str, str], ...]:
    with (_REFERENCE / name).open(encoding="utf-8") as handle:
        return tuple((row["name"], row["type"]) for row in csv.DictReader(handle))


def event_columns() -> tuple[tuple[str, str], ...]:
    """(name, type) of the 61 GDELT 2.0 Events columns, in order."""
    return _columns("gdelt2_event_columns.csv")


def mention_columns() -> tuple[tuple[str, str], ...]:
    """(name, type) of the 16 GDELT 2.0 Mentions columns, in order."""
    return _columns("gdelt2_mention_columns.csv")


def global_event_id(cluster_id: str) -> int:
    """A stable 60-bit number from the cluster id (its hex digits)."""
    return int(cluster_id[1:16], 16)


def _stamp(value: datetime | date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y%m%d%H%M%S")
    return value.strftime("%Y%m%d") + "000000"


def _when(cluster: Mapping[str, Any]) -> date | None:
    start = cluster.get("date_start")
    if isinstance(start, date) and cluster.get("date_precision") == "day":
        return start
    seen = cluster.get("first_seen")
    if isinstance(seen, datetime):
        return seen.date()
    return start if isinstance(start, date) else None


def actor_fields(code: str | None, name: str | None, country: str | None) -> dict[str, str]:
    """GDELT's ten actor fields from khabar's actor code (country/org code + role codes).

    An intergovernmental organisation is written as GDELT writes it: the code ``IGO`` + the
    organisation (``IGOUNO``), the organisation as the known group, type ``IGO``, no country."""
    code = code or ""
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    known = ""
    if len(chunks) >= 2 and chunks[1] == "IGO":
        known = chunks[0]
        chunks = ["IGO", known, *chunks[2:]]
        country_code = ""
        types = ["IGO", *[c for c in chunks[2:] if c != "IGO"]]
    else:
        country_code = chunks[0] if chunks else (country or "")
        types = chunks[1:]
    types = [*types, "", "", ""][:3]
    return {
        "Code": "".join(chunks),
        "Name": (name or "").upper(),
        "CountryCode": country_code if code else "",
        "KnownGroupCode": known,
        "EthnicCode": "",
        "Religion1Code": "",
        "Religion2Code": "",
        "Type1Code": types[0],
        "Type2Code": types[1],
        "Type3Code": types[2],
    }


def _geo(prefix: str, name: str | None, country: str | None, lat: Any, lon: Any) -> dict[str, Any]:
    codes = place_codes(name, country, lat, lon)
    if codes is None:
        return {
            f"{prefix}_Type": 0,
            **{
                f"{prefix}_{k}": ""
                for k in ("FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
            },
        }
    return {
        f"{prefix}_Type": codes.geo_type,
        f"{prefix}_FullName": codes.full_name,
        f"{prefix}_CountryCode": codes.country_fips,
        f"{prefix}_ADM1Code": codes.adm1,
        f"{prefix}_ADM2Code": "",
        f"{prefix}_Lat": "" if codes.lat is None else codes.lat,
        f"{prefix}_Long": "" if codes.lon is None else codes.lon,
        f"{prefix}_FeatureID": codes.feature_id,
    }


def event_record(cluster: Mapping[str, Any]) -> dict[str, Any]:
    """One event cluster (a row of ``query_clusters(..., with_members=True)``) as a GDELT Events row."""
    when = _when(cluster)
    cameo = cluster.get("cameo") or ""
    members = cluster.get("members") or []
    record: dict[str, Any] = {
        "GLOBALEVENTID": global_event_id(cluster["cluster_id"]),
        "SQLDATE": when.strftime("%Y%m%d") if when else "",
        "MonthYear": when.strftime("%Y%m") if when else "",
        "Year": when.year if when else "",
        "FractionDate": f"{when.year + (when.timetuple().tm_yday - 1) / 365:.4f}" if when else "",
    }
    for n, role in ((1, "source"), (2, "target")):
        for key, value in actor_fields(
            cluster.get(f"{role}_code"), cluster.get(f"{role}_name"), cluster.get(f"{role}_country")
        ).items():
            record[f"Actor{n}{key}"] = value
    record.update(
        {
            "IsRootEvent": int(any((m.get("sentence") or 0) <= 1 for m in members)) if members else 0,
            "EventCode": cameo,
            "EventBaseCode": cameo[:3],
            "EventRootCode": cameo[:2],
            "QuadClass": cluster.get("quad_class") or "",
            "GoldsteinScale": "" if cluster.get("goldstein") is None else cluster["goldstein"],
            "NumMentions": cluster.get("num_mentions") or 0,
            "NumSources": cluster.get("num_sources") or 0,
            "NumArticles": cluster.get("num_articles") or 0,
            "AvgTone": "",  # khabar has no tone yet (docs/gdelt.md)
        }
    )
    record.update(_geo("Actor1Geo", None, None, None, None))
    record.update(_geo("Actor2Geo", None, None, None, None))
    record.update(
        _geo(
            "ActionGeo",
            cluster.get("location_name"),
            cluster.get("location_country"),
            cluster.get("lat"),
            cluster.get("lon"),
        )
    )
    record["DATEADDED"] = _stamp(cluster.get("added_at"))
    record["SOURCEURL"] = (
        cluster.get("original_url") or cluster.get("url") or cluster.get("earliest_article_id") or ""
    )
    return record


_CLEAN = re.compile(r"[\t\r\n]+")


def _cell(value: Any) -> str:
    return _CLEAN.sub(" ", str(value))


def write_events(clusters: Iterable[Mapping[str, Any]], out: IO[str]) -> int:
    names = [name for name, _ in event_columns()]
    count = 0
    for cluster in clusters:
        record = event_record(cluster)
        out.write("\t".join(_cell(record[name]) for name in names) + "\n")
        count += 1
    return count


def _domain(member: Mapping[str, Any]) -> str:
    url = member.get("original_url") or member.get("url") or ""
    match = re.match(r"^[a-z]+://([^/]+)", url)
    if match:
        return match.group(1).removeprefix("www.")
    return member.get("outlet") or ""


def _offsets(
    con: duckdb.DuckDBPyConnection, members: list[Mapping[str, Any]]
) -> dict[tuple[str, str], list[int]]:
    pairs = sorted({(m["article_id"], e) for m in members for e in (m.get("source"), m.get("target")) if e})
    if not pairs:
        return {}
    rows = con.execute(
        "SELECT article_id, entity_id, start FROM mentions WHERE list_contains(?, article_id) ORDER BY start",
        [sorted({a for a, _ in pairs})],
    ).fetchall()
    found: dict[tuple[str, str], list[int]] = {}
    for article_id, entity_id, start in rows:
        found.setdefault((article_id, entity_id), []).append(start)
    return found


def _nearest(starts: list[int] | None, anchor: int) -> int:
    if not starts:
        return -1
    return min(starts, key=lambda s: (abs(s - anchor), s))


def mention_records(con: duckdb.DuckDBPyConnection, cluster: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One GDELT Mentions row per report (event row) of the cluster."""
    members = list(cluster.get("members") or [])
    offsets = _offsets(con, members)
    event_time = _stamp(cluster.get("added_at"))
    rows = []
    for m in members:
        trigger = m.get("trigger_start") or 0
        sentence = (m.get("sentence_text") or "").replace("<", "&lt;").replace(">", "&gt;")
        rows.append(
            {
                "GLOBALEVENTID": global_event_id(cluster["cluster_id"]),
                "EventTimeDate": event_time,
                "MentionTimeDate": _stamp(m.get("published") or m.get("ingested_at")),
                "MentionType": 1,
                "MentionSourceName": _domain(m),
                "MentionIdentifier": m.get("original_url") or m.get("url") or m["article_id"],
                "SentenceID": (m.get("sentence") or 0) + 1,
                "Actor1CharOffset": _nearest(offsets.get((m["article_id"], m.get("source") or "")), trigger),
                "Actor2CharOffset": _nearest(offsets.get((m["article_id"], m.get("target") or "")), trigger),
                "ActionCharOffset": trigger,
                "InRawText": 1,
                "Confidence": max(10, min(100, round((m.get("confidence") or 0) * 100))),
                "MentionDocLen": m.get("doc_len") or 0,
                "MentionDocTone": "",
                "MentionDocTranslationInfo": _translation_info(m.get("lang")),
                "Extras": f"<ARTICLE>{m['article_id']}</ARTICLE><SENTENCE>{sentence}</SENTENCE>",
            }
        )
    return rows


# GDELT 2.0 leaves MentionDocTranslationInfo blank for documents in English (its native language)
# and writes "srclc:" + the ISO 639-3 code for the others.
_GDELT_NATIVE = "eng"


def _translation_info(code: str | None) -> str:
    if not code:
        return ""
    import pycountry

    found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else None
    alpha_3 = getattr(found, "alpha_3", None) or code
    return "" if alpha_3 == _GDELT_NATIVE else f"srclc:{alpha_3}"


def write_mentions(
    con: duckdb.DuckDBPyConnection, clusters: Iterable[Mapping[str, Any]], out: IO[str]
) -> int:
    names = [name for name, _ in mention_columns()]
    count = 0
    for cluster in clusters:
        for record in mention_records(con, cluster):
            out.write("\t".join(_cell(record[name]) for name in names) + "\n")
            count += 1
    return count
