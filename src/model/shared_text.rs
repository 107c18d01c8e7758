//! [`SharedText`]: a piece of a larger text, shared rather than copied.

use std::ops::Range;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A slice of a shared string (a document's text, say), or a string of its
/// own. Derefs to `str`, compares, prints and serialises as that `str`: a
/// paragraph or an event's sentence costs a pointer and a range, not a copy.
#[derive(Clone, Default)]
pub struct SharedText {
    buf: Arc<String>,
    start: usize,
    end: usize,
}

impl SharedText {
    /// `range` of the shared text `buf` (clamped to it). A range that does
    /// not fall on character boundaries reads as empty.
    #[must_use]
    pub fn slice(buf: &Arc<String>, range: Range<usize>) -> Self {
        let end = range.end.min(buf.len());
        Self {
            buf: Arc::clone(buf),
            start: range.start.min(end),
            end,
        }
    }

    /// The text as a `&str`.
    #[must_use]
    #[inline]
    pub fn as_str(&self) -> &str {
        self.buf.get(self.start..self.end).unwrap_or_default()
    }
}

impl From<String> for SharedText {
    fn from(s: String) -> Self {
        let end = s.len();
        Self {
            buf: Arc::new(s),
            start: 0,
            end,
        }
    }
}

impl From<&str> for SharedText {
    fn from(s: &str) -> Self {
        Self::from(s.to_owned())
    }
}

impl std::ops::Deref for SharedText {
    type Target = str;

    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for SharedText {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for SharedText {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for SharedText {}

impl std::hash::Hash for SharedText {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.as_str().hash(h);
    }
}

impl PartialEq<str> for SharedText {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for SharedText {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<SharedText> for str {
    fn eq(&self, other: &SharedText) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<SharedText> for &str {
    fn eq(&self, other: &SharedText) -> bool {
        *self == other.as_str()
    }
}

impl std::fmt::Debug for SharedText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for SharedText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SharedText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SharedText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Self::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slice_reads_compares_and_serialises_as_its_text() {
        let doc = Arc::new("در سال ۱۳۸۴ ایران و روسیه".to_owned());
        let start = doc.find("ایران").expect("in the text");
        let s = SharedText::slice(&doc, start..doc.len());
        assert_eq!(s, "ایران و روسیه");
        assert_eq!(s, SharedText::from("ایران و روسیه"));
        assert_eq!(
            serde_json::to_string(&s).expect("json"),
            "\"ایران و روسیه\""
        );
        let back: SharedText = serde_json::from_str("\"ایران و روسیه\"").expect("json");
        assert_eq!(back, s);
        // Clamped past the end; off a character boundary it is empty, not a panic.
        assert_eq!(SharedText::slice(&doc, start..usize::MAX), s);
        assert_eq!(SharedText::slice(&doc, start + 1..doc.len()).len(), 0);
        // Slices share the buffer: `doc` and `s` hold it.
        assert_eq!(Arc::strong_count(&doc), 2);
    }
}
