"""Event exports: CSV, JSONL and Parquet. The exact GDELT 2.0 Events and Mentions tables (one row
per event cluster) are written by :mod:`khabar.stories.gdelt`."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

FORMATS = ("table", "csv", "jsonl", "parquet", "gdelt", "gdelt-mentions")


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
