"""Place names that, written next to a name, say where that person is.

Used only to notice a *conflict*: a result that puts a same-named person in another town than
the ones the subject gave. Towns that are also common words ("Bath", "Reading", "Street",
"Sale", "Deal"), given names ("Barry", "Austin") or that stand for a whole region are left out,
because a wrong conflict hides a real result about the person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from itertools import islice

from .folding import fold

UK_TOWNS = (
    # Scotland
    "Aberdeen", "Airdrie", "Alloa", "Arbroath", "Ayr", "Bathgate", "Bearsden", "Bishopbriggs",
    "Bo'ness", "Clydebank", "Coatbridge", "Cumbernauld", "Dalkeith", "Dumbarton", "Dumfries",
    "Dundee", "Dunfermline", "East Kilbride", "Edinburgh", "Elgin", "Falkirk", "Forfar",
    "Fort William", "Galashiels", "Glasgow", "Glenrothes", "Grangemouth", "Greenock",
    "Hamilton", "Helensburgh", "Inverness", "Irvine", "Kilmarnock", "Kirkcaldy", "Kirkintilloch",
    "Larbert", "Leith", "Linlithgow", "Livingston", "Motherwell", "Musselburgh", "Oban",
    "Paisley", "Perth", "Peterhead", "Renfrew", "Rutherglen", "St Andrews", "Stirling",
    "Stornoway", "Troon", "Wishaw",
    # England
    "Barnsley", "Basildon", "Basingstoke", "Bedford", "Birkenhead", "Birmingham", "Blackburn",
    "Blackpool", "Bournemouth", "Bradford", "Brighton", "Bristol", "Burnley", "Cambridge",
    "Canterbury", "Carlisle", "Chelmsford", "Cheltenham", "Chesterfield", "Colchester",
    "Coventry", "Croydon", "Darlington", "Derby", "Doncaster", "Dudley", "Durham", "Eastbourne",
    "Exeter", "Gateshead", "Gloucester", "Grimsby", "Guildford", "Halifax", "Harrogate",
    "Hartlepool", "Huddersfield", "Hull", "Ipswich", "Kettering", "Lancaster", "Leeds",
    "Leicester", "Lincoln", "Liverpool", "London", "Luton", "Maidstone", "Manchester",
    "Middlesbrough", "Milton Keynes", "Newcastle", "Northampton", "Norwich", "Nottingham",
    "Oldham", "Oxford",
    "Peterborough", "Plymouth", "Portsmouth", "Rochdale", "Rotherham", "Salford", "Salisbury",
    "Scarborough", "Scunthorpe", "Sheffield", "Shrewsbury", "Slough", "Southampton",
    "Southend", "Stockport", "Stoke-on-Trent", "Sunderland", "Swindon", "Taunton", "Telford",
    "Torquay", "Truro", "Wakefield", "Walsall", "Warrington", "Watford", "Wigan", "Winchester",
    "Wolverhampton", "Worcester", "Worthing", "York",
    # Wales
    "Aberystwyth", "Bangor", "Bridgend", "Caerphilly", "Cardiff", "Carmarthen", "Llandudno",
    "Llanelli", "Merthyr Tydfil", "Newport", "Pontypridd", "Swansea", "Wrexham",
    # Northern Ireland
    "Armagh", "Ballymena", "Belfast", "Coleraine", "Derry", "Enniskillen", "Lisburn",
    "Londonderry", "Newry", "Omagh",
)  # fmt: skip

ELSEWHERE = (
    "Auckland", "Brisbane", "Chicago", "Cork", "Dallas", "Dublin", "Galway", "Houston",
    "Los Angeles", "Melbourne", "Miami", "Montreal", "New York", "Ottawa", "Philadelphia",
    "San Francisco", "Seattle", "Sydney", "Toronto", "Vancouver",
    "Adelaide", "Calgary", "Denver", "Atlanta", "Cape Town", "Johannesburg",
    "Australia", "Canada", "New Zealand", "South Africa", "USA", "United States",
    "California", "Florida", "Ohio", "Texas", "Oregon", "Michigan", "Arizona", "Ontario",
    "Queensland",
    "Argentina", "Austria", "Bangladesh", "Belgium", "Brazil", "Chile", "Colombia", "Croatia",
    "Denmark", "Egypt", "Finland", "France", "Germany", "Ghana", "Greece", "Hong Kong",
    "Hungary", "India", "Indonesia", "Italy", "Japan", "Kenya", "Malaysia", "Mexico",
    "Netherlands", "Nigeria", "Norway", "Pakistan", "Philippines", "Poland", "Portugal",
    "Romania", "Singapore", "Spain", "Sweden", "Switzerland", "Thailand", "Uganda", "Ukraine",
    "Zimbabwe", "Abuja", "Accra", "Amsterdam", "Bangkok", "Barcelona", "Berlin", "Dubai",
    "Lagos", "Lisbon", "Madrid", "Mumbai", "Nairobi", "Paris", "Prague", "Rome", "Tokyo",
    "Vienna", "Warsaw",
    # Polish cities, with and without their diacritics, and the country's own name
    "Polska", "Warszawa", "Kraków", "Krakow", "Wrocław", "Wroclaw", "Łódź", "Lodz", "Poznań",
    "Poznan", "Gdańsk", "Gdansk", "Gdynia", "Szczecin", "Lublin", "Katowice", "Białystok",
    "Bialystok", "Bydgoszcz", "Toruń", "Torun", "Rzeszów", "Rzeszow", "Gorzów", "Gorzow",
    "Opole", "Kielce", "Olsztyn", "Częstochowa", "Czestochowa",
)  # fmt: skip

UK_AREAS = (
    # England: ceremonial counties and the regions people write after a town
    "Bedfordshire", "Berkshire", "Buckinghamshire", "Cambridgeshire", "Cheshire", "Cornwall",
    "County Durham", "Cumbria", "Derbyshire", "Dorset", "East Sussex", "East Yorkshire",
    "Essex", "Gloucestershire", "Greater London", "Greater Manchester", "Hampshire",
    "Herefordshire", "Hertfordshire", "Isle of Wight", "Lancashire", "Leicestershire",
    "Lincolnshire", "Merseyside", "Norfolk", "North Yorkshire", "Northamptonshire",
    "Northumberland", "Nottinghamshire", "Oxfordshire", "Rutland", "Shropshire", "Somerset",
    "South Yorkshire", "Staffordshire", "Suffolk", "Surrey", "Tyne and Wear", "Tyne & Wear",
    "Warwickshire",
    "West Midlands", "West Sussex", "West Yorkshire", "Wiltshire", "Worcestershire",
    # Scotland, Wales, Northern Ireland
    "Aberdeenshire", "Angus", "Argyll and Bute", "Ayrshire", "Dumfries and Galloway",
    "East Lothian", "Highland", "Lanarkshire", "Midlothian", "Moray", "Perth and Kinross",
    "Scottish Borders", "West Lothian", "Fife", "Clackmannanshire", "Renfrewshire",
    "Inverclyde", "Dunbartonshire", "Orkney", "Shetland",
    "Anglesey", "Carmarthenshire", "Ceredigion", "Conwy",
    "Denbighshire", "Flintshire", "Gwynedd", "Monmouthshire", "Pembrokeshire", "Powys",
    "County Antrim", "County Armagh", "County Down", "County Fermanagh", "County Londonderry",
    "County Tyrone", "Co. Antrim", "Co. Armagh", "Co. Down", "Co. Fermanagh", "Co. Londonderry",
    "Co. Derry", "Co. Tyrone", "Co Antrim", "Co Armagh", "Co Down", "Co Fermanagh", "Co Tyrone",
    # the nations themselves, and names in their own languages ("Redruth, Kernow")
    "England", "Scotland", "Wales", "Northern Ireland", "United Kingdom", "UK", "Great Britain",
    "Cymru", "Kernow",
)  # fmt: skip
"""Counties and regions written after a town ("Sowerby Bridge, West Yorkshire"), kept whole
with it; alone, only as one part of a bio line on the subject's own page ("knitter · Fife").
Kent, Devon and Durham are left out: they are also names."""
UK_NATIONS = frozenset(
    {"England", "Scotland", "Wales", "Northern Ireland", "United Kingdom", "UK", "Great Britain",
     "Cymru"}
)  # fmt: skip

SURNAME_LIKE = frozenset(
    {"hamilton", "irvine", "perth", "derby", "durham", "lancaster", "halifax", "york", "newport",
     "bedford", "carlisle", "winchester", "worcester", "livingston", "elgin", "bangor",
     "salisbury", "chesterfield", "lincoln"}
)  # fmt: skip
"""Places that are also surnames or given names: skipped when they follow a capitalised word
("Tom Hamilton") since they are then more likely part of someone's name."""

US_STATE_CODES = tuple(
    """
    AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH
    NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY
    """.split()  # noqa: SIM905 - a list of codes is easier to read as words
)


def alternation(names: Iterable[str], space: str = r"\ ") -> str:
    """A regex alternation of place ``names``, longest first (so "Newport Pagnell" wins over
    "Newport"), each word escaped and the words joined by ``space``."""
    ordered = sorted(set(names), key=len, reverse=True)
    return "|".join(space.join(re.escape(w) for w in n.split()) for n in ordered)


# -- the gazetteer: every town and village, but only where the words say it is a place ------
_PLACE_RUN = re.compile(
    r"[A-Z][\w'’.]*(?:(?:[ \t\u00a0]+|-)(?:upon|on|in|under|le|by|de|of|the|na|[A-Z][\w'’.]*)){0,3}"
)
_PLACE_BEFORE = re.compile(
    r"(?:\b(?i:in|of|from|near|outside|nr\.?|lives in|living in|born in|based in)"
    r"|\b(?:Road|Street|Avenue|Lane|Close|Drive|Way|Crescent|Gardens|Court|Terrace|Grove|Rise"
    r"|Walk|Row|Square|Place|Park|View),)[ \t\u00a0]+$"
)
_PLACE_AFTER = re.compile(
    r"(?:-based\b|[ \t\u00a0]+(?:man|woman|mum|dad|mother|father|teenager|pensioner|resident"
    r"|residents|couple|boy|girl|based|farmer|grandmother|grandfather|schoolboy|schoolgirl"
    r"|businessman|businesswoman|shopkeeper|publican|councillor|vicar)\b"
    # a town's club, as results lists name a member's ("Priya Raghunathan (Leamington Spa BC)")
    r"|[ \t\u00a0]+(?:BC|FC|AFC|AC|RFC|RUFC|CC|HC|SC|Harriers|Striders|Road Runners|Runners"
    r"|Athletic|Swimming Club|Tennis Club|Golf Club|Bowls Club|Cricket Club|Rugby Club)\b)"
)
# "Golden Lotus, Holbeach – menu", "Office: Building 3, Taipei.": a place closing a segment.
# ... unless it signs a quote ("— Paula, Werrington"): that is where someone else lives.
_COMMA_BEFORE = re.compile(r",[ \t\u00a0]*$")
_SIGNED = re.compile(r"[—–-][ \t\u00a0]*[A-Z][a-z]+,[ \t\u00a0]*$")
# ... nor ends a list of names ("Subs not used: Smith, Jones, Denny.").
_NAME_LIST = re.compile(r"[A-Z][\w'’-]+,[ \t\u00a0]*[A-Z][\w'’-]+,[ \t\u00a0]*$")
_SEGMENT_END = re.compile(r"[ \t\u00a0]*(?:$|[.–—|·:;)\n]|-[ \t])")
# A town inside another name is not where anyone is: a street named after it, an airport, a
# bishop's see. A university or college town is where someone studied (which is no conflict)
# when the text is about studying; "a lecturer at the University of Leeds" still counts.
_NAMED_BEFORE = re.compile(
    r"\b(?:Bishop|Archbishop|Diocese|Duke|Duchess|Earl|Marquess|Bank|Port|Isle|Vale)"
    r"[ \t\u00a0]+of[ \t\u00a0]+$"
)
_NAMED_AFTER = re.compile(
    r"[ \t\u00a0]+(?:Road|Street|Way|Avenue|Lane|Airport|Station|Building Society)\b"
)
_COLLEGE_BEFORE = re.compile(r"\b(?:University|College)[ \t\u00a0]+of[ \t\u00a0]+$")
_COLLEGE_AFTER = re.compile(r"[ \t\u00a0]+(?:University|College)\b")
_STUDYING = re.compile(
    r"(?i)\b(?:graduat\w*|stud(?:ied|ying|ent)|alumn\w*|degree|diploma|B\.?Sc|B\.?A\b|M\.?Sc"
    r"|class of|school of nursing|qualified)"
)


def fold_place(text: str) -> str:
    """A place name compared the way the gazetteer stores it: accents, case, full stops and
    hyphens ignored ("St. Ives" is "St Ives", "Stratford upon Avon" is "Stratford-upon-Avon")."""
    return " ".join(fold(text).replace(".", "").replace("-", " ").split())


@lru_cache(maxsize=1)
def gazetteer() -> frozenset[str]:
    """Folded names of the towns and villages of 1,000 people or more in the UK and Ireland and
    the cities of 500,000 or more elsewhere (GeoNames via ``tools/make_places.py``), with the
    hand-picked :data:`UK_TOWNS` and :data:`ELSEWHERE`."""
    text = resources.files("selfaudit.data").joinpath("places.txt").read_text("utf-8")
    names = [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]
    return frozenset(fold_place(n) for n in (*names, *UK_TOWNS, *ELSEWHERE))


def known(name: str) -> bool:
    """Is ``name`` a town or village the gazetteer has (compared as :func:`fold_place` does)?"""
    return fold_place(name) in gazetteer()


def is_institution_place(text: str, start: int, end: int) -> bool:
    """The place at ``text[start:end]`` is part of another name, not where someone is: "Corby
    Road", "Bishop of Durham", or "University of Plymouth" in a text about studying there."""
    before = text[max(0, start - 40) : start]
    if _NAMED_BEFORE.search(before) or _NAMED_AFTER.match(text, end):
        return True
    if _COLLEGE_BEFORE.search(before) or _COLLEGE_AFTER.match(text, end):
        return bool(_STUDYING.search(text[max(0, start - 300) : end + 300]))
    return False


def places_in_context(text: str) -> list[tuple[str, int, int]]:
    """Towns from the gazetteer that ``text`` says someone is in: (as written, start, end).

    Only where the words around make it a place ("in Hebden Bridge", "of Studfall Avenue,
    Corby", "a Corby man", "Leek-based", "Golden Lotus, Holbeach –"): most of the gazetteer's
    names are also surnames, and a capitalised word alone is not evidence of where anyone is.
    """
    known = gazetteer()
    found: list[tuple[str, int, int]] = []
    for run in islice(_PLACE_RUN.finditer(text), 2000):
        words = re.split(r"((?:[ \t\u00a0]+|-))", run.group(0))
        offsets = [0]
        for piece in words:
            offsets.append(offsets[-1] + len(piece))
        first = 0
        while first < len(words):
            # From each capitalised word of the run ("Born in Corby": "Born", then "Corby"),
            # the longest known place that starts there ("Hebden Bridge", not "Hebden").
            place = _longest_place(words, first, known) if words[first][:1].isupper() else None
            if place is None:
                first += 2
                continue
            written, count = place
            start = run.start() + offsets[first]
            end = start + len(written)
            if _placed(text, start, end) and not is_institution_place(text, start, end):
                found.append((written, start, end))
            first += count
    return found


def _longest_place(words: list[str], first: int, known: frozenset[str]) -> tuple[str, int] | None:
    for count in range(len(words) - first, 0, -2):
        # "St. Ives" keeps its stop; "Taipei." at a sentence's end does not.
        written = "".join(words[first : first + count]).rstrip(".")
        if not written or written.split()[-1].islower():
            continue  # never end on a linking word ("Stratford upon")
        if fold_place(written) in known:
            return written, count
    return None


def _placed(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    if _PLACE_BEFORE.search(before) or _PLACE_AFTER.match(text, end):
        return True
    return bool(
        _COMMA_BEFORE.search(before)
        and not _SIGNED.search(before)
        and not _NAME_LIST.search(before)
        and _SEGMENT_END.match(text, end)
    )
