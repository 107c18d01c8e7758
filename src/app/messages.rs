//! What a load has to tell the user (files skipped, documents of saved
//! events not found, oddities of files that loaded), in the interface's
//! language: the library keeps them as values, and each is worded here
//! from the catalogue.

use super::i18n::Catalogue;
use super::loader::Skipped;
use crate::corpus::decode::DecodeError;
use crate::corpus::reopen::Missing;
use crate::corpus::{DocWarning, LoadError, SpecialKind};

/// A file or path a load skipped, and why.
#[must_use]
pub fn skipped(tr: &Catalogue, s: &Skipped) -> String {
    match s {
        Skipped::File(e) => load_error(tr, e),
        Skipped::Other(why) => tr.f("notice-skipped", &[("what", why.as_str().into())]),
        Skipped::NothingFound => tr.t("skipped-nothing").to_owned(),
    }
}

/// A text file or folder that could not be read.
#[must_use]
pub fn load_error(tr: &Catalogue, e: &LoadError) -> String {
    match e {
        LoadError::Missing { path: p } => tr.f("skipped-missing", &[("path", tr.path(p).into())]),
        LoadError::Io { path: p, source } => tr.f(
            "skipped-unreadable",
            &[
                ("path", tr.path(p).into()),
                ("why", source.to_string().into()),
            ],
        ),
        LoadError::Decode { path: p, source } => match source {
            DecodeError::Binary { offset, byte } => tr.f(
                "skipped-binary",
                &[
                    ("path", tr.path(p).into()),
                    ("offset", (*offset).into()),
                    ("byte", format!("0x{byte:02x}").into()),
                ],
            ),
            DecodeError::OddUtf16 => tr.f("skipped-odd-utf16", &[("path", tr.path(p).into())]),
            DecodeError::TooLarge { bytes } => tr.f(
                "skipped-too-large",
                &[("path", tr.path(p).into()), ("bytes", (*bytes).into())],
            ),
        },
        LoadError::TooLarge { path: p, bytes } => tr.f(
            "skipped-too-large",
            &[("path", tr.path(p).into()), ("bytes", (*bytes).into())],
        ),
        LoadError::NotRegular { path: p, kind } => {
            let key = match kind {
                SpecialKind::Pipe => "skipped-pipe",
                SpecialKind::Socket => "skipped-socket",
                SpecialKind::Device => "skipped-device",
                SpecialKind::Other => "skipped-special",
            };
            tr.f(key, &[("path", tr.path(p).into())])
        }
        LoadError::LinkLoop { path: p, target } => tr.f(
            "skipped-link-loop",
            &[
                ("path", tr.path(p).into()),
                ("target", tr.path(target).into()),
            ],
        ),
    }
}

/// A document of a reopened events file not as it was saved.
#[must_use]
pub fn missing(tr: &Catalogue, m: &Missing) -> String {
    match m {
        Missing::Changed { path: p } => tr.f("reopen-changed", &[("path", tr.path(p).into())]),
        Missing::NotFound { path: p, beside } => tr.f(
            "reopen-not-found",
            &[
                ("path", tr.path(p.as_ref()).into()),
                ("beside", tr.path(beside).into()),
            ],
        ),
    }
}

/// What was odd about a file that loaded.
#[must_use]
pub fn doc_warning(tr: &Catalogue, w: &DocWarning) -> String {
    match w {
        DocWarning::StrayNul { path: p, n } => tr.f(
            "warning-stray-nul",
            &[("path", tr.path(p.as_ref()).into()), ("n", (*n).into())],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::i18n::Lang;
    use std::path::PathBuf;

    fn every_kind() -> Vec<Skipped> {
        let p = || PathBuf::from("/texts/a.txt");
        let mut all = vec![
            LoadError::Missing { path: p() },
            LoadError::Io {
                path: p(),
                source: std::io::Error::other("denied"),
            },
            LoadError::Decode {
                path: p(),
                source: DecodeError::Binary {
                    offset: 12_345,
                    byte: 0,
                },
            },
            LoadError::Decode {
                path: p(),
                source: DecodeError::OddUtf16,
            },
            LoadError::TooLarge {
                path: p(),
                bytes: 5_000_000_000,
            },
            LoadError::LinkLoop {
                path: p(),
                target: PathBuf::from("/texts"),
            },
        ];
        for kind in [
            SpecialKind::Pipe,
            SpecialKind::Socket,
            SpecialKind::Device,
            SpecialKind::Other,
        ] {
            all.push(LoadError::NotRegular { path: p(), kind });
        }
        let mut all: Vec<Skipped> = all.into_iter().map(Skipped::File).collect();
        all.push(Skipped::Other("/texts/p.gahnama: not JSON".into()));
        all.push(Skipped::NothingFound);
        all
    }

    /// `t` without the commas that group digits.
    fn ungrouped(t: &str) -> String {
        let c: Vec<char> = t.chars().collect();
        c.iter()
            .enumerate()
            .filter(|&(i, &ch)| {
                !(ch == ','
                    && i > 0
                    && c[i - 1].is_ascii_digit()
                    && c.get(i + 1).is_some_and(char::is_ascii_digit))
            })
            .map(|(_, &ch)| ch)
            .collect()
    }

    #[test]
    fn english_says_what_the_library_says() {
        let (tr, errors) = Catalogue::build(Lang::En);
        assert!(errors.is_empty(), "{errors:?}");
        for s in every_kind() {
            let text = skipped(&tr, &s);
            if let Skipped::File(e) = &s {
                // The same words; numbers grouped («12,345»).
                assert_eq!(ungrouped(&text), format!("Skipped {e}"));
            }
            assert!(!text.contains('{'), "{text}");
        }
        let w = DocWarning::StrayNul {
            path: "a.txt".into(),
            n: 2,
        };
        assert_eq!(doc_warning(&tr, &w), w.to_string());
        let m = Missing::NotFound {
            path: "b.txt".into(),
            beside: PathBuf::from("/saved/events.json"),
        };
        assert_eq!(missing(&tr, &m), m.to_string());
    }

    #[test]
    fn persian_names_the_file_and_the_problem_in_persian() {
        let (tr, errors) = Catalogue::build(Lang::Fa);
        assert!(errors.is_empty(), "{errors:?}");
        let mut seen = std::collections::HashSet::new();
        for s in every_kind() {
            let text = skipped(&tr, &s);
            // Persian words, the path as it is, numbers in Persian digits.
            assert!(
                text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
                "{text}"
            );
            if let Skipped::File(_) = s {
                assert!(text.contains("/texts/a.txt"), "{text}");
            }
            assert!(
                !text.contains("12345") && !text.contains("12,345"),
                "{text}"
            );
            assert!(seen.insert(text.clone()), "two kinds say the same: {text}");
        }
        let w = doc_warning(
            &tr,
            &DocWarning::StrayNul {
                path: "a.txt".into(),
                n: 2,
            },
        );
        assert!(w.contains("a.txt") && w.contains('۲'), "{w}");
    }
}
