//! The gazetteer: actors (countries, organisations, companies), people, places
//! and regions with their Persian spellings, loaded from `assets/gazetteer.toml`
//! and matched on normalised text with Aho-Corasick, Persian word boundaries and
//! suffixes.
//!
//! Main type: [`Gazetteer`]; [`Gazetteer::find`] returns [`Mention`]s.

use std::collections::HashMap;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, MatchKind};
use serde::Deserialize;

use crate::corpus::normalize::normalize_phrase;

/// The bundled gazetteer data.
pub const BUNDLED: &str = concat!(
    include_str!("../assets/gazetteer.toml"),
    "\n",
    include_str!("../assets/world.toml")
);

/// A gazetteer that could not be built.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    /// The TOML is malformed.
    #[error("gazetteer data: {0}")]
    Parse(#[from] toml::de::Error),
    /// An id is referenced but not defined.
    #[error("gazetteer data: {what} `{id}` refers to unknown `{target}`")]
    UnknownReference {
        /// Which kind of entry.
        what: &'static str,
        /// Its id.
        id: String,
        /// The missing target.
        target: String,
    },
    /// The automaton could not be built.
    #[error("gazetteer automaton: {0}")]
    Build(#[from] aho_corasick::BuildError),
}

/// What an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// A country.
    Country,
    /// An international organisation.
    Organisation,
    /// A company.
    Company,
    /// A person.
    Person,
    /// A place that is not an actor.
    Place,
    /// A region.
    Region,
}

/// One gazetteer entry.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Canonical English id (shared by the events that name the entry).
    pub id: Arc<str>,
    /// Persian display name.
    pub fa: String,
    /// What it is.
    pub kind: EntryKind,
    /// For a person: their country or organisation.
    pub actor: Option<String>,
    /// For a place: the region it lies in.
    pub region: Option<String>,
    /// For a region: its member actors.
    pub members: Vec<String>,
    /// For a place: the actors it concerns (a disputed territory), given to
    /// the events that name it.
    pub actors: Vec<String>,
    /// For a capital: the country whose government it stands for («لندن
    /// اعلام کرد»), an actor of the events that name it.
    pub capital_of: Option<String>,
    not_after: Vec<String>,
    not_before: Vec<String>,
}

/// A match of an entry in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Index of the entry.
    pub entry: usize,
    /// Byte range in the text (the name without its suffix).
    pub range: std::ops::Range<usize>,
}

#[derive(Deserialize)]
struct RawFile {
    #[serde(default)]
    actor: Vec<RawEntry>,
    #[serde(default)]
    person: Vec<RawEntry>,
    #[serde(default)]
    place: Vec<RawEntry>,
    #[serde(default)]
    region: Vec<RawEntry>,
}

#[derive(Deserialize)]
struct RawEntry {
    id: String,
    #[serde(default)]
    kind: Option<EntryKind>,
    #[serde(default)]
    fa: Option<String>,
    names: Vec<String>,
    #[serde(default)]
    actor: Option<String>,
    #[serde(default)]
    region: Option<String>,
    #[serde(default)]
    members: Vec<String>,
    #[serde(default)]
    actors: Vec<String>,
    #[serde(default)]
    capital_of: Option<String>,
    #[serde(default)]
    not_after: Vec<String>,
    #[serde(default)]
    not_before: Vec<String>,
    /// The names the two lists above guard (all of them when empty).
    #[serde(default)]
    guarded: Vec<String>,
}

/// The matcher over all names.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    by_id: HashMap<String, usize>,
    automaton: Option<AhoCorasick>,
    /// Entry index of each pattern.
    pattern_entry: Vec<usize>,
    /// Whether the entry's `not_after`/`not_before` apply to each pattern.
    pattern_guarded: Vec<bool>,
    /// The regions (entry indexes, in entry order) each member id belongs to.
    regions_by_member: HashMap<String, Vec<usize>>,
}

const SUFFIXES: [&str; 9] = ["هایی", "های", "ها", "ای", "یی", "ی", "ان", "یان", "ایی"];

impl Gazetteer {
    /// The bundled gazetteer.
    ///
    /// # Errors
    /// When the bundled data is malformed (a test keeps it well-formed).
    pub fn bundled() -> Result<Self, GazetteerError> {
        Self::from_toml(BUNDLED)
    }

    /// A gazetteer without any names.
    #[must_use]
    pub fn empty() -> Self {
        Self {
            entries: Vec::new(),
            by_id: HashMap::new(),
            regions_by_member: HashMap::new(),
            automaton: None,
            pattern_entry: Vec::new(),
            pattern_guarded: Vec::new(),
        }
    }

    /// Builds a gazetteer from TOML data.
    ///
    /// # Errors
    /// Malformed TOML, unknown references, or an automaton build failure.
    pub fn from_toml(data: &str) -> Result<Self, GazetteerError> {
        let raw: RawFile = toml::from_str(data)?;
        let mut entries = Vec::new();
        let mut names: Vec<(String, usize, bool)> = Vec::new();
        let groups = [
            (raw.actor, None),
            (raw.person, Some(EntryKind::Person)),
            (raw.place, Some(EntryKind::Place)),
            (raw.region, Some(EntryKind::Region)),
        ];
        for (list, forced) in groups {
            for r in list {
                let kind = forced.or(r.kind).unwrap_or(EntryKind::Country);
                let index = entries.len();
                let guarded: Vec<String> = r.guarded.iter().map(|g| normalize_phrase(g)).collect();
                for n in &r.names {
                    let n = normalize_phrase(n);
                    let is_guarded = guarded.is_empty() || guarded.contains(&n);
                    for v in spelling_variants(&n) {
                        names.push((v, index, is_guarded));
                    }
                }
                entries.push(Entry {
                    fa: r
                        .fa
                        .unwrap_or_else(|| r.names.first().cloned().unwrap_or_default()),
                    id: r.id.into(),
                    kind,
                    actor: r.actor,
                    region: r.region,
                    members: r.members,
                    actors: r.actors,
                    capital_of: r.capital_of,
                    not_after: r.not_after.iter().map(|s| normalize_phrase(s)).collect(),
                    not_before: r.not_before.iter().map(|s| normalize_phrase(s)).collect(),
                });
            }
        }
        let by_id: HashMap<String, usize> = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.to_string(), i))
            .collect();
        for e in &entries {
            let refs = e
                .actor
                .iter()
                .map(|a| ("person", a))
                .chain(e.region.iter().map(|r| ("place", r)))
                .chain(e.members.iter().map(|m| ("region", m)))
                .chain(e.actors.iter().map(|a| ("place", a)))
                .chain(e.capital_of.iter().map(|a| ("capital", a)));
            for (what, target) in refs {
                if !by_id.contains_key(target) {
                    return Err(GazetteerError::UnknownReference {
                        what,
                        id: e.id.to_string(),
                        target: target.clone(),
                    });
                }
            }
        }
        // Longest names first so that equal-start matches prefer them.
        names.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        names.dedup_by(|a, b| a.0 == b.0);
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(names.iter().map(|(n, _, _)| n.as_str()))?;
        let mut regions_by_member: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            if e.kind == EntryKind::Region {
                for m in &e.members {
                    let of = regions_by_member.entry(m.clone()).or_default();
                    if of.last() != Some(&i) {
                        of.push(i);
                    }
                }
            }
        }
        Ok(Self {
            entries,
            by_id,
            regions_by_member,
            automaton: Some(automaton),
            pattern_entry: names.iter().map(|(_, e, _)| *e).collect(),
            pattern_guarded: names.iter().map(|(_, _, g)| *g).collect(),
        })
    }

    /// All entries.
    #[must_use]
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry with this id.
    #[must_use]
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    /// "Russia · روسیه": English id and Persian name.
    #[must_use]
    pub fn label(&self, id: &str) -> String {
        self.get(id)
            .map_or_else(|| id.to_owned(), |e| format!("{} · {}", e.id, e.fa))
    }

    /// The label as an interface in Persian (`persian_first`) or English
    /// lists it: «روسیه · Russia» or "Russia · روسیه".
    #[must_use]
    pub fn label_in(&self, id: &str, persian_first: bool) -> String {
        match self.get(id) {
            Some(e) if persian_first => format!("{} · {}", e.fa, e.id),
            _ => self.label(id),
        }
    }

    /// The name alone: Persian (`persian`) or the English id.
    #[must_use]
    pub fn name_in(&self, id: &str, persian: bool) -> String {
        match self.get(id) {
            Some(e) if persian => e.fa.to_string(),
            _ => id.to_owned(),
        }
    }

    /// The regions an actor belongs to.
    pub fn regions_of(&self, actor: &str) -> impl Iterator<Item = &Arc<str>> {
        self.regions_by_member
            .get(actor)
            .into_iter()
            .flatten()
            .map(|&i| &self.entries[i].id)
    }

    /// `id` as the entry's own shared string when the gazetteer has it (so
    /// that every event naming it shares one allocation), else a new one.
    #[must_use]
    pub fn shared_id(&self, id: &str) -> Arc<str> {
        self.get(id)
            .map_or_else(|| id.into(), |e| Arc::clone(&e.id))
    }

    /// The ids of the actors named in `text` (any spelling the corpus
    /// normalisation accepts), in the order first named.
    #[must_use]
    pub fn actors_in(&self, text: &str) -> Vec<String> {
        let norm = crate::corpus::normalize::normalize_phrase(text);
        let mut out: Vec<String> = Vec::new();
        for m in self.find(&norm) {
            let e = &self.entries[m.entry];
            if matches!(
                e.kind,
                EntryKind::Country | EntryKind::Organisation | EntryKind::Company
            ) && !out.iter().any(|o| **o == *e.id)
            {
                out.push(e.id.to_string());
            }
        }
        out
    }

    /// Finds every name in normalised `text`, on word boundaries, allowing
    /// Persian plural and adjective suffixes.
    #[must_use]
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let mut out = Vec::new();
        let Some(automaton) = &self.automaton else {
            return out;
        };
        for m in automaton.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            if text[..s]
                .chars()
                .next_back()
                .is_some_and(crate::corpus::normalize::is_letter_or_digit)
            {
                continue;
            }
            let rest = &text[e..];
            let boundary = rest
                .chars()
                .next()
                .is_none_or(|c| !crate::corpus::normalize::is_letter_or_digit(c))
                || SUFFIXES.iter().any(|suf| {
                    rest.strip_prefix(suf).is_some_and(|r| {
                        r.chars()
                            .next()
                            .is_none_or(|c| !crate::corpus::normalize::is_letter_or_digit(c))
                    })
                });
            if !boundary {
                continue;
            }
            let entry = self.pattern_entry[m.pattern().as_usize()];
            let en = &self.entries[entry];
            if !self.pattern_guarded[m.pattern().as_usize()] {
                out.push(Mention { entry, range: s..e });
                continue;
            }
            let prev_word = text[..s].split_whitespace().next_back().unwrap_or("");
            let next_word = rest.split_whitespace().next().unwrap_or("");
            if en.not_after.iter().any(|w| w == prev_word)
                || en.not_before.iter().any(|w| w == next_word)
            {
                continue;
            }
            out.push(Mention { entry, range: s..e });
        }
        out
    }
}

/// A name, and (for names of two to four words) the name with any one space
/// removed: «مشترک المنافع» also matches «مشترکالمنافع».
fn spelling_variants(name: &str) -> Vec<String> {
    let mut out = vec![name.to_owned()];
    let spaces: Vec<usize> = name.match_indices(' ').map(|(i, _)| i).collect();
    if (1..=3).contains(&spaces.len()) {
        for &i in &spaces {
            out.push(format!("{}{}", &name[..i], &name[i + 1..]));
        }
        out.push(name.replace(' ', ""));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_suffixes_are_in_normalised_form() {
        crate::corpus::normalize::assert_normalised("SUFFIXES", &SUFFIXES);
    }
    use crate::corpus::normalize::normalize_phrase;

    fn ids(text: &str) -> Vec<String> {
        let g = Gazetteer::bundled().expect("bundled gazetteer");
        let t = normalize_phrase(text);
        g.find(&t)
            .iter()
            .map(|m| g.entries()[m.entry].id.to_string())
            .collect()
    }

    #[test]
    fn bundled_data_has_every_required_id() {
        let g = Gazetteer::bundled().expect("bundled gazetteer");
        for id in [
            "Russia",
            "United States",
            "NATO",
            "Kazakhstan",
            "Uzbekistan",
            "Kyrgyzstan",
            "Tajikistan",
            "Turkmenistan",
            "Azerbaijan",
            "Armenia",
            "Georgia",
            "Iran",
            "Turkey",
            "China",
            "Afghanistan",
            "Ukraine",
            "Belarus",
            "United Kingdom",
            "European Union",
            "United Nations",
            "OSCE",
            "CIS",
            "CSTO",
            "SCO",
            "EAEU",
            "EurAsEC",
            "Organization of Turkic States",
            "G7",
            "Gazprom",
            "Rosatom",
            "Chevron",
            "Central Asia",
            "South Caucasus",
            "Caspian Sea",
            "Europe",
        ] {
            assert!(g.get(id).is_some(), "missing {id}");
        }
        assert_eq!(g.label("Russia"), "Russia · روسیه");
        let ca: Vec<&str> = g.regions_of("Kazakhstan").map(|r| &**r).collect();
        assert_eq!(ca, vec!["Central Asia"]);
    }

    #[test]
    fn suffixes_with_or_without_zwnj_and_word_boundaries() {
        assert_eq!(ids("روسیه‌ای که"), vec!["Russia"]);
        assert_eq!(ids("شرکت‌های آمریکایی"), vec!["United States"]);
        assert_eq!(ids("کشورهای آسیای‌مرکزی"), vec!["Central Asia"]);
        assert_eq!(ids("روستا و چینش"), Vec::<String>::new());
        assert_eq!(
            ids("اتحادیه اروپا و اروپا"),
            vec!["European Union", "Europe"]
        );
        assert_eq!(ids("کشورهای مستقل مشترک‌المنافع"), vec!["CIS"]);
        assert_eq!(ids("ترکمنستان"), vec!["Turkmenistan"]);
        assert_eq!(ids("NATO و ناتو"), vec!["NATO", "NATO"]);
    }

    #[test]
    fn metonyms_and_common_words() {
        assert_eq!(ids("مسکو و واشنگتن"), vec!["Russia", "United States"]);
        assert_eq!(
            ids("تاشکند و آستانه توافق کردند"),
            vec!["Uzbekistan", "Kazakhstan"]
        );
        assert_eq!(ids("در آستانه جنگ"), Vec::<String>::new());
        assert_eq!(ids("آستانه تحمل"), Vec::<String>::new());
        // The guards are for «آستانه» only: «در قزاقستان» is the country.
        assert_eq!(ids("اعتراضات در قزاقستان"), vec!["Kazakhstan"]);
        assert_eq!(ids("بر قزاقستان فشار آوردند"), vec!["Kazakhstan"]);
        assert_eq!(ids("پوتین"), vec!["Vladimir Putin"]);
    }

    #[test]
    fn countries_of_the_whole_world_from_cldr() {
        for (text, id) in [
            ("کویت", "Kuwait"),
            ("لیتوانی", "Lithuania"),
            ("جمهوری لیتوانی", "Lithuania"),
            ("عربستان سعودی", "Saudi Arabia"),
            ("عربستان", "Saudi Arabia"),
            ("سعودی‌ها", "Saudi Arabia"),
            ("سوریه", "Syria"),
            ("امارات متحده عربی", "United Arab Emirates"),
            ("برزیل", "Brazil"),
            ("مکزیک", "Mexico"),
            ("كويت", "Kuwait"),
            ("امپراتوری عثمانی", "Ottoman Empire"),
            ("دولت قاجار", "Qajar Iran"),
            ("یوگسلاوی", "Yugoslavia"),
        ] {
            assert_eq!(ids(text), vec![id], "{text}");
        }
    }

    #[test]
    fn capitals_stand_for_their_country_but_not_in_a_treaty_name() {
        let g = Gazetteer::bundled().expect("bundled gazetteer");
        let capital = |text: &str| {
            g.find(&normalize_phrase(text))
                .iter()
                .filter_map(|m| g.entries()[m.entry].capital_of.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(capital("ریاض اعلام کرد"), ["Saudi Arabia"]);
        assert_eq!(capital("دوحه و برلین"), ["Qatar", "Germany"]);
        assert!(capital("پیمان ورشو").is_empty());
        assert!(capital("اعلامیه رم").is_empty());
        assert!(capital("مسقط الراس او").is_empty());
    }

    #[test]
    fn country_names_that_are_common_words_need_their_long_form() {
        assert!(ids("مشکلات مالی دولت").is_empty());
        assert_eq!(ids("جمهوری مالی"), vec!["Mali"]);
        assert!(ids("غنای فرهنگی").is_empty());
        assert!(ids("او بر موضع خود مصر است").is_empty());
        assert_eq!(ids("مصر و اردن"), vec!["Egypt", "Jordan"]);
        assert!(ids("قطر لوله").is_empty());
        assert_eq!(ids("قطر"), vec!["Qatar"]);
        assert!(ids("به یمن همکاری").is_empty());
        assert!(ids("یک چک").is_empty());
    }

    #[test]
    fn organisations_beyond_the_region_and_disputed_places() {
        assert_eq!(ids("شورای امنیت"), vec!["UN Security Council"]);
        assert!(ids("شورای امنیت ملی").is_empty());
        assert_eq!(ids("اوپک پلاس"), vec!["OPEC+"]);
        assert_eq!(ids("اوپک"), vec!["OPEC"]);
        for (text, id) in [
            ("آژانس بین‌المللی انرژی اتمی", "IAEA"),
            ("سازمان همکاری اسلامی", "OIC"),
            ("سازمان همکاری اقتصادی", "ECO"),
            ("شورای همکاری خلیج فارس", "GCC"),
            ("اتحادیه عرب", "Arab League"),
            ("آسه‌آن", "ASEAN"),
            ("بریکس", "BRICS"),
            ("سازمان تجارت جهانی", "WTO"),
            ("صندوق بین‌المللی پول", "IMF"),
            ("بانک جهانی", "World Bank"),
            ("دیوان بین‌المللی دادگستری", "International Court of Justice"),
        ] {
            assert_eq!(ids(text), vec![id], "{text}");
        }
        let g = Gazetteer::bundled().expect("bundled gazetteer");
        for (place, actors) in [
            ("Crimea", &["Ukraine", "Russia"][..]),
            ("Nagorno-Karabakh", &["Armenia", "Azerbaijan"]),
            ("Kashmir", &["India", "Pakistan"]),
            ("Xinjiang", &["China"]),
            (
                "Fergana Valley",
                &["Uzbekistan", "Kyrgyzstan", "Tajikistan"],
            ),
            ("Iraqi Kurdistan", &["Iraq"]),
            ("Transnistria", &["Moldova", "Russia"]),
            ("Donbas", &["Ukraine", "Russia"]),
        ] {
            assert_eq!(g.get(place).expect(place).actors, actors, "{place}");
        }
        assert_eq!(ids("شبه جزیره کریمه"), vec!["Crimea"]);
        assert_eq!(ids("دره فرغانه"), vec!["Fergana Valley"]);
    }

    #[test]
    fn unknown_references_are_reported() {
        let bad = "[[person]]\nid = \"X\"\nnames = [\"ایکس\"]\nactor = \"Nowhere\"\n";
        assert!(matches!(
            Gazetteer::from_toml(bad),
            Err(GazetteerError::UnknownReference { .. })
        ));
    }
}
