//! The look of the marks, in one place for both painters (the screen and the
//! PNG export): sizes in points, alphas out of 255, the forecast dash.

/// Sizes, alphas and dashes of the timeline's marks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MarkStyle {
    /// Radius of an exact day's dot.
    pub point_radius: f32,
    /// Width of a forecast dot's ring.
    pub point_ring: f32,
    /// Width of the outline around a stated dot.
    pub point_outline: f32,
    /// Half the height of a bar.
    pub bar_half_height: f32,
    /// The narrowest bar drawn, in points.
    pub bar_min_width: f32,
    /// Alpha of a bar with a known start and end (a range of days).
    pub bar_alpha: u8,
    /// Alpha of a fuzzy bar's core.
    pub fuzzy_alpha: u8,
    /// The longest fade at each end of a fuzzy bar.
    pub fuzzy_fade: f32,
    /// Alpha of a forecast bar's fill.
    pub forecast_fill_alpha: u8,
    /// Width of a forecast bar's dashed edges.
    pub forecast_stroke: f32,
    /// Dash and gap of a forecast bar's edges.
    pub forecast_dash: [f32; 2],
    /// Radius of a cluster of one event (grows with the log of the count).
    pub cluster_radius: f32,
    /// Growth of a cluster's radius per natural log of its count.
    pub cluster_growth: f32,
    /// Alpha of a cluster of events (and of forecasts).
    pub cluster_alpha: [u8; 2],
    /// Size of a cluster's count.
    pub cluster_text: f32,
    /// Alpha of a label's leader line.
    pub leader_alpha: u8,
}

/// The marks' look.
pub const MARKS: MarkStyle = MarkStyle {
    point_radius: 5.5,
    point_ring: 2.0,
    point_outline: 1.0,
    bar_half_height: 5.0,
    bar_min_width: 6.0,
    bar_alpha: 205,
    fuzzy_alpha: 155,
    fuzzy_fade: 14.0,
    forecast_fill_alpha: 40,
    forecast_stroke: 1.5,
    forecast_dash: [5.0, 3.0],
    cluster_radius: 8.5,
    cluster_growth: 2.0,
    cluster_alpha: [232, 125],
    cluster_text: 11.5,
    leader_alpha: 115,
};

impl MarkStyle {
    /// The radius of a cluster of `n` events.
    #[must_use]
    pub fn cluster_radius_of(&self, n: usize) -> f32 {
        self.cluster_radius + (n.max(1) as f32).ln() * self.cluster_growth
    }

    /// The alpha of a cluster, of events or of forecasts.
    #[must_use]
    pub fn cluster_alpha_of(&self, forecast: bool) -> u8 {
        self.cluster_alpha[usize::from(forecast)]
    }

    /// A bar's left and right edges: at least [`Self::bar_min_width`] wide,
    /// around the same centre.
    #[must_use]
    pub fn bar_edges(&self, x0: f64, x1: f64) -> (f64, f64) {
        let min = f64::from(self.bar_min_width);
        if x1 - x0 < min {
            let c = (x0 + x1) / 2.0;
            (c - min / 2.0, c + min / 2.0)
        } else {
            (x0, x1)
        }
    }

    /// The fade at each end of a fuzzy bar of `width` points.
    #[must_use]
    pub fn fade_of(&self, width: f64) -> f64 {
        (width / 3.0).min(f64::from(self.fuzzy_fade))
    }
}

/// The alpha of a density strip's column holding `count` of the strip's
/// busiest `max`: on a log scale, so that a column of one event still shows.
#[must_use]
pub fn density_alpha(count: u32, max: u32) -> u8 {
    if count == 0 || max == 0 {
        return 0;
    }
    let f = (1.0 + f64::from(count)).ln() / (1.0 + f64::from(max)).ln();
    (40.0 + 200.0 * f.clamp(0.0, 1.0)).round() as u8
}

/// Half the height of a density strip.
pub const DENSITY_HALF_HEIGHT: f64 = 7.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_have_a_minimum_width_and_clusters_grow_with_their_count() {
        assert_eq!(MARKS.bar_edges(10.0, 12.0), (8.0, 14.0));
        assert_eq!(MARKS.bar_edges(10.0, 40.0), (10.0, 40.0));
        assert!(MARKS.cluster_radius_of(100) > MARKS.cluster_radius_of(2));
        assert!((MARKS.cluster_radius_of(1) - MARKS.cluster_radius).abs() < 1e-6);
        assert_eq!(MARKS.fade_of(9.0), 3.0);
    }
}
