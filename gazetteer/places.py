"""The gazetteer's value objects: a :class:`Place`, a :class:`Candidate` name of it, name flags."""

from __future__ import annotations

from dataclasses import dataclass

# Flags of a name row.
PREFERRED = 1
VARIANT_SCRIPT = 2   # written with Persian/Urdu/Kurdish letters, folded
CURATED = 4          # from one of our curated alias tables
DERIVED = 8          # derived by us (a cue word stripped, ...)
USER = 16            # the user's own entry or alias (user layer)
IMPORTED = 32        # from a gazetteer the user imported (P-coded humanitarian data)
TRUSTED = CURATED | USER | IMPORTED

# Kinds of place. Resolution knows the first ten; the rest come from GeoNames dumps
# and P-coded gazetteers (admin3 = ناحية, admin4 = a village-level P-code unit).
KINDS = ("country", "admin1", "admin2", "admin3", "admin4", "admin5", "region", "city", "town",
         "village", "neighbourhood", "camp", "landmark", "mountain", "valley", "water", "airport")
ADMIN_KINDS = ("country", "admin1", "admin2", "admin3", "admin4", "admin5")
AREA_KINDS = ADMIN_KINDS + ("region",)


@dataclass(frozen=True, slots=True)
class Place:
    """A place of the gazetteer.

    ``kind`` is one of :data:`KINDS`. ``bbox`` is (west, south, east, north) or None.
    ``admin1``/``admin2``/``admin3`` are codes in the source's system (GeoNames admin
    codes, or P-codes for an imported humanitarian gazetteer), each with its name.
    """

    id: str
    name: str
    name_ar: str | None
    kind: str
    lat: float
    lon: float
    country: str | None = None
    admin1: str | None = None
    admin1_name: str | None = None
    population: int = 0
    source: str = ""
    feature_code: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    admin2: str | None = None
    admin2_name: str | None = None
    admin3: str | None = None
    admin3_name: str | None = None
    geonameid: int | None = None
    pcode: str | None = None

    def to_dict(self) -> dict:
        d = {
            "id": self.id, "name": self.name, "name_ar": self.name_ar,
            "lat": round(self.lat, 5), "lon": round(self.lon, 5), "kind": self.kind,
            "country": self.country, "admin1": self.admin1_name or self.admin1,
            "population": self.population, "source": self.source,
        }
        if self.admin2 or self.admin2_name:
            d["admin2"] = self.admin2_name or self.admin2
        if self.admin3 or self.admin3_name:
            d["admin3"] = self.admin3_name or self.admin3
        if self.geonameid:
            d["geonameid"] = self.geonameid
        if self.pcode:
            d["pcode"] = self.pcode
        if self.bbox:
            d["bbox"] = [round(v, 5) for v in self.bbox]
        return d

    @property
    def is_area(self) -> bool:
        return self.kind in AREA_KINDS

    @property
    def admin_chain(self) -> tuple[str, ...]:
        """Names (or codes) of the admin areas above this place, largest first.

        >>> Place("x", "Kafr Naha", "كفر ناها", "village", 36.1, 36.9, "SY", "09", "حلب",
        ...       admin2="SY0200", admin2_name="جبل سمعان").admin_chain
        ('حلب', 'جبل سمعان')
        """
        chain = []
        for code, name in ((self.admin1, self.admin1_name), (self.admin2, self.admin2_name),
                           (self.admin3, self.admin3_name)):
            if name or code:
                chain.append(name or code)
        return tuple(chain)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may refer to, with how the name is attached to it."""

    place: Place
    name: str
    flags: int = 0

    @property
    def variant_script(self) -> bool:
        return bool(self.flags & VARIANT_SCRIPT)

    @property
    def trusted(self) -> bool:
        """Curated by us, added by the user or imported: no population evidence needed."""
        return bool(self.flags & TRUSTED)

    @property
    def user(self) -> bool:
        return bool(self.flags & USER)


def _fast_constructor(cls):
    """A function ``make(v1, …, vN)`` building a frozen slotted dataclass from all its fields
    in order, without the generic frozen ``__init__`` (which goes through
    ``object.__setattr__`` field by field and costs 2-3× as much). Reading a gazetteer makes
    one :class:`Place` per candidate read, so this is most of a cold lookup's time. The object
    made is the same: equal, same hash, still frozen."""
    fields = list(cls.__dataclass_fields__)
    args = ", ".join(f"a{i}" for i in range(len(fields)))
    body = "".join(f"    _s{i}(obj, a{i})\n" for i in range(len(fields)))
    namespace = {f"_s{i}": cls.__dict__[f].__set__ for i, f in enumerate(fields)}
    namespace.update(_new=object.__new__, _cls=cls)
    exec(f"def make({args}):\n    obj = _new(_cls)\n{body}    return obj\n", namespace)
    make = namespace["make"]
    make.__doc__ = f"{cls.__name__}(…) with every field given, positionally, in order."
    return make


make_place = _fast_constructor(Place)
make_candidate = _fast_constructor(Candidate)
