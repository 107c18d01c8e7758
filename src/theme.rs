//! Design tokens: the colours of the light and dark themes and the lane
//! palette (Okabe–Ito, distinguishable for colour-blind readers). Plain RGBA,
//! shared by the app and the PNG export.

/// Straight-alpha RGBA.
pub type Rgba = [u8; 4];

/// One theme's colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// Window / image background.
    pub background: Rgba,
    /// Alternate lane band.
    pub band: Rgba,
    /// Main text.
    pub text: Rgba,
    /// Secondary text.
    pub text_dim: Rgba,
    /// Grid lines.
    pub grid: Rgba,
    /// Major grid lines and the axis.
    pub axis: Rgba,
    /// Sentence highlight in the reader.
    pub sentence: Rgba,
    /// Date phrase emphasis in the reader.
    pub date: Rgba,
    /// Selection ring.
    pub selection: Rgba,
    /// Search hits in the reader and the results, and the ring of a
    /// matching event.
    pub search_hit: Rgba,
    /// Selected text in the reader.
    pub text_selection: Rgba,
    /// The star of a starred event.
    pub star: Rgba,
    /// Lane colours, in order.
    pub lanes: [Rgba; 8],
}

/// Okabe–Ito colours, ordered for contrast on a light background.
pub const LIGHT: Palette = Palette {
    background: [250, 250, 248, 255],
    band: [240, 241, 238, 255],
    text: [28, 30, 33, 255],
    text_dim: [96, 100, 108, 255],
    grid: [220, 222, 226, 255],
    axis: [150, 154, 160, 255],
    sentence: [255, 236, 170, 255],
    date: [178, 34, 34, 255],
    selection: [20, 20, 20, 255],
    search_hit: [140, 220, 255, 255],
    text_selection: [170, 200, 240, 255],
    star: [230, 159, 0, 255],
    lanes: [
        [0, 114, 178, 255],
        [213, 94, 0, 255],
        [0, 158, 115, 255],
        [204, 121, 167, 255],
        [230, 159, 0, 255],
        [86, 180, 233, 255],
        [120, 120, 120, 255],
        [170, 150, 20, 255],
    ],
};

/// The same hues, lighter, on a dark background.
pub const DARK: Palette = Palette {
    background: [27, 29, 33, 255],
    band: [35, 38, 43, 255],
    text: [232, 232, 228, 255],
    text_dim: [160, 164, 170, 255],
    grid: [52, 56, 62, 255],
    axis: [110, 116, 124, 255],
    sentence: [92, 78, 20, 255],
    date: [255, 140, 120, 255],
    selection: [250, 250, 250, 255],
    search_hit: [20, 110, 150, 255],
    text_selection: [50, 80, 130, 255],
    star: [240, 190, 40, 255],
    lanes: [
        [86, 170, 233, 255],
        [240, 128, 50, 255],
        [40, 200, 150, 255],
        [224, 150, 190, 255],
        [240, 190, 40, 255],
        [140, 210, 250, 255],
        [170, 170, 170, 255],
        [240, 228, 66, 255],
    ],
};

impl Palette {
    /// The colour of lane `i`.
    #[must_use]
    pub fn lane(&self, i: usize) -> Rgba {
        self.lanes[i % self.lanes.len()]
    }

    /// The colour of lane `i` whose key is `key`: the "other" lane is neutral.
    #[must_use]
    pub fn lane_for(&self, i: usize, key: &str) -> Rgba {
        if key == crate::layout::OTHER_LANE {
            self.axis
        } else {
            self.lane(i)
        }
    }
}
