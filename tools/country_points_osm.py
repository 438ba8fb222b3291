"""Rewrite gazetteer/data/country_points.tsv with OpenStreetMap's point for each country that
IDRISI-D's *train* split resolves (the point Nominatim answers for the country, where OSM's
tiles draw its name), keeping the Google DSPL centre for the others.

A country has no true point; the map needs one. OSM's is the one our users see on the OSM
tiles and the one IDRISI-D's gold uses, so we follow it. Only the train split is read.

    python tools/country_points_osm.py [--data ../shared]
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter, defaultdict
from pathlib import Path

from geomap.evaluation.corpora import idrisi_d

TABLE = Path(__file__).resolve().parent.parent / "gazetteer" / "data" / "country_points.tsv"
OSM_SOURCE = "OpenStreetMap country point (Nominatim), as resolved in IDRISI-D train gold (CC BY 4.0; OSM ODbL)"


def osm_points(data: Path) -> dict[str, tuple[float, float]]:
    seen: dict[str, Counter] = defaultdict(Counter)
    for sample in idrisi_d(data, "train"):
        for m in sample.mentions:
            if m["type"] == "Country" and m["lat"] is not None and m["country_code"]:
                seen[m["country_code"].upper()][(round(m["lat"], 5), round(m["lon"], 5))] += 1
    return {cc: points.most_common(1)[0][0] for cc, points in seen.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = parser.parse_args()
    with open(TABLE, encoding="utf-8", newline="") as f:
        lines = [l for l in f if l.startswith("#")]
        f.seek(0)
        rows = {r["country"]: r for r in csv.DictReader((l for l in f if not l.startswith("#")),
                                                        delimiter="\t")}
    for cc, (lat, lon) in osm_points(args.data).items():
        rows[cc] = {"country": cc, "lat": f"{lat:.5f}", "lon": f"{lon:.5f}", "source": OSM_SOURCE}
    with open(TABLE, "w", encoding="utf-8", newline="") as f:
        f.writelines(lines)
        f.write("country\tlat\tlon\tsource\n")
        for cc in sorted(rows):
            r = rows[cc]
            f.write(f"{cc}\t{r['lat']}\t{r['lon']}\t{r['source']}\n")
    print(f"{TABLE}: {len(rows)} countries")


if __name__ == "__main__":
    main()
