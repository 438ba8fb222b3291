"""Import a P-coded humanitarian gazetteer as a layer: OCHA COD-style CSV or OpenSyria JSON.

Each row becomes a place with id ``pcode:<P-code>``, its Arabic and English names
(names written with an admin term, ناحية مركز الأتارب, also give the bare name
الأتارب), its P-code and its admin chain (the P-codes and names of the areas above
it). Areas named in the chain but without rows of their own are derived from their
members: the median point and the extent of the members' points. Every name carries
the IMPORTED flag, so resolution trusts it without population evidence.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import statistics
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..admin import strip_admin_terms, with_article
from ..arabic import is_arabic
from ..errors import GazetteerImportError
from ..layer import GazetteerWriter
from ..paths import layer_path, layer_paths
from ..places import DERIVED, IMPORTED, KINDS, PREFERRED, Place
from .report import ImportReport

__all__ = ["ImportReport", "detect_columns", "import_file", "layer_slug"]

LEVEL_KINDS = {0: "country", 1: "admin1", 2: "admin2", 3: "admin3", 4: "village", 5: "village"}

# Auto-detected columns: field → patterns over the upper-cased column name ({n}: the row's level).
_COLUMN_PATTERNS = {
    "pcode": [r"ADM{n}_?PCODE", r"P_?CODE", r"PCODE"],
    "name_ar": [r"ADM{n}_?(NAME_)?AR", r"NAME_?AR", r"ARABIC(_NAME)?", r"AR_?NAME"],
    "name_en": [r"ADM{n}_?(NAME_)?EN", r"ADM{n}_?NAME", r"ADM{n}_?REF", r"NAME_?EN", r"NAME", r"EN_?NAME"],
    "lat": [r"LATITUDE", r"LAT", r"Y", r"POINT_Y", r"CENTER_?LAT", r"Y_?COORD"],
    "lon": [r"LONGITUDE", r"LONG?", r"LNG", r"X", r"POINT_X", r"CENTER_?LON", r"X_?COORD"],
    "population": [r"POPULATION", r"POP", r"TOTAL_?POP(ULATION)?", r"POP_?TOTAL"],
}
FIELDS = ("pcode", "name_ar", "name_en", "lat", "lon", "population", "alt_ar",
          "admin1_pcode", "admin1_ar", "admin1_en", "admin2_pcode", "admin2_ar", "admin2_en",
          "admin3_pcode", "admin3_ar", "admin3_en", "country")


def layer_slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40]
    return slug or "gazetteer"


def import_file(source: str | Path, *, base: str | Path | None = None, name: str | None = None,
                columns: dict[str, str] | None = None, country: str | None = None,
                kind: str | None = None, level: int | None = None, license: str | None = None,
                attribution: str | None = None, progress: bool = False) -> ImportReport:
    """Import *source* (a COD CSV, an OpenSyria folder or JSON file, or a GeoNames dump)
    as the layer ``import-<name>`` beside the gazetteer at *base*."""
    source = Path(source)
    if not source.exists():
        raise GazetteerImportError(f"{source}: no such file or folder")
    if _is_geonames_dump(source):
        from .geonames import import_dump, sibling_files

        return import_dump(source, base=base, name=name, progress=progress, **sibling_files(source))
    slug = layer_slug(name or source.stem)
    report = ImportReport(f"import-{slug}", layer_path(f"import-{slug}", base))
    t0 = time.perf_counter()
    if source.is_dir() or source.suffix.lower() == ".json":
        entries, meta = _read_opensyria(source)
    else:
        entries, meta = _read_cod_csv(source, columns or {}, country=country, kind=kind,
                                      level=level, report=report)
    if kind and kind not in KINDS:
        raise GazetteerImportError(f"unknown kind {kind!r}; one of: {', '.join(KINDS)}")
    _write(entries, report, base=base, slug=slug, source_name=source.name,
           license=license or meta.get("license", "as its publisher says"),
           attribution=attribution or meta.get("attribution", source.name),
           description=meta.get("description", f"P-coded gazetteer imported from {source.name}"))
    report.seconds = time.perf_counter() - t0
    return report


# -- entries: the format-independent form of one area or place -------------------------------

@dataclass
class Entry:
    pcode: str
    kind: str
    country: str | None
    name_ar: str | None
    name_en: str | None
    lat: float | None
    lon: float | None
    population: int = 0
    alt_ar: list[str] = field(default_factory=list)
    alt_en: list[str] = field(default_factory=list)
    # the areas above (and, for an admin area, the entry itself): (level, pcode, ar, en)
    chain: list[tuple[int, str, str | None, str | None]] = field(default_factory=list)
    geonameid: int | None = None
    bbox: tuple[float, float, float, float] | None = None


def _country_of(pcode: str, given: str | None) -> str | None:
    if given:
        return given.upper()
    head = pcode[:2]
    return head.upper() if head.isalpha() else None


# -- OpenSyria JSON -------------------------------------------------------------------------------

def _read_opensyria(source: Path) -> tuple[list[Entry], dict]:
    by_id: dict[str, dict] = {}
    items: list[tuple[int, dict]] = []
    for f in _opensyria_files(source):
        for item in _opensyria_areas(f):
            lvl = 3 if "districtId" in item else 2 if "governorateId" in item else 1
            by_id[item.get("id", "")] = item
            items.append((lvl, item))
    entries = [e for lvl, item in items if (e := _opensyria_entry(lvl, item, by_id))]
    meta = {"license": "CC BY 4.0", "attribution": "OpenSyria data-geography (CC BY 4.0); "
            "OCHA COD-AB P-codes via HDX/geoBoundaries (CC BY 3.0 IGO)",
            "description": "Syrian admin areas with OCHA P-codes (OpenSyria data-geography)"}
    sources = source / "sources.json" if source.is_dir() else None
    if sources and sources.exists():
        meta["description"] += f"; sources listed in {sources.name}"
    return entries, meta


def _opensyria_files(source: Path) -> list[Path]:
    """The OpenSyria JSON files of a folder (governorates, districts, subdistricts), or the file itself."""
    files = ([source / f"{n}.json" for n in ("governorates", "districts", "subdistricts")]
             if source.is_dir() else [source])
    files = [f for f in files if f.exists()]
    if not files:
        raise GazetteerImportError(
            f"{source}: no governorates.json, districts.json or subdistricts.json in it")
    return files


def _opensyria_areas(f: Path) -> list[dict]:
    """The areas of one OpenSyria JSON file (a list of objects with a name each)."""
    try:
        data = json.loads(f.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise GazetteerImportError(f"{f}: not valid UTF-8 JSON ({exc})") from None
    if not isinstance(data, list) or not all(isinstance(x, dict) and "name" in x for x in data):
        raise GazetteerImportError(f"{f}: expected a JSON list of areas with a 'name' each")
    return data


def _opensyria_pcode(item: dict) -> str | None:
    return (item.get("externalIds") or {}).get("ochaPcode") or item.get("id")


def _opensyria_entry(lvl: int, item: dict, by_id: dict[str, dict]) -> Entry | None:
    """An OpenSyria area as an entry, with the governorate and district above it (None without a code)."""
    pcode = _opensyria_pcode(item)
    if not pcode:
        return None
    names = item.get("name") or {}
    centroid = item.get("centroid") or {}
    gid = (item.get("externalIds") or {}).get("geonames")
    iso = item.get("iso31662") or ""
    chain = [*_opensyria_parents(item, by_id), (lvl, pcode, names.get("ar"), names.get("en"))]
    pop = (item.get("population") or {}).get("value") or 0
    return Entry(
        pcode, LEVEL_KINDS[lvl], _country_of(iso or pcode, None), names.get("ar"), names.get("en"),
        _float(centroid.get("latitude")), _float(centroid.get("longitude")), int(pop or 0),
        _opensyria_aliases(item, "ar"), _opensyria_aliases(item, "en"),
        chain, int(gid) if str(gid or "").isdigit() else None)


def _opensyria_parents(item: dict, by_id: dict[str, dict]) -> list[tuple[int, str, str | None, str | None]]:
    """(level, pcode, ar, en) of the governorate and the district an area lies in."""
    chain = []
    for parent_level, key in ((1, "governorateId"), (2, "districtId")):
        parent = by_id.get(item.get(key) or "")
        if parent:
            parent_names = parent.get("name") or {}
            chain.append((parent_level, _opensyria_pcode(parent), parent_names.get("ar"), parent_names.get("en")))
    return chain


def _opensyria_aliases(item: dict, language: str) -> list[str]:
    return [a["value"] for a in item.get("aliases") or [] if a.get("language") == language and a.get("value")]


def _float(value) -> float | None:
    if value is None or value == "":
        return None
    try:
        f = float(str(value).strip().replace("،", ".").replace(",", "."))
    except ValueError:
        return None
    return f if math.isfinite(f) else None


# -- OCHA COD-style CSV -------------------------------------------------------------------------

def _decode(raw: bytes, path: Path) -> str:
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):          # Excel's "Unicode text"
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise GazetteerImportError(f"{path}: damaged UTF-16 text; save it as CSV UTF-8") from None
    if b"\x00" in raw[:4096]:
        raise GazetteerImportError(f"{path}: a binary file, not a CSV (is it an Excel file? "
                                   "save it as CSV UTF-8)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = raw.decode("cp1256", errors="strict") if _is_cp1256(raw) else None
    if text is None:
        raise GazetteerImportError(f"{path}: not UTF-8 text; save it as CSV UTF-8 and try again")
    return text


def _is_cp1256(raw: bytes) -> bool:
    try:
        text = raw.decode("cp1256")
    except UnicodeDecodeError:
        return False
    return is_arabic(text)


def detect_columns(header: list[str], *, level: int | None = None) -> tuple[dict[str, str], int]:
    """Guess which column holds each field, and the admin level of the rows.

    >>> cols, lvl = detect_columns(["ADM4_EN", "ADM4_AR", "ADM4_PCODE", "ADM1_PCODE", "Latitude", "Longitude"])
    >>> lvl, cols["name_ar"], cols["pcode"], cols["admin1_pcode"], cols["lat"]
    (4, 'ADM4_AR', 'ADM4_PCODE', 'ADM1_PCODE', 'Latitude')
    """
    upper = {h.strip().upper(): h for h in header}
    levels = sorted(int(m.group(1)) for h in upper if (m := re.fullmatch(r"ADM(\d)_?PCODE", h)))
    if level is None:
        level = levels[-1] if levels else 4
    found: dict[str, str] = {}
    for fld, patterns in _COLUMN_PATTERNS.items():
        for pattern in patterns:
            regex = re.compile(pattern.format(n=level))
            hit = next((upper[h] for h in upper if regex.fullmatch(h)), None)
            if hit:
                found[fld] = hit
                break
    alts = [upper[h] for h in upper if re.fullmatch(rf"ADM{level}_?ALT\d*_?AR", h)]
    if alts:
        found["alt_ar"] = "|".join(alts)
    for k in range(1, level):
        for suffix, fld in (("PCODE", "pcode"), ("AR", "ar"), ("EN", "en")):
            pattern = re.compile(rf"ADM{k}_?(NAME_)?{suffix}" if suffix != "PCODE" else rf"ADM{k}_?PCODE")
            hit = next((upper[h] for h in upper if pattern.fullmatch(h)), None)
            if hit and k <= 3:
                found[f"admin{k}_{fld}"] = hit
    if "ADM0_PCODE" in upper:
        found["country"] = upper["ADM0_PCODE"]
    return found, level


def _read_cod_csv(source: Path, mapping: dict[str, str], *, country, kind, level,
                  report: ImportReport) -> tuple[list[Entry], dict]:
    header, reader = _csv_rows(source)
    unknown = [f for f in mapping if f not in FIELDS]
    if unknown:
        raise GazetteerImportError(f"unknown field(s) {', '.join(unknown)} in the column mapping; "
                                   f"fields: {', '.join(FIELDS)}")
    columns, level = detect_columns(header, level=level)
    columns.update(mapping)
    _check_columns(source, header, columns)
    cells = _Cells(columns, {h: i for i, h in enumerate(header)})
    row_kind = kind or LEVEL_KINDS.get(level, "village")
    entries, bad_points = [], 0
    for line_no, row in enumerate(reader, 2):
        if not any(c.strip() for c in row):
            continue
        pcode = cells.get(row, "pcode")
        lat, lon = _float(cells.get(row, "lat")), _float(cells.get(row, "lon"))
        if not pcode:
            report.skipped += 1
            continue
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            bad_points += 1
            report.skipped += 1
            if len(report.warnings) < 5:
                report.warnings.append(f"line {line_no}: {pcode} has no usable point "
                                       f"({cells.get(row, 'lat')!r}, {cells.get(row, 'lon')!r}); skipped")
            continue
        entries.append(cells.entry(row, pcode, lat, lon, level=level, kind=row_kind, country=country))
    _check_points(source, entries, bad_points, columns)
    return entries, {}


def _csv_rows(source: Path):
    """The header and a reader of the remaining rows of a CSV (its delimiter sniffed)."""
    text = _decode(source.read_bytes(), source)
    if not text.strip():
        raise GazetteerImportError(f"{source}: the file is empty")
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = next(reader)
    except StopIteration:
        raise GazetteerImportError(f"{source}: the file is empty") from None
    return header, reader


def _check_columns(source: Path, header: list[str], columns: dict[str, str]) -> None:
    """Every mapped column exists, and a P-code, a point and a name can be read."""
    missing_cols = [c for v in columns.values() for c in v.split("|") if c not in header]
    if missing_cols:
        raise GazetteerImportError(f"{source}: no column {', '.join(missing_cols)}; the columns are: "
                                   f"{', '.join(header)}")
    need = [f for f in ("pcode", "lat", "lon") if f not in columns]
    if "name_ar" not in columns and "name_en" not in columns:
        need.append("name_ar")
    if need:
        raise GazetteerImportError(
            f"{source}: cannot tell which column holds {', '.join(need)}; the columns are: "
            f"{', '.join(header)}. Map them with --column FIELD=COLUMN (e.g. --column lat=Y).")


def _check_points(source: Path, entries: list[Entry], bad_points: int, columns: dict[str, str]) -> None:
    """Some rows were read, and most had a point (else the lat/lon columns are likely wrong)."""
    if not entries:
        raise GazetteerImportError(f"{source}: no row with a P-code and a point"
                                   + (f" ({bad_points} rows with bad coordinates: are lat and lon "
                                      "swapped or in a projected system?)" if bad_points else ""))
    if bad_points > len(entries):
        raise GazetteerImportError(
            f"{source}: {bad_points} of {bad_points + len(entries)} rows have no usable point: check "
            f"the lat/lon columns (now {columns['lat']}/{columns['lon']}); map them with --column")


@dataclass(frozen=True)
class _Cells:
    """The fields of a CSV row, by the columns found for them."""
    columns: dict[str, str]
    index: dict[str, int]

    def get(self, row: list[str], fld: str) -> str | None:
        col = self.columns.get(fld)
        if not col or "|" in col:
            return None
        i = self.index[col]
        value = row[i].strip() if i < len(row) else ""
        return value or None

    def alternates(self, row: list[str]) -> list[str]:
        """The other Arabic names (the columns mapped to alt_ar, joined by |)."""
        alts = []
        for col in (self.columns.get("alt_ar") or "").split("|"):
            if col and self.index[col] < len(row) and row[self.index[col]].strip():
                alts.append(row[self.index[col]].strip())
        return alts

    def entry(self, row: list[str], pcode: str, lat: float, lon: float, *, level: int, kind: str,
              country: str | None) -> Entry:
        """The row as an entry, with the admin areas above it (and itself, for an admin area)."""
        chain = []
        for k in (1, 2, 3):
            pc = self.get(row, f"admin{k}_pcode")
            if pc and k < level:
                chain.append((k, pc, self.get(row, f"admin{k}_ar"), self.get(row, f"admin{k}_en")))
        if level <= 3:
            chain.append((level, pcode, self.get(row, "name_ar"), self.get(row, "name_en")))
        pop = _float(self.get(row, "population"))
        return Entry(pcode, kind, _country_of(self.get(row, "country") or pcode, country),
                     self.get(row, "name_ar"), self.get(row, "name_en"), lat, lon,
                     int(pop) if pop and pop > 0 else 0, self.alternates(row), [], chain)


# -- writing the layer ----------------------------------------------------------------------------

def _linker(base):
    """Finds, for an imported admin-1 area, the same area in the default and GeoNames layers."""
    from ..paths import default_path
    from ..store import Gazetteer

    base = Path(base) if base else default_path()
    if not base.exists():
        return lambda entry: None
    gaz = Gazetteer(base, [p for p in layer_paths(base) if p.stem.startswith("geonames-")])

    def link(entry: Entry) -> str | None:
        if entry.kind != "admin1" or not entry.country:
            return None
        for n in [entry.name_ar, *entry.alt_ar]:
            if not n:
                continue
            n = strip_admin_terms(n) or n
            same = [c.place for c in gaz.lookup(n)
                    if c.place.kind == "admin1" and c.place.country == entry.country]
            if len(same) == 1:
                return same[0].id
        return None

    return link


def _names_of(entry: Entry) -> list[tuple[str, str, int]]:
    """(name, lang, flags) of an entry: its names, the bare forms under admin terms, ال forms."""
    out: list[tuple[str, str, int]] = []
    for i, n in enumerate([entry.name_ar, *entry.alt_ar]):
        if not n or not is_arabic(n):
            continue
        base_flags = IMPORTED | (PREFERRED if i == 0 else 0)
        bare = strip_admin_terms(n)
        if bare:
            out.append((bare, "ar", IMPORTED | DERIVED | (PREFERRED if i == 0 else 0)))
        else:
            out.append((n, "ar", base_flags))
        article = with_article(bare or n)
        if article:
            out.append((article, "ar", IMPORTED | DERIVED))
    for n in [entry.name_en, *entry.alt_en]:
        if n and not is_arabic(n):
            out.append((n, "en", IMPORTED | (PREFERRED if n == entry.name_en else 0)))
    return out


def _display_ar(entry: Entry) -> str | None:
    for n in [entry.name_ar, *entry.alt_ar]:
        if n and is_arabic(n):
            return strip_admin_terms(n) or n
    return None


def _derive_parents(entries: list[Entry]) -> list[Entry]:
    """Areas of the chains that have no entry of their own, placed from their members."""
    have = {e.pcode for e in entries}
    members: dict[str, list[Entry]] = defaultdict(list)
    info: dict[str, tuple] = {}
    for e in entries:
        for i, link in enumerate(e.chain):
            if link[1] not in have:
                members[link[1]].append(e)
                info[link[1]] = (link, e.chain[:i + 1])
    derived = []
    for pcode, group in members.items():
        (depth, pc, ar, en), chain = info[pcode]
        lats = [e.lat for e in group]
        lons = [e.lon for e in group]
        pad = 0.02
        derived.append(Entry(
            pc, LEVEL_KINDS[depth], group[0].country, ar, en, statistics.median(lats),
            statistics.median(lons), 0, [], [], list(chain),
            bbox=(min(lons) - pad, min(lats) - pad, max(lons) + pad, max(lats) + pad)))
    return derived


def _write(entries: list[Entry], report: ImportReport, *, base, slug: str, source_name: str,
           license: str, attribution: str, description: str) -> None:
    derived = _derive_parents(entries)
    report.derived_areas = len(derived)
    entries = entries + derived
    link = _linker(base)
    names_by_pcode = {e.pcode: e for e in entries}
    places, names, same_as = [], [], {}
    for e in entries:
        if e.lat is None or e.lon is None:
            report.skipped += 1
            continue
        pid = f"pcode:{e.pcode}"
        codes = [(None, None)] * 3
        for lvl, pc, ar, en in e.chain:
            if 1 <= lvl <= 3:
                known = names_by_pcode.get(pc)
                codes[lvl - 1] = (pc, (_display_ar(known) if known else None) or ar or en)
        places.append(Place(
            pid, e.name_en or e.name_ar or e.pcode, _display_ar(e), e.kind, e.lat, e.lon, e.country,
            codes[0][0], codes[0][1], e.population, slug, None, e.bbox,
            codes[1][0], codes[1][1], codes[2][0], codes[2][1], e.geonameid, e.pcode))
        names.extend((pid, n, lang, flags) for n, lang, flags in _names_of(e))
        linked = link(e)
        if linked:
            same_as[pid] = linked
    writer = GazetteerWriter(report.path)
    try:
        writer.add_places(places, same_as=same_as)
        report.names = writer.add_names(names)
        writer.add_source(slug, description=description, license=license, attribution=attribution,
                          url=source_name)
        writer.set_meta("layer", report.layer)
        writer.finish()
    except BaseException:
        writer.abort()
        raise
    report.places = len(places)


def _is_geonames_dump(source: Path) -> bool:
    """A GeoNames country dump: ``XX.zip``, ``allCountries.zip`` or its 19-column ``.txt``."""
    if source.is_dir():
        return False
    if source.suffix.lower() == ".zip":
        return True
    if source.suffix.lower() != ".txt":
        return False
    with open(source, "rb") as f:
        first = f.readline()
    return first.count(b"\t") == 18 and first.split(b"\t", 1)[0].isdigit()
