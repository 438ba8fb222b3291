"""``geomap gazetteer …``: build, inspect and search the Arabic gazetteer."""

from __future__ import annotations

import json
import time
from pathlib import Path

import click


@click.group("gazetteer")
def gazetteer_group():
    """Build, inspect and search the Arabic gazetteer."""


@gazetteer_group.command("build")
@click.option("--force", is_flag=True, help="Rebuild even if it exists.")
@click.option("--path", type=click.Path(dir_okay=False), help="Where to write it "
              "(default: $GEOMAP_GAZETTEER or the user data directory).")
def gazetteer_build(force, path):
    """Build the embedded default gazetteer (GeoNames cities, CLDR countries, our aliases)."""
    import gazetteer

    target = Path(path) if path else gazetteer.default_path()
    if target.exists() and not force:
        click.echo(f"{target} exists; use --force to rebuild it.")
        return
    t0 = time.perf_counter()
    gazetteer.build_default(target, progress=True)
    click.echo(f"built {target} in {time.perf_counter() - t0:.1f} s")


@gazetteer_group.command("info")
def gazetteer_info():
    """Where the gazetteer is, what is in it, and its sources' attribution."""
    from . import open_default

    t0 = time.perf_counter()
    gaz = open_default()
    opened = time.perf_counter() - t0
    click.echo(f"path: {gaz.path}  ({gaz.path.stat().st_size / 1e6:.0f} MB, opened in {opened * 1000:.0f} ms)")
    click.echo(f"built: {gaz.meta.get('built_at')}  places: {gaz.count('places'):,}  "
               f"Arabic names: {len(gaz.names):,}")
    for s in gaz.sources():
        click.echo(f"  {s['name']}: {s['places']:,} places, {s['names']:,} names — {s['description']}; "
                   f"{s['license']}; {s['attribution']}")


@gazetteer_group.command("search")
@click.argument("name")
@click.option("--country", help="ISO 3166 country code, e.g. SY.")
@click.option("--limit", default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def gazetteer_search(name, country, limit, as_json):
    """Places with this name (Arabic or English)."""
    from . import open_default

    found = open_default().search(name, country=country, limit=limit)
    if as_json:
        click.echo(json.dumps([dict(c.place.to_dict(), matched=c.name) for c in found],
                              ensure_ascii=False, indent=1))
        return
    if not found:
        click.echo("no place with that name")
    for c in found:
        p = c.place
        click.echo(f"{p.id:<22} {p.name_ar or '':<16} {p.name:<28} {p.kind:<8} {p.country or '':<3} "
                   f"{p.admin1_name or p.admin1 or '':<14} pop {p.population:>10,}  {p.lat:.4f},{p.lon:.4f}")
