//! The interface's words: one Fluent catalogue per language
//! (`assets/i18n/en.ftl`, `assets/i18n/fa.ftl`), the language setting and
//! how it is chosen, and numbers written in the language's digits.
//!
//! Fluent (`fluent-bundle`, the reference implementation of Project Fluent)
//! rather than `rust-i18n` or gettext: its messages are whole sentences with
//! their own plural and gender selectors, so Persian can keep a noun singular
//! after a number («۳ رویداد») while English selects "event"/"events", and
//! the translator, not the code, decides where a name or a number goes.
//! Placeables are not wrapped in bidi isolates: every string is set by the
//! text layer, whose bidi algorithm orders «۱۲ رویداد از NATO» as Pango does.

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// The English catalogue.
pub const EN_FTL: &str = include_str!("../../assets/i18n/en.ftl");
/// The Persian catalogue.
pub const FA_FTL: &str = include_str!("../../assets/i18n/fa.ftl");

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// English, left to right.
    En,
    /// Persian, right to left.
    Fa,
}

impl Lang {
    /// Both, in the order the menu lists them.
    pub const ALL: [Self; 2] = [Self::Fa, Self::En];

    /// Whether the interface runs right to left.
    #[must_use]
    pub fn rtl(self) -> bool {
        self == Self::Fa
    }

    /// The BCP 47 code.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Fa => "fa",
        }
    }

    /// The language's name in itself, as the language menu lists it.
    #[must_use]
    pub fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Fa => "فارسی",
        }
    }

    /// The catalogue's source.
    #[must_use]
    pub fn ftl(self) -> &'static str {
        match self {
            Self::En => EN_FTL,
            Self::Fa => FA_FTL,
        }
    }

    /// The language a POSIX locale asks for: the first set of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` (in that order of precedence) decides;
    /// Persian when it starts with `fa`, else English.
    #[must_use]
    pub fn from_locale(var: impl Fn(&str) -> Option<String>) -> Self {
        let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(&var)
            .find(|v| !v.is_empty());
        match value {
            Some(v) if v.to_ascii_lowercase().starts_with("fa") => Self::Fa,
            _ => Self::En,
        }
    }

    /// The language of this process's locale.
    #[must_use]
    pub fn system() -> Self {
        Self::from_locale(|k| std::env::var(k).ok())
    }
}

/// A number as the language writes it: grouped by thousands, in Persian
/// digits with «٬» and «٫» in Persian.
#[must_use]
pub fn number(lang: Lang, value: f64) -> String {
    let neg = value < 0.0;
    let v = value.abs();
    let whole = v.trunc();
    let frac = v - whole;
    let digits = format!("{whole:.0}");
    let (group, point) = match lang {
        Lang::En => (',', '.'),
        Lang::Fa => ('٬', '٫'),
    };
    let mut out = String::new();
    if neg {
        out.push(if lang == Lang::Fa { '−' } else { '-' });
    }
    let n = digits.len();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i) % 3 == 0 && n > 4 {
            out.push(group);
        }
        out.push(c);
    }
    if frac > 0.0 {
        let f = format!("{:.1}", frac);
        if let Some(d) = f.strip_prefix("0.").filter(|d| *d != "0") {
            out.push(point);
            out.push_str(d);
        }
    }
    match lang {
        Lang::En => out,
        Lang::Fa => crate::text::persian_digits(&out),
    }
}

fn en_number<M>(v: &FluentValue<'_>, _: &M) -> Option<String> {
    match v {
        FluentValue::Number(n) => Some(number(Lang::En, n.value)),
        _ => None,
    }
}

fn fa_number<M>(v: &FluentValue<'_>, _: &M) -> Option<String> {
    match v {
        FluentValue::Number(n) => Some(number(Lang::Fa, n.value)),
        _ => None,
    }
}

/// One language's messages, ready to look up.
pub struct Catalogue {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    /// Messages without arguments, formatted once.
    plain: HashMap<String, String>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Catalogue({:?}, {} messages)",
            self.lang,
            self.plain.len()
        )
    }
}

impl Default for Catalogue {
    fn default() -> Self {
        Self::new(Lang::En)
    }
}

/// A problem in a catalogue (tests report them; the app shows keys instead).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueError(pub String);

impl Catalogue {
    /// The catalogue of `lang` (its problems, if any, are left out: see
    /// [`Catalogue::build`]).
    #[must_use]
    pub fn new(lang: Lang) -> Self {
        Self::build(lang).0
    }

    /// The catalogue of `lang` and what is wrong with its source.
    #[must_use]
    pub fn build(lang: Lang) -> (Self, Vec<CatalogueError>) {
        let mut problems = Vec::new();
        let resource = match FluentResource::try_new(lang.ftl().to_owned()) {
            Ok(r) => r,
            Err((r, errors)) => {
                problems.extend(errors.iter().map(|e| CatalogueError(format!("{e:?}"))));
                r
            }
        };
        let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        match lang {
            Lang::En => bundle.set_formatter(Some(en_number)),
            Lang::Fa => bundle.set_formatter(Some(fa_number)),
        }
        if let Err(errors) = bundle.add_resource(resource) {
            problems.extend(errors.iter().map(|e| CatalogueError(format!("{e:?}"))));
        }
        let mut plain = HashMap::new();
        for key in keys(lang.ftl()) {
            let Some(pattern) = bundle.get_message(&key).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors);
            // A message with arguments is formatted when it is asked for.
            if errors.is_empty() {
                plain.insert(key, text.into_owned());
            }
        }
        (
            Self {
                lang,
                bundle,
                plain,
            },
            problems,
        )
    }

    /// The language.
    #[must_use]
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the interface runs right to left.
    #[must_use]
    pub fn rtl(&self) -> bool {
        self.lang.rtl()
    }

    /// A path as an argument of a message: in a right-to-left interface
    /// held between left-to-right marks, so that its slashes stay where
    /// they are («/tmp/a.txt», not «tmp/a.txt/») beside Persian words.
    #[must_use]
    pub fn path(&self, p: &std::path::Path) -> String {
        let shown = p.display().to_string();
        if self.rtl() {
            format!("\u{200E}{shown}\u{200E}")
        } else {
            shown
        }
    }

    /// The message `key` (the key itself when the catalogue lacks it).
    #[must_use]
    pub fn t<'a>(&'a self, key: &'a str) -> &'a str {
        self.plain.get(key).map_or(key, String::as_str)
    }

    /// The message `key` with its arguments: numbers are written in the
    /// language's digits and select its plural forms.
    #[must_use]
    pub fn f(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_owned();
        };
        let mut fa = FluentArgs::with_capacity(args.len());
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fa), &mut errors)
            .into_owned()
    }

    /// Whether the catalogue has `key`.
    #[must_use]
    pub fn has(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }
}

/// The message ids a catalogue source defines, in order.
#[must_use]
pub fn keys(ftl: &str) -> Vec<String> {
    ftl.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_owned()))
        .collect()
}

/// The variables (`$name`) each message of a catalogue source uses.
#[must_use]
pub fn variables(ftl: &str) -> HashMap<String, std::collections::BTreeSet<String>> {
    let mut out: HashMap<String, std::collections::BTreeSet<String>> = HashMap::new();
    let mut current = None;
    for line in ftl.lines() {
        if line.starts_with(|c: char| c.is_ascii_lowercase())
            && let Some((k, _)) = line.split_once('=')
        {
            current = Some(k.trim().to_owned());
            out.entry(k.trim().to_owned()).or_default();
        } else if !line.starts_with([' ', '}']) {
            if !line.trim().is_empty() {
                current = None;
            }
            continue;
        }
        let Some(key) = &current else { continue };
        let mut rest = line;
        while let Some(i) = rest.find('$') {
            rest = &rest[i + 1..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            if !name.is_empty() {
                out.entry(key.clone()).or_default().insert(name);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_catalogues_parse_cleanly() {
        for lang in Lang::ALL {
            let (_, problems) = Catalogue::build(lang);
            assert!(problems.is_empty(), "{lang:?}: {problems:?}");
        }
    }

    #[test]
    fn the_catalogues_have_the_same_keys_and_variables() {
        let en: std::collections::BTreeSet<_> = keys(EN_FTL).into_iter().collect();
        let fa: std::collections::BTreeSet<_> = keys(FA_FTL).into_iter().collect();
        let only_en: Vec<_> = en.difference(&fa).collect();
        let only_fa: Vec<_> = fa.difference(&en).collect();
        assert!(only_en.is_empty(), "only in en.ftl: {only_en:?}");
        assert!(only_fa.is_empty(), "only in fa.ftl: {only_fa:?}");
        assert!(en.len() > 100, "{} keys", en.len());
        let (ve, vf) = (variables(EN_FTL), variables(FA_FTL));
        for k in &en {
            assert_eq!(ve.get(k), vf.get(k), "variables of {k}");
        }
        assert_eq!(
            keys(EN_FTL).len(),
            en.len(),
            "a key defined twice in en.ftl"
        );
        assert_eq!(
            keys(FA_FTL).len(),
            fa.len(),
            "a key defined twice in fa.ftl"
        );
    }

    #[test]
    fn every_key_the_interface_asks_for_is_in_both() {
        let en = Catalogue::new(Lang::En);
        let fa = Catalogue::new(Lang::Fa);
        let mut asked = 0;
        let mut missing = Vec::new();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/app");
        for entry in walkdir::WalkDir::new(dir) {
            let entry = entry.expect("walk src/app");
            // This file's own tests ask for a missing key on purpose.
            if entry.path().extension().is_none_or(|e| e != "rs")
                || entry.path().ends_with("i18n.rs")
            {
                continue;
            }
            let src = std::fs::read_to_string(entry.path()).expect("read source");
            for pat in [".t(\"", ".f(\""] {
                for (i, _) in src.match_indices(pat) {
                    let rest = &src[i + pat.len()..];
                    let Some(end) = rest.find('"') else { continue };
                    let key = &rest[..end];
                    if key.is_empty()
                        || !key
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit())
                    {
                        continue;
                    }
                    asked += 1;
                    if !en.has(key) || !fa.has(key) {
                        missing.push(format!("{}: {key}", entry.path().display()));
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "keys missing from a catalogue: {missing:#?}"
        );
        assert!(asked > 100, "only {asked} keys found in the sources");
    }

    #[test]
    fn counts_read_in_each_language() {
        let en = Catalogue::new(Lang::En);
        let fa = Catalogue::new(Lang::Fa);
        assert_eq!(en.f("n-events", &[("n", 1.into())]), "1 event");
        assert_eq!(en.f("n-events", &[("n", 3.into())]), "3 events");
        assert_eq!(en.f("n-events", &[("n", 82_984.into())]), "82,984 events");
        assert_eq!(fa.f("n-events", &[("n", 3.into())]), "۳ رویداد");
        assert_eq!(fa.f("n-events", &[("n", 82_984.into())]), "۸۲٬۹۸۴ رویداد");
        assert_eq!(number(Lang::Fa, 1997.0), "۱۹۹۷");
        assert_eq!(number(Lang::En, 12_345.0), "12,345");
    }

    #[test]
    fn a_missing_key_shows_itself() {
        let fa = Catalogue::new(Lang::Fa);
        assert_eq!(fa.t("no-such-key"), "no-such-key");
        assert_eq!(fa.f("no-such-key", &[]), "no-such-key");
    }

    #[test]
    fn the_locale_picks_the_language() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(Lang::from_locale(env(&[("LANG", "fa_IR.UTF-8")])), Lang::Fa);
        assert_eq!(Lang::from_locale(env(&[("LANG", "en_US.UTF-8")])), Lang::En);
        assert_eq!(
            Lang::from_locale(env(&[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "fa_AF")])),
            Lang::Fa
        );
        assert_eq!(
            Lang::from_locale(env(&[("LANG", "fa_IR"), ("LC_ALL", "C")])),
            Lang::En
        );
        assert_eq!(Lang::from_locale(env(&[("LANG", "")])), Lang::En);
        assert_eq!(Lang::from_locale(env(&[])), Lang::En);
    }
}
