"""Write geomap/data/ne_110m_admin_0_countries.geojson, the country outlines our maps draw.

Natural Earth's 1:110m Admin 0 – Countries (public domain, https://www.naturalearthdata.com/),
as carried by pyogrio (tests/fixtures/naturalearth_lowres, copied there from GeoPandas'
former ``naturalearth_lowres`` dataset): name and ISO code of each country, coordinates
rounded to 4 decimals (about 10 m, far below what 1:110m draws). Run it again when a newer
copy is wanted:

    python tools/natural_earth.py
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "geomap" / "data" / "ne_110m_admin_0_countries.geojson"


def main() -> None:
    import geopandas as gpd
    import pyogrio
    import shapely

    source = Path(pyogrio.__file__).parent / "tests" / "fixtures" / "naturalearth_lowres" / "naturalearth_lowres.shp"
    frame = gpd.read_file(source)[["name", "iso_a3", "geometry"]]
    frame["geometry"] = shapely.set_precision(frame.geometry, 0.0001)
    collection = json.loads(frame.to_json(to_wgs84=True, drop_id=True))
    collection = {
        "type": "FeatureCollection",
        "name": "ne_110m_admin_0_countries",
        "source": f"Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries (naturalearthdata.com), "
                  f"as carried by pyogrio {pyogrio.__version__} (tests/fixtures/naturalearth_lowres); "
                  "columns name and iso_a3, coordinates rounded to 4 decimals by tools/natural_earth.py",
        "license": "Public domain (Natural Earth terms of use: no permission is needed to use it)",
        "features": collection["features"],
    }
    OUT.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(collection['features'])} countries, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
