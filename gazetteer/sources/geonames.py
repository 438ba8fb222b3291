"""Import official GeoNames dumps as a layer: ``XX.zip`` (or ``allCountries.zip``), the tagged
alternate names ``alternatenames/XX.zip``, ``admin1CodesASCII.txt`` and ``admin2Codes.txt``.

Every feature class is kept (admin areas ADM1–ADM5, populated places, regions,
mountains, wadis, camps, airports, spots…) with its feature code, admin codes,
population and names: the tagged Arabic names (``ar`` and the spoken varieties),
Arabic-script names of other languages (Persian, Urdu, Kurdish: flagged as variant
script), the untagged Arabic-script alternate names, and the English/ASCII names
for Latin search. Historic names are left out. Admin areas get a bounding box from
the points of their members. Data © GeoNames, CC BY 4.0.
"""

from __future__ import annotations

import io
import time
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from ..once import once
from pathlib import Path

from ..admin import strip_admin_terms
from ..arabic import has_non_arabic_letters, is_arabic
from ..errors import GazetteerImportError
from ..layer import GazetteerWriter
from ..paths import layer_path
from ..places import DERIVED, PREFERRED, VARIANT_SCRIPT, Place
from ..tables import load
from .embedded import arabic_names, kind_for_population, preferred_arabic
from .report import ImportReport

N_COLUMNS = 19
N_ALTERNATE_COLUMNS = 10


@once
def languages() -> dict[str, str]:
    """isolanguage → role: arabic, arabic-script (another language's spelling) or latin."""
    return {r["isolanguage"]: r["role"] for r in load("geonames_languages.tsv")}


ATTRIBUTION = "GeoNames (geonames.org), CC BY 4.0"


@once
def feature_kinds() -> dict[str, str]:
    return {r["feature"]: r["kind"] for r in load("feature_kinds.tsv")}


def kind_of(feature_class: str, feature_code: str, population: int) -> str:
    """Our kind for a GeoNames feature.

    >>> kind_of("A", "ADM1", 0), kind_of("P", "PPL", 4000), kind_of("H", "WAD", 0)
    ('admin1', 'village', 'valley')
    """
    table = feature_kinds()
    kind = table.get(f"{feature_class}.{feature_code}") or table.get(f"{feature_class}.*", "landmark")
    if kind == "populated":
        kind = kind_for_population(population)
    return kind


@dataclass(slots=True)
class Feature:
    geonameid: int
    name: str
    asciiname: str
    alternatenames: list[str]
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    country: str
    admin1: str
    admin2: str
    admin3: str
    admin4: str
    population: int


def _open_text(path: Path, member: str | None = None) -> io.TextIOBase:
    """A text stream of a plain file or of the .txt member of a zip file."""
    if path.suffix.lower() != ".zip":
        return open(path, encoding="utf-8", newline="")
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise GazetteerImportError(f"{path}: not a zip file ({exc}); download it again") from None
    names = [n for n in archive.namelist() if n.endswith(".txt") and n != "readme.txt"]
    member = member or f"{path.stem}.txt"        # SY.zip holds SY.txt, alternateNamesV2.zip more
    if member in names:
        chosen = member
    elif len(names) == 1:
        chosen = names[0]
    else:
        raise GazetteerImportError(f"{path}: expected one data .txt file in the zip, found {names}")
    return io.TextIOWrapper(archive.open(chosen), encoding="utf-8", newline="")


def read_features(path: Path) -> Iterator[Feature]:
    """The features of a GeoNames dump (19 tab-separated columns, no header)."""
    with _open_text(path) as stream:
        for line_no, line in enumerate(stream, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) != N_COLUMNS:
                raise GazetteerImportError(
                    f"{path}, line {line_no}: {len(cols)} columns, a GeoNames dump has {N_COLUMNS}")
            try:
                yield Feature(int(cols[0]), cols[1], cols[2],
                              [a for a in cols[3].split(",") if a], float(cols[4]), float(cols[5]),
                              cols[6], cols[7], cols[8], cols[10], cols[11], cols[12], cols[13],
                              int(cols[14] or 0))
            except ValueError as exc:
                raise GazetteerImportError(f"{path}, line {line_no}: {exc}") from None


def read_alternate_names(path: Path | None) -> dict[int, list[tuple[str, str, int]]]:
    """geonameid → [(name, lang, flags)] of the Arabic-script and English tagged names."""
    names: dict[int, list[tuple[str, str, int]]] = defaultdict(list)
    if not path:
        return names
    with _open_text(path) as stream:
        for line_no, line in enumerate(stream, 1):
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) < 8:
                if line.strip():
                    raise GazetteerImportError(
                        f"{path}, line {line_no}: {len(cols)} columns, alternate names have "
                        f"{N_ALTERNATE_COLUMNS}")
                continue
            role = languages().get(cols[2])
            if role is None or cols[7] == "1":      # historic: not what the news says today
                continue
            if role != "latin":
                name = cols[3].strip()
                if not is_arabic(name):
                    continue
                flags = PREFERRED if cols[4] == "1" and role == "arabic" else 0
                if has_non_arabic_letters(name):
                    flags |= VARIANT_SCRIPT
                names[int(cols[1])].append((name, "ar", flags))
            else:
                names[int(cols[1])].append((cols[3].strip(), "en", PREFERRED if cols[4] == "1" else 0))
    return names


def read_admin_codes(path: Path | None) -> dict[str, tuple[str, int | None]]:
    """``CC.A1`` (or ``CC.A1.A2``) → (English name, geonameid)."""
    codes: dict[str, tuple[str, int | None]] = {}
    if not path:
        return codes
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) >= 4 and cols[0]:
                codes[cols[0]] = (cols[1], int(cols[3]) if cols[3].isdigit() else None)
    return codes


def _extent(points: list[tuple[float, float]], pad: float = 0.02):
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    k = int(len(points) * 0.01)          # drop the odd misplaced point
    lats, lons = lats[k:len(lats) - k] or lats, lons[k:len(lons) - k] or lons
    return (lons[0] - pad, lats[0] - pad, lons[-1] + pad, lats[-1] + pad)


def sibling_files(dump: Path) -> dict[str, Path]:
    """The alternate names and admin code files laid out beside a dump as on the server
    (``alternatenames/XX.zip``, ``admin1CodesASCII.txt``…), for a dump copied by hand."""
    folder, stem = dump.parent, dump.stem
    found = {}
    for key, candidates in (
            ("alternate_names", [f"alternatenames/{stem}.zip", f"alternatenames/{stem}.txt",
                                 "alternateNamesV2.zip" if stem == "allCountries" else ""]),
            ("admin1_codes", ["admin1CodesASCII.txt"]), ("admin2_codes", ["admin2Codes.txt"])):
        for name in filter(None, candidates):
            if (folder / name).is_file():
                found[key] = folder / name
                break
    return found


def import_dump(dump: str | Path, *, alternate_names: str | Path | None = None,
                admin1_codes: str | Path | None = None, admin2_codes: str | Path | None = None,
                base: str | Path | None = None, name: str | None = None,
                progress: bool = False) -> ImportReport:
    """Import a GeoNames dump (with its alternate names and admin codes, when given) as the
    layer ``geonames-<XX>`` beside the gazetteer at *base*."""
    from tqdm import tqdm

    dump = Path(dump)
    stem = (name or dump.stem).split(".")[0]
    layer = f"geonames-{'all' if stem.lower() == 'allcountries' else stem.lower()}"
    report = ImportReport(layer, layer_path(layer, base))
    t0 = time.perf_counter()
    tagged = read_alternate_names(Path(alternate_names) if alternate_names else None)
    a1codes = read_admin_codes(Path(admin1_codes) if admin1_codes else None)
    a2codes = read_admin_codes(Path(admin2_codes) if admin2_codes else None)

    features = list(tqdm(read_features(dump), desc=f"Reading {dump.name}", unit=" features",
                         disable=not progress, leave=False))
    if not features:
        raise GazetteerImportError(f"{dump}: no features in it")
    arabic, display = _arabic_and_display(features, tagged)
    areas = _Areas({f.geonameid: f for f in features}, display, _areas_by_code(features, a1codes, a2codes),
                   a1codes, a2codes, _member_points(features))
    places, names = [], []
    for f in features:
        places.append(_place(f, areas))
        names.extend(_names(f, arabic[f.geonameid], tagged))
    _write_layer(report, places, names, dump, layer, tagged=bool(tagged))
    report.places = len(places)
    report.seconds = time.perf_counter() - t0
    return report


def _arabic_and_display(features: list[Feature], tagged: dict) -> tuple[dict, dict]:
    """geonameid → its Arabic-script names (tagged first, then the untagged alternate names), and
    geonameid → the Arabic name to display (the preferred tagged one, else the best guess)."""
    arabic: dict[int, list[tuple[str, str, int]]] = {}
    display: dict[int, str | None] = {}
    for f in features:
        names = list(tagged.get(f.geonameid, ()))
        tagged_ar = {n for n, lang, _ in names if lang != "en"}
        names += [(n, "ar", flags) for n, flags in arabic_names(f.alternatenames) if n not in tagged_ar]
        arabic[f.geonameid] = [x for x in names if x[1] != "en"]
        preferred = [n for n, lang, flags in names if lang == "ar" and flags & PREFERRED
                     and not flags & VARIANT_SCRIPT]
        plain = [(n, flags) for n, lang, flags in names if lang != "en"]
        choice = preferred[0] if preferred else preferred_arabic(plain, f.name)
        display[f.geonameid] = (strip_admin_terms(choice) or choice) if choice else None
    return arabic, display


def _areas_by_code(features: list[Feature], a1codes: dict, a2codes: dict) -> dict[tuple, int]:
    """(country, admin1[, admin2[, admin3]]) → the geonameid of that admin area."""
    area_by_code: dict[tuple, int] = {}
    for f in features:
        if f.feature_class == "A" and f.feature_code in ("ADM1", "ADM2", "ADM3"):
            level = int(f.feature_code[-1])
            area_by_code[(f.country, *[f.admin1, f.admin2, f.admin3][:level])] = f.geonameid
    for code, (_, gid) in list(a1codes.items()) + list(a2codes.items()):
        parts = tuple(code.split("."))
        if gid and (parts not in area_by_code):
            area_by_code[parts] = gid
    return area_by_code


def _member_points(features: list[Feature]) -> dict[tuple, list[tuple[float, float]]]:
    """The points of the populated places in each country and admin area (by code)."""
    members: dict[tuple, list[tuple[float, float]]] = defaultdict(list)
    for f in features:
        if f.feature_class == "P":
            members[(f.country,)].append((f.lat, f.lon))
            members[(f.country, f.admin1)].append((f.lat, f.lon))
            members[(f.country, f.admin1, f.admin2)].append((f.lat, f.lon))
            members[(f.country, f.admin1, f.admin2, f.admin3)].append((f.lat, f.lon))
    return members


@dataclass(frozen=True)
class _Areas:
    """What a place needs to know of the admin areas above it."""
    by_gid: dict[int, Feature]
    display: dict[int, str | None]
    by_code: dict[tuple, int]
    a1codes: dict
    a2codes: dict
    members: dict[tuple, list[tuple[float, float]]]

    def name(self, key: tuple, table: dict) -> str | None:
        """The area's Arabic display name, else its English name from the codes file or the dump."""
        gid = self.by_code.get(key)
        if gid and self.display.get(gid):
            return self.display[gid]
        entry = table.get(".".join(key))
        if entry:
            return entry[0]
        return self.by_gid[gid].name if gid in self.by_gid else None

    def bbox(self, f: Feature, kind: str):
        """The extent of an admin area's members (None for other kinds, or under three points)."""
        if kind not in ("country", "admin1", "admin2", "admin3"):
            return None
        depth = ("country", "admin1", "admin2", "admin3").index(kind) + 1
        points = self.members.get((f.country, f.admin1, f.admin2, f.admin3)[:depth])
        return _extent(points) if points and len(points) >= 3 else None


def _place(f: Feature, areas: _Areas) -> Place:
    kind = kind_of(f.feature_class, f.feature_code, f.population)
    a1, a2, a3 = f.admin1 or None, f.admin2 or None, f.admin3 or None
    return Place(
        f"geonames:{f.geonameid}", f.name, areas.display[f.geonameid], kind, f.lat, f.lon, f.country, a1,
        areas.name((f.country, f.admin1), areas.a1codes) if a1 else None, f.population, "geonames",
        f.feature_code, areas.bbox(f, kind), a2,
        areas.name((f.country, f.admin1, f.admin2), areas.a2codes) if a2 else None, a3,
        areas.name((f.country, f.admin1, f.admin2, f.admin3), {}) if a3 else None,
        f.geonameid, None)


def _names(f: Feature, arabic: list[tuple[str, str, int]], tagged: dict) -> list[tuple[str, str, str, int]]:
    """(place id, name, lang, flags) of a feature: Arabic (bare under admin terms), then English."""
    pid = f"geonames:{f.geonameid}"
    names = []
    for n, _, flags in arabic:
        bare = strip_admin_terms(n)
        names.append((pid, bare or n, "ar", flags | (DERIVED if bare else 0)))
    names.append((pid, f.name, "en", PREFERRED))
    if f.asciiname and f.asciiname != f.name:
        names.append((pid, f.asciiname, "en", 0))
    names.extend((pid, n, "en", flags) for n, lang, flags in tagged.get(f.geonameid, ()) if lang == "en")
    return names


def _write_layer(report: ImportReport, places: list[Place], names: list, dump: Path, layer: str,
                 *, tagged: bool) -> None:
    writer = GazetteerWriter(report.path)
    try:
        writer.add_places(places)
        report.names = writer.add_names(names)
        writer.add_source("geonames", description=f"GeoNames dump {dump.name}"
                          + (" with tagged alternate names" if tagged else ""),
                          license="CC BY 4.0", attribution=ATTRIBUTION, url="https://www.geonames.org/")
        writer.set_meta("layer", layer)
        writer.finish()
    except BaseException:
        writer.abort()
        raise
