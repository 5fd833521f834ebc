"""Place names that, written next to a name, say where that person is.

Used only to notice a *conflict*: a result that puts a same-named person in another town than
the ones the subject gave. Towns that are also common words ("Bath", "Reading", "Street",
"Sale", "Deal"), given names ("Barry", "Austin") or that stand for a whole region are left out,
because a wrong conflict hides a real result about the person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
    "Leicester", "Liverpool", "London", "Luton", "Maidstone", "Manchester", "Middlesbrough",
    "Milton Keynes", "Newcastle", "Northampton", "Norwich", "Nottingham", "Oldham", "Oxford",
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
    "South Yorkshire", "Staffordshire", "Suffolk", "Surrey", "Tyne and Wear", "Warwickshire",
    "West Midlands", "West Sussex", "West Yorkshire", "Wiltshire", "Worcestershire",
    # Scotland, Wales, Northern Ireland
    "Aberdeenshire", "Angus", "Argyll and Bute", "Ayrshire", "Dumfries and Galloway",
    "East Lothian", "Highland", "Lanarkshire", "Midlothian", "Moray", "Perth and Kinross",
    "Scottish Borders", "West Lothian", "Anglesey", "Carmarthenshire", "Ceredigion", "Conwy",
    "Denbighshire", "Flintshire", "Gwynedd", "Monmouthshire", "Pembrokeshire", "Powys",
    "County Antrim", "County Armagh", "County Down", "County Fermanagh", "County Londonderry",
    "County Tyrone",
    # the nations themselves
    "England", "Scotland", "Wales", "Northern Ireland", "United Kingdom", "UK",
)  # fmt: skip
"""Counties and regions written after a town ("Sowerby Bridge, West Yorkshire"). Only used
to keep such a pair whole; never to place anyone (Kent, Devon and Durham are also names)."""

SURNAME_LIKE = frozenset(
    {"hamilton", "irvine", "perth", "derby", "durham", "lancaster", "halifax", "york", "newport",
     "bedford", "carlisle", "winchester", "worcester", "livingston", "elgin", "bangor",
     "salisbury", "chesterfield"}
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
