//! Resident memory of this process (Linux, from /proc/self/statm), for the
//! memory examples.

/// Resident set size in megabytes (0 where /proc is missing).
pub fn rss_mb() -> f64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: f64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0.0);
    pages * 4096.0 / 1e6
}
