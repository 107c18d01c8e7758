#!/usr/bin/env python3
"""Writes assets/world.toml: every country and territory of the world as a
Gahnama actor, with its Persian name from CLDR (through the `babel` package),
short forms and spelling variants, the capitals that stand for their
governments in the news, and historical states.

The region's own actors, written by hand in assets/gazetteer.toml, are left
out (their ids are read from that file), so this file only adds to it.

    pip install babel
    python3 scripts/world_actors.py            # rewrites assets/world.toml

The output is committed: the app and CI never need babel.
"""

import pathlib
import re
import sys

try:
    import tomllib
except ImportError:  # Python < 3.11
    sys.exit("Python 3.11 or later is needed (tomllib)")

from babel import Locale

ROOT = pathlib.Path(__file__).resolve().parent.parent
GAZETTEER = ROOT / "assets" / "gazetteer.toml"
OUT = ROOT / "assets" / "world.toml"

# CLDR codes that are not countries or territories, or that the hand-written
# gazetteer holds as organisations.
SKIP = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "CQ", "AQ"}

# Ids where CLDR's English name differs from the id Gahnama uses.
ID = {
    "TR": "Turkey",
    "MM": "Myanmar",
    "HK": "Hong Kong",
    "MO": "Macao",
    "PS": "Palestine",
    "CD": "DR Congo",
    "CG": "Republic of the Congo",
    "CI": "Ivory Coast",
    "CZ": "Czech Republic",
    "FM": "Micronesia",
    "VA": "Vatican City",
}

# Short forms and other spellings used in Persian news, by CLDR code.
EXTRA = {
    "SA": ["عربستان", "عربستان سعودی", "سعودی", "پادشاهی عربستان سعودی"],
    "AE": ["امارات", "امارات متحده عربی", "امارات عربی متحده"],
    "BA": ["بوسنی", "بوسنی و هرزگوین", "بوسنی هرزگوین"],
    "MK": ["مقدونیه", "مقدونیه شمالی"],
    "KP": ["کره شمالی", "جمهوری دموکراتیک خلق کره"],
    "CD": ["جمهوری دموکراتیک کنگو", "کنگو کینشاسا"],
    "CG": ["جمهوری کنگو", "کنگو برازاویل", "کنگو برازویل"],
    "PS": ["فلسطین", "فلسطینیان", "سرزمینهای فلسطینی", "تشکیلات خودگردان فلسطین"],
    "IL": ["اسرائیل", "اسراییل", "رژیم صهیونیستی"],
    "GB": ["بریتانیا", "انگلستان", "انگلیس", "پادشاهی متحده"],
    "NL": ["هلند"],
    "CZ": ["جمهوری چک"],
    "MM": ["میانمار", "برمه"],
    "HK": ["هنگ کنگ", "هنگکنگ"],
    "MO": ["ماکائو"],
    "CI": ["ساحل عاج"],
    "VA": ["واتیکان"],
    "TL": ["تیمور شرقی", "تیمور لسته"],
    "SZ": ["اسواتینی", "سوازیلند"],
    "CV": ["کیپ ورد", "کیپورد"],
    "US": ["امریکا", "آمریکا"],
    "MD": ["مولداوی", "مولدووا"],
    "BY": ["بلاروس", "روسیه سفید"],
    "KW": ["کویت"],
    "SY": ["سوریه"],
    "LT": ["لیتوانی"],
}

# Names that are also common Persian words: only their longer forms are
# names («جمهوری مالی», «کشور غنا»), never the word alone.
COMMON = {
    "ML": "مالی",   # financial
    "PE": "پرو",    # fitting
    "GH": "غنا",    # richness
    "TD": "چاد",
    "BJ": "بنین",   # sons (مدارس بنین)
    "MU": "موریس",  # a first name
    "NE": "نیجر",
    "TG": "توگو",
    "CZ": "چک",     # a cheque
    "GA": "گابن",
    "KM": "کومور",
    "IM": "من",     # I
    "JE": "جرزی",
    "GY": "گویان",
    "NU": "نیوئه",
}

# Words before / after a name that show it is the common word.
GUARDS = {
    # «بر موضع خود مصر است»: insistent.
    "EG": {"not_before": ["است", "بود", "هستند", "بودند", "باشد", "شد"], "names": ["مصر"]},
    # «قطر لوله»: a diameter.
    "QA": {
        "not_before": ["لوله", "دایره", "متر", "سانتیمتر", "میلیمتر", "اینچ", "تنه"],
        "names": ["قطر"],
    },
    # «به یمن»: thanks to.
    "YE": {"not_after": ["به", "از"], "names": ["یمن"]},
    # «دریای عمان» is a sea.
    "OM": {"not_after": ["دریای", "خلیج", "ساحل", "سواحل"], "names": ["عمان"]},
    # «مسقط الراس»: a birthplace.
    "OM2": {"not_before": ["الراس", "راس"], "names": ["مسقط"]},
}

# Capitals that stand for their governments («لندن اعلام کرد»), by code.
CAPITALS = {
    "GB": ["لندن"],
    "DE": ["برلین"],
    "IT": ["رم"],
    "JP": ["توکیو"],
    "IN": ["دهلی نو", "دهلینو"],
    "PK": ["اسلام آباد"],
    "AF": ["کابل"],
    "IQ": ["بغداد"],
    "SY": ["دمشق"],
    "LB": ["بیروت"],
    "SA": ["ریاض"],
    "QA": ["دوحه"],
    "AE": ["ابوظبی", "ابو ظبی"],
    "OM": ["مسقط"],
    "BH": ["منامه"],
    "EG": ["قاهره"],
    "TR": ["انکارا"],
    "IL": ["تل اویو", "تلاویو"],
    "KP": ["پیونگ یانگ", "پیونگیانگ"],
    "KR": ["سئول"],
    "VN": ["هانوی"],
    "TH": ["بانکوک"],
    "ID": ["جاکارتا"],
    "MY": ["کوالالامپور"],
    "PH": ["مانیل"],
    "AU": ["کانبرا"],
    "CA": ["اتاوا"],
    "MX": ["مکزیکوسیتی"],
    "BR": ["برازیلیا"],
    "AR": ["بوئنوس ایرس"],
    "CU": ["هاوانا"],
    "VE": ["کاراکاس"],
    "LT": ["ویلنیوس"],
    "LV": ["ریگا"],
    "EE": ["تالین"],
    "FI": ["هلسینکی"],
    "SE": ["استکهلم"],
    "NO": ["اسلو"],
    "DK": ["کپنهاگ"],
    "IE": ["دوبلین"],
    "RS": ["بلگراد"],
    "HR": ["زاگرب"],
    "RO": ["بخارست"],
    "HU": ["بوداپست"],
    "PL": ["ورشو"],
    "AT": ["وین"],
    "ES": ["مادرید"],
    "PT": ["لیسبون"],
    "GR": ["اتن", "آتن"],
    "CN": ["پکن"],
    "KW": [],
    "MN": ["اولان باتور", "اولانباتور"],
    "UA": ["کییف", "کیف"],
}

# English names of the capitals (the place's id).
CAPITAL_ID = {
    "GB": "London", "DE": "Berlin", "IT": "Rome", "JP": "Tokyo", "IN": "New Delhi",
    "PK": "Islamabad", "AF": "Kabul", "IQ": "Baghdad", "SY": "Damascus", "LB": "Beirut",
    "SA": "Riyadh", "QA": "Doha", "AE": "Abu Dhabi", "OM": "Muscat", "BH": "Manama",
    "EG": "Cairo", "TR": "Ankara", "IL": "Tel Aviv", "KP": "Pyongyang", "KR": "Seoul",
    "VN": "Hanoi", "TH": "Bangkok", "ID": "Jakarta", "MY": "Kuala Lumpur", "PH": "Manila",
    "AU": "Canberra", "CA": "Ottawa", "MX": "Mexico City", "BR": "Brasília",
    "AR": "Buenos Aires", "CU": "Havana", "VE": "Caracas", "LT": "Vilnius", "LV": "Riga",
    "EE": "Tallinn", "FI": "Helsinki", "SE": "Stockholm", "NO": "Oslo", "DK": "Copenhagen",
    "IE": "Dublin", "RS": "Belgrade", "HR": "Zagreb", "RO": "Bucharest", "HU": "Budapest",
    "PL": "Warsaw", "AT": "Vienna", "ES": "Madrid", "PT": "Lisbon", "GR": "Athens",
    "CN": "Beijing", "MN": "Ulaanbaatar", "UA": "Kyiv",
}

# Words before a capital that make it something else: «پیمان ورشو» is the
# Warsaw Pact, «کنوانسیون وین» a treaty.
CAPITAL_NOT_AFTER = [
    "پیمان", "کنوانسیون", "کنفرانس", "کنگره", "قرارداد", "معاهده", "دانشگاه", "فرودگاه",
    "اساسنامه", "اعلامیه", "بیانیه", "نشست", "اجلاس", "توافق", "توافقنامه", "پروتکل",
    "منشور", "فرایند", "روند", "مذاکرات", "گفتگوهای", "باشگاه", "بورس", "دانشگاههای",
]

# States that no longer exist.
HISTORICAL = [
    ("Ottoman Empire", "امپراتوری عثمانی",
     ["امپراتوری عثمانی", "امپراطوری عثمانی", "دولت عثمانی", "عثمانی", "عثمانیها", "باب عالی"]),
    ("Qajar Iran", "ایران عصر قاجار",
     ["دولت قاجار", "ایران قاجار", "قاجاریه", "دربار قاجار", "حکومت قاجار"]),
    ("Russian Empire", "امپراتوری روسیه",
     ["امپراتوری روسیه", "امپراطوری روسیه", "روسیه تزاری", "دولت تزاری", "تزار روسیه"]),
    ("Yugoslavia", "یوگسلاوی", ["یوگسلاوی", "یوگوسلاوی", "یوگسلاوی سابق"]),
    ("Czechoslovakia", "چکسلواکی", ["چکسلواکی", "چکوسلواکی"]),
    ("East Germany", "آلمان شرقی", ["آلمان شرقی", "جمهوری دموکراتیک آلمان"]),
    ("British Empire", "امپراتوری بریتانیا", ["امپراتوری بریتانیا", "امپراطوری بریتانیا"]),
    ("Safavid Iran", "ایران صفوی", ["دولت صفوی", "صفویه", "ایران صفوی"]),
]


def clean(name: str) -> list[str]:
    """CLDR's name, cut to what a text writes: «میانمار (برمه)» gives both,
    «هنگ‌کنگ، منطقهٔ ویژهٔ اداری چین» its first part, «کنگو - کینشاسا» both
    parts joined."""
    name = name.replace("\u200c", " ").replace("ٔ", "").replace("ِ", "")
    out = []
    m = re.match(r"^(.*?)\s*\((.*)\)$", name)
    if m:
        out += [m.group(1), m.group(2)]
    else:
        name = name.split("،")[0]
        out.append(re.sub(r"\s*-\s*", " ", name))
    return [n.strip() for n in out if n.strip()]


def english_id(code: str, en: str) -> str:
    if code in ID:
        return ID[code]
    return en.replace(" & ", " and ").replace("St. ", "Saint ")


def quote(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main() -> None:
    existing = tomllib.loads(GAZETTEER.read_text(encoding="utf-8"))
    taken = {e["id"] for group in existing.values() for e in group}
    taken_names = {n for group in existing.values() for e in group for n in e["names"]}
    fa, en = Locale("fa").territories, Locale("en").territories
    lines = [
        "# Generated by scripts/world_actors.py from CLDR (babel "
        + __import__("babel").__version__
        + "): every country and territory,",
        "# with capitals used as metonyms and historical states. Do not edit by",
        "# hand: change the script and run it again. The region's own actors are",
        "# in gazetteer.toml, which this file only adds to.",
        "",
    ]
    count = 0
    for code in sorted(fa):
        if not (len(code) == 2 and code.isalpha()) or code in SKIP or code not in en:
            continue
        ident = english_id(code, en[code])
        if ident in taken:
            continue
        common = COMMON.get(code)
        names = []
        for n in clean(fa[code]) + EXTRA.get(code, []):
            n = n.replace("\u200c", " ").replace("ٔ", "")
            if n == common:
                # Only «جمهوری X» and «کشور X» name it.
                names += [f"جمهوری {n}", f"کشور {n}"]
            elif n not in names:
                names.append(n)
                # «جمهوری لیتوانی» holds «لیتوانی»; the bare name without
                # «جمهوری» is a name too.
                if n.startswith("جمهوری ") and len(n.split()) > 1:
                    short = n.removeprefix("جمهوری ")
                    if short != common and short not in names:
                        names.append(short)
        names = [n for n in dict.fromkeys(names) if n not in taken_names]
        if not names:
            continue
        lines += ["[[actor]]", f"id = {quote(ident)}", 'kind = "country"',
                  f"fa = {quote(clean(fa[code])[0] if common is None else fa[code])}",
                  "names = [" + ", ".join(quote(n) for n in names) + "]"]
        guard = GUARDS.get(code)
        if guard:
            for key in ("not_after", "not_before"):
                if key in guard:
                    lines.append(f"{key} = [" + ", ".join(quote(w) for w in guard[key]) + "]")
            lines.append("guarded = [" + ", ".join(quote(w) for w in guard["names"]) + "]")
        lines.append("")
        count += 1
    # Capitals that stand for their governments: places whose actor is the
    # country («لندن اعلام کرد» is the United Kingdom speaking).
    text = "\n".join(lines)
    cap_lines = ["# ── Capitals that stand for their governments ─────────────────────────"]
    for code, caps in CAPITALS.items():
        caps = [c for c in caps if c not in taken_names]
        if not caps:
            continue
        ident = english_id(code, en[code])
        capital = CAPITAL_ID.get(code, caps[0])
        cap_lines += ["[[place]]", f"id = {quote(capital)}", f"fa = {quote(caps[0])}",
                      "names = [" + ", ".join(quote(c) for c in caps) + "]",
                      f"capital_of = {quote(ident)}",
                      "not_after = [" + ", ".join(quote(w) for w in CAPITAL_NOT_AFTER) + "]"]
        guard_extra = GUARDS.get(code + "2")
        if guard_extra:
            cap_lines.append("not_before = [" + ", ".join(quote(w) for w in guard_extra["not_before"]) + "]")
        cap_lines.append("")
    hist_lines = ["# ── Historical states ──────────────────────────────────────────────────"]
    for ident, display, names in HISTORICAL:
        if ident in taken:
            continue
        hist_lines += ["[[actor]]", f"id = {quote(ident)}", 'kind = "country"', f"fa = {quote(display)}",
                       "names = [" + ", ".join(quote(n) for n in names if n not in taken_names) + "]", ""]
    OUT.write_text(text + "\n".join(cap_lines) + "\n" + "\n".join(hist_lines), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {count} countries and territories, "
          f"{sum(1 for c in CAPITALS.values() if c)} capitals, {len(HISTORICAL)} historical states")


if __name__ == "__main__":
    main()
