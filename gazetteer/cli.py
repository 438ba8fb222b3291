"""``geomap gazetteer …``: build, download, import, add to, inspect and search the Arabic gazetteer."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from .errors import GazetteerError


class _Group(click.Group):
    """Our errors become a one-line message and exit status 1, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except GazetteerError as exc:
            raise click.ClickException(str(exc)) from None


def _progress() -> bool:
    return sys.stderr.isatty()


@click.group("gazetteer", cls=_Group)
def gazetteer_group():
    """Build, download, import, add to and search the Arabic gazetteer."""


@gazetteer_group.command("build")
@click.option("--force", is_flag=True, help="Rebuild even if it exists.")
@click.option("--path", type=click.Path(dir_okay=False), help="Where to write it "
              "(default: $GEOMAP_GAZETTEER or the user data directory).")
def gazetteer_build(force, path):
    """Build the embedded default gazetteer (GeoNames cities, CLDR countries, our aliases).

    Downloaded, imported and user layers beside it are kept.
    """
    import gazetteer

    target = Path(path) if path else gazetteer.default_path()
    if target.exists() and not force:
        click.echo(f"{target} exists; use --force to rebuild it.")
        return
    t0 = time.perf_counter()
    gazetteer.build_default(target, progress=True)
    click.echo(f"built {target} in {time.perf_counter() - t0:.1f} s")


@gazetteer_group.command("info")
@click.option("--json", "as_json", is_flag=True, help="Print it as JSON.")
def gazetteer_info(as_json):
    """Layers, sources, counts, build dates and attribution."""
    from . import open_default

    t0 = time.perf_counter()
    gaz = open_default()
    opened = time.perf_counter() - t0
    layers, sources = gaz.layer_info(), gaz.sources()
    if as_json:
        click.echo(json.dumps({"path": str(gaz.path), "arabic_names": len(gaz.names),
                               "layers": layers, "sources": sources}, ensure_ascii=False, indent=1))
        return
    click.echo(f"gazetteer: {gaz.path}  (opened in {opened * 1000:.0f} ms; "
               f"{len(gaz.names):,} Arabic names in all)")
    click.echo("layers (a higher layer wins when two describe the same place):")
    for layer in layers:
        click.echo(f"  {layer['name']:<24} {layer['places']:>9,} places {layer['names']:>9,} names "
                   f"{layer['bytes'] / 1e6:>6.1f} MB  built {layer['built_at']}")
    click.echo("sources:")
    for s in sources:
        counts = (f"{s['places']:,} places, {s['names']:,} names" if s['places'] else
                  "names only, counted with the places they name")     # CLDR's names of GeoNames' countries
        click.echo(f"  {s['name']} [{s['layer']}]: {counts} — {s['description']}; built {s['built_at']}")
        click.echo(f"      licence: {s['license']}; attribution: {s['attribution']}")
    click.echo("Place data © GeoNames (geonames.org), CC BY 4.0 — keep this attribution "
               "wherever you show the data.")


def _chain(place) -> str:
    return " › ".join(place.admin_chain) or "—"


@gazetteer_group.command("search")
@click.argument("query")
@click.option("--country", help="ISO 3166 country code, e.g. SY.")
@click.option("--kind", "kinds", multiple=True, help="Only places of this kind (repeatable).")
@click.option("--limit", default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the candidates as JSON.")
def gazetteer_search(query, country, kinds, limit, as_json):
    """Places a name (Arabic or English) may mean, best first.

    QUERY may carry an admin term (محافظة حلب, ناحية الأتارب) and context after a
    comma (كفر ناها، حلب). Spelling variants are listed when no name matches
    exactly; only those marked accepted have evidence beyond the spelling.
    """
    from . import open_default

    found = open_default().find(query, country=country, kinds=kinds or None, limit=limit)
    if as_json:
        click.echo(json.dumps([m.to_dict() for m in found], ensure_ascii=False, indent=1))
        return
    if not found:
        click.echo("no place with that name")
        return
    for m in found:
        p = m.place
        mark = "" if m.accepted else "  (suggestion)"
        click.echo(f"{m.score:4.2f} {m.how:<7} {p.id:<20} {p.name_ar or '':<14} {p.name:<24} "
                   f"{p.kind:<12} {p.country or '':<3} {_chain(p):<30} pop {p.population:>10,}  "
                   f"{p.lat:.4f},{p.lon:.4f}  [{p.source}]{mark}")


@gazetteer_group.command("download")
@click.argument("countries", nargs=-1, required=True)
@click.option("--base-url", envvar="GEOMAP_GEONAMES_URL", default=None,
              help="Where the GeoNames dump files are (default: the official server; "
                   "env GEOMAP_GEONAMES_URL).")
def gazetteer_download(countries, base_url):
    """Download GeoNames country dumps (SY IQ LB …, or allCountries) and import them.

    Fetches XX.zip, alternatenames/XX.zip, admin1CodesASCII.txt and admin2Codes.txt,
    resumes an interrupted download, and adds one layer per country. Data © GeoNames,
    CC BY 4.0.
    """
    from . import invalidate
    from .sources.download import download_geonames

    t0 = time.perf_counter()
    reports = download_geonames(list(countries), url=base_url, progress=_progress(), echo=click.echo)
    invalidate()
    for r in reports:
        click.echo(f"{r.layer}: {r.places:,} places, {r.names:,} names in {r.seconds:.1f} s → {r.path}")
    click.echo(f"done in {time.perf_counter() - t0:.1f} s")


def _mapping(pairs) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise click.BadParameter(f"{pair!r}: write FIELD=COLUMN, e.g. lat=Latitude", param_hint="--column")
        mapping[field.strip()] = column.strip()
    return mapping


@gazetteer_group.command("import")
@click.argument("source", type=click.Path(exists=True))
@click.option("--name", help="Layer name (default: from the file name); importing again replaces it.")
@click.option("--column", "columns", multiple=True, metavar="FIELD=COLUMN",
              help="Map a field to a CSV column (repeatable): pcode, name_ar, name_en, lat, lon, "
                   "population, alt_ar, admin1_pcode, admin1_ar, admin1_en, admin2_…, admin3_…, country.")
@click.option("--country", help="ISO code when the P-codes do not start with it.")
@click.option("--kind", help="Kind of the rows (default: by admin level; village for ADM4).")
@click.option("--level", type=click.IntRange(0, 5), help="Admin level of the rows (default: the "
              "deepest ADMn_PCODE column).")
@click.option("--license", "license_", help="Licence of the data, shown by `gazetteer info`.")
@click.option("--attribution", help="Attribution of the data, shown by `gazetteer info`.")
def gazetteer_import(source, name, columns, country, kind, level, license_, attribution):
    """Import a P-coded gazetteer (OCHA COD CSV, OpenSyria JSON folder) or a GeoNames dump."""
    from . import invalidate
    from .sources.pcoded import import_file

    report = import_file(source, name=name, columns=_mapping(columns), country=country, kind=kind,
                         level=level, license=license_, attribution=attribution, progress=_progress())
    invalidate()
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    extra = f", {report.derived_areas} admin areas derived from their members" if report.derived_areas else ""
    click.echo(f"{report.layer}: {report.places:,} places, {report.names:,} names{extra}; "
               f"{report.skipped} rows skipped; {report.seconds:.1f} s → {report.path}")


@gazetteer_group.command("add")
@click.argument("name")
@click.option("--lat", type=float, help="Latitude (WGS 84).")
@click.option("--lon", type=float, help="Longitude (WGS 84).")
@click.option("--kind", default="village", show_default=True)
@click.option("--country", help="ISO 3166 code, e.g. SY (default: read from the point).")
@click.option("--admin1", help="Admin-1 code (09) or name (حلب) in that country (default: read from the point).")
@click.option("--alias-of", help="Make NAME another name of this place id instead of a new place.")
@click.option("--population", type=click.IntRange(0), default=0)
@click.option("--name-en", help="The place's name in Latin script.")
def gazetteer_add(name, lat, lon, kind, country, admin1, alias_of, population, name_en):
    """Add your own place (or, with --alias-of, another name of a known place).

    Your entries live in their own layer: they survive rebuilds and outrank the
    defaults on ties.
    """
    from .user import add_user_place

    if not alias_of and (lat is None or lon is None):
        raise click.UsageError("give --lat and --lon (or --alias-of PLACE_ID)")
    place = add_user_place(name, lat=lat if lat is not None else 0.0,
                           lon=lon if lon is not None else 0.0, kind=kind, country=country,
                           admin1=admin1, alias_of=alias_of, population=population, name_en=name_en)
    what = f"alias of {place.id}" if alias_of else f"{place.id} ({place.kind})"
    click.echo(f"added «{name}»: {what} at {place.lat:.5f},{place.lon:.5f} "
               f"{place.country or ''} {_chain(place)}")


@gazetteer_group.command("forget")
@click.argument("name_or_id")
def gazetteer_forget(name_or_id):
    """Remove your own places or aliases with this name or id."""
    from .user import remove_user_entry

    removed = remove_user_entry(name_or_id)
    click.echo(f"removed {removed} entr{'y' if removed == 1 else 'ies'}" if removed
               else f"no user entry named {name_or_id!r}")


@gazetteer_group.command("remove")
@click.argument("layer")
def gazetteer_remove(layer):
    """Remove a downloaded or imported layer (see `geomap gazetteer info`)."""
    from . import invalidate
    from .paths import layer_path

    if layer == "default":
        raise click.UsageError("the default layer is rebuilt, not removed: `geomap gazetteer build --force`")
    path = layer_path(layer)
    if not path.exists():
        raise click.ClickException(f"no layer {layer!r} (see `geomap gazetteer info`)")
    path.unlink()
    invalidate()
    click.echo(f"removed {path}")


@gazetteer_group.command("bench")
@click.option("--lookups", default=100_000, show_default=True, help="Exact lookups to time.")
@click.option("--features", default=15_000, show_default=True,
              help="Size of the synthetic GeoNames country dump to import.")
@click.option("--gazetteer", "built", type=click.Path(exists=True, dir_okay=False),
              help="Time this built default instead of building one (no build figure then).")
def gazetteer_bench(lookups, features, built):
    """Measure build, open, lookup, variant, memory and import speed, and print the figures."""
    from .bench import run

    run(lookups=lookups, features=features, echo=click.echo, gazetteer=built)
