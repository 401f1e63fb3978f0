"""Event exports: CSV, JSONL, Parquet, and a GDELT-style TSV.

The GDELT export uses the GDELT 2.0 event-table column names for the fields khabar has, in GDELT's
order, and leaves out the ones it has no value for (tone, actor religion/ethnicity, ADM codes,
geography of each actor). Differences from GDELT, stated so users are not surprised:
country codes are ISO 3166 alpha-3 (GDELT's ActionGeo_CountryCode is FIPS 10-4), GLOBALEVENTID is
a stable 60-bit hash of article id and event index, and NumMentions counts the sentences stating the
event in its article.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

FORMATS = ("table", "csv", "jsonl", "parquet", "gdelt")

GDELT_COLUMNS = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1Type1Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2Type1Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "DATEADDED",
    "SOURCEURL",
)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def write_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({k: _plain(v) for k, v in row.items()})
        count += 1
    return count


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for row in rows:
        record = {k: _plain(v) for k, v in row.items()}
        if isinstance(record.get("evidence"), str):
            record["evidence"] = json.loads(record["evidence"])
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_parquet(rows: Sequence[dict[str, Any]], path: Path) -> int:
    pq.write_table(pa.Table.from_pylist(list(rows)), path)
    return len(rows)


def _event_id(article_id: str, index: int) -> int:
    return int(hashlib.sha1(f"{article_id}\x00{index}".encode()).hexdigest()[:15], 16)


def gdelt_row(event: dict[str, Any]) -> dict[str, Any]:
    """One khabar event row (as from ``query_events``) in GDELT 2.0 event columns."""
    when: date | None = None
    if event.get("date"):
        parts = [int(p) for p in str(event["date"]).split("-")]
        when = date(*parts, *[1] * (3 - len(parts)))
    elif event.get("published"):
        when = event["published"].date() if isinstance(event["published"], datetime) else event["published"]
    cameo = event.get("cameo") or ""
    evidence = (
        json.loads(event["evidence"]) if isinstance(event.get("evidence"), str) else event.get("evidence")
    )
    has_city = event.get("lat") is not None and event.get("location_name")
    return {
        "GLOBALEVENTID": _event_id(event["article_id"], event["idx"]),
        "SQLDATE": when.strftime("%Y%m%d") if when else "",
        "MonthYear": when.strftime("%Y%m") if when else "",
        "Year": when.year if when else "",
        "FractionDate": f"{when.year + (when.timetuple().tm_yday - 1) / 365:.4f}" if when else "",
        "Actor1Code": event.get("source_code") or "",
        "Actor1Name": (event.get("source_name") or "").upper(),
        "Actor1CountryCode": event.get("source_country") or "",
        "Actor1Type1Code": (event.get("source_code") or "")[3:6],
        "Actor2Code": event.get("target_code") or "",
        "Actor2Name": (event.get("target_name") or "").upper(),
        "Actor2CountryCode": event.get("target_country") or "",
        "Actor2Type1Code": (event.get("target_code") or "")[3:6],
        "IsRootEvent": 1 if event.get("sentence") in (0, 1) else 0,
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": cameo[:2],
        "QuadClass": event.get("quad_class") or "",
        "GoldsteinScale": event.get("goldstein") if event.get("goldstein") is not None else "",
        "NumMentions": max(len(evidence or []), 1),
        "NumSources": 1,
        "NumArticles": 1,
        "ActionGeo_Type": (4 if has_city else 1) if event.get("location_name") else 0,
        "ActionGeo_FullName": event.get("location_name") or "",
        "ActionGeo_CountryCode": event.get("location_country") or "",
        "ActionGeo_Lat": event.get("lat") if event.get("lat") is not None else "",
        "ActionGeo_Long": event.get("lon") if event.get("lon") is not None else "",
        "DATEADDED": event["ingested_at"].strftime("%Y%m%d%H%M%S") if event.get("ingested_at") else "",
        "SOURCEURL": event.get("url") or event.get("article_id"),
    }


def write_gdelt(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Tab-separated, with a header line of GDELT 2.0 column names (GDELT's own files have none)."""
    out.write("\t".join(GDELT_COLUMNS) + "\n")
    count = 0
    for row in rows:
        record = gdelt_row(row)
        out.write("\t".join(str(record[c]).replace("\t", " ") for c in GDELT_COLUMNS) + "\n")
        count += 1
    return count
